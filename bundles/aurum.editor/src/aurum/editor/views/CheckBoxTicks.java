package aurum.editor.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Keeps a check box in a view drawn with its tick. On GTK 3 a check box given a background colour of its own is
 * drawn without the filled square under its tick (a white tick on white: ticked looks unticked), and the
 * workbench's CSS theme gives every check box in a view one ({@code .View Button[style~='SWT.CHECK']
 * { background-color: inherit; }}). This takes the colour off again each time the theme styles the box.
 */
public final class CheckBoxTicks {

    private CheckBoxTicks() {
    }

    /**
     * Keeps {@code box} without a background colour of its own for as long as it lives. Call it on the UI thread
     * after the workbench has started (its CSS engine's skin listener is then registered first, so this one runs
     * after it).
     */
    public static void keep(Button box) {
        box.setBackground(null);
        Display display = box.getDisplay();
        Listener afterTheTheme = e -> {
            if (e.widget == box && !box.isDisposed()) {
                box.setBackground(null);
            }
        };
        display.addListener(SWT.Skin, afterTheTheme);
        box.addDisposeListener(e -> display.removeListener(SWT.Skin, afterTheTheme));
    }
}
