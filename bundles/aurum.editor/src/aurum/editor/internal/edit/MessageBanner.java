package aurum.editor.internal.edit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A strip above the text telling the annotator something they must not miss (the layer was reloaded
 * from disk, a save failed) without a modal dialog that would stop their keyboard flow.
 */
public final class MessageBanner {

    private final Composite strip;
    private final Label message;

    /** Creates the hidden banner as the first row of {@code parent}, which must use a GridLayout. */
    public MessageBanner(Composite parent) {
        strip = new Composite(parent, SWT.NONE);
        strip.setLayout(new GridLayout(2, false));
        strip.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        message = new Label(strip, SWT.WRAP);
        message.setBackground(strip.getBackground());
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button close = new Button(strip, SWT.PUSH);
        close.setText("Dismiss");
        close.addListener(SWT.Selection, e -> hide());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        strip.setLayoutData(data);
        hide();
    }

    /** Shows {@code text}. */
    public void show(String text) {
        message.setText(text);
        setVisible(true);
    }

    /** Hides the banner. */
    public void hide() {
        setVisible(false);
    }

    /** The text shown, or null when hidden. */
    public String text() {
        return strip.getVisible() ? message.getText() : null;
    }

    private void setVisible(boolean visible) {
        ((GridData) strip.getLayoutData()).exclude = !visible;
        strip.setVisible(visible);
        strip.getParent().layout(true, true);
    }
}
