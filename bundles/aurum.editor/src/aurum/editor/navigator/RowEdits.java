package aurum.editor.navigator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows of documents whose layer an open editor changed after the index last read it: an edit shows
 * in the navigator at once, before the editor's write-behind has saved it and the index has seen it.
 * An entry goes as soon as the index agrees with it.
 */
public final class RowEdits {

    private final Map<String, DocumentRow> rows = new ConcurrentHashMap<>();

    /** Records the row of a document as its editor has it now. */
    public void put(DocumentRow row) {
        rows.put(row.id(), row);
    }

    /** {@code indexed}, or the newer row an editor gave for the same document. */
    public DocumentRow over(DocumentRow indexed) {
        DocumentRow edited = rows.get(indexed.id());
        if (edited == null) {
            return indexed;
        }
        if (edited.state() == indexed.state() && edited.labelCounts().equals(indexed.labelCounts())) {
            rows.remove(indexed.id(), edited); // the index has caught up
            return indexed;
        }
        return edited;
    }

    /** Forgets every edit, e.g. when another corpus or annotator is shown. */
    public void clear() {
        rows.clear();
    }
}
