package aurum.labels.gazetteer;

/**
 * Decides whether a match stands as a whole word: it must not continue a word to its left or right.
 * Letters, digits and combining marks count as word characters, so that {@code "cafe"} does not match
 * inside {@code "cafe\u0301s"}; a match whose own edge character is punctuation (e.g. {@code "U.S."})
 * only needs the other edge checked.
 */
final class WordBoundaries {

    private WordBoundaries() {
    }

    static boolean isWordChar(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether {@code [start, end)} of {@code text} does not cut through a word. */
    static boolean isWholeWord(CharSequence text, int start, int end) {
        if (start > 0 && isWordChar(Character.codePointAt(text, start))
                && isWordChar(Character.codePointBefore(text, start))) {
            return false;
        }
        return !(end < text.length() && isWordChar(Character.codePointBefore(text, end))
                && isWordChar(Character.codePointAt(text, end)));
    }
}
