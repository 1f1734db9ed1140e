package aurum.export;

import java.util.List;

/**
 * Decides, after an export's first pass and before anything is written, whether it goes ahead; see
 * {@link CorpusExport#run(aurum.corpus.store.CorpusStore, Exporter, ExportOptions, java.nio.file.Path,
 * ExportProgress, ExportGuard)}.
 */
@FunctionalInterface
public interface ExportGuard {

    /** Lets every export go ahead, also one that writes no span (the texts alone, say). */
    ExportGuard NONE = (preview, options) -> {
    };

    /**
     * Stops an export that would be useless as training data, before it writes anything: no document has the
     * chosen layer in a chosen state, the chosen documents hold no span, or a split would get no document
     * (unless the options accept an uneven split, {@link SplitRules#allowUneven()}).
     * The command line and the export wizard use it (docs/EXPORT.md, "When nothing would be exported").
     */
    ExportGuard USEFUL = ExportGuard::requireSomethingToWrite;

    /**
     * @throws ExportException to stop the export; nothing has been written yet
     */
    void check(ExportPreview preview, ExportOptions options) throws ExportException;

    private static void requireSomethingToWrite(ExportPreview preview, ExportOptions options)
            throws NothingToExportException {
        if (preview.documents() == 0) {
            throw new NothingToExportException(NothingToExportException.Reason.NO_DOCUMENTS, preview, "nothing to export:"
                    + " none of the " + preview.corpusDocuments() + " documents has a " + options.layer() + " layer"
                    + (options.states().isEmpty() ? "" : " in state " + String.join(" or ",
                            options.states().stream().map(Enum::name).sorted().toList()))
                    + "; nothing was written");
        }
        if (preview.spans() == 0) {
            throw new NothingToExportException(NothingToExportException.Reason.NO_SPANS, preview, "nothing to export: the "
                    + preview.documents() + " selected documents hold no span"
                    + (options.labels().isEmpty() ? "" : " of the labels " + String.join(", ", options.labels()))
                    + "; nothing was written");
        }
        List<String> empty = preview.emptySplits();
        if (!empty.isEmpty() && !options.splitRules().allowUneven()) { // an uneven split asked for may leave one empty
            throw new NothingToExportException(NothingToExportException.Reason.EMPTY_SPLIT, preview, "the split "
                    + options.split() + " of " + preview.documents() + " documents leaves " + String.join(" and ", empty)
                    + " empty (" + preview.splitCounts() + "); choose fewer parts or export more documents."
                    + " Nothing was written");
        }
    }
}
