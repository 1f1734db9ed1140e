package aurum.core.text;

/**
 * Guards against offsets that cut a character outside the Basic Multilingual Plane in half. Such an
 * offset cannot be written to any format that counts code points or bytes, so the model refuses it
 * at the door rather than producing a corrupt export later.
 */
public final class SurrogatePairs {

    private SurrogatePairs() {
    }

    /**
     * Tells whether {@code index} falls between the high and the low surrogate of one code point.
     * Indices outside {@code 1..text.length()-1} never split a pair.
     */
    public static boolean splitsPair(CharSequence text, int index) {
        return index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    /**
     * Throws if {@code index} splits a surrogate pair; {@code what} names the offset in the message
     * (for example "span start").
     *
     * @throws IllegalArgumentException naming the offset, the code point and the two valid neighbours
     */
    public static void requireNotSplit(CharSequence text, int index, String what) {
        if (splitsPair(text, index)) {
            int codePoint = Character.codePointAt(text, index - 1);
            throw new IllegalArgumentException(what + " " + index + " splits the surrogate pair of "
                    + describe(codePoint) + " at offsets " + (index - 1) + ".." + (index + 1)
                    + "; use " + (index - 1) + " or " + (index + 1) + " instead");
        }
    }

    /**
     * Returns the UTF-16 index of the first unpaired surrogate, or -1 when every surrogate is paired.
     * An unpaired surrogate cannot be encoded as UTF-8, so documents containing one are refused.
     */
    public static int firstUnpaired(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Formats a code point as {@code U+1F600 (GRINNING FACE)} for messages. */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        String hex = String.format("U+%04X", codePoint);
        return name == null ? hex : hex + " (" + name + ")";
    }
}
