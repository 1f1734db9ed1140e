package aurum.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned, consistent set of labels that a corpus is annotated with. Construction fails with
 * every inconsistency listed (duplicate ids, unknown parents, parent cycles, clashing hotkeys), so a
 * label set that exists can be trusted by the editor, the validator and the exporters. Immutable.
 */
public final class LabelSet {

    private final String id;
    private final String name;
    private final String version;
    private final List<LabelDefinition> labels;
    private final boolean numberSigns;
    private final Map<String, LabelDefinition> byId = new LinkedHashMap<>();

    /**
     * Creates a label set; {@code labels} keeps its order for display.
     *
     * @throws IllegalArgumentException listing every inconsistency found
     */
    public LabelSet(String id, String name, String version, List<LabelDefinition> labels) {
        this(id, name, version, labels, true);
    }

    /**
     * Creates a label set; {@code labels} keeps its order for display.
     *
     * @param numberSigns whether token snapping keeps a number's currency sign and unit with it (see
     *                    {@link #keepsNumberSigns()})
     * @throws IllegalArgumentException listing every inconsistency found
     */
    public LabelSet(String id, String name, String version, List<LabelDefinition> labels, boolean numberSigns) {
        this.numberSigns = numberSigns;
        LabelSetRef ref = new LabelSetRef(id, version);
        this.id = ref.id();
        this.version = ref.version();
        this.name = name == null || name.isBlank() ? id : name;
        this.labels = List.copyOf(labels);
        List<String> problems = LabelSetChecks.violations(this.labels);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("label set '" + id + "' version " + version + " is inconsistent:\n- "
                    + String.join("\n- ", problems));
        }
        this.labels.forEach(label -> byId.put(label.id(), label));
    }

    /** The id of this label set. */
    public String id() {
        return id;
    }

    /** The display name. */
    public String name() {
        return name;
    }

    /** The version, recorded by corpora that use this label set. */
    public String version() {
        return version;
    }

    /**
     * Whether a selection snapped to tokens keeps a number's currency sign and unit with it ({@code $9.3
     * billion} as one drag, the default), or stops at plain tokens, for label sets that tag the number alone.
     */
    public boolean keepsNumberSigns() {
        return numberSigns;
    }

    /** This label set with {@code keep} as its {@link #keepsNumberSigns()}. */
    public LabelSet withNumberSigns(boolean keep) {
        return keep == numberSigns ? this : new LabelSet(id, name, version, labels, keep);
    }

    /** The reference a corpus stores. */
    public LabelSetRef ref() {
        return new LabelSetRef(id, version);
    }

    /** All labels in definition order. */
    public List<LabelDefinition> labels() {
        return labels;
    }

    /** The label with {@code labelId}, if defined. */
    public Optional<LabelDefinition> label(String labelId) {
        return Optional.ofNullable(byId.get(labelId));
    }

    /** Tells whether {@code labelId} is defined. */
    public boolean contains(String labelId) {
        return byId.containsKey(labelId);
    }

    /** The labels whose parent is {@code parentId} ({@code null} for the top level), in definition order. */
    public List<LabelDefinition> children(String parentId) {
        return labels.stream().filter(label -> Objects.equals(label.parentId(), parentId)).toList();
    }

    /** The ids from the top-level ancestor down to {@code labelId}, e.g. {@code [WEAPON, HYPERSONIC]}. */
    public List<String> path(String labelId) {
        List<String> path = new ArrayList<>();
        for (LabelDefinition label = requireLabel(labelId); label != null; label = byId.get(label.parentId())) {
            path.add(label.id());
            if (label.parentId() == null) {
                break;
            }
        }
        Collections.reverse(path);
        return path;
    }

    /** Tells whether {@code labelId} is {@code ancestorId} or lies below it. */
    public boolean isA(String labelId, String ancestorId) {
        return contains(labelId) && path(labelId).contains(ancestorId);
    }

    /** The label a key press applies; hotkeys are matched ignoring case. */
    public Optional<LabelDefinition> byHotkey(char key) {
        String wanted = String.valueOf(key).toLowerCase(Locale.ROOT);
        return labels.stream()
                .filter(label -> label.hotkey() != null
                        && String.valueOf(label.hotkey()).toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private LabelDefinition requireLabel(String labelId) {
        LabelDefinition label = byId.get(labelId);
        if (label == null) {
            throw new IllegalArgumentException("label '" + labelId + "' is not defined in label set " + ref());
        }
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelSet that && id.equals(that.id) && name.equals(that.name)
                && version.equals(that.version) && labels.equals(that.labels) && numberSigns == that.numberSigns;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, version, labels, numberSigns);
    }

    @Override
    public String toString() {
        return "LabelSet[" + ref() + ", " + labels.size() + " labels]";
    }
}
