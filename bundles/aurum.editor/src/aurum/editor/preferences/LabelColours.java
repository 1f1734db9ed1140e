package aurum.editor.preferences;

import org.eclipse.core.runtime.Platform;

import aurum.core.model.LabelDefinition;
import aurum.core.model.Rgb;

/** A label's colour: the user's override from the preferences, else the label set's colour. */
public final class LabelColours {

    private LabelColours() {
    }

    /** The preference key of {@code labelId}'s colour override. */
    public static String key(String labelId) {
        return AurumPreferences.LABEL_COLOUR_PREFIX + labelId;
    }

    /** The colour to draw {@code label} in. */
    public static Rgb of(LabelDefinition label) {
        String value = Platform.getPreferencesService().getString(AurumPreferences.NODE, key(label.id()), "", null);
        Rgb override = parse(value);
        return override != null ? override : label.colour();
    }

    /** Formats as the preference value {@code "r,g,b"} (JFace's {@code StringConverter} format). */
    public static String format(Rgb colour) {
        return colour.red() + "," + colour.green() + "," + colour.blue();
    }

    /** Parses {@code "r,g,b"}; {@code null} for a blank or malformed value, so a bad override falls back. */
    public static Rgb parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 3) {
            return null;
        }
        try {
            return new Rgb(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
