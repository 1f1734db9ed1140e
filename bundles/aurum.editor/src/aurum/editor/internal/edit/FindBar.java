package aurum.editor.internal.edit;

import java.util.function.Consumer;

import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Find in the document (Ctrl+F): a strip above the text where typing selects the next match, ignoring
 * case, and Enter / Shift+Enter (or F3 / Shift+F3 from the text) go to the next / previous one, wrapping
 * at the ends. The match is the editor's selection, so a label's key tags it at once. Escape closes the
 * strip and gives the keyboard back to the text. The document is read-only, so there is no Replace.
 */
public final class FindBar {

    private final TextViewer viewer;
    private final Composite strip;
    private final Text query;
    private final Label status;
    private final Consumer<Boolean> typing;

    /**
     * Creates the hidden strip in {@code parent} (a GridLayout), just above the viewer's control.
     *
     * @param typing told {@code true} while the find field has the keyboard and {@code false} when it
     *               gives it back, so the editor can turn off its own keys (Enter accepts, Tab moves) meanwhile
     */
    public FindBar(Composite parent, TextViewer viewer, Consumer<Boolean> typing) {
        this.viewer = viewer;
        this.typing = typing;
        strip = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(5, false);
        layout.marginHeight = 2;
        strip.setLayout(layout);
        strip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(strip, SWT.NONE).setText("Find:");
        query = new Text(strip, SWT.SEARCH | SWT.ICON_SEARCH);
        query.setMessage("text in this document");
        GridData field = new GridData(SWT.FILL, SWT.CENTER, false, false);
        field.widthHint = 260;
        query.setLayoutData(field);
        Button previous = new Button(strip, SWT.PUSH);
        previous.setText("Previous");
        previous.addListener(SWT.Selection, e -> find(false, false));
        Button next = new Button(strip, SWT.PUSH);
        next.setText("Next");
        next.addListener(SWT.Selection, e -> find(true, false));
        status = new Label(strip, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addListener(SWT.Modify, e -> find(true, true));
        query.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR || e.keyCode == SWT.F3) {
                find((e.stateMask & SWT.SHIFT) == 0, false);
                e.doit = false;
            } else if (e.keyCode == SWT.ESC) {
                close();
                e.doit = false;
            }
        });
        query.addListener(SWT.FocusIn, e -> typing.accept(true));
        query.addListener(SWT.FocusOut, e -> typing.accept(false));
        strip.moveAbove(viewer.getControl());
        setVisible(false);
    }

    /** Shows the strip with the selected text (one line of it) as the query, and gives it the keyboard. */
    public void open() {
        Point selection = viewer.getSelectedRange();
        if (selection.y > 0 && selection.y < 200) {
            String selected = viewer.getTextWidget().getText(selection.x, selection.x + selection.y - 1);
            if (selected.indexOf('\n') < 0 && selected.indexOf('\r') < 0) {
                query.setText(selected);
            }
        }
        setVisible(true);
        query.selectAll();
        query.setFocus();
    }

    /** Hides the strip; the text gets the keyboard back with the last match selected. */
    public void close() {
        setVisible(false);
        viewer.getTextWidget().setFocus();
    }

    /** Whether the strip is shown. */
    public boolean isOpen() {
        return strip.getVisible();
    }

    /** Sets the query as if typed (selecting its first match from the caret on). */
    public void setQuery(String text) {
        query.setText(text);
    }

    /** The status shown, e.g. {@code 2 of 5} or {@code Not found}. */
    public String status() {
        return status.getText();
    }

    /**
     * Selects the next (or previous) match of the query, wrapping at the ends.
     *
     * @param forward   search towards the end of the document
     * @param fromStart start at the current match itself (while typing), not after it
     * @return whether a match was selected
     */
    public boolean find(boolean forward, boolean fromStart) {
        String wanted = query.getText();
        String text = viewer.getDocument() == null ? "" : viewer.getDocument().get();
        if (wanted.isEmpty()) {
            status.setText("");
            return false;
        }
        Point selection = viewer.getSelectedRange();
        int from = forward ? (fromStart ? selection.x : selection.x + Math.max(1, selection.y)) : selection.x - 1;
        int found = forward ? indexOf(text, wanted, from) : lastIndexOf(text, wanted, from);
        if (found < 0) {
            found = forward ? indexOf(text, wanted, 0) : lastIndexOf(text, wanted, text.length());
        }
        if (found < 0) {
            status.setText("Not found");
            status.getParent().layout();
            return false;
        }
        viewer.setSelectedRange(found, wanted.length());
        viewer.revealRange(found, wanted.length());
        status.setText(ordinal(text, wanted, found) + " of " + count(text, wanted));
        status.getParent().layout();
        return true;
    }

    /** Case-insensitive search without lower-casing the text, whose offsets must stay those of the document. */
    static int indexOf(String text, String wanted, int from) {
        for (int i = Math.max(0, from); i + wanted.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, wanted, 0, wanted.length())) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(String text, String wanted, int from) {
        for (int i = Math.min(from, text.length() - wanted.length()); i >= 0; i--) {
            if (text.regionMatches(true, i, wanted, 0, wanted.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String text, String wanted) {
        int count = 0;
        for (int i = indexOf(text, wanted, 0); i >= 0; i = indexOf(text, wanted, i + 1)) {
            count++;
        }
        return count;
    }

    private static int ordinal(String text, String wanted, int at) {
        int ordinal = 0;
        for (int i = indexOf(text, wanted, 0); i >= 0 && i <= at; i = indexOf(text, wanted, i + 1)) {
            ordinal++;
        }
        return ordinal;
    }

    private void setVisible(boolean visible) {
        boolean was = strip.getVisible();
        ((GridData) strip.getLayoutData()).exclude = !visible;
        strip.setVisible(visible);
        strip.getParent().layout(true, true);
        if (was && !visible) {
            typing.accept(false);
        }
    }

    /** For tests: the query typed. */
    public String query() {
        return query.getText();
    }
}
