package aurum.editor.labels;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import aurum.core.model.Rgb;

/** Small filled squares in label colours, made once per colour and disposed with their owner. */
final class SwatchImages {

    private static final int SIZE = 14;
    private final Map<Rgb, Image> images = new HashMap<>();

    Image of(Display display, Rgb rgb) {
        return images.computeIfAbsent(rgb, key -> {
            Image image = new Image(display, SIZE, SIZE);
            GC gc = new GC(image);
            Color fill = new Color(key.red(), key.green(), key.blue());
            try {
                gc.setBackground(fill);
                gc.fillRectangle(0, 0, SIZE, SIZE);
                gc.setForeground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_GRAY));
                gc.drawRectangle(0, 0, SIZE - 1, SIZE - 1);
            } finally {
                gc.dispose();
            }
            return image;
        });
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
