package aurum.app.internal.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import aurum.editor.annotations.AnnotationsView;
import aurum.editor.labels.LabelsView;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.problems.ProblemsView;
import aurum.editor.properties.SpanPropertiesView;

/**
 * The annotator's layout: the corpus on the left, the document in the middle, the label palette and the
 * selected span's properties on the right, the document's spans and problems below.
 */
public class AurumPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(CorpusNavigatorView.ID, IPageLayout.LEFT, 0.30f, editors);
        layout.getViewLayout(CorpusNavigatorView.ID).setCloseable(false);
        IFolderLayout right = layout.createFolder("aurum.right", IPageLayout.RIGHT, 0.70f, editors);
        right.addView(LabelsView.ID);
        // the Labels view gets the room to list a label set of 15-20 labels without scrolling
        layout.addView(SpanPropertiesView.ID, IPageLayout.BOTTOM, 0.68f, LabelsView.ID);
        IFolderLayout bottom = layout.createFolder("aurum.bottom", IPageLayout.BOTTOM, 0.68f, editors);
        bottom.addView(AnnotationsView.ID);
        bottom.addView(ProblemsView.ID);
        for (String id : new String[] { LabelsView.ID, SpanPropertiesView.ID, AnnotationsView.ID, ProblemsView.ID }) {
            layout.addShowViewShortcut(id);
        }
        layout.addShowViewShortcut(CorpusNavigatorView.ID);
        // Help > User Guide opens beside the editor, wide enough to read
        layout.addPlaceholder(aurum.app.internal.help.UserGuideView.ID, IPageLayout.RIGHT, 0.45f, editors);
    }
}
