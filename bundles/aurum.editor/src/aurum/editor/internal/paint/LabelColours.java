package aurum.editor.internal.paint;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Rgb;
import aurum.editor.preferences.AurumPreferences;

/**
 * The SWT colour of each label: the user's override ({@code colour.<label>} = "r,g,b") when set, else the
 * label set's colour, else a grey for labels the set does not define. Colours need no disposal in SWT.
 */
public final class LabelColours {

    private static final Color UNKNOWN = new Color(120, 120, 120);

    private final Map<String, Color> colours = new HashMap<>();

    /** Reads the colours of {@code labels} and the overrides in the preferences. */
    public LabelColours(LabelSet labels) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
        for (LabelDefinition label : labels.labels()) {
            RGB override = parse(preferences.get(AurumPreferences.LABEL_COLOUR_PREFIX + label.id(), null));
            Rgb colour = label.colour();
            colours.put(label.id(), override != null ? new Color(override)
                    : new Color(colour.red(), colour.green(), colour.blue()));
        }
    }

    /** The colour for spans with {@code labelId}. */
    public Color of(String labelId) {
        return colours.getOrDefault(labelId, UNKNOWN);
    }

    /** Parses "r,g,b"; null when absent or malformed (a bad preference must not break painting). */
    static RGB parse(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 3) {
            return null;
        }
        try {
            int r = Integer.parseInt(parts[0].trim());
            int g = Integer.parseInt(parts[1].trim());
            int b = Integer.parseInt(parts[2].trim());
            return r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255 ? null : new RGB(r, g, b);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
