package aurum.export.ui.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import aurum.export.ExportOptions;
import aurum.export.ExportPreview;
import aurum.export.Exporter;
import aurum.export.OverlapPolicy;
import aurum.export.SplitNotPossibleException;
import aurum.export.SplitReport;

/**
 * What the export's first pass found ({@link ExportPreview}), in the wizard's words, and what in it stops
 * the export before Finish: nothing to export, a split left empty, or overlapping spans that the chosen
 * policy would stop on. The wizard names its own fields and pages, never command-line options.
 */
public final class PreviewCheck {

    private PreviewCheck() {
    }

    /** The counts, one line each, for the summary page. */
    public static String describe(ExportPreview p, Exporter exporter, ExportOptions o) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Documents exported: %d of %d", p.documents(), p.corpusDocuments()));
        if (p.skippedDocuments() > 0) {
            b.append(String.format(Locale.ROOT, " (%d skipped: no %s layer, or it is in an unchecked state)",
                    p.skippedDocuments(), layer(o)));
        }
        b.append('\n').append(String.format(Locale.ROOT, "Spans: %d", p.spans())).append('\n');
        if (p.documentsPerSplit().size() > 1) {
            b.append("Documents per split: ").append(p.splitCounts()).append('\n');
        }
        b.append("Overlapping spans: ").append(overlaps(p, exporter, o)).append('\n');
        return b.toString();
    }

    /**
     * The summary page's error when the split cannot be made ({@link SplitNotPossibleException}: the groups of
     * documents that must stay in one split are too large for the shares), in the wizard's words.
     */
    public static Message splitNotPossible(SplitNotPossibleException e, ExportOptions o) {
        SplitReport report = e.report();
        return new Message(Message.Severity.ERROR, "Split: " + o.split() + " cannot be met, because groups of"
                + " near-duplicate documents must stay in one split (the largest has " + report.largestGroupSize()
                + " documents); the split would be " + report.describeAchieved() + ". Go back to Splits and Options"
                + " and choose other shares.");
    }

    /** What stops the export, if anything, as the summary page's error. */
    public static Optional<Message> problem(ExportPreview p, Exporter exporter, ExportOptions o) {
        if (p.documents() == 0) {
            return error("Nothing would be exported: none of the " + p.corpusDocuments() + " documents has a " + layer(o)
                    + " layer in a checked state. Go back to What to Export and choose another layer or more states.");
        }
        if (p.spans() == 0) {
            return error("Nothing would be exported: the " + p.documents() + " documents chosen hold no span of the"
                    + " checked labels. Go back to What to Export and check more labels or choose another layer.");
        }
        List<String> empty = p.emptySplits();
        if (!empty.isEmpty()) {
            return error("Split: " + o.split() + " of " + p.documents() + " documents leaves " + String.join(" and ", empty)
                    + " without documents (" + p.splitCounts() + "). Go back to Splits and Options and choose a split"
                    + " with fewer parts, such as 100, or export more documents.");
        }
        if (p.overlappingSpans() > 0 && !exporter.allowsOverlaps() && o.overlap() == OverlapPolicy.FAIL) {
            return error("Overlapping spans: " + overlapCount(p) + " overlap another span, and " + exporter.id()
                    + " holds one label per token, so \"Stop the export and name them\" would stop it. Go back to"
                    + " Splits and Options and choose which span to keep.");
        }
        return Optional.empty();
    }

    private static String overlaps(ExportPreview p, Exporter exporter, ExportOptions o) {
        if (p.overlappingSpans() == 0) {
            return "none";
        }
        String count = overlapCount(p) + " overlap another span; ";
        if (exporter.allowsOverlaps()) {
            return count + exporter.id() + " keeps them all.";
        }
        return count + switch (o.overlap()) {
            case FAIL -> "the export would stop at the first (see above).";
            case KEEP_LONGEST -> "the longest span of each overlapping group is kept, the others are left out and"
                    + " listed in report.jsonl.";
            case KEEP_FIRST -> "the span that starts first in each overlapping group is kept, the others are left"
                    + " out and listed in report.jsonl.";
            case ONE_FILE_PER_LABEL -> "one export is written per label, so overlaps between labels are all kept;"
                    + " within one label the longest span is kept.";
        };
    }

    private static String overlapCount(ExportPreview p) {
        return String.format(Locale.ROOT, "%d span%s in %d document%s", p.overlappingSpans(),
                p.overlappingSpans() == 1 ? "" : "s", p.overlappingDocuments(), p.overlappingDocuments() == 1 ? "" : "s");
    }

    private static String layer(ExportOptions o) {
        return switch (o.layer().kind()) {
        case GOLD -> "gold";
        case ANNOTATOR -> o.layer().annotator() + "'s";
        case MAJORITY -> "annotator";
        };
    }

    private static Optional<Message> error(String text) {
        return Optional.of(new Message(Message.Severity.ERROR, text));
    }
}
