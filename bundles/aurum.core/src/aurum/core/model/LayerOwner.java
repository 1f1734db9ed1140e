package aurum.core.model;

/**
 * Whose spans a layer holds: one annotator's, or the gold standard agreed in curation. A closed type
 * rather than a reserved annotator name, so no annotator can be called "gold" by accident.
 */
public sealed interface LayerOwner {

    /** The owner of the curated gold layer of a document. */
    LayerOwner GOLD = Gold.INSTANCE;

    /** The owner of an annotator's layer. */
    static LayerOwner annotator(String annotatorId) {
        return new Annotator(annotatorId);
    }

    /** Tells whether this is the gold layer's owner. */
    default boolean isGold() {
        return this == GOLD;
    }

    /** A human-readable name for messages, e.g. {@code annotator 'alice'} or {@code gold}. */
    String describe();

    /**
     * An annotator, identified by a non-blank id.
     *
     * @param id the annotator id as used in {@link Span#annotator()}
     */
    record Annotator(String id) implements LayerOwner {
        /** Rejects blank ids. */
        public Annotator {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("annotator id must not be blank");
            }
        }

        @Override
        public String describe() {
            return "annotator '" + id + "'";
        }
    }

    /** The gold standard; a singleton. */
    enum Gold implements LayerOwner {
        /** The only instance. */
        INSTANCE;

        @Override
        public String describe() {
            return "gold";
        }
    }
}
