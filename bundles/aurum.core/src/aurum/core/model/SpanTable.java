package aurum.core.model;

import aurum.core.index.SpanBounds;
import aurum.core.internal.columns.CanonicalUuid;
import aurum.core.internal.columns.IntColumn;
import aurum.core.internal.columns.LongColumn;
import aurum.core.internal.columns.RowHashIndex;
import aurum.core.internal.columns.StringPool;
import aurum.core.internal.columns.ValuePool;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The columnar storage of a layer's spans: one row per span, addressed by an int handle that stays
 * put while the span lives (freed rows are reused). Offsets, label, status and annotator are int
 * columns, UUID ids and timestamps long columns; attribute maps are pooled (spans share a few distinct
 * ones, e.g. sub-topics) and a row holds its map's code; ids that are not canonical UUIDs, notes and
 * timestamps outside the epoch-nanosecond range live in sparse maps because they are rare.
 * {@link Span} objects are made only when asked for.
 */
final class SpanTable implements SpanBounds {

    private static final long OUT_OF_RANGE = Long.MIN_VALUE;

    private final IntColumn starts = new IntColumn();
    private final IntColumn ends = new IntColumn();
    private final IntColumn labels = new IntColumn();
    private final IntColumn statuses = new IntColumn();
    private final IntColumn annotators = new IntColumn();
    /** Codes into {@link #attributePool}; -1 (no attributes) in every row costs no array. */
    private final IntColumn attributeSets = new IntColumn();
    private final LongColumn idHighs = new LongColumn();
    private final LongColumn idLows = new LongColumn();
    private final LongColumn createdNanos = new LongColumn();
    private final LongColumn modifiedAfterCreated = new LongColumn();
    private final StringPool labelPool = new StringPool();
    private final StringPool annotatorPool = new StringPool();
    private final Map<Integer, String> customIds = new HashMap<>();
    private final ValuePool<Map<String, AttributeValue>> attributePool = new ValuePool<>();
    private final Map<Integer, String> notes = new HashMap<>();
    private final Map<Integer, Instant> farCreated = new HashMap<>();
    private final Map<Integer, Instant> farModified = new HashMap<>();
    private final RowHashIndex ids = new RowHashIndex(this::hashOfRow);
    private int capacity;
    private int rowsUsed;
    private int[] freeRows = new int[0];
    private int freeCount;

    @Override
    public int start(int row) {
        return starts.get(row);
    }

    @Override
    public int end(int row) {
        return ends.get(row);
    }

    /** Makes this (empty) table a copy of {@code other}, column by column: no span is materialised. */
    void copyFrom(SpanTable other) {
        for (int i = 0; i < intColumns().length; i++) {
            intColumns()[i].copyFrom(other.intColumns()[i]);
        }
        for (int i = 0; i < longColumns().length; i++) {
            longColumns()[i].copyFrom(other.longColumns()[i]);
        }
        labelPool.copyFrom(other.labelPool);
        annotatorPool.copyFrom(other.annotatorPool);
        attributePool.copyFrom(other.attributePool);
        customIds.putAll(other.customIds);
        notes.putAll(other.notes);
        farCreated.putAll(other.farCreated);
        farModified.putAll(other.farModified);
        ids.copyFrom(other.ids);
        capacity = other.capacity;
        rowsUsed = other.rowsUsed;
        freeRows = other.freeRows.clone();
        freeCount = other.freeCount;
    }

    private IntColumn[] intColumns() {
        return new IntColumn[] {starts, ends, labels, statuses, annotators, attributeSets};
    }

    private LongColumn[] longColumns() {
        return new LongColumn[] {idHighs, idLows, createdNanos, modifiedAfterCreated};
    }

    /** The label id of {@code row}, without making its span. */
    String label(int row) {
        return labelPool.string(labels.get(row));
    }

    /** The {@link SpanStatus#ordinal()} of {@code row}'s status. */
    int status(int row) {
        return statuses.get(row);
    }

    /** Makes room for {@code additional} more spans, so a bulk load grows every column once. */
    void reserve(int additional) {
        ensureCapacity(rowsUsed + additional);
        ids.reserve(ids.size() + additional);
    }

    /** Stores a span whose id is not present yet and returns its row. */
    int add(Span span) {
        int row = freeCount > 0 ? freeRows[--freeCount] : rowsUsed++;
        ensureCapacity(rowsUsed);
        write(row, span);
        ids.add(row);
        return row;
    }

    /** Overwrites the row of a span with a new version carrying the same id. */
    void replace(int row, Span span) {
        write(row, span);
    }

    /** Frees {@code row}. */
    void remove(int row) {
        ids.remove(row);
        customIds.remove(row);
        notes.remove(row);
        farCreated.remove(row);
        farModified.remove(row);
        if (freeCount == freeRows.length) {
            freeRows = Arrays.copyOf(freeRows, Math.max(8, freeCount * 2));
        }
        freeRows[freeCount++] = row;
    }

    /** The row of the span with {@code id}, or -1. */
    int rowOf(String id) {
        if (CanonicalUuid.isCanonical(id)) {
            long high = CanonicalUuid.mostSignificantBits(id);
            long low = CanonicalUuid.leastSignificantBits(id);
            return ids.find(uuidHash(high, low), row -> !hasCustomId(row)
                    && idHighs.get(row) == high && idLows.get(row) == low);
        }
        return ids.find(id.hashCode(), row -> id.equals(customIds.get(row)));
    }

    /** Materialises the span stored in {@code row}. */
    Span read(int row) {
        String id = hasCustomId(row) ? customIds.get(row) : new UUID(idHighs.get(row), idLows.get(row)).toString();
        return new Span(id, starts.get(row), ends.get(row), labelPool.string(labels.get(row)),
                attributeSet(row), notes.get(row), annotatorPool.string(annotators.get(row)),
                instant(createdNanos.get(row), farCreated.get(row)), modified(row),
                SpanStatus.values()[statuses.get(row)]);
    }

    private void write(int row, Span span) {
        if (CanonicalUuid.isCanonical(span.id())) {
            customIds.remove(row);
            idHighs.set(row, CanonicalUuid.mostSignificantBits(span.id()));
            idLows.set(row, CanonicalUuid.leastSignificantBits(span.id()));
        } else {
            customIds.put(row, span.id());
        }
        starts.set(row, span.start());
        ends.set(row, span.end());
        labels.set(row, labelPool.code(span.labelId()));
        statuses.set(row, span.status().ordinal());
        annotators.set(row, annotatorPool.code(span.annotator()));
        attributeSets.set(row, attributePool.code(span.attributes().isEmpty() ? null : span.attributes()));
        putOrRemove(notes, row, span.note());
        long created = nanos(span.created(), row, farCreated);
        createdNanos.set(row, created);
        modifiedAfterCreated.set(row, modifiedDelta(created, span.modified(), row));
    }

    private Map<String, AttributeValue> attributeSet(int row) {
        Map<String, AttributeValue> set = attributePool.value(attributeSets.get(row));
        return set == null ? Map.of() : set;
    }

    private boolean hasCustomId(int row) {
        return !customIds.isEmpty() && customIds.containsKey(row);
    }

    private int hashOfRow(int row) {
        return hasCustomId(row) ? customIds.get(row).hashCode() : uuidHash(idHighs.get(row), idLows.get(row));
    }

    private void ensureCapacity(int rows) {
        if (rows <= capacity) {
            return;
        }
        capacity = Math.max(rows, capacity + (capacity >> 1) + 8);
        for (IntColumn column : intColumns()) {
            column.ensureCapacity(capacity);
        }
        for (LongColumn column : longColumns()) {
            column.ensureCapacity(capacity);
        }
    }

    /**
     * Stores the modification time as nanoseconds after creation: spans never edited since they were
     * made then all hold 0, and the column needs no array.
     */
    private long modifiedDelta(long created, Instant modified, int row) {
        long nanos = nanos(modified, row, farModified);
        if (created == OUT_OF_RANGE || nanos == OUT_OF_RANGE) {
            farModified.put(row, modified);
            return OUT_OF_RANGE;
        }
        long delta = nanos - created;
        if (((nanos ^ created) & (nanos ^ delta)) < 0 || delta == OUT_OF_RANGE) {
            farModified.put(row, modified);
            return OUT_OF_RANGE;
        }
        return delta;
    }

    private Instant modified(int row) {
        Instant far = farModified.get(row);
        return far != null ? far : instant(createdNanos.get(row) + modifiedAfterCreated.get(row), null);
    }

    private static int uuidHash(long high, long low) {
        return Long.hashCode(high ^ low * 31);
    }

    private static long nanos(Instant instant, int row, Map<Integer, Instant> far) {
        try {
            long value = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
            if (value != OUT_OF_RANGE) {
                far.remove(row);
                return value;
            }
        } catch (ArithmeticException e) {
            // outside 1677..2262: kept in the sparse map below
        }
        far.put(row, instant);
        return OUT_OF_RANGE;
    }

    private static Instant instant(long nanos, Instant far) {
        return far != null ? far : Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                Math.floorMod(nanos, 1_000_000_000L));
    }

    private static <V> void putOrRemove(Map<Integer, V> map, int row, V value) {
        if (value == null) {
            map.remove(row);
        } else {
            map.put(row, value);
        }
    }
}
