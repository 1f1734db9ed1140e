package aurum.core.model;

/**
 * Names one version of a label set, which is what a corpus records so that its spans stay
 * interpretable after the label set evolves.
 *
 * @param id the label set id
 * @param version the label set version
 */
public record LabelSetRef(String id, String version) {

    /** Rejects blank parts. */
    public LabelSetRef {
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
            throw new IllegalArgumentException("a label set reference needs an id and a version, got '"
                    + id + "' version '" + version + "'");
        }
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
