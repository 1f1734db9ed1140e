package aurum.labels.recognizer;

/**
 * The boundary rules every suggestion obeys, shared so that recognizers and their tests check them the
 * same way: a span lies inside the text, does not split a surrogate pair, and neither begins nor ends
 * with whitespace (including no-break and other Unicode spaces, which {@link Character#isWhitespace}
 * alone does not count).
 */
public final class SpanRules {

    private SpanRules() {
    }

    /** Whether the code point counts as whitespace for span boundaries. */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** Whether {@code [start, end)} is a non-empty, trimmed span of {@code text} that keeps surrogate pairs whole. */
    public static boolean isWellFormed(CharSequence text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return false;
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            return false;
        }
        return !isSpace(Character.codePointAt(text, start)) && !isSpace(Character.codePointBefore(text, end));
    }

    /** Whether a boundary at {@code index} falls between a high and a low surrogate. */
    public static boolean splitsPair(CharSequence text, int index) {
        return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    /** The start after skipping leading whitespace of {@code [start, end)}; equals {@code end} if all blank. */
    public static int trimStart(CharSequence text, int start, int end) {
        int i = start;
        while (i < end) {
            int cp = Character.codePointAt(text, i);
            if (!isSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The end after dropping trailing whitespace of {@code [start, end)}; equals {@code start} if all blank. */
    public static int trimEnd(CharSequence text, int start, int end) {
        int i = end;
        while (i > start) {
            int cp = Character.codePointBefore(text, i);
            if (!isSpace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }
}
