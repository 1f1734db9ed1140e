package aurum.bench.importing;

import aurum.corpus.boilerplate.BoilerplateDetector;
import aurum.corpus.boilerplate.RegionText;
import aurum.corpus.dedup.ContentTerms;
import aurum.corpus.dedup.DedupSettings;
import aurum.corpus.dedup.DocumentFrequencies;
import aurum.corpus.dedup.DuplicateIndex;
import aurum.corpus.dedup.KeyTerms;
import aurum.corpus.dedup.RelatedIndex;
import aurum.corpus.dedup.Signature;
import aurum.corpus.dedup.SignatureFactory;
import aurum.corpus.dedup.SimilarPair;
import aurum.corpus.dedup.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The figures behind the thresholds of the two relations, on a generated corpus of stories (brat form,
 * {@code CorpusGenerator --brat --stories}, whose {@code stories.tsv} says which documents report one
 * story and which are planted copies): the shingle similarity of planted copies against that of
 * rewrites of one story, and the key-term similarity of each document's best neighbours, split by
 * whether they report the same story, with precision and recall of the related relation at several
 * thresholds. Command line: {@code RelatedCalibration DIR [NEIGHBOURS]}.
 */
public final class RelatedCalibration {

    private RelatedCalibration() {
    }

    private record Doc(String id, String story, String copyOf, Signature signature, ContentTerms.Counts terms) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int listed = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Map<String, String[]> truth = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("stories.tsv")).stream().skip(1).toList()) {
            String[] f = line.split("\t", -1);
            truth.put(f[0], f);
        }
        List<Path> texts;
        try (Stream<Path> files = Files.walk(dir)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        SignatureFactory signatures = new SignatureFactory(DedupSettings.DEFAULT);
        ContentTerms contentTerms = new ContentTerms();
        BoilerplateDetector boilerplate = new BoilerplateDetector();
        long t0 = System.nanoTime();
        Doc[] docs = texts.parallelStream().map(p -> {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String name = p.getFileName().toString().replace(".txt", "");
                List<String> words = TextNormalizer.words(RegionText.blankOut(text, boilerplate.propose(text)));
                String[] t = truth.get(name);
                return new Doc(name, t[1], t[2].isEmpty() ? null : t[2], signatures.signWords(words),
                        contentTerms.countWords(words));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toArray(Doc[]::new);
        System.out.printf("%d documents analysed in %.1f s%n", docs.length, (System.nanoTime() - t0) / 1e9);
        nearDuplicates(docs);
        related(docs, listed);
    }

    /** Story of a document for relatedness: a copy reports its original's story. */
    private static String story(Doc d) {
        return d.story();
    }

    private static void nearDuplicates(Doc[] docs) {
        DuplicateIndex index = new DuplicateIndex(DedupSettings.DEFAULT);
        Map<String, Doc> byId = new HashMap<>();
        List<Double> planted = new ArrayList<>();
        List<Double> rewrites = new ArrayList<>();
        int unplanted = 0;
        for (Doc d : docs) {
            byId.put(d.id(), d);
            for (SimilarPair p : index.add(d.id(), d.signature())) {
                Doc a = byId.get(p.first());
                boolean copy = d.id().equals(a.copyOf()) || a.id().equals(d.copyOf())
                        || a.copyOf() != null && a.copyOf().equals(d.copyOf());
                if (copy) {
                    continue;
                }
                if (p.similarity() >= DedupSettings.DEFAULT.nearDuplicate()) {
                    unplanted++;
                }
            }
        }
        for (Doc d : docs) {
            if (d.copyOf() != null && byId.containsKey(d.copyOf())) {
                planted.add(index.similarity(d.id(), d.copyOf()));
            }
        }
        // every pair of rewrites of one story, planted copies left out
        Map<String, List<Doc>> stories = new HashMap<>();
        for (Doc d : docs) {
            if (d.copyOf() == null) {
                stories.computeIfAbsent(story(d), k -> new ArrayList<>()).add(d);
            }
        }
        for (List<Doc> story : stories.values()) {
            for (int i = 0; i < story.size(); i++) {
                for (int j = i + 1; j < story.size(); j++) {
                    rewrites.add(index.similarity(story.get(i).id(), story.get(j).id()));
                }
            }
        }
        System.out.println("Near-duplicates (estimated Jaccard of word 3-shingles, boilerplate removed):");
        System.out.println("  planted copies:        " + quantiles(planted));
        System.out.println("  rewrites of one story: " + quantiles(rewrites));
        System.out.println("  unplanted pairs >= " + DedupSettings.DEFAULT.nearDuplicate() + ": " + unplanted);
    }

    private static void related(Doc[] docs, int listed) {
        long t0 = System.nanoTime();
        DocumentFrequencies df = new DocumentFrequencies();
        for (Doc d : docs) {
            df.add(d.terms());
        }
        KeyTerms[] keys = Arrays.stream(docs).parallel().map(d -> KeyTerms.of(d.terms(), df)).toArray(KeyTerms[]::new);
        RelatedIndex index = new RelatedIndex(listed, 1e-4, RelatedIndex.MAX_POSTING);
        for (KeyTerms k : keys) {
            index.add(k);
        }
        index.linkAll(Runtime.getRuntime().availableProcessors());
        System.out.printf("%nRelated (key-term similarity), %d neighbours listed, computed in %.1f s, %d posting entries visited%n",
                listed, (System.nanoTime() - t0) / 1e9, index.additions());
        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        List<Double> best = new ArrayList<>();
        for (int d = 0; d < docs.length; d++) {
            for (int i = 0; i < index.neighbourCount(d); i++) {
                boolean s = story(docs[d]).equals(story(docs[index.neighbour(d, i)]));
                (s ? same : other).add((double) index.score(d, i));
            }
            for (int i = 0; i < index.neighbourCount(d); i++) {
                if (!story(docs[d]).equals(story(docs[index.neighbour(d, i)]))) {
                    best.add((double) index.score(d, i));
                    break;
                }
            }
        }
        System.out.println("  same story, listed:             " + quantiles(same));
        System.out.println("  other story, listed:            " + quantiles(other));
        System.out.println("  best other story per document:  " + quantiles(best));
        Map<String, Integer> storySize = new HashMap<>();
        for (Doc d : docs) {
            storySize.merge(story(d), 1, Integer::sum);
        }
        long storyPairs = storySize.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        System.out.println("  pairs reporting one story: " + storyPairs + "; documents in a story of two or more: "
                + Arrays.stream(docs).filter(d -> storySize.get(story(d)) > 1).count());
        System.out.println("  threshold  k  pairs  same-story  precision  recall(pairs)  docs-with-a-same-story-neighbour");
        for (int k : new int[] {3, 5, 8}) {
            for (double threshold : new double[] {0.03, 0.05, 0.08, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35}) {
                Set<Long> pairs = new HashSet<>();
                long sameStory = 0;
                Set<Integer> covered = new HashSet<>();
                for (int d = 0; d < docs.length; d++) {
                    for (int i = 0; i < Math.min(k, index.neighbourCount(d)); i++) {
                        if (index.score(d, i) < threshold) {
                            break;
                        }
                        int o = index.neighbour(d, i);
                        if (pairs.add((long) Math.min(d, o) << 32 | Math.max(d, o))) {
                            if (story(docs[d]).equals(story(docs[o]))) {
                                sameStory++;
                                covered.add(d);
                                covered.add(o);
                            }
                        }
                    }
                }
                long multi = IntStream.range(0, docs.length).filter(d -> storySize.get(story(docs[d])) > 1).count();
                System.out.printf(Locale.ROOT, "  %.2f  %d  %d  %d  %.3f  %.3f  %.3f%n", threshold, k, pairs.size(), sameStory,
                        pairs.isEmpty() ? 0.0 : (double) sameStory / pairs.size(), (double) sameStory / storyPairs,
                        (double) covered.size() / multi);
            }
        }
    }

    private static String quantiles(List<Double> values) {
        if (values.isEmpty()) {
            return "none";
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "n=%d min %.4f p01 %.4f p10 %.4f median %.4f p90 %.4f p99 %.4f max %.4f", v.length,
                v[0], v[(int) (v.length * 0.01)], v[(int) (v.length * 0.1)], v[v.length / 2], v[(int) (v.length * 0.9)],
                v[(int) (v.length * 0.99)], v[v.length - 1]);
    }
}
