package aurum.labels.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.labels.recognizer.Suggestion;

/**
 * Decides how a layer takes a document's suggestions ({@link #plan}). A suggestion is added only where no
 * span of the layer, whatever its status, has its offsets and its label, the label's parent or one of its
 * children (docs/LABELS.md: sub-types are child labels, so {@code WEAPON} and {@code WEAPON.SPACE} on the
 * same words are one decision); re-running therefore never duplicates, and a REJECTED span keeps the
 * suggestion from coming back. Of several suggestions for one place the first, the most confident, wins.
 * Open (SUGGESTED) spans of the recognizers that ran, which they no longer propose, are withdrawn; MANUAL,
 * ACCEPTED and REJECTED spans are never changed. Attributes the label does not declare are left out.
 */
public final class SuggestionMerge {

    private final LabelSet labelSet;
    private final Instant now;

    /**
     * @param labelSet the label set the suggestions were checked against
     * @param now      the creation time of the new spans
     */
    public SuggestionMerge(LabelSet labelSet, Instant now) {
        this.labelSet = labelSet;
        this.now = now;
    }

    /** How {@code layer} takes {@code suggestions}; changes nothing. */
    public SuggestionPlan plan(Layer layer, DocumentSuggestions suggestions) {
        Set<String> proposed = new HashSet<>();
        suggestions.suggestions().forEach(s -> proposed.add(s.start() + ":" + s.end() + ":" + s.labelId()));
        List<Span> withdrawn = new ArrayList<>();
        Map<Long, List<String>> present = new HashMap<>();
        for (Span span : layer.spans()) {
            if (span.status() == SpanStatus.SUGGESTED && suggestions.recognizers().contains(span.annotator())
                    && !proposed.contains(span.start() + ":" + span.end() + ":" + span.labelId())) {
                withdrawn.add(span);
            } else {
                present.computeIfAbsent(range(span.start(), span.end()), k -> new ArrayList<>()).add(span.labelId());
            }
        }
        int kept = layer.size() - withdrawn.size();
        List<Span> added = new ArrayList<>();
        int leftOut = 0;
        for (Suggestion s : suggestions.suggestions()) {
            List<String> here = present.computeIfAbsent(range(s.start(), s.end()), k -> new ArrayList<>());
            if (here.stream().anyMatch(label -> related(label, s.labelId()))) {
                continue;
            }
            SpanAttributes.Typed attributes = SpanAttributes.of(s.attributes(),
                    labelSet.label(s.labelId()).orElseThrow(() -> new IllegalArgumentException("label " + s.labelId()
                            + " is not in label set " + labelSet.ref() + "; suggestions are checked before merging")));
            leftOut += attributes.leftOut();
            added.add(Span.builder().range(s.start(), s.end()).label(s.labelId())
                    .annotator(s.recognizerId().orElse(null)).created(now).status(SpanStatus.SUGGESTED).build()
                    .withAttributes(attributes.values()));
            here.add(s.labelId());
        }
        return new SuggestionPlan(added, withdrawn, kept, leftOut);
    }

    /** The same label, or one is a sub-type (child, grandchild, …) of the other. */
    private boolean related(String a, String b) {
        return a.equals(b) || labelSet.contains(a) && labelSet.contains(b) && (labelSet.isA(a, b) || labelSet.isA(b, a));
    }

    private static long range(int start, int end) {
        return (long) start << 32 | end;
    }
}
