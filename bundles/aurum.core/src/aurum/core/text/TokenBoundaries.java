package aurum.core.text;

/**
 * Token boundaries for snapping selections and moving span edges from the keyboard. A token is a run of
 * letters, digits and combining marks ({@code "Blinken"}, {@code "9"}, {@code "é"} written as e + U+0301),
 * or a single other visible code point ({@code "$"}, {@code "."}, an emoji outside the BMP); blanks (see
 * {@link UnicodeWhitespace#isBlank}) separate tokens and belong to none. Offsets are UTF-16 indices and
 * never split a surrogate pair. Deliberately simpler than a word break iterator: annotators expect
 * {@code "$9.3"} to be four tokens they can move over one by one.
 */
public final class TokenBoundaries {

    private static final int BLANK = 0;
    private static final int WORD = 1;
    private static final int OTHER = 2;

    private TokenBoundaries() {
    }

    /**
     * Widens {@code [start, end)} to whole tokens after trimming blanks at both ends.
     *
     * @return {@code {start, end}} of the snapped range, or {@code null} when the range holds only blanks
     */
    public static int[] snap(CharSequence text, int start, int end) {
        int from = Math.max(0, start);
        int to = Math.min(text.length(), end);
        while (from < to && kind(text, from) == BLANK) {
            from += Character.charCount(Character.codePointAt(text, from));
        }
        while (to > from && kind(text, before(text, to)) == BLANK) {
            to = before(text, to);
        }
        if (from >= to) {
            return null;
        }
        while (!isTokenStart(text, from)) {
            from = before(text, from);
        }
        while (!isTokenEnd(text, to)) {
            to += Character.charCount(Character.codePointAt(text, to));
        }
        return new int[] {from, to};
    }

    /** The largest token start below {@code offset}, or -1. */
    public static int previousStart(CharSequence text, int offset) {
        for (int i = Math.min(offset, text.length()); i > 0;) {
            i = before(text, i);
            if (isTokenStart(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The smallest token start above {@code offset}, or -1. */
    public static int nextStart(CharSequence text, int offset) {
        for (int i = after(text, Math.max(offset, 0)); i < text.length(); i = after(text, i)) {
            if (isTokenStart(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The largest token end below {@code offset}, or -1. */
    public static int previousEnd(CharSequence text, int offset) {
        for (int i = Math.min(offset, text.length()); i > 0;) {
            i = before(text, i);
            if (i > 0 && isTokenEnd(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The smallest token end above {@code offset}, or -1. */
    public static int nextEnd(CharSequence text, int offset) {
        for (int i = Math.max(offset, 0); i < text.length();) {
            i = after(text, i);
            if (isTokenEnd(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Tells whether a token starts at {@code offset}. */
    public static boolean isTokenStart(CharSequence text, int offset) {
        if (offset >= text.length() || Character.isLowSurrogate(text.charAt(offset)) && offset > 0
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return false;
        }
        int kind = kind(text, offset);
        return kind != BLANK && (offset == 0 || kind == OTHER || kind(text, before(text, offset)) != kind);
    }

    /** Tells whether a token ends at {@code offset} (the token's last code point is just before it). */
    public static boolean isTokenEnd(CharSequence text, int offset) {
        if (offset <= 0 || offset > text.length() || offset < text.length()
                && Character.isLowSurrogate(text.charAt(offset)) && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return false;
        }
        int kind = kind(text, before(text, offset));
        return kind != BLANK && (offset == text.length() || kind == OTHER || kind(text, offset) != kind);
    }

    private static int kind(CharSequence text, int offset) {
        int cp = Character.codePointAt(text, offset);
        if (UnicodeWhitespace.isBlank(cp)) {
            return BLANK;
        }
        if (Character.isLetterOrDigit(cp)) {
            return WORD;
        }
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> WORD;
            default -> OTHER;
        };
    }

    private static int before(CharSequence text, int offset) {
        return offset - Character.charCount(Character.codePointBefore(text, offset));
    }

    private static int after(CharSequence text, int offset) {
        return offset >= text.length() ? offset + 1 : offset + Character.charCount(Character.codePointAt(text, offset));
    }
}
