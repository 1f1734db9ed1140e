package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import aurum.corpus.importer.ImportReport;
import aurum.corpus.importer.ImportWarning;

/**
 * What an import did.
 *
 * @param added    documents new to the corpus
 * @param present  documents whose text was already there
 * @param spans    spans stored with the documents
 * @param warnings what the importers reported
 * @param missingLabels labels the corpus's spans use that its label set does not define, found after the
 *                 import; empty when every label is defined (or it was not checked)
 * @param report   the import report listing the warnings ({@code .aurum/reports/import-<time>.jsonl} of the
 *                 corpus, as the command line writes it), or {@code null} when none was written
 */
public record ImportSummary(int added, int present, long spans, List<ImportWarning> warnings,
        SortedSet<String> missingLabels, Path report) {

    /** Copies the lists. */
    public ImportSummary {
        warnings = List.copyOf(warnings);
        missingLabels = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(missingLabels));
    }

    /** A summary with no label check, whose report is not written (yet). */
    public ImportSummary(int added, int present, long spans, List<ImportWarning> warnings) {
        this(added, present, spans, warnings, new TreeSet<>(), null);
    }

    /** A copy naming the labels the label set lacks. */
    public ImportSummary withMissingLabels(SortedSet<String> labels) {
        return new ImportSummary(added, present, spans, warnings, labels, report);
    }

    /** This summary with the report that lists its warnings. */
    public ImportSummary withReport(Path file) {
        return new ImportSummary(added, present, spans, warnings, missingLabels, file);
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
                + (missingLabels.isEmpty() ? "" : "; the label set lacks " + String.join(", ", missingLabels))
                + (this.report != null ? "; the warnings are listed in " + this.report : "");
    }
}
