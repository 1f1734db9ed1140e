package aurum.editor.corpus;

import java.util.List;

import aurum.corpus.importer.ImportReport;
import aurum.corpus.importer.ImportWarning;

/**
 * What an import did.
 *
 * @param added    documents new to the corpus
 * @param present  documents whose text was already there
 * @param spans    spans stored with the documents
 * @param warnings what the importers reported
 */
public record ImportSummary(int added, int present, long spans, List<ImportWarning> warnings) {

    /** One line for a status bar or dialog. */
    public String describe() {
        ImportReport report = new ImportReport();
        report.addAll(warnings);
        return added + " documents added, " + present + " already in the corpus, " + spans + " spans, "
                + warnings.size() + " warnings" + (report.skippedTotal() > 0 ? "; not imported: " + report.skippedSummary() : "");
    }
}
