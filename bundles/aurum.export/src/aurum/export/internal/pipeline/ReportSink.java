package aurum.export.internal.pipeline;

import aurum.export.ReportEntry;

/** Takes each span the export changes or leaves out; the export writes them to {@code report.jsonl}. */
@FunctionalInterface
public interface ReportSink {

    void add(ReportEntry entry);

    /** Reports a candidate of {@code document}. */
    default void add(String document, Candidate c, String action, String reason) {
        add(new ReportEntry(document, c.storedStart(), c.storedEnd(), c.corpusLabel(), action, reason));
    }
}
