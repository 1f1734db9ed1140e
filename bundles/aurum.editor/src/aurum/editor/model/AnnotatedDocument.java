package aurum.editor.model;

import java.nio.file.Path;

import java.util.List;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.Span;

/**
 * The document open in an annotation editor, the layer being edited in it, and the edits that can be
 * made to that layer. The annotation editor adapts to this type
 * ({@code editor.getAdapter(AnnotatedDocument.class)}); the Labels, Annotations, Properties and Problems
 * views follow the active editor through it, so they never depend on the editor's classes.
 * <p>
 * Every edit method is undoable through the workbench operation history and is saved to the corpus
 * store before it returns: there is never an unsaved annotation. All methods must be called on the UI
 * thread.
 */
public interface AnnotatedDocument {

    /** The id of the document in its corpus. */
    String documentId();

    /**
     * The folder of the corpus the document belongs to, absolute and normalised. Document ids are unique
     * only within a corpus; views showing a corpus compare this before following the document.
     */
    Path corpusDirectory();

    /** The document; its text is never changed by annotating. */
    Document document();

    /** The label set of the corpus. */
    LabelSet labelSet();

    /** The layer being edited. Read it, but change it only through the edit methods below. */
    Layer layer();

    /** The spans selected in the editor (those under the caret or chosen in a view); may be empty. */
    List<Span> selectedSpans();

    /** Selects {@code span} in the editor and scrolls it into view. */
    void reveal(Span span);

    /** Tags the editor's current text selection with {@code labelId} (snapped to tokens when enabled). */
    void tagSelection(String labelId);

    /** Gives {@code span} the label {@code labelId}. */
    void relabel(Span span, String labelId);

    /** Sets, or removes when {@code value} is null, the attribute {@code name} of {@code span}. */
    void setAttribute(Span span, String name, AttributeValue value);

    /** Sets the note of {@code span}; an empty or null note removes it. */
    void setNote(Span span, String note);

    /** Deletes {@code span}. */
    void delete(Span span);

    /** Accepts a suggested span: it becomes an accepted span of the layer. */
    void accept(Span span);

    /** Rejects a suggested span. */
    void reject(Span span);

    /** Accepts every suggested span with label {@code labelId}, as one undoable step. */
    void acceptAll(String labelId);

    /** Starts notifying {@code listener}; notifications arrive on the UI thread. */
    void addListener(Listener listener);

    /** Stops notifying {@code listener}. */
    void removeListener(Listener listener);

    /** Told about changes of the layer (any edit, undo, redo or reload from disk) and of the selection. */
    interface Listener {

        /** The layer changed. */
        void layerChanged(AnnotatedDocument document);

        /** The selected spans changed. */
        default void selectionChanged(AnnotatedDocument document) {
        }
    }
}
