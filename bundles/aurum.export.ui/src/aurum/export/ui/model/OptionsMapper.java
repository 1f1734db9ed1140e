package aurum.export.ui.model;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import aurum.core.model.LayerState;
import aurum.export.ExportOptions;
import aurum.export.LayerSelection;
import aurum.export.SplitSpec;

/**
 * Turns checked {@link ExportSettings} into {@link ExportOptions}, the same options {@code aurum export}
 * builds from its flags (docs/EXPORT.md), so a wizard export and a command-line export with the same
 * choices write the same bytes.
 */
public final class OptionsMapper {

    private OptionsMapper() {
    }

    /**
     * @param facts the corpus, for what "all labels" means
     * @param aurumVersion recorded in the manifest
     * @throws IllegalArgumentException with the first error of {@link SettingsCheck}, naming the field
     */
    public static ExportOptions toOptions(ExportSettings s, CorpusFacts facts, String aurumVersion) {
        SettingsCheck.selectionPage(s, facts).filter(Message::isError).ifPresent(OptionsMapper::fail);
        SettingsCheck.optionsPage(s).filter(Message::isError).ifPresent(OptionsMapper::fail);
        ExportOptions o = ExportOptions.defaults().withAurumVersion(aurumVersion);
        o = o.withLayer(switch (s.layer) {
            case GOLD -> LayerSelection.GOLD;
            case MAJORITY -> LayerSelection.MAJORITY;
            case ANNOTATOR -> new LayerSelection(LayerSelection.Kind.ANNOTATOR, s.annotator);
        });
        // every state checked is "all", which also takes states added in later versions
        o = o.withStates(s.states.containsAll(Set.of(LayerState.values())) ? Set.of() : s.states);
        boolean allLabels = s.labels == null || s.labels.containsAll(facts.labels().keySet());
        o = o.withLabels(allLabels ? Set.of() : s.labels);
        o = o.withLabelMap(labelMap(s.labelMap));
        SplitSpec split = s.split.isBlank() ? SplitSpec.NONE : SplitSpec.parse(s.split.strip());
        o = o.withSplit(split, Long.parseLong(s.seed.strip()), s.stratify);
        // the wizard offers the offset unit for JSONL only; other formats write their own (brat: code points)
        return o.withBoundary(s.boundary).withOverlap(s.overlap).withTagScheme(s.scheme)
                .withOffsetUnit(s.format.equals("jsonl") ? s.offsets : null).withExcludeRegions(!s.keepBoilerplate);
    }

    /** The mapping without blank or unchanged targets. */
    static Map<String, String> labelMap(Map<String, String> typed) {
        Map<String, String> map = new TreeMap<>();
        typed.forEach((from, to) -> {
            String target = to == null ? "" : to.strip();
            if (!target.isEmpty() && !target.equals(from)) {
                map.put(from, target);
            }
        });
        return map;
    }

    private static void fail(Message m) {
        throw new IllegalArgumentException(m.text());
    }
}
