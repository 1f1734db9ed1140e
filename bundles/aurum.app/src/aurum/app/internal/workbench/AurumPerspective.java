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
 * selected span's properties on the right, the document's spans and problems below; reports over the whole
 * corpus (the Agreement view) open in a stack of their own across the window's width.
 */
public class AurumPerspective implements IPerspectiveFactory {

    /**
     * The placeholder stack for views that report on the whole corpus with wide tables and charts; bundles
     * stack their views into it from {@code org.eclipse.ui.perspectiveExtensions} ({@code relative} = this id).
     */
    public static final String REPORTS = "aurum.reports";

    /**
     * The version of this layout: raise it when a view's default place changes, so that {@link LayoutUpgrade}
     * resets the layouts that workspaces kept from before. 2: the reports stack.
     */
    public static final int LAYOUT = 2;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        // made first, so that it splits the whole page rather than the editor's column: a report of 14
        // columns and two charts needs the window's width; while no report is open the stack takes no room
        layout.createPlaceholderFolder(REPORTS, IPageLayout.BOTTOM, 0.50f, editors);
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
        LayoutUpgrade.made();
    }
}
