package aurum.bench.spans;

import java.util.Arrays;
import java.util.Random;

/**
 * The same seeded spans for every store compared: a text of ASCII words and {@code count} spans over it
 * (lengths 2-40, random positions, so some overlap and nest; in document order), each with one of three labels and, when
 * asked, one of ten sub-topic values. Held as plain arrays so that building a store adds only what the
 * store itself keeps.
 */
public final class SpanFixture {

    static final String[] LABELS = {"AMOUNT", "OFFICIAL", "WEAPON"};
    static final String[] SUBTOPICS = {"hypersonic", "ballistic", "cruise", "nuclear", "submarine",
        "microwave", "space", "strike", "drone", "cyber"};

    final String text;
    final int[] starts;
    final int[] ends;
    final int[] labels;
    final int[] subtopics;

    private SpanFixture(String text, int[] starts, int[] ends, int[] labels, int[] subtopics) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.labels = labels;
        this.subtopics = subtopics;
    }

    /** {@code count} spans over a text of about ten characters per span. */
    static SpanFixture create(int count, long seed) {
        Random random = new Random(seed);
        int length = Math.max(1_000, count * 10);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = random.nextInt(6) == 0 ? ' ' : (char) ('a' + random.nextInt(26));
        }
        int[] starts = new int[count];
        int[] ends = new int[count];
        int[] labels = new int[count];
        int[] subtopics = new int[count];
        long[] ranges = new long[count];
        for (int i = 0; i < count; i++) {
            int spanLength = 2 + random.nextInt(39);
            int start = random.nextInt(length - spanLength);
            // sorted by start, longer spans first: the order an analysis engine adds annotations in,
            // and UIMA's sorted index inserts out-of-order annotations very slowly
            ranges[i] = (long) start << 32 | (0xFFFF - spanLength);
        }
        Arrays.sort(ranges);
        for (int i = 0; i < count; i++) {
            starts[i] = (int) (ranges[i] >>> 32);
            ends[i] = starts[i] + 0xFFFF - (int) ranges[i];
            labels[i] = random.nextInt(LABELS.length);
            subtopics[i] = random.nextInt(SUBTOPICS.length);
        }
        return new SpanFixture(new String(chars), starts, ends, labels, subtopics);
    }

    int size() {
        return starts.length;
    }
}
