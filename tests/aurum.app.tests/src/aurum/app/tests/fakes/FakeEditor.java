package aurum.app.tests.fakes;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.part.EditorPart;

import aurum.editor.model.AnnotatedDocument;

/** Stands in for the annotation editor: shows the fake document's text and adapts to its {@link AnnotatedDocument}. */
public class FakeEditor extends EditorPart {

    /** The id this editor is contributed under in the test bundle's plugin.xml. */
    public static final String ID = "aurum.app.tests.fakeEditor";

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        Label text = new Label(parent, SWT.WRAP);
        // a wrapped label lays out its whole text: show the start only, large documents are for the views
        String whole = ((Input) getEditorInput()).document.document().text();
        text.setText(whole.length() <= 2_000 ? whole : whole.substring(0, 2_000) + "…");
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == AnnotatedDocument.class) {
            return adapter.cast(((Input) getEditorInput()).document);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
    }

    /** The input of the fake editor: the fake document itself. */
    public static final class Input implements IEditorInput {

        private final FakeAnnotatedDocument document;

        /** @param document the document the editor adapts to */
        public Input(FakeAnnotatedDocument document) {
            this.document = document;
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return null;
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
            return document.document().metadata().title();
        }

        @Override
        public IPersistableElement getPersistable() {
            return null;
        }

        @Override
        public String getToolTipText() {
            return getName();
        }
    }
}
