package aurum.labels.registry;

import java.util.Optional;

import aurum.labels.recognizer.Recognizer;

/**
 * One recognizer contributed through the {@code aurum.labels.recognizers} extension point, described
 * without loading its code: menus and {@code aurum suggest} list descriptors, and only the recognizers
 * actually run are created.
 */
public interface RecognizerDescriptor {

    /** The contribution's id, e.g. {@code aurum.labels.news.amounts}; recorded on the spans it suggests. */
    String id();

    /** The display name. */
    String name();

    /** Label set id meaning "works with any label set", as the corpus dictionary does. */
    String ANY_LABEL_SET = "*";

    /** The id of the label set whose labels the recognizer proposes, e.g. {@code news}, or {@link #ANY_LABEL_SET}. */
    String labelSetId();

    /** Whether the recognizer proposes labels of the label set {@code id}. */
    default boolean servesLabelSet(String id) {
        return labelSetId().equals(id) || labelSetId().equals(ANY_LABEL_SET);
    }

    /** The symbolic name of the contributing bundle, for messages. */
    String contributor();

    /**
     * Creates the recognizer for one corpus. The contributed class is loaded and, for a factory, asked to
     * build the recognizer under {@code SafeRunner}; a failure is logged and yields nothing.
     *
     * @param context the corpus the recognizer will run on
     * @return the recognizer, or empty if its code could not be loaded or failed
     */
    Optional<Recognizer> create(RecognizerContext context);
}
