package aurum.labels.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the gazetteer with a brute-force reference matcher (fold, then search every key at every
 * position) on seeded random dictionaries and texts over an alphabet with upper and lower case, word
 * and non-word characters, a no-break space, a combining mark and supplementary characters with case,
 * under every combination of options and both match modes.
 */
class GazetteerReferenceTest {

    private static final String[] ALPHABET = {"a", "A", "b", "B", "é", "É", " ", "\u00A0", ".", "-", "\u0301",
        "\uD801\uDC00", "\uD801\uDC28", "\uD835\uDC00", "1"};

    private record Hit(int start, int end, int entry) {
    }

    private static final Comparator<Hit> ORDER = Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end)
            .thenComparingInt(Hit::entry);

    static List<Integer> seeds() {
        List<Integer> seeds = new ArrayList<>();
        for (int seed = 0; seed < 160; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithBruteForceUnderEveryOptionAndMode(int seed) {
        Random random = new Random(seed);
        boolean caseInsensitive = (seed & 1) != 0;
        boolean wholeWords = (seed & 2) != 0;
        boolean foldWhitespace = (seed & 4) != 0;
        List<String> keys = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
            String key = randomText(random, 1 + random.nextInt(6)).strip();
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
        String text = randomText(random, random.nextInt(300));
        GazetteerBuilder<Integer> builder = Gazetteer.<Integer>builder().caseInsensitive(caseInsensitive)
                .wholeWords(wholeWords).foldWhitespace(foldWhitespace);
        for (int i = 0; i < keys.size(); i++) {
            builder.add(keys.get(i), i);
        }
        Gazetteer<Integer> gazetteer = builder.build();

        List<Hit> all = bruteForce(keys, text, caseInsensitive, wholeWords, foldWhitespace);
        String context = "seed=" + seed + " text=" + text + " keys=" + keys;
        assertEquals(all.stream().sorted(ORDER).toList(), found(gazetteer, text, MatchMode.ALL), context);
        assertEquals(leftmostLongest(all), found(gazetteer, text, MatchMode.LEFTMOST_LONGEST), context);
    }

    private static List<Hit> found(Gazetteer<Integer> gazetteer, String text, MatchMode mode) {
        return gazetteer.find(text, mode).stream().map(m -> new Hit(m.start(), m.end(), m.payload())).sorted(ORDER)
                .toList();
    }

    private static List<Hit> bruteForce(List<String> keys, String text, boolean caseInsensitive, boolean wholeWords,
            boolean foldWhitespace) {
        String folded = fold(text, caseInsensitive, foldWhitespace);
        List<Hit> hits = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            String key = fold(keys.get(k), caseInsensitive, foldWhitespace);
            for (int i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
                int end = i + key.length();
                if (!wholeWords || startsWord(text, i) && endsWord(text, end)) {
                    hits.add(new Hit(i, end, k));
                }
            }
        }
        return hits;
    }

    private static String fold(String s, boolean caseInsensitive, boolean foldWhitespace) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            int f = cp;
            if (foldWhitespace && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                f = ' ';
            } else if (caseInsensitive) {
                int lower = Character.toLowerCase(Character.toUpperCase(cp));
                f = Character.charCount(lower) == Character.charCount(cp) ? lower : cp;
            }
            sb.appendCodePoint(f);
        });
        return sb.toString();
    }

    private static boolean startsWord(String text, int start) {
        return start == 0 || !isWord(text.codePointAt(start)) || !isWord(text.codePointBefore(start));
    }

    private static boolean endsWord(String text, int end) {
        return end == text.length() || !isWord(text.codePointAt(end)) || !isWord(text.codePointBefore(end));
    }

    private static boolean isWord(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Earliest start first, longest among those, never overlapping; every entry with the chosen span. */
    private static List<Hit> leftmostLongest(List<Hit> all) {
        List<Hit> byPreference = all.stream().sorted(Comparator.comparingInt(Hit::start)
                .thenComparing(Comparator.comparingInt(Hit::end).reversed())).toList();
        List<Hit> chosen = new ArrayList<>();
        int free = 0;
        int chosenStart = -1;
        int chosenEnd = -1;
        for (Hit h : byPreference) {
            if (h.start() == chosenStart && h.end() == chosenEnd) {
                chosen.add(h);
            } else if (h.start() >= free) {
                chosen.add(h);
                chosenStart = h.start();
                chosenEnd = h.end();
                free = h.end();
            }
        }
        return chosen.stream().sorted(ORDER).toList();
    }

    private static String randomText(Random random, int symbols) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < symbols; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
