package aurum.core.internal.columns;

/**
 * Recognises span ids in the canonical lowercase UUID form that {@link java.util.UUID#toString()}
 * writes, so that they can be stored as two longs (16 bytes) instead of a 36-character string and be
 * turned back into exactly the same string. Any other spelling is left to the caller to store as is.
 */
public final class CanonicalUuid {

    private static final int LENGTH = 36;

    private CanonicalUuid() {
    }

    /** Tells whether {@code id} is a lowercase 8-4-4-4-12 hex UUID. */
    public static boolean isCanonical(String id) {
        if (id.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = id.charAt(i);
            boolean dashPosition = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashPosition ? c != '-' : hexValue(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The most significant 64 bits of a canonical id. */
    public static long mostSignificantBits(String id) {
        return hex(id, 0, 8) << 32 | hex(id, 9, 13) << 16 | hex(id, 14, 18);
    }

    /** The least significant 64 bits of a canonical id. */
    public static long leastSignificantBits(String id) {
        return hex(id, 19, 23) << 48 | hex(id, 24, 36);
    }

    private static long hex(String id, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value << 4 | hexValue(id.charAt(i));
        }
        return value;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }
}
