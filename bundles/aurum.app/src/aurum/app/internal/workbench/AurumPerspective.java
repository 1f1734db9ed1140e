package aurum.app.internal.workbench;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import aurum.editor.navigator.CorpusNavigatorView;

/** The annotator's layout: the corpus on the left, documents in the editor area. */
public class AurumPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(CorpusNavigatorView.ID, IPageLayout.LEFT, 0.45f, layout.getEditorArea());
        layout.getViewLayout(CorpusNavigatorView.ID).setCloseable(false);
    }
}
