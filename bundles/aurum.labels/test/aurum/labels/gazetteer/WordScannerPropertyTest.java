package aurum.labels.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random whole-word dictionaries and texts built from pieces that stress tokenization: upper and lower
 * case (ASCII, Latin-1, Greek final sigma, long s, Kelvin sign), combining marks, emoji and supplementary
 * letters with case, CRLF, tabs, no-break and narrow no-break spaces, curly quotes, apostrophes,
 * hyphens, digits, a lone surrogate; keys are cut from such texts at random places, so they begin and
 * end with any of these. The word scanner must agree with the character automaton and brute force.
 */
class WordScannerPropertyTest {

    private static final String[] PIECES = {"new", "York", "NEW", "york", "Ab", "aB", "é", "É", "σ", "ς", "Σ",
        "ſ", "s", "\u212A", "k", "cafe", "\u0301", "\u20DD", "\uD83D\uDE80", "\uD83D\uDE00", "\uD801\uDC00",
        "\uD801\uDC28", "\uD835\uDC00", " ", " ", " ", "\r\n", "\t", "\u00A0", "\u202F", "\u201C", "\u201D",
        "\u2019", "'", "-", ".", ",", "42", "7", "U.S.", "\uD800"};

    static List<Integer> seeds() {
        List<Integer> seeds = new ArrayList<>();
        for (int seed = 0; seed < 300; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithTheCharacterAutomatonAndBruteForce(int seed) {
        Random random = new Random(31L * seed + 5);
        boolean caseInsensitive = (seed & 1) == 0;
        boolean foldWhitespace = (seed & 2) == 0;
        String text = randomText(random, random.nextInt(400));
        List<String> keys = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
            String source = random.nextInt(3) == 0 ? randomText(random, 8) : text;
            if (source.isEmpty()) {
                continue;
            }
            int start = random.nextInt(source.length());
            int end = Math.min(source.length(), start + 1 + random.nextInt(14));
            String key = source.substring(start, end);
            if (isWellFormed(key) && !keys.contains(key)) {
                keys.add(key);
            }
        }
        if (!keys.isEmpty() && random.nextBoolean()) {
            keys.add(keys.get(0));
        }
        assertSameMatches(keys, text, caseInsensitive, foldWhitespace);
    }

    private static boolean isWellFormed(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < key.length() && Character.isLowSurrogate(key.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void agreesWithTheCharacterAutomatonOnALargeDictionary() {
        Random random = new Random(11);
        String[] vocabulary = new String[400];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = randomWord(random);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder key = new StringBuilder(vocabulary[random.nextInt(vocabulary.length)]);
            for (int j = random.nextInt(4); j > 0; j--) {
                key.append(random.nextInt(5) == 0 ? "-" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            keys.add(key.toString());
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            String word = random.nextInt(3) == 0 ? keys.get(random.nextInt(keys.size()))
                    : vocabulary[random.nextInt(vocabulary.length)];
            text.append(random.nextInt(4) == 0 ? word.toUpperCase() : word).append(random.nextInt(6) == 0 ? ". " : " ");
        }
        assertSameMatches(keys, text.toString(), true, false);
    }

    /**
     * Words of 1 to 20 characters, around the lengths at which the word table packs a word into one
     * {@code long}, two, or pools it, from letters whose folded form is ASCII, Latin-1 (ÿ, ß, é), beyond
     * Latin-1 although the letter is in it (µ folds to Greek mu; ÿ's upper case is beyond it) or
     * beyond it altogether (ā, the Kelvin sign); keys are phrases of such words, the text mixes them
     * with near misses one letter shorter or longer.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesOnWordsAroundThePackedLengths(int seed) {
        Random random = new Random(17L * seed + 3);
        String letters = "abkKÿŸßéÉµΜāĀ\u212A";
        String[] vocabulary = new String[12];
        for (int i = 0; i < vocabulary.length; i++) {
            int length = 1 + random.nextInt(20);
            StringBuilder word = new StringBuilder();
            boolean ascii = random.nextInt(3) > 0;
            for (int j = 0; j < length; j++) {
                word.append(letters.charAt(random.nextInt(ascii ? 4 : letters.length())));
            }
            vocabulary[i] = word.toString();
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
            StringBuilder key = new StringBuilder(vocabulary[random.nextInt(vocabulary.length)]);
            for (int j = random.nextInt(3); j > 0; j--) {
                key.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            if (!keys.contains(key.toString())) {
                keys.add(key.toString());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            String word = vocabulary[random.nextInt(vocabulary.length)];
            switch (random.nextInt(5)) {
                case 0 -> word = word.substring(0, word.length() - 1);
                case 1 -> word = word + letters.charAt(random.nextInt(letters.length()));
                case 2 -> word = word.toUpperCase();
                default -> { }
            }
            text.append(word).append(random.nextInt(8) == 0 ? ", " : " ");
        }
        assertSameMatches(keys, text.toString(), (seed & 1) == 0, (seed & 2) == 0);
    }

    private static String randomWord(Random random) {
        String syllables = "ka ri to na mi su ne ho ya lu pe é ø ß";
        String[] parts = syllables.split(" ");
        StringBuilder word = new StringBuilder();
        for (int j = 0, n = 1 + random.nextInt(3); j < n; j++) {
            word.append(parts[random.nextInt(parts.length)]);
        }
        return word.toString();
    }

    record Hit(int start, int end, int entry) {
    }

    /**
     * Runs the same whole-word dictionary through the word scanner, the character automaton and a
     * brute-force matcher (fold, compare every key at every position, check both edges with
     * {@link WordBoundaries}'s rules written out again) and asserts identical results, in the order each
     * scan reports them.
     */
    private static void assertSameMatches(List<String> keys, String text, boolean caseInsensitive, boolean foldWhitespace) {
        Gazetteer<Integer> words = build(keys, caseInsensitive, foldWhitespace, false);
        Gazetteer<Integer> chars = build(keys, caseInsensitive, foldWhitespace, true);
        assertTrue(words.scansWords());
        assertFalse(chars.scansWords());
        String context = text.length() > 300 ? "text of " + text.length() + " chars" : "text=" + text + " keys=" + keys;
        for (MatchMode mode : MatchMode.values()) {
            List<Hit> expected = hits(chars, text, mode);
            assertEquals(expected, hits(words, text, mode), () -> mode + " " + context);
        }
        if (keys.size() * (long) text.length() <= 2_000_000) {
            List<Hit> all = bruteForce(keys, text, caseInsensitive, foldWhitespace);
            Comparator<Hit> order = Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end)
                    .thenComparingInt(Hit::entry);
            assertEquals(all.stream().sorted(order).toList(),
                    hits(words, text, MatchMode.ALL).stream().sorted(order).toList(), context);
        }
    }

    private static Gazetteer<Integer> build(List<String> keys, boolean caseInsensitive, boolean foldWhitespace,
            boolean characterAutomaton) {
        GazetteerBuilder<Integer> builder = Gazetteer.<Integer>builder().caseInsensitive(caseInsensitive)
                .wholeWords(true).foldWhitespace(foldWhitespace).characterAutomaton(characterAutomaton);
        for (int i = 0; i < keys.size(); i++) {
            builder.add(keys.get(i), i);
        }
        return builder.build();
    }

    private static List<Hit> hits(Gazetteer<Integer> g, String text, MatchMode mode) {
        return g.find(text, mode).stream().map(m -> new Hit(m.start(), m.end(), m.payload())).toList();
    }

    private static List<Hit> bruteForce(List<String> keys, String text, boolean caseInsensitive,
            boolean foldWhitespace) {
        String folded = fold(text, caseInsensitive, foldWhitespace);
        List<Hit> hits = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            String key = fold(keys.get(k), caseInsensitive, foldWhitespace);
            for (int i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
                int end = i + key.length();
                if (edge(text, i) && edge(text, end)) {
                    hits.add(new Hit(i, end, k));
                }
            }
        }
        return hits;
    }

    /** Whether a match may begin or end at {@code at}: not between two word characters. */
    private static boolean edge(String text, int at) {
        return at == 0 || at == text.length() || !isWord(text.codePointAt(at)) || !isWord(text.codePointBefore(at));
    }

    private static boolean isWord(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static String fold(String s, boolean caseInsensitive, boolean foldWhitespace) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int f = cp;
            if (foldWhitespace && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                f = ' ';
            } else if (caseInsensitive) {
                int lower = Character.toLowerCase(Character.toUpperCase(cp));
                f = Character.charCount(lower) == Character.charCount(cp) ? lower : cp;
            }
            sb.appendCodePoint(f);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
