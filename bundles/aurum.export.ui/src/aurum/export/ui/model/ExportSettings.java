package aurum.export.ui.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import aurum.core.model.LayerState;
import aurum.corpus.importer.OffsetUnit;
import aurum.export.BoundaryPolicy;
import aurum.export.LayerSelection;
import aurum.export.OverlapPolicy;
import aurum.export.TagScheme;

/**
 * The choices of the export wizard as the user made them: text fields stay text until
 * {@link OptionsMapper} parses them, so a half-typed split never throws in a listener. Saved per corpus
 * as string pairs ({@link #toMap()} / {@link #fromMap(Map)}) in the wizard's dialog settings.
 */
public final class ExportSettings {

    /** The split the wizard proposes: train/dev/test. */
    public static final String DEFAULT_SPLIT = "80/10/10";

    /** Stands for "every label" in the saved settings. */
    private static final String ALL = "*";

    public String format = "";
    public String outputFolder = "";
    public LayerSelection.Kind layer = LayerSelection.Kind.GOLD;
    public String annotator = "";
    /** Checked states; all of them means every state. */
    public Set<LayerState> states = EnumSet.allOf(LayerState.class);
    /** Checked labels; {@code null} means every label (nothing was unchecked yet). */
    public Set<String> labels;
    /** Corpus label → output label; blank targets are ignored. */
    public Map<String, String> labelMap = new TreeMap<>();
    public String split = DEFAULT_SPLIT;
    public String seed = "1";
    public boolean stratify;
    public BoundaryPolicy boundary = BoundaryPolicy.EXPAND;
    /** Keep the longest by default: nested spans, which the editor allows, must not stop an export. */
    public OverlapPolicy overlap = OverlapPolicy.KEEP_LONGEST;
    public TagScheme scheme = TagScheme.IOB2;
    public OffsetUnit offsets = OffsetUnit.UTF16;
    public boolean keepBoilerplate;

    /** The settings as string pairs, for dialog settings. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("format", format);
        map.put("outputFolder", outputFolder);
        map.put("layer", layer.name());
        map.put("annotator", annotator);
        map.put("states", String.join(",", states.stream().map(Enum::name).toList()));
        map.put("labels", labels == null ? ALL : String.join("\n", new TreeSet<>(labels)));
        StringBuilder mapping = new StringBuilder();
        labelMap.forEach((from, to) -> mapping.append(from).append('=').append(to).append('\n'));
        map.put("labelMap", mapping.toString());
        map.put("split", split);
        map.put("seed", seed);
        map.put("stratify", Boolean.toString(stratify));
        map.put("boundary", boundary.name());
        map.put("overlap", overlap.name());
        map.put("scheme", scheme.name());
        map.put("offsets", offsets.name());
        map.put("keepBoilerplate", Boolean.toString(keepBoilerplate));
        return map;
    }

    /**
     * Settings read back from {@link #toMap()}; a missing or unreadable value (say, written by another
     * version) falls back to its default rather than failing the wizard.
     */
    public static ExportSettings fromMap(Map<String, String> map) {
        ExportSettings s = new ExportSettings();
        s.format = map.getOrDefault("format", s.format);
        s.outputFolder = map.getOrDefault("outputFolder", s.outputFolder);
        s.layer = value(LayerSelection.Kind.class, map.get("layer"), s.layer);
        s.annotator = map.getOrDefault("annotator", s.annotator);
        if (map.get("states") != null) {
            EnumSet<LayerState> states = EnumSet.noneOf(LayerState.class);
            for (String name : map.get("states").split(",")) {
                LayerState state = value(LayerState.class, name, null);
                if (state != null) {
                    states.add(state);
                }
            }
            s.states = states.isEmpty() ? EnumSet.allOf(LayerState.class) : states;
        }
        if (map.get("labels") != null && !map.get("labels").equals(ALL)) {
            s.labels = new TreeSet<>(lines(map.get("labels")));
        }
        for (String line : lines(map.getOrDefault("labelMap", ""))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                s.labelMap.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        s.split = map.getOrDefault("split", s.split);
        s.seed = map.getOrDefault("seed", s.seed);
        s.stratify = Boolean.parseBoolean(map.getOrDefault("stratify", "false"));
        s.boundary = value(BoundaryPolicy.class, map.get("boundary"), s.boundary);
        s.overlap = value(OverlapPolicy.class, map.get("overlap"), s.overlap);
        s.scheme = value(TagScheme.class, map.get("scheme"), s.scheme);
        s.offsets = value(OffsetUnit.class, map.get("offsets"), s.offsets);
        s.keepBoilerplate = Boolean.parseBoolean(map.getOrDefault("keepBoilerplate", "false"));
        return s;
    }

    private static java.util.List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
