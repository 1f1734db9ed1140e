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

    /**
     * Like {@link #snap}, and keeps with a number the signs that belong to it: a currency symbol (Unicode
     * category Sc: {@code $ € £ ¥ ₹}…) right before the number, with the capital letters glued to it
     * ({@code US$}, {@code HK$}); and a currency symbol, {@code %}, {@code ‰} or {@code °} right after it, or
     * after one blank ({@code 9,30 €}, {@code 50 %} as French writes it). So dragging over
     * {@code 9.3 billion} in {@code $9.3 billion} tags {@code $9.3 billion}.
     *
     * @return {@code {start, end}} of the snapped range, or {@code null} when the range holds only blanks
     */
    public static int[] snapWithNumberSigns(CharSequence text, int start, int end) {
        int[] range = snap(text, start, end);
        if (range == null) {
            return null;
        }
        int from = range[0];
        int to = range[1];
        if (Character.isDigit(Character.codePointAt(text, from))) {
            int i = from;
            while (i > 0 && isCurrency(Character.codePointBefore(text, i))) {
                i = before(text, i);
            }
            if (i < from) {
                int letters = i;
                while (letters > 0 && Character.isUpperCase(Character.codePointBefore(text, letters))) {
                    letters = before(text, letters);
                }
                if (letters == 0 || kind(text, before(text, letters)) != WORD) {
                    i = letters;
                }
            }
            from = i;
        }
        if (Character.isDigit(Character.codePointBefore(text, to))) {
            int i = to;
            if (i < text.length() && kind(text, i) == BLANK && i + 1 < text.length()
                    && isNumberSuffix(Character.codePointAt(text, i + 1))) {
                i++;
            }
            while (i < text.length() && isNumberSuffix(Character.codePointAt(text, i))) {
                i = after(text, i);
            }
            if (i > to && kind(text, before(text, i)) != BLANK) {
                to = i;
            }
        }
        return new int[] {from, to};
    }

    private static boolean isCurrency(int cp) {
        return Character.getType(cp) == Character.CURRENCY_SYMBOL;
    }

    private static boolean isNumberSuffix(int cp) {
        return isCurrency(cp) || cp == '%' || cp == '\u2030' || cp == '\u00B0';
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
