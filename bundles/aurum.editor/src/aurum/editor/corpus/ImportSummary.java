package aurum.editor.corpus;

import java.nio.file.Path;
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
 * @param report   the import report listing the warnings ({@code .aurum/reports/import-<time>.jsonl} of the
 *                 corpus, as the command line writes it), or {@code null} when none was written
 */
public record ImportSummary(int added, int present, long spans, List<ImportWarning> warnings, Path report) {

    /** A summary whose report is not written (yet). */
    public ImportSummary(int added, int present, long spans, List<ImportWarning> warnings) {
        this(added, present, spans, warnings, null);
    }

    /** This summary with the report that lists its warnings. */
    public ImportSummary withReport(Path file) {
        return new ImportSummary(added, present, spans, warnings, file);
    }

    /** The warnings as an import report, added up per kind. */
    public ImportReport toReport() {
        ImportReport report = new ImportReport();
        report.addAll(warnings);
        return report;
    }

    /** One line for a status bar or dialog, ending with where the report is when there is one. */
    public String describe() {
        ImportReport report = toReport();
        return added + " documents added, " + present + " already in the corpus, " + spans + " spans, "
                + warnings.size() + " warnings" + (report.skippedTotal() > 0 ? "; not imported: " + report.skippedSummary() : "")
                + (this.report != null ? "; the warnings are listed in " + this.report : "");
    }
}
