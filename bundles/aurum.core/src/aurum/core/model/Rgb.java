package aurum.core.model;

import java.util.Locale;

/**
 * A label colour, kept free of SWT so the model stays headless; the editor turns it into an SWT
 * colour itself (as {@code org.eclipse.text} keeps its own RGB type).
 *
 * @param red 0–255
 * @param green 0–255
 * @param blue 0–255
 */
public record Rgb(int red, int green, int blue) {

    /** Checks the channel ranges. */
    public Rgb {
        requireChannel(red, "red");
        requireChannel(green, "green");
        requireChannel(blue, "blue");
    }

    /**
     * Parses {@code #rrggbb} (the leading {@code #} is optional), as label set files write colours.
     *
     * @throws IllegalArgumentException if the text is not six hex digits
     */
    public static Rgb parse(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!digits.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour '" + hex + "' is not of the form #rrggbb");
        }
        int value = Integer.parseInt(digits, 16);
        return new Rgb(value >> 16, value >> 8 & 0xFF, value & 0xFF);
    }

    /** Formats as {@code #rrggbb} in lowercase. */
    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private static void requireChannel(int value, String name) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " " + value + " is outside 0..255");
        }
    }
}
