package aurum.labels.gazetteer;

import aurum.labels.recognizer.SpanRules;

/**
 * Maps characters to the form the automaton compares, one UTF-16 unit to one, so that offsets in the
 * folded text equal offsets in the original. Case folding uses {@link Character}'s locale-independent
 * simple mappings (lower case of upper case, so that e.g. {@code ſ}, {@code S} and {@code s} agree);
 * a mapping that would change a character's UTF-16 length is not applied.
 */
final class CharFolder {

    private static final CharFolder[] CACHE = new CharFolder[4];

    private final boolean caseInsensitive;
    private final char[] table;

    /** The shared folder for the options; tables are 128 KiB, so gazetteers with equal options share one. */
    static synchronized CharFolder of(boolean caseInsensitive, boolean foldWhitespace) {
        int index = (caseInsensitive ? 2 : 0) + (foldWhitespace ? 1 : 0);
        if (CACHE[index] == null) {
            CACHE[index] = new CharFolder(caseInsensitive, foldWhitespace);
        }
        return CACHE[index];
    }

    private CharFolder(boolean caseInsensitive, boolean foldWhitespace) {
        this.caseInsensitive = caseInsensitive;
        this.table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int folded = c;
            if (Character.isSurrogate((char) c)) {
                folded = c;
            } else if (foldWhitespace && SpanRules.isSpace(c)) {
                folded = ' ';
            } else if (caseInsensitive) {
                folded = foldCodePoint(c);
            }
            table[c] = (char) folded;
        }
    }

    /** The folded form of a BMP character that is not a surrogate. */
    char fold(char c) {
        return table[c];
    }

    /** The folded form of a supplementary code point; same UTF-16 length as the input. */
    int foldSupplementary(int codePoint) {
        return caseInsensitive ? foldCodePoint(codePoint) : codePoint;
    }

    /** Folds a whole key the way texts are folded during a scan. */
    String foldKey(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                sb.append(fold((char) cp));
            } else {
                sb.appendCodePoint(foldSupplementary(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static int foldCodePoint(int cp) {
        int folded = Character.toLowerCase(Character.toUpperCase(cp));
        return Character.charCount(folded) == Character.charCount(cp) ? folded : cp;
    }
}
