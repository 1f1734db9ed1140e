package aurum.core.text;

import java.util.Arrays;

/**
 * Converts offsets into one text between UTF-16 indices, code point indices and UTF-8 byte offsets.
 * Importers and exporters convert every span boundary of a document, so checkpoints taken every
 * {@value #STRIDE} UTF-16 units make each conversion cost a binary search plus a short scan instead
 * of a walk from the start of the text.
 *
 * <p>An unpaired surrogate (which {@code aurum.core.model.Document} refuses) counts as one code point
 * of three UTF-8 bytes. Instances are immutable and thread-safe.
 */
public final class Offsets {

    static final int STRIDE = 64;

    private final String text;
    private final int[] codePointsBefore;
    private final int[] bytesBefore;
    private final int codePointCount;
    private final int utf8Length;

    /** Takes the checkpoints of {@code text} in one pass. */
    public Offsets(String text) {
        this.text = text;
        int checkpoints = text.length() / STRIDE + 1;
        codePointsBefore = new int[checkpoints];
        bytesBefore = new int[checkpoints];
        int codePoints = 0;
        long bytes = 0;
        int i = 0;
        for (int checkpoint = 0; checkpoint < checkpoints; checkpoint++) {
            int limit = checkpoint * STRIDE;
            while (i < limit) {
                int codePoint = text.codePointAt(i);
                codePoints++;
                bytes += utf8Width(codePoint);
                i += Character.charCount(codePoint);
            }
            codePointsBefore[checkpoint] = codePoints;
            bytesBefore[checkpoint] = Math.toIntExact(bytes);
        }
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            codePoints++;
            bytes += utf8Width(codePoint);
            i += Character.charCount(codePoint);
        }
        codePointCount = codePoints;
        utf8Length = Math.toIntExact(bytes);
    }

    /** The text length in UTF-16 units, the largest valid UTF-16 offset. */
    public int utf16Length() {
        return text.length();
    }

    /** The number of code points, the largest valid code point offset. */
    public int codePointCount() {
        return codePointCount;
    }

    /** The length of the text encoded as UTF-8, the largest valid byte offset. */
    public int utf8Length() {
        return utf8Length;
    }

    /**
     * Converts a UTF-16 offset into a code point offset.
     *
     * @throws IllegalArgumentException if the offset is outside the text or splits a surrogate pair
     */
    public int utf16ToCodePoint(int utf16) {
        requireUtf16(utf16);
        int checkpoint = utf16 / STRIDE;
        int count = codePointsBefore[checkpoint];
        for (int i = firstStartAtOrAfter(checkpoint * STRIDE); i < utf16; i += Character.charCount(text.codePointAt(i))) {
            count++;
        }
        return count;
    }

    /**
     * Converts a UTF-16 offset into a UTF-8 byte offset.
     *
     * @throws IllegalArgumentException if the offset is outside the text or splits a surrogate pair
     */
    public int utf16ToUtf8(int utf16) {
        requireUtf16(utf16);
        int checkpoint = utf16 / STRIDE;
        int bytes = bytesBefore[checkpoint];
        int i = firstStartAtOrAfter(checkpoint * STRIDE);
        while (i < utf16) {
            int codePoint = text.codePointAt(i);
            bytes += utf8Width(codePoint);
            i += Character.charCount(codePoint);
        }
        return bytes;
    }

    /**
     * Converts a code point offset into a UTF-16 offset.
     *
     * @throws IllegalArgumentException if the offset is negative or beyond the last code point
     */
    public int codePointToUtf16(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointCount) {
            throw new IllegalArgumentException("code point offset " + codePointOffset
                    + " is outside the text (0.." + codePointCount + ")");
        }
        int checkpoint = lastAtOrBelow(codePointsBefore, codePointOffset);
        int count = codePointsBefore[checkpoint];
        int i = firstStartAtOrAfter(checkpoint * STRIDE);
        while (count < codePointOffset) {
            i += Character.charCount(text.codePointAt(i));
            count++;
        }
        return i;
    }

    /**
     * Converts a UTF-8 byte offset into a UTF-16 offset.
     *
     * @throws IllegalArgumentException if the offset is outside the text or falls inside the encoding
     *         of one character
     */
    public int utf8ToUtf16(int byteOffset) {
        if (byteOffset < 0 || byteOffset > utf8Length) {
            throw new IllegalArgumentException("UTF-8 byte offset " + byteOffset
                    + " is outside the text (0.." + utf8Length + ")");
        }
        int checkpoint = lastAtOrBelow(bytesBefore, byteOffset);
        int bytes = bytesBefore[checkpoint];
        int i = firstStartAtOrAfter(checkpoint * STRIDE);
        while (bytes < byteOffset) {
            int codePoint = text.codePointAt(i);
            int width = utf8Width(codePoint);
            if (bytes + width > byteOffset) {
                throw new IllegalArgumentException("UTF-8 byte offset " + byteOffset + " falls inside the "
                        + width + "-byte encoding of " + SurrogatePairs.describe(codePoint)
                        + " at UTF-16 offset " + i + "; use byte offset " + bytes + " or " + (bytes + width));
            }
            bytes += width;
            i += Character.charCount(codePoint);
        }
        return i;
    }

    /** Converts a code point offset into a UTF-8 byte offset. */
    public int codePointToUtf8(int codePointOffset) {
        return utf16ToUtf8(codePointToUtf16(codePointOffset));
    }

    /** Converts a UTF-8 byte offset into a code point offset. */
    public int utf8ToCodePoint(int byteOffset) {
        return utf16ToCodePoint(utf8ToUtf16(byteOffset));
    }

    private void requireUtf16(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16 + " is outside the text (0.."
                    + text.length() + ")");
        }
        SurrogatePairs.requireNotSplit(text, utf16, "UTF-16 offset");
    }

    /** A checkpoint may fall inside a pair whose code point was counted before it: skip its low half. */
    private int firstStartAtOrAfter(int index) {
        return SurrogatePairs.splitsPair(text, index) ? index + 1 : index;
    }

    private static int lastAtOrBelow(int[] ascending, int value) {
        int found = Arrays.binarySearch(ascending, value);
        return found >= 0 ? found : -found - 2;
    }

    private static int utf8Width(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
