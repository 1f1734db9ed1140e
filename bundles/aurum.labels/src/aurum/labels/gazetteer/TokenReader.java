package aurum.labels.gazetteer;

/**
 * Reads a text one token at a time for the {@link WordScanner}: a maximal run of word characters, or a
 * single other code point. While it passes over a word it folds each character and computes the hash
 * of the folded word ({@link String#hashCode()}'s), then looks the word up in the {@link WordTable}; so
 * every character is read once, in order. Words longer than the longest dictionary token are read to
 * their end without a lookup. One reader per scan; not thread-safe.
 */
final class TokenReader {

    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = WordBoundaries.isAsciiAlphanumeric(c);
        }
    }

    private final CharSequence text;
    private final int length;
    private final WordTable words;
    private final CharFolder folder;
    private final int maxLength;
    /** The folded token; longer words are read to their end but cannot be tokens. */
    private final char[] buffer;
    /** Where the next token starts; after {@link #next()}, where the token read ends. */
    int position;

    TokenReader(CharSequence text, WordTable words, CharFolder folder) {
        this.text = text;
        this.length = text.length();
        this.words = words;
        this.folder = folder;
        this.maxLength = words.maxLength();
        this.buffer = new char[maxLength + 2];
    }

    boolean atEnd() {
        return position >= length;
    }

    /** Reads the token at {@link #position} (not at the end) and returns its id, or -1 if it is no key's token. */
    int next() {
        int i = position;
        char c = text.charAt(i);
        if (c < 0x80 && !ASCII_WORD[c]) {
            position = i + 1;
            return words.asciiToken(c);
        }
        if (!startsWord(i, c)) {
            position = i + Character.charCount(Character.codePointAt(text, i));
            return otherToken(i, c);
        }
        // the first character is a word character (startsWord uses the same tests), so i advances
        int n = 0;
        int hash = 0;
        while (i < length) {
            char d = text.charAt(i);
            if (d < 0x80 ? ASCII_WORD[d] : WordBoundaries.isWordCharBmp(d)) {
                char f = folder.fold(d);
                if (n < buffer.length) {
                    buffer[n] = f;
                }
                n++;
                hash = 31 * hash + f;
                i++;
            } else if (Character.isHighSurrogate(d)) {
                int cp = Character.codePointAt(text, i);
                if (!Character.isSupplementaryCodePoint(cp) || !WordBoundaries.isWordChar(cp)) {
                    break;
                }
                int f = folder.foldSupplementary(cp);
                char high = Character.highSurrogate(f);
                char low = Character.lowSurrogate(f);
                if (n + 1 < buffer.length) {
                    buffer[n] = high;
                    buffer[n + 1] = low;
                }
                n += 2;
                hash = 31 * (31 * hash + high) + low;
                i += 2;
            } else {
                break;
            }
        }
        position = i;
        return n > maxLength ? -1 : words.find(buffer, n, hash);
    }

    private boolean startsWord(int i, char c) {
        if (c < 0x80) {
            return true;
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
            return words.find(buffer, 1, buffer[0]);
        }
        int cp = Character.codePointAt(text, i);
        if (!Character.isSupplementaryCodePoint(cp)) {
            return -1;
        }
        int f = folder.foldSupplementary(cp);
        buffer[0] = Character.highSurrogate(f);
        buffer[1] = Character.lowSurrogate(f);
        return words.find(buffer, 2, 31 * buffer[0] + buffer[1]);
    }
}
