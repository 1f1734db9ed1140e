package aurum.labels.registry;

import java.util.List;
import java.util.Optional;

import aurum.core.model.LabelSet;

/**
 * The label sets plugins contribute, published as an OSGi service. Each call answers from an immutable
 * snapshot, so callers may keep the result while plugins are installed or removed.
 */
public interface LabelSetRegistry {

    /** @return every valid contributed label set, sorted by id then version */
    List<LabelSet> labelSets();

    /**
     * @param id      the label set's id
     * @param version its version
     * @return the label set with exactly that id and version
     */
    default Optional<LabelSet> find(String id, String version) {
        return labelSets().stream().filter(s -> s.id().equals(id) && s.version().equals(version)).findFirst();
    }
}
