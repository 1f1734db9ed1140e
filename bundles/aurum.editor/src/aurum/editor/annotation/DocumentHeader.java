package aurum.editor.annotation;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.editor.internal.edit.LayerLifecycle;

/**
 * The line above the text that says what is open: the document, whose layer it is and how far it has
 * got (new, in progress, done), so an annotator always knows under which name they are working and
 * whether the document still takes edits.
 */
final class DocumentHeader {

    private final Label line;

    /** Creates the line as the next row of {@code parent}, which must use a GridLayout. */
    DocumentHeader(Composite parent) {
        Composite strip = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 3;
        strip.setLayout(layout);
        strip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        line = new Label(strip, SWT.NONE);
        line.setFont(JFaceResources.getBannerFont());
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** Shows what is being opened, before the layer is read. */
    void opening(String title, String annotator) {
        line.setText(("annotator " + annotator + "  ·  opening…  ·  " + title).replace("&", "&&"));
    }

    /** Shows {@code layer} of the document called {@code title}. */
    void show(String title, Layer layer) {
        line.setText(text(title, layer.owner(), layer.state()).replace("&", "&&"));
        line.getParent().layout(true);
    }

    /** The text shown. */
    String text() {
        return line.getText().replace("&&", "&");
    }

    /**
     * E.g. {@code annotator alice · done — read-only until reopened (…) · US, Japan sign pact}: whose layer and
     * its state first, so that a long title cut off at the editor's edge never hides them.
     */
    static String text(String title, LayerOwner owner, LayerState state) {
        String whose = owner instanceof LayerOwner.Annotator annotator ? "annotator " + annotator.id() : "gold layer";
        String how = LayerLifecycle.describe(state);
        if (state == LayerState.DONE) {
            how += " — read-only until reopened (Annotate > Reopen Document)";
        }
        return whose + "  ·  " + how + "  ·  " + title;
    }
}
