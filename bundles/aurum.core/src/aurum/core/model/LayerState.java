package aurum.core.model;

/**
 * How far the work on a layer has got, for the corpus overview and for deciding when curation can
 * start. Annotator layers end in {@link #DONE}, the gold layer in {@link #CURATED}.
 */
public enum LayerState {
    /** Nothing done yet. */
    NEW,
    /** Being worked on; a layer enters this state on its first change. */
    IN_PROGRESS,
    /** The annotator has finished the document. Annotator layers only. */
    DONE,
    /** Curation of the gold layer is finished. Gold layer only. */
    CURATED;

    /** Tells whether a layer of {@code owner} may be in this state. */
    public boolean allowedFor(LayerOwner owner) {
        return switch (this) {
            case NEW, IN_PROGRESS -> true;
            case DONE -> !owner.isGold();
            case CURATED -> owner.isGold();
        };
    }
}
