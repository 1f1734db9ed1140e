package aurum.editor.corpus;

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
 */
public record ImportSummary(int added, int present, long spans, List<ImportWarning> warnings,
        SortedSet<String> missingLabels) {

    /** Copies the lists. */
    public ImportSummary {
        warnings = List.copyOf(warnings);
        missingLabels = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(missingLabels));
    }

    /** A summary with no label check. */
    public ImportSummary(int added, int present, long spans, List<ImportWarning> warnings) {
        this(added, present, spans, warnings, new TreeSet<>());
    }

    /** A copy naming the labels the label set lacks. */
    public ImportSummary withMissingLabels(SortedSet<String> labels) {
        return new ImportSummary(added, present, spans, warnings, labels);
    }

    /** One line for a status bar or dialog. */
    public String describe() {
        ImportReport report = new ImportReport();
        report.addAll(warnings);
        return added + " documents added, " + present + " already in the corpus, " + spans + " spans, "
                + warnings.size() + " warnings" + (report.skippedTotal() > 0 ? "; not imported: " + report.skippedSummary() : "")
                + (missingLabels.isEmpty() ? "" : "; the label set lacks " + String.join(", ", missingLabels));
    }
}
