package aurum.editor.input;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Names one document of a corpus store for the annotation editor: the corpus folder and the document
 * id. Open it with {@code page.openEditor(input, CorpusDocumentInput.EDITOR_ID)}.
 */
public final class CorpusDocumentInput implements IEditorInput {

    /** The id of the annotation editor that opens this input. */
    public static final String EDITOR_ID = "aurum.editor.annotation";

    private final Path corpus;
    private final String documentId;
    private final String title;

    /**
     * @param corpus     the corpus folder (the one holding {@code corpus.json})
     * @param documentId the document's id in that corpus
     * @param title      the document's title, shown on the editor tab
     */
    public CorpusDocumentInput(Path corpus, String documentId, String title) {
        this.corpus = corpus.toAbsolutePath().normalize();
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.title = title == null || title.isBlank() ? documentId : title;
    }

    /** The corpus folder. */
    public Path corpus() {
        return corpus;
    }

    /** The document id. */
    public String documentId() {
        return documentId;
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
        return title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return documentId + " — " + corpus;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorpusDocumentInput that && corpus.equals(that.corpus)
                && documentId.equals(that.documentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(corpus, documentId);
    }
}
