package aurum.labels.gazetteer;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct tokens of a whole-word dictionary's keys (words and single non-word characters, already
 * folded), each with a dense id, in an open-addressing table. A slot is 32 bytes (half a cache line):
 * the token's hash, id and length and, for tokens of up to {@value #INLINE} characters (nearly every
 * word), the characters themselves, so a lookup reads one cache line and compares the characters there;
 * the answer is exact. Longer tokens keep their characters in a pool that the slot points to. The load
 * factor is at most one half.
 * <p>
 * The hash of a token is {@link String#hashCode()} of its folded form, which the scanner computes on
 * the fly while it reads the word.
 */
final class WordTable {

    private static final int SLOT = 16;
    private static final int HASH = 0;
    private static final int ID = 2;
    /** The length plus one for inline tokens, {@link #LONG} for pooled ones; 0 marks an empty slot. */
    private static final int LENGTH = 4;
    private static final int CHARS = 5;
    static final int INLINE = SLOT - CHARS;
    /** Marks a slot whose token is in the pool: offset in the first two characters, length in the next two. */
    private static final char LONG = INLINE + 2;
    private static final int GOLDEN = 0x9E3779B9;

    private final char[] slots;
    private final int shift;
    private final int mask;
    /** The characters of tokens longer than {@link #INLINE}; their slot holds the offset. */
    private final char[] pool;
    /** For each ASCII character that is not a word character, the id of its folded form, or -1. */
    private final int[] asciiTokens = new int[0x80];
    private final int[] tokenLengths;
    private final int maxLength;

    /** @param tokens the folded tokens; a token's index is its id */
    WordTable(List<String> tokens, CharFolder folder) {
        int capacity = Integer.highestOneBit(Math.max(4, tokens.size() * 2 - 1)) << 1;
        this.slots = new char[capacity * SLOT];
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        this.mask = capacity - 1;
        this.tokenLengths = new int[tokens.size()];
        long poolSize = 0;
        int longest = 0;
        for (String token : tokens) {
            poolSize += token.length() > INLINE ? token.length() : 0;
            longest = Math.max(longest, token.length());
        }
        if (poolSize > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("gazetteer keys too long: " + poolSize
                    + " characters in words longer than " + INLINE + " characters");
        }
        this.maxLength = longest;
        this.pool = new char[(int) poolSize];
        int poolAt = 0;
        for (int id = 0; id < tokens.size(); id++) {
            String token = tokens.get(id);
            tokenLengths[id] = token.length();
            int hash = token.hashCode();
            int slot = (hash * GOLDEN) >>> shift;
            while (slots[slot * SLOT + LENGTH] != 0) {
                slot = (slot + 1) & mask;
            }
            int at = slot * SLOT;
            putInt(at + HASH, hash);
            putInt(at + ID, id);
            if (token.length() <= INLINE) {
                slots[at + LENGTH] = (char) (token.length() + 1);
                token.getChars(0, token.length(), slots, at + CHARS);
            } else {
                slots[at + LENGTH] = LONG;
                putInt(at + CHARS, poolAt);
                putInt(at + CHARS + 2, token.length());
                token.getChars(0, token.length(), pool, poolAt);
                poolAt += token.length();
            }
        }
        char[] one = new char[1];
        for (char c = 0; c < 0x80; c++) {
            one[0] = folder.fold(c);
            asciiTokens[c] = find(one, 1, one[0]);
        }
    }

    private void putInt(int at, int value) {
        slots[at] = (char) (value >>> 16);
        slots[at + 1] = (char) value;
    }

    private int getInt(int at) {
        return slots[at] << 16 | slots[at + 1];
    }

    /** The id of the token {@code folded[0, length)} whose hash is {@code hash}, or -1 if it is no key's token. */
    int find(char[] folded, int length, int hash) {
        int slot = (hash * GOLDEN) >>> shift;
        while (true) {
            int at = slot * SLOT;
            int stored = slots[at + LENGTH];
            if (stored == 0) {
                return -1;
            }
            if (getInt(at + HASH) == hash && (length <= INLINE
                    ? stored == length + 1 && Arrays.equals(slots, at + CHARS, at + CHARS + length, folded, 0, length)
                    : stored == LONG && getInt(at + CHARS + 2) == length
                            && Arrays.equals(pool, getInt(at + CHARS), getInt(at + CHARS) + length, folded, 0, length))) {
                return getInt(at + ID);
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The id of the one-character token for ASCII character {@code c} (folded), or -1. */
    int asciiToken(char c) {
        return asciiTokens[c];
    }

    /** The length in UTF-16 units of the longest token; longer words in a text cannot be tokens. */
    int maxLength() {
        return maxLength;
    }

    int tokenLength(int id) {
        return tokenLengths[id];
    }

    int size() {
        return tokenLengths.length;
    }

    long bytes() {
        return 2L * slots.length + 2L * pool.length + 4L * tokenLengths.length + 4L * asciiTokens.length;
    }
}
