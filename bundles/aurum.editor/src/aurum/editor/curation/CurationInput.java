package aurum.editor.curation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import aurum.editor.input.CorpusDocumentInput;

/**
 * Names one document of a corpus for the curation editor, and the annotators to curate from: an empty
 * list means every annotator with a saved layer on the document (the machine {@code suggestions} layer
 * is never one). Open it with {@code page.openEditor(input, CurationInput.EDITOR_ID)}.
 */
public final class CurationInput implements IEditorInput {

    /** The id of the curation editor, as in plugin.xml. */
    public static final String EDITOR_ID = "aurum.editor.curation";

    private final CorpusDocumentInput document;
    private final List<String> annotators;

    /**
     * @param corpus     the corpus folder
     * @param documentId the document's id in that corpus
     * @param title      the document's title, for the editor tab
     * @param annotators the annotators to curate from, in lane order; empty for all who annotated it
     */
    public CurationInput(Path corpus, String documentId, String title, List<String> annotators) {
        this.document = new CorpusDocumentInput(corpus, documentId, title);
        this.annotators = List.copyOf(annotators);
    }

    /** The corpus folder. */
    public Path corpus() {
        return document.corpus();
    }

    /** The document id. */
    public String documentId() {
        return document.documentId();
    }

    /** The annotators asked for; empty for all who annotated the document. */
    public List<String> annotators() {
        return annotators;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return "Curate " + document.getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Curation of " + document.getToolTipText();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == CorpusDocumentInput.class ? adapter.cast(document) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurationInput that && document.equals(that.document)
                && annotators.equals(that.annotators);
    }

    @Override
    public int hashCode() {
        return Objects.hash(document, annotators);
    }
}
