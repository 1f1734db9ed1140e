package aurum.core.text;

/**
 * Recognises the characters an annotator should not include at the start or end of a span. Java's
 * {@link Character#isWhitespace(int)} misses the no-break spaces (U+00A0, U+2007, U+202F) that news
 * text is full of, so the Unicode {@code White_Space} property is spelled out here instead.
 */
public final class UnicodeWhitespace {

    private UnicodeWhitespace() {
    }

    /** Tells whether the code point has the Unicode {@code White_Space} property. */
    public static boolean isWhitespace(int codePoint) {
        return switch (codePoint) {
            case 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x0020, 0x0085, 0x00A0, 0x1680,
                    0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> codePoint >= 0x2000 && codePoint <= 0x200A;
        };
    }

    /**
     * Tells whether the code point is whitespace or an invisible separator (zero width space, word
     * joiner, zero width no-break space, Mongolian vowel separator): characters that look like nothing
     * in the editor and therefore end up at span edges by accident.
     */
    public static boolean isBlank(int codePoint) {
        return isWhitespace(codePoint)
                || codePoint == 0x200B || codePoint == 0x2060 || codePoint == 0xFEFF || codePoint == 0x180E;
    }
}
