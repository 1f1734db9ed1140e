package aurum.core.model;

import aurum.core.index.SpanIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The spans one annotator (or curation, for {@link LayerOwner#GOLD}) has made on one document; the
 * unit the editor changes and the store saves. Spans may overlap and nest. Every change bumps
 * {@link #revision()}, which the store will use to detect concurrent edits.
 *
 * <p>Spans are kept in columns (see {@code SpanTable}) and indexed by position, so a layer of a
 * million spans stays small; {@link Span} objects are made when asked for. Not thread-safe: the
 * owner of a layer serialises access to it.
 */
public final class Layer {

    private final Document document;
    private final LayerOwner owner;
    private final SpanTable table = new SpanTable();
    private final SpanIndex index = new SpanIndex(table);
    private LayerState state = LayerState.NEW;
    private long revision;

    /** Creates an empty layer in state {@link LayerState#NEW} at revision 0. */
    public Layer(Document document, LayerOwner owner) {
        this.document = Objects.requireNonNull(document, "document");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /**
     * Recreates a saved layer in one go, sorting the index once instead of once per span.
     *
     * @throws IllegalArgumentException if a span does not fit the text, two spans share an id, the
     *         state is not allowed for the owner or the revision is negative
     */
    public static Layer restore(Document document, LayerOwner owner, LayerState state, long revision,
            Collection<Span> spans) {
        Layer layer = new Layer(document, owner);
        layer.requireAllowed(state);
        if (revision < 0) {
            throw new IllegalArgumentException("revision " + revision + " of " + layer + " is negative");
        }
        layer.table.reserve(spans.size());
        int[] rows = new int[spans.size()];
        int count = 0;
        for (Span span : spans) {
            layer.requireNew(span);
            span.requireWithin(document.text());
            rows[count++] = layer.table.add(span);
        }
        layer.index.load(rows, count);
        layer.state = state;
        layer.revision = revision;
        return layer;
    }

    /**
     * A copy of this layer (same spans, state and revision) that shares nothing changeable with it, made
     * column by column without materialising a {@link Span}: for reading on another thread (a check, an
     * export) while the editor goes on changing the original.
     */
    public Layer copy() {
        Layer copy = new Layer(document, owner);
        copy.table.copyFrom(table);
        copy.index.copyFrom(index);
        copy.state = state;
        copy.revision = revision;
        return copy;
    }

    /** The annotated document. */
    public Document document() {
        return document;
    }

    /** Whose spans these are. */
    public LayerOwner owner() {
        return owner;
    }

    /** How far the work has got. */
    public LayerState state() {
        return state;
    }

    /** The number of changes made so far (including those before a {@link #restore}). */
    public long revision() {
        return revision;
    }

    /** The number of spans. */
    public int size() {
        return index.size();
    }

    /** Tells whether the layer has no spans. */
    public boolean isEmpty() {
        return index.size() == 0;
    }

    /** Tells whether a span with {@code spanId} is in the layer. */
    public boolean contains(String spanId) {
        return table.rowOf(spanId) >= 0;
    }

    /** The span with {@code spanId}, if present. */
    public Optional<Span> find(String spanId) {
        int row = table.rowOf(spanId);
        return row < 0 ? Optional.empty() : Optional.of(table.read(row));
    }

    /**
     * Adds a span.
     *
     * @throws IllegalArgumentException if its id is taken or it does not fit the document text
     */
    public void add(Span span) {
        requireNew(span);
        span.requireWithin(document.text());
        index.add(table.add(span));
        changed(isDecision(span));
    }

    /**
     * Adds many spans as one change (one revision), e.g. a recogniser's suggestions: the index is
     * re-sorted once instead of shifted once per span. Either all spans are added or none.
     *
     * @throws IllegalArgumentException if an id is taken or repeated, or a span does not fit the text
     */
    public void addAll(Collection<Span> spans) {
        Set<String> seen = new HashSet<>();
        for (Span span : spans) {
            requireNew(span);
            if (!seen.add(span.id())) {
                throw new IllegalArgumentException("span id '" + span.id() + "' is given twice");
            }
            span.requireWithin(document.text());
        }
        if (spans.isEmpty()) {
            return;
        }
        table.reserve(spans.size());
        int[] rows = new int[index.size() + spans.size()];
        int count = 0;
        for (; count < index.size(); count++) {
            rows[count] = index.handleAt(count);
        }
        for (Span span : spans) {
            rows[count++] = table.add(span);
        }
        index.load(rows, count);
        changed(spans.stream().anyMatch(Layer::isDecision));
    }

    /**
     * Removes the span with {@code spanId} and returns it.
     *
     * @throws NoSuchElementException if there is none
     */
    public Span remove(String spanId) {
        int row = requireRow(spanId);
        Span removed = table.read(row);
        index.remove(row);
        table.remove(row);
        changed(isDecision(removed));
        return removed;
    }

    /**
     * Replaces the span with the same id (relabel, move, change attributes) and returns the old version.
     *
     * @throws NoSuchElementException if no span has that id
     * @throws IllegalArgumentException if the new version does not fit the document text
     */
    public Span replace(Span span) {
        int row = requireRow(span.id());
        span.requireWithin(document.text());
        Span previous = table.read(row);
        boolean moved = previous.start() != span.start() || previous.end() != span.end();
        if (moved) {
            index.remove(row);
        }
        table.replace(row, span);
        if (moved) {
            index.add(row);
        }
        changed(isDecision(previous) || isDecision(span));
        return previous;
    }

    /**
     * Moves the layer to {@code newState}. Besides this, the only automatic move is from
     * {@link LayerState#NEW} to {@link LayerState#IN_PROGRESS} on the first change that is a person's
     * decision (a span drawn, accepted, rejected, relabelled or deleted); open suggestions added, updated or
     * withdrawn by a recogniser leave a new layer new. A finished layer stays finished when changed.
     *
     * @throws IllegalArgumentException for {@link LayerState#DONE} on gold or {@link LayerState#CURATED}
     *         on an annotator layer
     */
    public void setState(LayerState newState) {
        requireAllowed(newState);
        if (newState != state) {
            state = newState;
            revision++;
        }
    }

    /** All spans in document order: by start, enclosing spans before the spans nested in them. */
    public List<Span> spans() {
        List<Span> result = new ArrayList<>(index.size());
        for (int position = 0; position < index.size(); position++) {
            result.add(table.read(index.handleAt(position)));
        }
        return result;
    }

    /**
     * The span at {@code position} in document order ({@link #spans()} without making the others), so a
     * virtual table can show row {@code position} of 100k spans at the cost of one.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= position < size()}
     */
    public Span spanAt(int position) {
        return table.read(index.handleAt(position));
    }

    /** The position of the span with {@code spanId} in document order, or -1 if there is none. */
    public int positionOf(String spanId) {
        int row = table.rowOf(spanId);
        return row < 0 ? -1 : index.positionOf(row);
    }

    /**
     * Counts spans per label and status without making {@link Span} objects (a palette's counts over 100k
     * spans then cost a pass over two int columns).
     *
     * @return label id to counts indexed by {@link SpanStatus#ordinal()}, labels in order of first use
     */
    public Map<String, int[]> countsByLabel() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        int statuses = SpanStatus.values().length;
        for (int position = 0; position < index.size(); position++) {
            int row = index.handleAt(position);
            counts.computeIfAbsent(table.label(row), k -> new int[statuses])[table.status(row)]++;
        }
        return counts;
    }

    /** The spans sharing at least one character with {@code [start, end)}, in document order. */
    public List<Span> overlapping(int start, int end) {
        List<Span> result = new ArrayList<>();
        index.forEachOverlapping(start, end, row -> result.add(table.read(row)));
        return result;
    }

    /** The spans covering the character at {@code offset}, outermost first. */
    public List<Span> containing(int offset) {
        List<Span> result = new ArrayList<>();
        index.forEachContaining(offset, row -> result.add(table.read(row)));
        return result;
    }

    /** The first span starting after {@code offset}: where "next annotation" jumps from the caret. */
    public Optional<Span> next(int offset) {
        return at(index.nextPosition(offset));
    }

    /** The last span starting before {@code offset}: where "previous annotation" jumps from the caret. */
    public Optional<Span> previous(int offset) {
        return at(index.previousPosition(offset));
    }

    /** The span after the one with {@code spanId} in document order, even when both start together. */
    public Optional<Span> after(String spanId) {
        int position = index.positionOf(requireRow(spanId)) + 1;
        return at(position < index.size() ? position : -1);
    }

    /** The span before the one with {@code spanId} in document order. */
    public Optional<Span> before(String spanId) {
        return at(index.positionOf(requireRow(spanId)) - 1);
    }

    @Override
    public String toString() {
        return "layer of " + owner.describe() + " on document '" + document.id() + "'";
    }

    private Optional<Span> at(int position) {
        return position < 0 ? Optional.empty() : Optional.of(table.read(index.handleAt(position)));
    }

    private int requireRow(String spanId) {
        int row = table.rowOf(spanId);
        if (row < 0) {
            throw new NoSuchElementException("no span '" + spanId + "' in the " + this);
        }
        return row;
    }

    private void requireNew(Span span) {
        if (table.rowOf(span.id()) >= 0) {
            throw new IllegalArgumentException("span id '" + span.id() + "' is already used in the " + this);
        }
    }

    private void requireAllowed(LayerState newState) {
        if (!newState.allowedFor(owner)) {
            throw new IllegalArgumentException("state " + newState + " is not allowed for the " + this
                    + (owner.isGold() ? "; the gold layer ends in CURATED" : "; annotator layers end in DONE"));
        }
    }

    /**
     * Counts a change; a person's decision starts the work ({@link LayerState#NEW} to
     * {@link LayerState#IN_PROGRESS}), a recogniser adding, updating or withdrawing open suggestions does not.
     */
    private void changed(boolean decision) {
        revision++;
        if (decision && state == LayerState.NEW) {
            state = LayerState.IN_PROGRESS;
        }
    }

    /** Whether a span is (or was) a person's work: anything but an open suggestion. */
    private static boolean isDecision(Span span) {
        return span.status() != SpanStatus.SUGGESTED;
    }
}
