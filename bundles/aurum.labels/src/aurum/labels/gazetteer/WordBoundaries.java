package aurum.labels.gazetteer;

/**
 * Decides whether a match stands as a whole word: it must not continue a word to its left or right.
 * Letters, digits and combining marks count as word characters, so that {@code "cafe"} does not match
 * inside {@code "cafe\u0301s"}; a match whose own edge character is punctuation (e.g. {@code "U.S."})
 * only needs the other edge checked.
 */
final class WordBoundaries {

    /** {@link #isWordChar} for every BMP character, one bit each (8 KiB); surrogates are not word characters. */
    private static final long[] BMP_WORD_CHARS = bmpWordChars();

    private WordBoundaries() {
    }

    private static long[] bmpWordChars() {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (isWordChar(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /** {@link #isWordChar} for a BMP character, by table; false for surrogates. */
    static boolean isWordCharBmp(char c) {
        return (BMP_WORD_CHARS[c >>> 6] & 1L << c) != 0;
    }

    static boolean isWordChar(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether a match may begin at {@code start} without continuing a word to its left. */
    static boolean canStartWord(CharSequence text, int start) {
        if (start == 0) {
            return true;
        }
        char first = text.charAt(start);
        if (first < 0x80) {
            if (!isAsciiAlphanumeric(first)) {
                return true;
            }
            char before = text.charAt(start - 1);
            if (before < 0x80) {
                return !isAsciiAlphanumeric(before);
            }
        }
        return !isWordChar(Character.codePointAt(text, start))
                || !isWordChar(Character.codePointBefore(text, start));
    }

    /**
     * Whether a match may end at {@code end} without a word going on to its right. The same for every
     * entry ending there, so the scan asks once per position; ASCII letters are tested without a lookup
     * because they are the common case.
     */
    static boolean canEndWord(CharSequence text, int end) {
        if (end == text.length()) {
            return true;
        }
        char next = text.charAt(end);
        char last = text.charAt(end - 1);
        if (isAsciiAlphanumeric(next) && isAsciiAlphanumeric(last)) {
            return false;
        }
        if (next < 0x80 && !isAsciiAlphanumeric(next) || last < 0x80 && !isAsciiAlphanumeric(last)) {
            return true;
        }
        return !isWordChar(Character.codePointBefore(text, end)) || !isWordChar(Character.codePointAt(text, end));
    }

    /**
     * Whether the characters at {@code position} and before it are both ASCII letters or digits, so
     * that no match can start at {@code position}: the common case inside words, decided without
     * a lookup.
     */
    static boolean continuesAsciiWord(CharSequence text, int position) {
        return position > 0 && isAsciiAlphanumeric(text.charAt(position))
                && isAsciiAlphanumeric(text.charAt(position - 1));
    }

    static boolean isAsciiAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
