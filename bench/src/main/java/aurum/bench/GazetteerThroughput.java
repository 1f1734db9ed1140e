package aurum.bench;

import aurum.labels.gazetteer.Gazetteer;
import aurum.labels.gazetteer.GazetteerBuilder;
import aurum.labels.gazetteer.MatchMode;
import aurum.labels.recognizer.Cancellation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Measures how fast a large {@link Gazetteer} scans text, to check the 50 MB/s target for a
 * 100,000-entry dictionary. Everything is synthetic and seeded, so runs with the same arguments are
 * comparable. Dictionary entries are distinct phrases of one to three words from an "entity"
 * vocabulary; the text is made of words from a disjoint "prose" vocabulary built from the same
 * syllables (so prose words still walk into the trie, as real words share prefixes with names), drawn
 * with Zipf's law as in natural language, with a dictionary phrase (drawn uniformly) in place of a
 * prose word at the given hit rate. A hit rate of 1 gives the worst case, text made only of dictionary
 * phrases, where the scan stays deep in the trie and every step is a cache miss.
 * <p>
 * Usage: {@code GazetteerThroughput [entries=100000] [textMegabytes=20] [hitRate=0.1] [seed=42]}
 */
public final class GazetteerThroughput {

    private static final String SYLLABLES = "ka ri to na mi su ne ho ya lu pe chi an or el ix um qua ber don";
    private static final int VOCABULARY = 30_000;
    private static final int ROUNDS = 5;

    private GazetteerThroughput() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double hitRate = args.length > 2 ? Double.parseDouble(args[2]) : 0.1;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        Random random = new Random(seed);
        String[][] vocabularies = vocabularies(random);
        String[] vocabulary = vocabularies[0];

        Set<String> phrases = new HashSet<>();
        List<String> phraseList = new ArrayList<>();
        while (phrases.size() < entries) {
            String phrase = phrase(random, vocabulary);
            if (phrases.add(phrase)) {
                phraseList.add(phrase);
            }
        }
        Integer[] payloads = new Integer[phraseList.size()];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = i + 1;
        }

        long heapBefore = usedHeap();
        long buildStart = System.nanoTime();
        GazetteerBuilder<Integer> builder = Gazetteer.<Integer>builder().caseInsensitive(true).wholeWords(true);
        for (int i = 0; i < payloads.length; i++) {
            builder.add(phraseList.get(i), payloads[i]);
        }
        Gazetteer<Integer> gazetteer = builder.build();
        double buildMillis = (System.nanoTime() - buildStart) / 1e6;
        builder = null;
        // what the gazetteer keeps beyond the keys and payloads, which the benchmark holds anyway
        double retainedMegabytes = (usedHeap() - heapBefore) / 1e6;

        String text = text(random, vocabularies[1], phraseList, hitRate, megabytes * 1_000_000);
        double textMegabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        System.out.printf("dictionary: %,d entries, %,d trie nodes, built in %.0f ms, %.1f MB retained%n",
                gazetteer.size(), gazetteer.nodeCount(), buildMillis, retainedMegabytes);
        System.out.printf("text: %.1f MB, hit rate %.2f%n", textMegabytes, hitRate);

        for (int i = 0; i < 3; i++) {
            scan(gazetteer, text);
        }
        // CPU time of the scanning thread as well as wall time: on a shared machine the wall time
        // also counts the time other processes held the core
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = 0;
        double bestCpu = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long matches = scan(gazetteer, text);
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = textMegabytes / seconds;
            best = Math.max(best, rate);
            bestCpu = Math.max(bestCpu, textMegabytes / cpuSeconds);
            System.out.printf("round %d: %,d matches, %.2f s, %.1f MB/s (%.2f s CPU, %.1f MB/s per CPU second)%n",
                    round, matches, seconds, rate, cpuSeconds, textMegabytes / cpuSeconds);
        }
        System.out.printf("best: %.1f MB/s wall, %.1f MB/s per CPU second (leftmost-longest, case-insensitive,"
                + " whole words)%n", best, bestCpu);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long scan(Gazetteer<Integer> gazetteer, String text) {
        long[] count = new long[1];
        gazetteer.scan(text, MatchMode.LEFTMOST_LONGEST, Cancellation.NONE, (s, e, p) -> count[0]++);
        return count[0];
    }

    /** Two disjoint vocabularies from the same syllables: entity words and prose words. */
    private static String[][] vocabularies(Random random) {
        String[] syllables = SYLLABLES.split(" ");
        Set<String> words = new HashSet<>();
        while (words.size() < 2 * VOCABULARY) {
            StringBuilder word = new StringBuilder();
            for (int j = 0, n = 2 + random.nextInt(3); j < n; j++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(word.toString());
        }
        List<String> all = new ArrayList<>(words.stream().sorted().toList());
        Collections.shuffle(all, random);
        return new String[][] {all.subList(0, VOCABULARY).toArray(String[]::new),
                all.subList(VOCABULARY, all.size()).toArray(String[]::new)};
    }

    private static String phrase(Random random, String[] vocabulary) {
        StringBuilder phrase = new StringBuilder(vocabulary[random.nextInt(vocabulary.length)]);
        for (int j = 0, n = random.nextInt(3); j < n; j++) {
            phrase.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return phrase.toString();
    }

    private static String text(Random random, String[] prose, List<String> phrases, double hitRate, int length) {
        StringBuilder text = new StringBuilder(length + 64);
        double[] zipf = new double[prose.length];
        double sum = 0;
        for (int rank = 0; rank < prose.length; rank++) {
            sum += 1.0 / (rank + 1);
            zipf[rank] = sum;
        }
        while (text.length() < length) {
            String word;
            if (random.nextDouble() < hitRate) {
                word = phrases.get(random.nextInt(phrases.size()));
            } else {
                int rank = Arrays.binarySearch(zipf, random.nextDouble() * sum);
                word = prose[Math.min(prose.length - 1, rank < 0 ? -rank - 1 : rank)];
            }
            text.append(random.nextInt(10) == 0 ? word.toUpperCase() : word);
            text.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString();
    }
}
