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
import java.util.function.Supplier;

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
 * The gazetteer is built as the recognizers build theirs (case-insensitive, whole words, whitespace
 * folded) and scanned leftmost-longest through {@link Gazetteer#scan}, the call they make; the sink
 * reads every match's offsets and payload into a checksum, as a recognizer would, so the match output
 * is consumed and two runs can be checked for identical results. Warm-up rounds are run and printed
 * apart from the measured rounds; the summary gives the median and the best measured round, by wall
 * clock and per CPU second of the scanning thread.
 * <p>
 * Usage: {@code GazetteerThroughput [entries=100000] [textMegabytes=20] [hitRate=0.1] [seed=42]
 * [measuredRounds=10] [warmUpRounds=5]}
 */
public final class GazetteerThroughput {

    private static final String SYLLABLES = "ka ri to na mi su ne ho ya lu pe chi an or el ix um qua ber don";
    private static final int VOCABULARY = 30_000;

    private GazetteerThroughput() {
    }

    /**
     * Builds the dictionary and text of a run without printing and returns one scan, for
     * {@link GazetteerAB}, which loads two builds of the gazetteer side by side: the scan returns the
     * number of matches and the checksum.
     */
    public static Supplier<long[]> prepare(int entries, int megabytes, double hitRate, long seed) {
        Random random = new Random(seed);
        String[][] vocabularies = vocabularies(random);
        Set<String> phrases = new HashSet<>();
        List<String> phraseList = new ArrayList<>();
        while (phrases.size() < entries) {
            String phrase = phrase(random, vocabularies[0]);
            if (phrases.add(phrase)) {
                phraseList.add(phrase);
            }
        }
        GazetteerBuilder<Integer> builder = Gazetteer.<Integer>builder().caseInsensitive(true).wholeWords(true)
                .foldWhitespace(true);
        for (int i = 0; i < phraseList.size(); i++) {
            builder.add(phraseList.get(i), i + 1);
        }
        Gazetteer<Integer> gazetteer = builder.build();
        String text = text(random, vocabularies[1], phraseList, hitRate, megabytes * 1_000_000);
        return () -> scan(gazetteer, text);
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double hitRate = args.length > 2 ? Double.parseDouble(args[2]) : 0.1;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int warmUps = args.length > 5 ? Integer.parseInt(args[5]) : 5;
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
        GazetteerBuilder<Integer> builder = Gazetteer.<Integer>builder().caseInsensitive(true).wholeWords(true)
                .foldWhitespace(true);
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

        // CPU time of the scanning thread as well as wall time: on a shared machine the wall time
        // also counts the time other processes held the core
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= warmUps; round++) {
            measure(gazetteer, text, textMegabytes, threads, "warm-up " + round);
        }
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            double[] rates = measure(gazetteer, text, textMegabytes, threads, "round " + (round + 1));
            wall[round] = rates[0];
            cpu[round] = rates[1];
        }
        System.out.printf("measured %d rounds: median %.1f MB/s wall (best %.1f), median %.1f MB/s per CPU second"
                + " (best %.1f) (leftmost-longest, case-insensitive, whole words)%n",
                rounds, median(wall), max(wall), median(cpu), max(cpu));
    }

    /** Scans once and prints the round; returns MB/s by wall clock and per CPU second. */
    private static double[] measure(Gazetteer<Integer> gazetteer, String text, double textMegabytes,
            ThreadMXBean threads, String name) {
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long[] result = scan(gazetteer, text);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = textMegabytes / seconds;
        double cpuRate = textMegabytes / cpuSeconds;
        System.out.printf("%s: %,d matches (checksum %016x), %.3f s, %.1f MB/s (%.3f s CPU, %.1f MB/s per CPU"
                + " second)%n", name, result[0], result[1], seconds, rate, cpuSeconds, cpuRate);
        return new double[] {rate, cpuRate};
    }

    /** The median of {@code values}; also used by {@link GazetteerAB}. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The largest of {@code values}; also used by {@link GazetteerAB}. */
    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The number of matches and a checksum of their offsets and payloads, in order. */
    private static long[] scan(Gazetteer<Integer> gazetteer, String text) {
        long[] result = new long[2];
        gazetteer.scan(text, MatchMode.LEFTMOST_LONGEST, Cancellation.NONE, (s, e, p) -> {
            result[0]++;
            result[1] = result[1] * 31 + ((long) s << 40 ^ (long) e << 20 ^ p.intValue());
        });
        return result;
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
