package aurum.app.tests.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Drives SWT widgets the way a user would (there is no SWTBot here): find by label, click, wait. */
public final class Widgets {

    private Widgets() {
    }

    /** Runs the event loop until {@code condition} holds or {@code millis} pass; returns whether it holds. */
    static boolean waitUntil(BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }

    static void settle() {
        waitUntil(() -> false, 200);
    }

    /** Every visible control of {@code type} under {@code root} matching {@code test}, in tree order. */
    static <T extends Control> List<T> all(Control root, Class<T> type, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        collect(root, type, test, found);
        return found;
    }

    private static <T extends Control> void collect(Control c, Class<T> type, Predicate<T> test, List<T> found) {
        if (!c.isVisible()) {
            return;
        }
        if (type.isInstance(c) && test.test(type.cast(c))) {
            found.add(type.cast(c));
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, test, found);
            }
        }
    }

    static <T extends Control> T first(Control root, Class<T> type) {
        List<T> found = all(root, type, x -> true);
        if (found.isEmpty()) {
            throw new AssertionError("no visible " + type.getSimpleName());
        }
        return found.get(0);
    }

    /** The button with this text (mnemonic included, e.g. {@code &Next >}). */
    static Button button(Shell shell, String text) {
        List<Button> found = all(shell, Button.class, b -> b.getText().equals(text));
        if (found.isEmpty()) {
            throw new AssertionError("no visible button '" + text + "'");
        }
        return found.get(0);
    }

    /** The control right after the label with this text, as a form lays them out. */
    static <T extends Control> T after(Shell shell, String labelText, Class<T> type) {
        for (Label label : all(shell, Label.class, l -> l.getText().equals(labelText))) {
            Control[] siblings = label.getParent().getChildren();
            for (int i = 0; i < siblings.length - 1; i++) {
                if (siblings[i] == label && type.isInstance(siblings[i + 1])) {
                    return type.cast(siblings[i + 1]);
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " after label '" + labelText + "'");
    }

    /** Selects a button, check box or radio as a click does. */
    static void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("button '" + button.getText() + "' is disabled");
        }
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
            button.setSelection((button.getStyle() & SWT.RADIO) != 0 || !button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        settle();
    }

    /** Saves a PNG of what is on screen where {@code shell} is. */
    public static Path screenshot(Shell shell, Path file) throws IOException {
        settle();
        Display display = shell.getDisplay();
        // the client area: without a window manager the shell's bounds include no title bar but may
        // reach past what GTK draws
        Rectangle client = shell.getClientArea();
        org.eclipse.swt.graphics.Point origin = shell.toDisplay(client.x, client.y);
        Image image = new Image(display, client.width, client.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            Files.createDirectories(file.toAbsolutePath().getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
