package aurum.export;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a finished export wrote.
 *
 * @param directory the export folder
 * @param splits split name → counts, in split order
 * @param skippedDocuments documents left out because the chosen layer is missing or in another state
 * @param reported spans changed or left out; each is a line of {@code report.jsonl}
 * @param dropped of those, spans left out
 * @param split the shares of documents achieved per split, the largest group kept whole, and warnings
 */
public record ExportResult(Path directory, Map<String, SplitCounts> splits, long skippedDocuments, long reported,
        long dropped, SplitReport split) {
}
