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
 * suggestion from coming back. Nor is a suggestion added that overlaps a span the annotator made or
 * accepted (MANUAL, ACCEPTED) with such a label: those words are tagged already, and another extent of the
 * same mention ({@code Defense Secretary Lloyd Austin} around a tagged {@code Lloyd Austin}) would be a
 * second, competing annotation. Spans of unrelated labels may nest ({@code WEAPON} inside {@code AMOUNT}),
 * so they do not block. Of the suggestions left, overlapping ones are one proposal: the most confident
 * wins ({@link SuggestionRanking}).
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
        // what stands whatever this run proposes: every span but the open suggestions of the recognizers that ran
        Map<Long, List<String>> standing = new HashMap<>();
        List<Span> decided = new ArrayList<>();
        List<Span> open = new ArrayList<>();
        for (Span span : layer.spans()) {
            if (span.status() == SpanStatus.SUGGESTED && suggestions.recognizers().contains(span.annotator())) {
                open.add(span);
            } else {
                standing.computeIfAbsent(range(span.start(), span.end()), k -> new ArrayList<>()).add(span.labelId());
                if (span.status().isAnnotation()) {
                    decided.add(span);
                }
            }
        }
        // first what the layer has decided, then one proposal per stretch of text among the rest
        List<Suggestion> wanted = SuggestionRanking.mostConfidentFirst(suggestions.suggestions().stream()
                .filter(s -> !at(standing, s.start(), s.end(), s.labelId()) && !tagged(decided, s)).toList());
        Set<String> proposed = new HashSet<>();
        wanted.forEach(s -> proposed.add(s.start() + ":" + s.end() + ":" + s.labelId()));
        List<Span> withdrawn = new ArrayList<>();
        Map<Long, List<String>> present = new HashMap<>(standing);
        for (Span span : open) {
            if (proposed.contains(span.start() + ":" + span.end() + ":" + span.labelId())) {
                present.computeIfAbsent(range(span.start(), span.end()), k -> new ArrayList<>()).add(span.labelId());
            } else {
                withdrawn.add(span);
            }
        }
        int kept = layer.size() - withdrawn.size();
        List<Span> added = new ArrayList<>();
        int leftOut = 0;
        for (Suggestion s : wanted) {
            if (at(present, s.start(), s.end(), s.labelId())) {
                continue; // proposed again: the open suggestion stays as it is
            }
            SpanAttributes.Typed attributes = SpanAttributes.of(s.attributes(),
                    labelSet.label(s.labelId()).orElseThrow(() -> new IllegalArgumentException("label " + s.labelId()
                            + " is not in label set " + labelSet.ref() + "; suggestions are checked before merging")));
            leftOut += attributes.leftOut();
            added.add(Span.builder().range(s.start(), s.end()).label(s.labelId())
                    .annotator(s.recognizerId().orElse(null)).created(now).status(SpanStatus.SUGGESTED).build()
                    .withAttributes(attributes.values()));
            present.computeIfAbsent(range(s.start(), s.end()), k -> new ArrayList<>()).add(s.labelId());
        }
        return new SuggestionPlan(added, withdrawn, kept, leftOut);
    }

    /** Whether {@code spans} has one at these offsets with this label, its parent or one of its children. */
    private boolean at(Map<Long, List<String>> spans, int start, int end, String labelId) {
        List<String> here = spans.get(range(start, end));
        return here != null && here.stream().anyMatch(label -> related(label, labelId));
    }

    /** Whether a decided span with a related label overlaps the suggestion's words. */
    private boolean tagged(List<Span> decided, Suggestion s) {
        return decided.stream().anyMatch(span -> span.start() < s.end() && s.start() < span.end()
                && related(span.labelId(), s.labelId()));
    }

    /** The same label, or one is a sub-type (child, grandchild, …) of the other. */
    private boolean related(String a, String b) {
        return a.equals(b) || labelSet.contains(a) && labelSet.contains(b) && (labelSet.isA(a, b) || labelSet.isA(b, a));
    }

    private static long range(int start, int end) {
        return (long) start << 32 | end;
    }
}
