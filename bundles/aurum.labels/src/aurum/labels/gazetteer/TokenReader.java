package aurum.labels.gazetteer;

/**
 * Reads any token for the {@link WordScanner}: a maximal run of word characters, or a single other code
 * point. The scanner reads ASCII words and ASCII punctuation itself, in its own loop; this class reads
 * every other token (a word with a character beyond ASCII, a non-ASCII non-word character, a surrogate
 * pair, a lone surrogate), folding each character on the way, and looks it up in the {@link WordTable}.
 * Words longer than the longest dictionary token are read to their end and are no token. One reader per
 * scan; not thread-safe.
 */
final class TokenReader {

    private final CharSequence text;
    private final int length;
    private final WordTable words;
    private final CharFolder folder;
    /** The folded token; longer words are read to their end but cannot be tokens. */
    private final char[] buffer;

    TokenReader(CharSequence text, WordTable words, CharFolder folder) {
        this.text = text;
        this.length = text.length();
        this.words = words;
        this.folder = folder;
        this.buffer = new char[words.maxLength() + 2];
    }

    /**
     * Reads the token that starts at {@code i} (before the end of the text).
     *
     * @return the position after the token in the high 32 bits, its id (or -1 if it is no key's token)
     *         in the low 32 bits
     */
    long read(int i) {
        char c = text.charAt(i);
        if (c < 0x80 && !WordBoundaries.isAsciiAlphanumeric(c)) {
            return result(i + 1, words.asciiToken(c));
        }
        if (!startsWord(i, c)) {
            return result(i + Character.charCount(Character.codePointAt(text, i)), otherToken(i, c));
        }
        // the first character is a word character (startsWord uses the same tests), so i advances
        int n = 0;
        while (i < length) {
            char d = text.charAt(i);
            if (d < 0x80 ? WordBoundaries.isAsciiAlphanumeric(d) : WordBoundaries.isWordCharBmp(d)) {
                if (n < buffer.length) {
                    buffer[n] = folder.fold(d);
                }
                n++;
                i++;
            } else if (Character.isHighSurrogate(d)) {
                int cp = Character.codePointAt(text, i);
                if (!Character.isSupplementaryCodePoint(cp) || !WordBoundaries.isWordChar(cp)) {
                    break;
                }
                int f = folder.foldSupplementary(cp);
                if (n + 1 < buffer.length) {
                    buffer[n] = Character.highSurrogate(f);
                    buffer[n + 1] = Character.lowSurrogate(f);
                }
                n += 2;
                i += 2;
            } else {
                break;
            }
        }
        return result(i, words.find(buffer, n));
    }

    private static long result(int end, int id) {
        return (long) end << 32 | id & 0xFFFF_FFFFL;
    }

    /** Whether the character {@code c} at {@code i} (a high surrogate: with the next one) is a word character. */
    boolean startsWord(int i, char c) {
        if (c < 0x80) {
            return WordBoundaries.isAsciiAlphanumeric(c);
        }
        if (!Character.isSurrogate(c)) {
            return WordBoundaries.isWordCharBmp(c);
        }
        int cp = Character.codePointAt(text, i);
        return Character.isSupplementaryCodePoint(cp) && WordBoundaries.isWordChar(cp);
    }

    /** The id of the single non-word code point at {@code i} (not ASCII), or -1; a lone surrogate is never a token. */
    private int otherToken(int i, char c) {
        if (!Character.isSurrogate(c)) {
            buffer[0] = folder.fold(c);
            return words.find(buffer, 1);
        }
        int cp = Character.codePointAt(text, i);
        if (!Character.isSupplementaryCodePoint(cp)) {
            return -1;
        }
        int f = folder.foldSupplementary(cp);
        buffer[0] = Character.highSurrogate(f);
        buffer[1] = Character.lowSurrogate(f);
        return words.find(buffer, 2);
    }
}
