package aurum.export.ui.model;

import java.util.Map;
import java.util.Optional;

import aurum.export.LayerSelection;
import aurum.export.SplitSpec;

/**
 * What is wrong with each page of the export wizard, as one message naming the field, or nothing. The
 * first error of a page wins; warnings come only when there is no error.
 */
public final class SettingsCheck {

    private SettingsCheck() {
    }

    /** Page 1: format and output folder. */
    public static Optional<Message> formatPage(ExportSettings s, CorpusFacts facts) {
        if (s.format == null || s.format.isBlank()) {
            return error("Format: choose the format to export to");
        }
        return Optional.ofNullable(OutputFolder.check(s.outputFolder, facts.corpus(), subfolderName(s, facts)).message());
    }

    /** The subfolder used when the chosen output folder holds files: corpus name and format. */
    public static String subfolderName(ExportSettings s, CorpusFacts facts) {
        String corpus = facts.name().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return corpus + "-" + (s.format == null || s.format.isBlank() ? "export" : s.format);
    }

    /** Page 2: layer, states, labels and label mapping. */
    public static Optional<Message> selectionPage(ExportSettings s, CorpusFacts facts) {
        if (s.layer == LayerSelection.Kind.ANNOTATOR) {
            if (facts.annotators().isEmpty()) {
                return error("Layer: no annotator has saved a layer in this corpus; export the gold layer instead");
            }
            if (!facts.annotators().contains(s.annotator)) {
                return error("Layer: choose the annotator whose layer to export");
            }
        }
        if (s.states.isEmpty()) {
            return error("Document states: check at least one state; documents whose layer is in an unchecked state are skipped");
        }
        if (s.labels != null && s.labels.isEmpty()) {
            return error("Labels: check at least one label to export");
        }
        for (Map.Entry<String, String> e : s.labelMap.entrySet()) {
            String to = e.getValue() == null ? "" : e.getValue().strip();
            if (!to.isEmpty() && !to.matches("\\S+")) {
                return error("Label mapping: '" + to + "' for " + e.getKey()
                        + " contains spaces; output labels are single words such as ORGANIZATION");
            }
        }
        if (s.layer == LayerSelection.Kind.GOLD && facts.goldDocuments() == 0) {
            return warning("Layer: no document has a gold layer yet, so the export will be empty; curate first or"
                    + " export an annotator's layer");
        }
        if (s.layer == LayerSelection.Kind.MAJORITY && facts.annotators().size() < 2) {
            return warning("Layer: a majority vote needs two or more annotators; this corpus has "
                    + facts.annotators().size());
        }
        return Optional.empty();
    }

    /** Page 3: split, seed and the format options. */
    public static Optional<Message> optionsPage(ExportSettings s) {
        if (!s.split.isBlank()) {
            try {
                SplitSpec spec = SplitSpec.parse(s.split.strip());
                int sum = spec.weights().stream().mapToInt(Integer::intValue).sum();
                // the command line takes any weights; in a form people type percentages, so 80/10 is a slip
                if (sum != 100) {
                    return error("Split: " + spec + " adds up to " + sum + "; give percentages that add up to 100,"
                            + " e.g. 80/10/10 (train/dev/test), 90/10 (train/test) or 100, or leave it empty for no split");
                }
            } catch (IllegalArgumentException e) {
                return error("Split: " + e.getMessage());
            }
        }
        try {
            Long.parseLong(s.seed.strip());
        } catch (NumberFormatException e) {
            return error("Seed: '" + s.seed + "' is not a whole number; any number gives a repeatable split");
        }
        return Optional.empty();
    }

    /** The first error of all pages, or nothing: what Finish checks. */
    public static Optional<Message> firstError(ExportSettings s, CorpusFacts facts) {
        for (Optional<Message> m : java.util.List.of(formatPage(s, facts), selectionPage(s, facts), optionsPage(s))) {
            if (m.isPresent() && m.get().isError()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static Optional<Message> error(String text) {
        return Optional.of(new Message(Message.Severity.ERROR, text));
    }

    private static Optional<Message> warning(String text) {
        return Optional.of(new Message(Message.Severity.WARNING, text));
    }
}
