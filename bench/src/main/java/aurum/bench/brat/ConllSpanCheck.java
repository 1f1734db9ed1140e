package aurum.bench.brat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Counts the gold spans of a brat folder that a CoNLL conversion does not reproduce: for the benchmark of
 * Aurum against brat's own {@code anntoconll.py} (docs/PERFORMANCE.md). Gold spans are the {@code T} lines of
 * the {@code .ann} files, outermost only (a span inside a longer one cannot be a CoNLL entity, and both
 * converters drop it by design), as label plus covered text without whitespace. Entities are read back
 * from the tag column (B- starts one, I- of the same label continues it; a blank line, {@code -DOCSTART-}
 * or another tag ends it) as label plus the concatenated tokens. The two collections are compared as
 * multisets over the whole corpus: a gold span missing from the output is a boundary error (its label
 * landed on the wrong tokens, or it was cut or merged); an entity in the output that no gold span has is
 * spurious. Comparing by text rather than offsets lets the two tools' offset conventions differ (brat's
 * converter counts a CRLF as one character, Aurum as two UTF-16 units).
 *
 * <p>Command line: {@code ConllSpanCheck GOLD_FOLDER brat CONLL_FOLDER} (one {@code .conll} per document,
 * brat's layout: {@code TAG TAB start TAB end TAB token}) or {@code ConllSpanCheck GOLD_FOLDER aurum FILE}
 * (CoNLL-2003, {@code token _ _ TAG}).
 */
public final class ConllSpanCheck {

    private ConllSpanCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !List.of("brat", "aurum").contains(args[1])) {
            System.err.println("usage: ConllSpanCheck GOLD_FOLDER brat CONLL_FOLDER | ConllSpanCheck GOLD_FOLDER aurum FILE");
            System.exit(2);
        }
        Map<String, Integer> gold = gold(Path.of(args[0]));
        Map<String, Integer> found = new HashMap<>();
        if (args[1].equals("brat")) {
            for (Path file : files(Path.of(args[2]), ".conll")) {
                readEntities(file, 0, 3, found);
            }
        } else {
            for (Path file : files(Path.of(args[2]), ".conll")) {
                readEntities(file, 3, 0, found);
            }
        }
        long goldTotal = gold.values().stream().mapToLong(Integer::longValue).sum();
        long missed = 0;
        for (Map.Entry<String, Integer> e : gold.entrySet()) {
            missed += Math.max(0, e.getValue() - found.getOrDefault(e.getKey(), 0));
        }
        long spurious = 0;
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            spurious += Math.max(0, e.getValue() - gold.getOrDefault(e.getKey(), 0));
        }
        System.out.printf("%s: %d gold spans (outermost), %d reproduced, %d boundary errors (gold spans not"
                + " reproduced), %d spurious entities%n", args[1], goldTotal, goldTotal - missed, missed, spurious);
        if (Boolean.getBoolean("examples")) {
            examples("missed", gold, found);
            examples("spurious", found, gold);
        }
    }

    /** Prints the ten keys of {@code a} most often missing from {@code b}. */
    private static void examples(String what, Map<String, Integer> a, Map<String, Integer> b) {
        a.entrySet().stream().filter(e -> e.getValue() > b.getOrDefault(e.getKey(), 0))
                .sorted((x, y) -> Integer.compare(y.getValue() - b.getOrDefault(y.getKey(), 0),
                        x.getValue() - b.getOrDefault(x.getKey(), 0)))
                .limit(10).forEach(e -> System.out.println("  " + what + " " + (e.getValue() - b.getOrDefault(e.getKey(), 0))
                        + " x " + e.getKey().replace("\t", " ")));
    }

    /** Label TAB text-without-whitespace → count, of the outermost spans of every .ann file. */
    private static Map<String, Integer> gold(Path folder) throws IOException {
        Map<String, Integer> gold = new HashMap<>();
        for (Path ann : files(folder, ".ann")) {
            List<int[]> ranges = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
                if (!line.startsWith("T")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                String[] typeAndOffsets = f[1].split(" ");
                ranges.add(new int[] {Integer.parseInt(typeAndOffsets[1]),
                    Integer.parseInt(typeAndOffsets[typeAndOffsets.length - 1])});
                keys.add(typeAndOffsets[0] + "\t" + noSpace(f[2]));
            }
            for (int i = 0; i < ranges.size(); i++) {
                boolean inner = false;
                for (int j = 0; j < ranges.size() && !inner; j++) {
                    int[] a = ranges.get(i);
                    int[] b = ranges.get(j);
                    inner = j != i && b[0] <= a[0] && a[1] <= b[1] && (b[1] - b[0] > a[1] - a[0] || j < i);
                }
                if (!inner) {
                    gold.merge(keys.get(i), 1, Integer::sum);
                }
            }
        }
        return gold;
    }

    /** Adds the entities of one CoNLL file; {@code tagColumn}/{@code tokenColumn} index the fields. */
    private static void readEntities(Path file, int tagColumn, int tokenColumn, Map<String, Integer> found)
            throws IOException {
        String label = null;
        StringBuilder text = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.isBlank() || line.startsWith("-DOCSTART-") ? null
                        : tagColumn == 0 ? line.split("\t") : line.split(" ");
                String tag = f == null ? "O" : f[tagColumn == 0 ? 0 : f.length - 1];
                boolean continues = label != null && tag.equals("I-" + label);
                if (!continues && label != null) {
                    found.merge(label + "\t" + noSpace(text.toString()), 1, Integer::sum);
                    label = null;
                    text.setLength(0);
                }
                if (f != null && !tag.equals("O")) {
                    if (!continues) {
                        label = tag.substring(2);
                    }
                    text.append(tagColumn == 0 ? f[tokenColumn] : f[0]);
                }
            }
        }
        if (label != null) {
            found.merge(label + "\t" + noSpace(text.toString()), 1, Integer::sum);
        }
    }

    private static String noSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
