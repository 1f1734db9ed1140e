package aurum.app.internal.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;

/** Saves what a user sees of the workbench window as a PNG, so it can be looked at without a display. */
public final class WindowScreenshot {

    /** How long the window gets to finish reading and painting before the picture is taken. */
    private static final int SETTLE_MILLIS = 2500;

    private WindowScreenshot() {
    }

    /** After the window has settled, saves the screenshot and closes the workbench. */
    static void saveThenClose(IWorkbench workbench, Path file) {
        Display display = workbench.getDisplay();
        display.timerExec(SETTLE_MILLIS, () -> {
            try {
                save(display, file);
            } catch (Exception e) {
                ILog.of(WindowScreenshot.class).error("Cannot save screenshot " + file, e);
            } finally {
                workbench.close();
            }
        });
    }

    /**
     * Writes a PNG of the active shell (the whole display when there is none), atomically.
     *
     * @param display the display, on its UI thread
     * @param file    the PNG to write
     */
    public static void save(Display display, Path file) throws java.io.IOException {
        while (display.readAndDispatch()) {
            // let pending paints happen first
        }
        Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
        Rectangle area = shell != null ? shell.getBounds() : display.getBounds();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".screenshot", ".png");
            loader.save(temp.toString(), SWT.IMAGE_PNG);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
