package aurum.corpus.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reduces a text to the word sequence that duplicate detection compares, so that copies differing
 * only in typography (curly vs straight quotes, no-break spaces, full-width forms, case, line endings)
 * look identical. Words are maximal runs of letters, digits and marks; an apostrophe between letters
 * stays inside the word ("china's").
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** NFKC, case-folded, straight quotes, every whitespace run (NBSP included) one space, trimmed. */
    public static String normalize(String text) {
        String s = nfkcLowerCase(text);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = straighten(s.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The words of the normalized text, in order. The same as splitting {@link #normalize}'s result, but
     * without building it: collapsing whitespace does not move a word boundary, and straightening only
     * matters for an apostrophe inside a word.
     */
    public static List<String> words(String text) {
        String s = nfkcLowerCase(text);
        List<String> words = new ArrayList<>(s.length() / 6 + 1);
        int start = -1;
        boolean straightened = false;
        for (int i = 0; i <= s.length(); i++) {
            boolean inWord;
            if (i == s.length()) {
                inWord = false;
            } else if (isWordChar(s, i)) {
                inWord = true;
            } else if (straighten(s.charAt(i)) == '\'' && start >= 0 && i + 1 < s.length() && isWordChar(s, i + 1)) {
                inWord = true;
                straightened |= s.charAt(i) != '\'';
            } else {
                inWord = false;
            }
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = s.substring(start, i);
                words.add(straightened ? straightenAll(word) : word);
                start = -1;
                straightened = false;
            }
        }
        return words;
    }

    private static String nfkcLowerCase(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static String straightenAll(String word) {
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = straighten(chars[i]);
        }
        return new String(chars);
    }

    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) { // most characters of most texts: no lookup of the Unicode category
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c) && Character.isLetterOrDigit(s.codePointAt(
                        Character.isLowSurrogate(c) && i > 0 ? i - 1 : i));
    }

    private static char straighten(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
            default -> c;
        };
    }
}
