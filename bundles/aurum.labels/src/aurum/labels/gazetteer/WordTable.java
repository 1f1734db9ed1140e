package aurum.labels.gazetteer;

import java.util.List;

/**
 * The distinct tokens of a whole-word dictionary's keys (words and single non-word characters, already
 * folded), each with a dense id, in open-addressing tables at most half full. Lookups are exact: they
 * compare the whole token, not only a hash.
 * <p>
 * Nearly every word of a Latin-script text has at most {@value #MEDIUM} characters, each below U+0100.
 * Such a token is its own key: its characters packed eight bits each into one {@code long} (up to
 * {@value #SHORT} characters, a 16-byte slot, four per cache line) or two (up to {@value #MEDIUM}, a
 * 32-byte slot in a second table), so a lookup is a multiplication for the slot and one or two
 * comparisons of {@code long}s in one cache line. Every other token is stored by its
 * {@link String#hashCode()} in the first table, with its characters in a pool. Which kind a token is
 * depends only on its folded characters, so the text's tokens are looked up the way the keys' tokens
 * were stored.
 * <p>
 * Most words of a text are no key's token. A bit filter in front of the packed tables (one bit per
 * slot hash, sixteen bits per token, e.g. 64 KiB for 30,000 tokens, so it stays in the core's cache)
 * answers most of those lookups without reading the tables, which are too large for that cache.
 */
final class WordTable {

    /** The longest token, in characters, that is packed into a {@code long}. */
    static final int SHORT = 8;
    /** The longest token, in characters, that is packed into two {@code long}s. */
    static final int MEDIUM = 16;
    /** Meta word of a slot: id in bits 0-31, length in bits 32-47, kind in bits 48-49; 0 marks an empty slot. */
    private static final long PACKED_KIND = 1L << 48;
    private static final long LONG_KIND = 2L << 48;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** Two longs per slot: the key (packed characters, or pool offset and hash), then the meta word. */
    private final long[] slots;
    private final int shift;
    private final int mask;
    /** Four longs per slot: the first eight characters packed, the rest packed, the meta word, unused. */
    private final long[] mediumSlots;
    private final int mediumShift;
    private final int mediumMask;
    /** Bit {@code h >>> filterShift} is set when a packed token's slot hash {@code h} is in a table. */
    private final long[] filter;
    private final int filterShift;
    /** The characters of the tokens that are not packed; their slot holds the offset. */
    private final char[] pool;
    /** For each ASCII character that is not a word character, the id of its folded form, or -1. */
    private final int[] asciiTokens = new int[0x80];
    private final int[] tokenLengths;
    private final int maxLength;

    /** @param tokens the folded tokens; a token's index is its id */
    WordTable(List<String> tokens, CharFolder folder) {
        long poolSize = 0;
        int longest = 0;
        int medium = 0;
        for (String token : tokens) {
            boolean packs = packs(token);
            poolSize += packs ? 0 : token.length();
            medium += packs && token.length() > SHORT ? 1 : 0;
            longest = Math.max(longest, token.length());
        }
        int capacity = capacity(tokens.size() - medium);
        this.slots = new long[capacity * 2];
        this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
        this.mask = capacity - 1;
        int mediumCapacity = capacity(medium);
        this.mediumSlots = new long[mediumCapacity * 4];
        this.mediumShift = 64 - Integer.numberOfTrailingZeros(mediumCapacity);
        this.mediumMask = mediumCapacity - 1;
        this.tokenLengths = new int[tokens.size()];
        int filterBits = Math.max(6, Math.min(22, 64 - Long.numberOfLeadingZeros(16L * tokens.size())));
        this.filter = new long[1 << (filterBits - 6)];
        this.filterShift = 64 - filterBits;
        if (poolSize > Integer.MAX_VALUE - 16 || longest > 0xFFFF) {
            throw new IllegalArgumentException("gazetteer keys too long: " + poolSize
                    + " characters in long words, the longest " + longest + " characters");
        }
        this.maxLength = longest;
        this.pool = new char[(int) poolSize];
        int poolAt = 0;
        for (int id = 0; id < tokens.size(); id++) {
            String token = tokens.get(id);
            int length = token.length();
            tokenLengths[id] = length;
            long key;
            long kind;
            int slot;
            if (packs(token) && length > SHORT) {
                long high = pack(token, 0, SHORT);
                long low = pack(token, SHORT, length);
                long hash = mediumHash(high, low);
                mark(hash);
                slot = (int) (hash >>> mediumShift);
                while (mediumSlots[4 * slot + 2] != 0) {
                    slot = (slot + 1) & mediumMask;
                }
                mediumSlots[4 * slot] = high;
                mediumSlots[4 * slot + 1] = low;
                mediumSlots[4 * slot + 2] = PACKED_KIND | (long) length << 32 | id;
                continue;
            }
            if (packs(token)) {
                key = pack(token, 0, length);
                kind = PACKED_KIND;
                long hash = shortHash(key, length);
                mark(hash);
                slot = (int) (hash >>> shift);
            } else {
                int hash = token.hashCode();
                key = (long) poolAt << 32 | hash & 0xFFFF_FFFFL;
                kind = LONG_KIND;
                slot = longSlot(hash);
                token.getChars(0, length, pool, poolAt);
                poolAt += length;
            }
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = kind | (long) length << 32 | id;
        }
        char[] one = new char[1];
        for (char c = 0; c < 0x80; c++) {
            one[0] = folder.fold(c);
            asciiTokens[c] = find(one, 1);
        }
    }

    /** Half full at most: the smallest power of two at least twice {@code tokens}. */
    private static int capacity(int tokens) {
        return Integer.highestOneBit(Math.max(4, tokens * 2 - 1)) << 1;
    }

    /** Whether the token's characters are packed into its key, not pooled. */
    private static boolean packs(String token) {
        if (token.length() > MEDIUM) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static long pack(String token, int from, int to) {
        long key = 0;
        for (int i = from; i < to; i++) {
            key = key << 8 | token.charAt(i);
        }
        return key;
    }

    private static long shortHash(long packed, int length) {
        return (packed + length) * GOLDEN;
    }

    private static long mediumHash(long high, long low) {
        return (high * GOLDEN + low) * GOLDEN;
    }

    private void mark(long hash) {
        int bit = (int) (hash >>> filterShift);
        filter[bit >>> 6] |= 1L << bit;
    }

    /** False when no packed token has the slot hash {@code hash}; true when one may. */
    private boolean mayHave(long hash) {
        int bit = (int) (hash >>> filterShift);
        return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    private int longSlot(int hash) {
        return (int) ((hash * GOLDEN) >>> shift);
    }

    /**
     * The id of the short token whose characters are packed in {@code packed} (eight bits each, the
     * first character highest), or -1 if it is no key's token.
     *
     * @param length the number of characters, 1 to {@value #SHORT}, each below U+0100
     */
    int findShort(long packed, int length) {
        long hash = shortHash(packed, length);
        if (!mayHave(hash)) {
            return -1;
        }
        long meta = PACKED_KIND | (long) length << 32;
        int slot = (int) (hash >>> shift);
        while (true) {
            long stored = slots[2 * slot + 1];
            if (stored == 0) {
                return -1;
            }
            if ((stored & 0xFFFF_FFFF_0000_0000L) == meta && slots[2 * slot] == packed) {
                return (int) stored;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The id of the medium token whose first {@value #SHORT} characters are packed in {@code high}
     * and the rest in {@code low}, or -1 if it is no key's token.
     *
     * @param length the number of characters, {@value #SHORT} + 1 to {@value #MEDIUM}, each below U+0100
     */
    int findMedium(long high, long low, int length) {
        long hash = mediumHash(high, low);
        if (!mayHave(hash)) {
            return -1;
        }
        long meta = PACKED_KIND | (long) length << 32;
        int slot = (int) (hash >>> mediumShift);
        while (true) {
            long stored = mediumSlots[4 * slot + 2];
            if (stored == 0) {
                return -1;
            }
            if ((stored & 0xFFFF_FFFF_0000_0000L) == meta && mediumSlots[4 * slot] == high
                    && mediumSlots[4 * slot + 1] == low) {
                return (int) stored;
            }
            slot = (slot + 1) & mediumMask;
        }
    }

    /** The id of the token {@code folded[0, length)}, or -1 if it is no key's token. */
    int find(char[] folded, int length) {
        if (length > maxLength) {
            return -1;
        }
        if (length <= MEDIUM) {
            long high = 0;
            long low = 0;
            int all = 0;
            for (int i = 0; i < length; i++) {
                if (i < SHORT) {
                    high = high << 8 | folded[i];
                } else {
                    low = low << 8 | folded[i];
                }
                all |= folded[i];
            }
            if (all <= 0xFF) {
                return length <= SHORT ? findShort(high, length) : findMedium(high, low, length);
            }
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + folded[i];
        }
        long meta = LONG_KIND | (long) length << 32;
        int slot = longSlot(hash);
        while (true) {
            long stored = slots[2 * slot + 1];
            if (stored == 0) {
                return -1;
            }
            long key = slots[2 * slot];
            if ((stored & 0xFFFF_FFFF_0000_0000L) == meta && (int) key == hash && samePooled(key, folded, length)) {
                return (int) stored;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean samePooled(long key, char[] folded, int length) {
        int at = (int) (key >>> 32);
        for (int i = 0; i < length; i++) {
            if (pool[at + i] != folded[i]) {
                return false;
            }
        }
        return true;
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
        return 8L * (slots.length + mediumSlots.length + filter.length) + 2L * pool.length
                + 4L * tokenLengths.length + 4L * asciiTokens.length;
    }
}
