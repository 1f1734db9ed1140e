package aurum.labels.registry;

import java.util.List;
import java.util.Optional;

/**
 * The recognizers plugins contribute through {@code aurum.labels.recognizers}, published as an OSGi
 * service. Every call answers from an immutable snapshot that is replaced when plugins come or go.
 */
public interface RecognizerRegistry {

    /** @return every well-formed contribution, sorted by id */
    List<RecognizerDescriptor> recognizers();

    /** @return the recognizer contributed under {@code id} */
    default Optional<RecognizerDescriptor> find(String id) {
        return recognizers().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * @return the recognizers that propose labels of the label set {@code labelSetId}, including those
     *         for any label set, sorted by id
     */
    default List<RecognizerDescriptor> forLabelSet(String labelSetId) {
        return recognizers().stream().filter(r -> r.servesLabelSet(labelSetId)).toList();
    }
}
