package aurum.corpus.store;

/**
 * A document could not be added because its id (or one differing only in case) belongs to a document with a
 * different text. Importers catch it to store the document under another id (docs/FORMAT.md, "Ids").
 */
public class IdTakenException extends CorpusStoreException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String holder;

    /**
     * @param id     the id that was asked for
     * @param holder the id of the document that has it (equal to {@code id}, or differing only in case)
     */
    public IdTakenException(String id, String holder) {
        super("Cannot add document '" + id + "': document '" + holder + "' already has "
                + (holder.equals(id) ? "this id" : "an id differing only in case, which clashes on Windows and macOS")
                + " with a different text. Import it under another id.");
        this.id = id;
        this.holder = holder;
    }

    /** The id that was asked for. */
    public String id() {
        return id;
    }

    /** The id of the document that holds it. */
    public String holder() {
        return holder;
    }
}
