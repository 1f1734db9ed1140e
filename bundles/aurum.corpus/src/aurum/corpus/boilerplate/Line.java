package aurum.corpus.boilerplate;

/**
 * One line of the page text: {@code [start, end)} excludes the terminator; {@code text} is the line
 * with surrounding whitespace (including no-break spaces) removed, which is what the rules look at.
 */
record Line(int index, int start, int end, String text) {

    boolean isBlank() {
        return text.isEmpty();
    }

    /** Offset of the first non-blank character, so regions do not start in leading indentation. */
    int contentStart(CharSequence page) {
        int i = start;
        while (i < end && LineSplitter.isSpace(page.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset just after the last non-blank character. */
    int contentEnd(CharSequence page) {
        int i = end;
        while (i > start && LineSplitter.isSpace(page.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
