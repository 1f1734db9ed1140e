package aurum.agreement.curation;

import aurum.core.model.Layer;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The curation of one document: a gold layer being built from the annotators' layers. The gold layer
 * is changed in place; the editor may also change it directly (add, move, relabel, remove spans), and
 * {@link #disagreements()} reflects those edits. Not thread-safe, like {@link Layer}.
 */
public final class Curation {

    private final Layer gold;
    private final List<Layer> annotatorLayers;
    private final Clock clock;

    /**
     * @param gold the document's gold layer, as loaded
     * @param annotatorLayers the layers to curate from, at least one, all on the same document
     * @param clock the time source for created/modified stamps of accepted spans
     * @throws IllegalArgumentException if a layer is of another document, gold is not gold, or an
     *         annotator layer is gold
     */
    public Curation(Layer gold, List<Layer> annotatorLayers, Clock clock) {
        if (!gold.owner().isGold()) {
            throw new IllegalArgumentException("curation builds the gold layer, not the " + gold);
        }
        if (annotatorLayers.isEmpty()) {
            throw new IllegalArgumentException("curation of document '" + gold.document().id()
                    + "' needs at least one annotator layer");
        }
        for (Layer layer : annotatorLayers) {
            if (layer.owner().isGold() || !layer.document().id().equals(gold.document().id())) {
                throw new IllegalArgumentException("the " + layer + " cannot be curated into the " + gold);
            }
        }
        this.gold = gold;
        this.annotatorLayers = List.copyOf(annotatorLayers);
        this.clock = clock;
    }

    /** The gold layer being built. */
    public Layer gold() {
        return gold;
    }

    /** The annotators curated from, in the order given. */
    public List<String> annotators() {
        return annotatorLayers.stream().map(DisagreementFinder::annotatorOf).toList();
    }

    /**
     * Adds to gold every span all annotators made identically (offsets and label) that gold does not
     * have yet, as {@link SpanStatus#ACCEPTED} copies with fresh ids.
     *
     * @return how many spans were added
     */
    public int acceptAgreed() {
        Set<SpanKey> present = keysOf(gold.spans());
        List<Span> added = new ArrayList<>();
        Set<SpanKey> agreed = DisagreementFinder.agreed(annotatorLayers);
        for (Span span : annotatorLayers.get(0).spans()) {
            SpanKey key = SpanKey.of(span);
            if (span.status().isAnnotation() && agreed.contains(key) && present.add(key)) {
                added.add(copy(span, null, SpanStatus.ACCEPTED));
            }
        }
        gold.addAll(added);
        return added.size();
    }

    /** All disagreement regions in text order, resolved ones included. */
    public List<Disagreement> disagreements() {
        return DisagreementFinder.find(annotatorLayers, gold);
    }

    /** The disagreements without a decision in gold yet, in text order. */
    public List<Disagreement> open() {
        return disagreements().stream().filter(d -> !d.resolved()).toList();
    }

    /** The first open disagreement starting after {@code offset}, wrapping to the first; empty when none is open. */
    public Optional<Disagreement> nextOpen(int offset) {
        List<Disagreement> open = open();
        return open.stream().filter(d -> d.start() > offset).findFirst().or(() -> open.stream().findFirst());
    }

    /** The last open disagreement starting before {@code offset}, wrapping to the last; empty when none is open. */
    public Optional<Disagreement> previousOpen(int offset) {
        List<Disagreement> open = open();
        Optional<Disagreement> before = open.stream().filter(d -> d.start() < offset).reduce((a, b) -> b);
        return before.or(() -> open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1)));
    }

    /**
     * Settles {@code disagreement} with {@code annotator}'s version: earlier decisions in the region
     * are removed and the annotator's spans there are copied to gold as {@link SpanStatus#ACCEPTED},
     * attributed to the annotator. Choosing an annotator who marked nothing there rejects the region.
     *
     * @throws IllegalArgumentException if the annotator is not one of {@link #annotators()}
     */
    public void accept(Disagreement disagreement, String annotator) {
        List<Span> version = disagreement.versions().get(annotator);
        if (version == null) {
            throw new IllegalArgumentException("'" + annotator + "' is not one of the annotators " + annotators());
        }
        if (version.isEmpty()) {
            reject(disagreement);
            return;
        }
        clearDecision(disagreement);
        gold.addAll(version.stream().map(s -> copy(s, annotator, SpanStatus.ACCEPTED)).toList());
    }

    /**
     * Settles {@code disagreement} by keeping none of the versions: gold gets a {@link SpanStatus#REJECTED}
     * copy of each distinct span proposed there, so the decision is stored and exporters skip them.
     */
    public void reject(Disagreement disagreement) {
        clearDecision(disagreement);
        Set<SpanKey> seen = new LinkedHashSet<>();
        List<Span> rejected = new ArrayList<>();
        disagreement.versions().values().forEach(spans -> spans.forEach(s -> {
            if (seen.add(SpanKey.of(s))) {
                rejected.add(copy(s, null, SpanStatus.REJECTED));
            }
        }));
        gold.addAll(rejected);
    }

    /**
     * Marks the gold layer {@link LayerState#CURATED}.
     *
     * @throws IllegalStateException if disagreements are still open; the message says how many and where
     */
    public void markCurated() {
        List<Disagreement> open = open();
        if (!open.isEmpty()) {
            throw new IllegalStateException(open.size() + " disagreement(s) in document '" + gold.document().id()
                    + "' are still open, the first at offsets [" + open.get(0).start() + ", " + open.get(0).end()
                    + "); accept or reject them before marking the gold layer curated");
        }
        gold.setState(LayerState.CURATED);
    }

    /** Removes the gold spans that record an earlier decision in the region (all but the agreed ones). */
    private void clearDecision(Disagreement disagreement) {
        Set<SpanKey> agreed = DisagreementFinder.agreed(annotatorLayers);
        for (Span s : gold.overlapping(disagreement.start(), disagreement.end())) {
            if (!agreed.contains(SpanKey.of(s))) {
                gold.remove(s.id());
            }
        }
    }

    private Span copy(Span span, String annotator, SpanStatus status) {
        return new Span(UUID.randomUUID().toString(), span.start(), span.end(), span.labelId(), span.attributes(),
                span.note(), annotator, clock.instant(), clock.instant(), status);
    }

    private static Set<SpanKey> keysOf(List<Span> spans) {
        Set<SpanKey> keys = new LinkedHashSet<>();
        spans.forEach(s -> keys.add(SpanKey.of(s)));
        return keys;
    }
}
