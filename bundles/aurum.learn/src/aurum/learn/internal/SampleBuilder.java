package aurum.learn.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import aurum.learn.TrainingDocument;
import aurum.learn.TrainingSpan;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Turns training documents into the name finder's samples: one per segment (see {@link TokenizedText}),
 * spans as token ranges typed by {@link LabelTypes}. Spans that do not start and end on token edges, or
 * that overlap an earlier or longer one, cannot be taught and are counted instead.
 */
public final class SampleBuilder {

    private final LabelTypes types;
    private final List<NameSample> samples = new ArrayList<>();
    private final Map<String, Integer> spansPerLabel = new TreeMap<>();
    private int documents;
    private int completeDocuments;
    private int unaligned;
    private int overlapping;

    /** A builder for spans of the given labels. */
    public SampleBuilder(LabelTypes types) {
        this.types = types;
    }

    /** Adds the segments of one document: all of them when it is complete, else those holding a span. */
    public void add(TrainingDocument document) {
        TokenizedText tokens = TokenizedText.of(document.text());
        List<int[]> spans = tokenSpans(document, tokens);
        if (spans.isEmpty() && !document.complete()) {
            return;
        }
        documents++;
        if (document.complete()) {
            completeDocuments++;
        }
        boolean first = true;
        int next = 0;
        for (int[] segment : tokens.segments()) {
            List<Span> names = new ArrayList<>();
            while (next < spans.size() && spans.get(next)[0] < segment[1]) {
                int[] s = spans.get(next++);
                if (s[1] <= segment[1]) {
                    names.add(new Span(s[0] - segment[0], s[1] - segment[0], types.type(types.labels().get(s[2]))));
                } else {
                    unaligned++; // crosses a line end: a name the finder cannot see in one segment
                }
            }
            if (names.isEmpty() && !document.complete()) {
                continue;
            }
            samples.add(new NameSample(tokens.words(segment[0], segment[1]), names.toArray(Span[]::new), first));
            first = false;
        }
    }

    /** Token ranges {@code [first, end, labelIndex]} of the document's teachable spans, sorted, not overlapping. */
    private List<int[]> tokenSpans(TrainingDocument document, TokenizedText tokens) {
        List<TrainingSpan> sorted = new ArrayList<>(document.spans());
        sorted.sort(Comparator.comparingInt(TrainingSpan::start)
                .thenComparing(Comparator.comparingInt(TrainingSpan::end).reversed()));
        List<String> labels = types.labels();
        List<int[]> out = new ArrayList<>();
        int free = 0;
        for (TrainingSpan s : sorted) {
            int first = tokens.tokenStartingAt(s.start());
            int last = tokens.tokenEndingAt(s.end());
            if (first < 0 || last < first) {
                unaligned++;
                continue;
            }
            if (s.start() < free) {
                overlapping++;
                continue;
            }
            out.add(new int[] {first, last + 1, labels.indexOf(s.labelId())});
            spansPerLabel.merge(s.labelId(), 1, Integer::sum);
            free = s.end();
        }
        return out;
    }

    /** The samples built so far. */
    public List<NameSample> samples() {
        return samples;
    }

    /** Taught spans per label. */
    public Map<String, Integer> spansPerLabel() {
        return spansPerLabel;
    }

    /** Documents that gave at least one sample. */
    public int documents() {
        return documents;
    }

    /** Of those, documents learned from as a whole. */
    public int completeDocuments() {
        return completeDocuments;
    }

    /** Spans skipped because they do not fall on token edges (or cross a line end). */
    public int unaligned() {
        return unaligned;
    }

    /** Spans skipped because they overlap a span kept before them. */
    public int overlapping() {
        return overlapping;
    }
}
