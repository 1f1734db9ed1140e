package aurum.labels.dictionary;

import aurum.labels.recognizer.SpanRules;

/**
 * Normalizes accepted strings so that spellings differing only in surrounding or repeated whitespace
 * (and, if asked, in case) count as one string, both for the dictionary and the consistency check.
 */
final class SurfaceKey {

    private SurfaceKey() {
    }

    static String of(String text, boolean caseInsensitive) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (SpanRules.isSpace(cp)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.appendCodePoint(caseInsensitive ? Character.toLowerCase(Character.toUpperCase(cp)) : cp);
        }
        return sb.toString();
    }
}
