package aurum.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an export will write, known after its first pass (the layers are read, nothing is written): the
 * wizard shows it before Finish, and {@link CorpusExport#run} checks it before writing a file.
 *
 * @param corpusDocuments documents in the corpus
 * @param documents documents selected (the chosen layer exists and is in a chosen state)
 * @param skippedDocuments documents left out: no such layer, or in another state
 * @param spans spans selected, after the label filter
 * @param documentsPerSplit split name → documents, in split order
 * @param overlappingSpans selected spans that share a character with another selected span of their document
 * @param overlappingDocuments documents holding such spans
 */
public record ExportPreview(long corpusDocuments, long documents, long skippedDocuments, long spans,
        Map<String, Integer> documentsPerSplit, long overlappingSpans, long overlappingDocuments) {

    /** Copies the split counts, keeping their order. */
    public ExportPreview {
        documentsPerSplit = Collections.unmodifiableMap(new LinkedHashMap<>(documentsPerSplit));
    }

    /** The splits that would get no document, in split order; empty when there is one split. */
    public List<String> emptySplits() {
        List<String> empty = new ArrayList<>();
        if (documentsPerSplit.size() > 1) {
            documentsPerSplit.forEach((name, count) -> {
                if (count == 0) {
                    empty.add(name);
                }
            });
        }
        return empty;
    }

    /** The documents per split as {@code train 3, dev 0, test 0}. */
    public String splitCounts() {
        List<String> parts = new ArrayList<>();
        documentsPerSplit.forEach((name, count) -> parts.add(name + " " + count));
        return String.join(", ", parts);
    }
}
