package aurum.agreement.tokens;

import aurum.core.text.UnicodeWhitespace;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * The word tokens of a text, the units of token-level agreement. A token is a segment between two
 * UAX #29 word boundaries (ICU4J's word {@link BreakIterator}, root locale) that contains at least
 * one code point that is not whitespace or an invisible separator (zero width space, word joiner): a word, a number such as {@code 1.50}, each punctuation
 * mark, each emoji. Whitespace, including no-break spaces, is never a token. ICU rather than
 * {@code java.text.BreakIterator} because it follows the current Unicode rules for emoji sequences,
 * combining marks and scripts without spaces.
 */
public final class WordTokens {

    private final int[] starts;
    private final int[] ends;

    private WordTokens(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Splits {@code text} into tokens. */
    public static WordTokens of(String text) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (!hasNonWhitespace(text, start, end)) {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = end;
        }
        return new WordTokens(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** The number of tokens. */
    public int size() {
        return starts.length;
    }

    /** Where token {@code index} starts (UTF-16 index, inclusive). */
    public int start(int index) {
        return starts[index];
    }

    /** Where token {@code index} ends (UTF-16 index, exclusive). */
    public int end(int index) {
        return ends[index];
    }

    /** The index of the first token ending after {@code offset}, or {@link #size()} if none. */
    public int firstEndingAfter(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean hasNonWhitespace(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (!UnicodeWhitespace.isBlank(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
