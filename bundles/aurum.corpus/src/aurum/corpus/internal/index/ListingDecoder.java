package aurum.corpus.internal.index;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.util.BytesRef;

/**
 * Builds listing entries from the doc values {@link IndexFields#toLucene} wrote, reading the layer
 * summaries straight from their UTF-8 bytes: owners, states and labels come from {@link InternedBytes}
 * tables, numbers are parsed in place and counts go through reused arrays, so a document costs its id
 * and title strings, its records and two small arrays per layer, nothing more. The separators are single bytes below {@code 0x20}, which never occur
 * inside a multi-byte UTF-8 character. One decoder serves one listing.
 */
final class ListingDecoder {

    private static final byte SEP = (byte) IndexFields.SEP;
    private static final byte RECORD = (byte) IndexFields.RECORD;

    private final InternedBytes<LayerOwner> owners = new InternedBytes<>(IndexFields::owner);
    private final InternedBytes<LayerState> states = new InternedBytes<>(LayerState::valueOf);
    private final InternedBytes<String> labels = new InternedBytes<>(label -> label);
    /** The labels and counts of the layer being read, reused from layer to layer. */
    private String[] labelBuffer = new String[16];
    private int[] countBuffer = new int[16];

    /** The listing entry of one document; throws if a value is not in the indexed format. */
    IndexedDocument entry(String id, BytesRef title, long length, BytesRef layers, BytesRef problems)
            throws CorruptIndexException {
        return new IndexedDocument(id, string(title), (int) length, layers(id, layers), problems(problems));
    }

    static String string(BytesRef value) {
        return value == null || value.length == 0 ? ""
                : new String(value.bytes, value.offset, value.length, StandardCharsets.UTF_8);
    }

    private List<LayerSummary> layers(String id, BytesRef value) throws CorruptIndexException {
        if (value == null || value.length == 0) {
            return List.of();
        }
        byte[] b = value.bytes;
        int end = value.offset + value.length;
        List<LayerSummary> result = new ArrayList<>(2); // gold and one annotator at most, usually
        int pos = value.offset;
        while (true) {
            int stop = find(b, pos, end, SEP, id);
            LayerOwner owner = owners.get(b, pos, stop);
            pos = stop + 1;
            stop = find(b, pos, end, SEP, id);
            LayerState state = states.get(b, pos, stop);
            pos = stop + 1;
            stop = fieldEnd(b, pos, end);
            long revision = number(b, pos, stop, id);
            int size = 0;
            while (stop < end && b[stop] == SEP) {
                pos = stop + 1;
                stop = find(b, pos, end, SEP, id);
                if (size == labelBuffer.length) {
                    labelBuffer = Arrays.copyOf(labelBuffer, size * 2);
                    countBuffer = Arrays.copyOf(countBuffer, size * 2);
                }
                labelBuffer[size] = labels.get(b, pos, stop);
                pos = stop + 1;
                stop = fieldEnd(b, pos, end);
                countBuffer[size++] = (int) number(b, pos, stop, id);
            }
            result.add(summary(id, owner, state, revision, size));
            if (stop >= end) {
                return result.size() == 1 ? List.of(result.get(0)) : result;
            }
            pos = stop + 1; // after RECORD
        }
    }

    private LayerSummary summary(String id, LayerOwner owner, LayerState state, long revision, int size)
            throws CorruptIndexException {
        try {
            return LayerSummary.of(owner, state, revision, labelBuffer, countBuffer, size);
        } catch (IllegalArgumentException unsorted) {
            throw malformed(id);
        }
    }

    private static List<String> problems(BytesRef value) {
        if (value == null || value.length == 0) {
            return List.of();
        }
        return List.of(string(value).split(String.valueOf(IndexFields.RECORD), -1));
    }

    private static int find(byte[] b, int from, int end, byte wanted, String id) throws CorruptIndexException {
        for (int i = from; i < end; i++) {
            if (b[i] == wanted) {
                return i;
            }
        }
        throw malformed(id);
    }

    /** Where a number ends: at the next separator of either kind, or at the end of the value. */
    private static int fieldEnd(byte[] b, int from, int end) {
        int i = from;
        while (i < end && b[i] != SEP && b[i] != RECORD) {
            i++;
        }
        return i;
    }

    private static long number(byte[] b, int from, int to, String id) throws CorruptIndexException {
        if (from >= to) {
            throw malformed(id);
        }
        if (to - from > 18) { // may not fit a long: let the JDK check
            try {
                return Long.parseLong(new String(b, from, to - from, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw malformed(id);
            }
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                throw malformed(id);
            }
            n = n * 10 + digit;
        }
        return n;
    }

    private static CorruptIndexException malformed(String id) {
        return new CorruptIndexException("the layer summary of document '" + id + "' is malformed", "doc values");
    }
}
