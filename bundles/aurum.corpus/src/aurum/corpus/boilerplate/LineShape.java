package aurum.corpus.boilerplate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Cheap shape features of one line: word count, share of English function words, how it ends. Article
 * prose is long and full of function words; menus, link lists and labels are short and have few.
 */
record LineShape(String folded, int words, double stopWordRatio, boolean endsLikeSentence) {

    private static final Set<String> STOP_WORDS = Set.of("a", "about", "after", "all", "also", "an", "and",
            "any", "are", "as", "at", "be", "been", "before", "but", "by", "can", "could", "did", "do", "does",
            "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "more", "most", "no", "not", "of", "on", "or", "other", "our", "out", "over", "said", "she",
            "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
            "this", "those", "through", "to", "under", "up", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "will", "with", "would", "you", "your");

    /** Long enough and with enough function words to be a paragraph of running text. */
    boolean isProse() {
        return words >= 12 && stopWordRatio >= 0.2;
    }

    static LineShape of(String text) {
        String folded = fold(text);
        // tokens are maximal runs of letters, numbers and apostrophes (what splitting at [^\p{L}\p{N}']+
        // gives, without compiling that pattern for every line of every page)
        int words = 0;
        int stops = 0;
        int start = -1;
        for (int i = 0; i <= folded.length();) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            if (isTokenChar(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words++;
                if (i - start <= LONGEST_STOP_WORD && isStopWord(folded, start, i)) {
                    stops++;
                }
                start = -1;
            }
            i += Character.charCount(c);
        }
        return new LineShape(folded, words, words == 0 ? 0 : (double) stops / words, endsLikeSentence(folded));
    }

    private static final int LONGEST_STOP_WORD = STOP_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /**
     * The stop words packed by {@link #pack}, sorted: looked up without cutting each token out of the
     * line as a string (the substrings and their hashing were a third of the cost of a line's shape).
     */
    private static final long[] PACKED_STOP_WORDS = STOP_WORDS.stream().mapToLong(w -> pack(w, 0, w.length()))
            .sorted().toArray();

    /** Whether {@code s[from, to)} is one of {@link #STOP_WORDS}. */
    static boolean isStopWord(String s, int from, int to) {
        long packed = pack(s, from, to);
        return packed >= 0 && Arrays.binarySearch(PACKED_STOP_WORDS, packed) >= 0;
    }

    /**
     * {@code s[from, to)} as one number, 7 bits per character, when it is at most 8 ASCII characters
     * (every stop word is); -1 otherwise. Distinct such strings get distinct numbers.
     */
    private static long pack(String s, int from, int to) {
        if (to - from > 8) {
            return -1;
        }
        long packed = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == 0 || c > 0x7f) {
                return -1;
            }
            packed = packed << 7 | c;
        }
        return packed;
    }

    private static boolean isTokenChar(int c) {
        if (c < 0x80) { // most characters of most pages: no lookup of the Unicode category
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** NFKC, lower case, straight quotes: what the keyword rules match against. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }

    private static boolean endsLikeSentence(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?\"')\u2026".indexOf(last) >= 0;
    }
}
