package aurum.labels.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.labels.recognizer.Suggestion;

/**
 * Brings one layer up to date with a run's suggestions. A suggestion is added only if no span of the layer
 * already has its offsets and label, whatever its status, so re-running never duplicates and a REJECTED
 * span keeps the suggestion from coming back. Open (SUGGESTED) spans of the recognizers that ran, which they
 * no longer propose, are withdrawn; MANUAL, ACCEPTED and REJECTED spans are never changed.
 */
final class SuggestionMerge {

    private final LabelSet labelSet;
    private final Instant now;

    SuggestionMerge(LabelSet labelSet, Instant now) {
        this.labelSet = labelSet;
        this.now = now;
    }

    /**
     * @param layer        the layer to update in place
     * @param suggestions  what the recognizers proposed for the layer's document
     * @param recognizers  the ids of the recognizers that ran successfully on it
     * @return how many spans were added per label, and how many were withdrawn (key {@code ""})
     */
    Outcome merge(Layer layer, List<Suggestion> suggestions, Set<String> recognizers) {
        Set<String> proposed = new HashSet<>();
        suggestions.forEach(s -> proposed.add(key(s.start(), s.end(), s.labelId())));
        int withdrawn = 0;
        for (Span span : layer.spans()) {
            if (span.status() == SpanStatus.SUGGESTED && recognizers.contains(span.annotator())
                    && !proposed.contains(key(span.start(), span.end(), span.labelId()))) {
                layer.remove(span.id());
                withdrawn++;
            }
        }
        Set<String> present = new HashSet<>();
        layer.spans().forEach(s -> present.add(key(s.start(), s.end(), s.labelId())));
        Map<String, Integer> added = new TreeMap<>();
        List<Span> fresh = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (present.add(key(s.start(), s.end(), s.labelId()))) {
                fresh.add(Span.builder().range(s.start(), s.end()).label(s.labelId())
                        .annotator(s.recognizerId().orElse(null)).created(now).status(SpanStatus.SUGGESTED).build()
                        .withAttributes(SpanAttributes.of(s.attributes(), labelSet.label(s.labelId()).orElseThrow())));
                added.merge(s.labelId(), 1, Integer::sum);
            }
        }
        layer.addAll(fresh);
        return new Outcome(added, withdrawn, present.size() - fresh.size());
    }

    private static String key(int start, int end, String label) {
        return start + ":" + end + ":" + label;
    }

    /**
     * @param added     spans added, per label
     * @param withdrawn open suggestions removed because their recognizer no longer proposes them
     * @param kept      spans of the layer left as they were
     */
    record Outcome(Map<String, Integer> added, int withdrawn, int kept) {

        boolean changed() {
            return withdrawn > 0 || !added.isEmpty();
        }
    }
}
