package aurum.export;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one split holds, for the manifest and the command's summary. Sentences and tokens are counted
 * for token formats only (zero otherwise).
 */
public final class SplitCounts {

    private long documents;
    private long sentences;
    private long tokens;
    private final Map<String, Long> spans = new TreeMap<>();

    /** Counts one written document with its spans. */
    public void add(ExportDocument document) {
        addDocument(document);
        addSpans(document);
    }

    /** Counts a document, its sentences and tokens, but not its spans. */
    public void addDocument(ExportDocument document) {
        documents++;
        sentences += document.sentences().size();
        for (Sentence s : document.sentences()) {
            tokens += s.tokens().size();
        }
    }

    /** Counts the spans of a document only (for the per-label copies of one document). */
    public void addSpans(ExportDocument document) {
        for (ExportSpan span : document.spans()) {
            spans.merge(span.label(), 1L, Long::sum);
        }
    }

    public long documents() {
        return documents;
    }

    public long sentences() {
        return sentences;
    }

    public long tokens() {
        return tokens;
    }

    /** Output label → spans written, sorted by label. */
    public Map<String, Long> spans() {
        return Collections.unmodifiableMap(spans);
    }

    /** All spans written. */
    public long spanTotal() {
        return spans.values().stream().mapToLong(Long::longValue).sum();
    }
}
