package aurum.export.ui.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import aurum.export.ExportOptions;
import aurum.export.ExportResult;
import aurum.export.Exporter;
import aurum.export.SplitCounts;

/** The text the wizard shows before Finish and after the export, so the user sees what happens and what happened. */
public final class ExportSummary {

    private ExportSummary() {
    }

    /** What will be exported, one setting per line. */
    public static String before(CorpusFacts facts, Exporter exporter, ExportOptions o, Path target) {
        StringBuilder b = new StringBuilder();
        line(b, "Corpus", facts.name() + " (" + facts.documents() + " documents) at " + facts.corpus());
        line(b, "Format", exporter.id() + " — " + exporter.description());
        line(b, "Output folder", target.toString());
        line(b, "Layer", o.layer().toString() + (o.layer().kind() == aurum.export.LayerSelection.Kind.GOLD
                ? " (" + facts.goldDocuments() + " documents have one)" : ""));
        line(b, "Document states", o.states().isEmpty() ? "all" : join(o.states()));
        line(b, "Labels", o.labels().isEmpty() ? "all" : String.join(", ", o.labels()));
        line(b, "Label mapping", o.labelMap().isEmpty() ? "none" : o.labelMap().entrySet().stream()
                .map(e -> e.getKey() + " → " + e.getValue()).reduce((x, y) -> x + ", " + y).orElse(""));
        line(b, "Split", o.split().names().size() == 1 && o.split().names().get(0).equals("all") ? "none (one file)"
                : String.join("/", o.split().names()) + " = " + o.split() + ", seed " + o.seed()
                        + (o.stratify() ? ", stratified by label" : ""));
        if (exporter.tokenBased()) {
            line(b, "Token boundaries", lower(o.boundary()));
            line(b, "Tag scheme", o.tagScheme().name());
        }
        if (!exporter.allowsOverlaps()) {
            line(b, "Overlapping spans", lower(o.overlap()));
        }
        if (exporter.id().equals("jsonl")) {
            line(b, "Offsets", o.offsetUnitOr(exporter.defaultOffsetUnit()).description());
        }
        line(b, "Boilerplate", o.excludeRegions() ? "left out" : "kept");
        b.append("\nreport.jsonl (every span changed or left out) and manifest.json are written beside the data.");
        return b.toString();
    }

    /** Counts per split, what was skipped and dropped, and where it went. */
    public static String after(ExportResult result) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, SplitCounts> e : result.splits().entrySet()) {
            SplitCounts c = e.getValue();
            b.append(String.format(Locale.ROOT, "%s: %d documents, %d spans", e.getKey(), c.documents(), c.spanTotal()));
            if (c.tokens() > 0) {
                b.append(String.format(Locale.ROOT, ", %d sentences, %d tokens", c.sentences(), c.tokens()));
            }
            b.append('\n');
        }
        b.append(result.skippedDocuments()).append(" documents skipped (no such layer, or in another state)\n");
        b.append(result.reported() - result.dropped()).append(" spans changed and ").append(result.dropped())
                .append(" left out; each is listed in report.jsonl\n");
        b.append("Written to ").append(result.directory());
        return b.toString();
    }

    private static void line(StringBuilder b, String name, String value) {
        b.append(name).append(": ").append(value).append('\n');
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String join(java.util.Collection<? extends Enum<?>> values) {
        return String.join(", ", values.stream().map(ExportSummary::lower).toList());
    }
}
