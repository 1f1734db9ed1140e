package aurum.agreement.ui.chart;

/**
 * Maps a shade from 0 to 1 to a colour between a light and a dark end (the sequential "Blues" of
 * ColorBrewer by default, readable for the common colour-vision deficiencies), and picks the text
 * colour that stays legible on it.
 *
 * @param light the colour of shade 0
 * @param dark the colour of shade 1
 */
public record ColourRamp(Rgb light, Rgb dark) {

    /** White to ColorBrewer's darkest blue. */
    public static final ColourRamp BLUES = new ColourRamp(new Rgb(247, 251, 255), new Rgb(8, 48, 107));

    /**
     * A colour without SWT, so the mapping is testable headless.
     *
     * @param red 0–255
     * @param green 0–255
     * @param blue 0–255
     */
    public record Rgb(int red, int green, int blue) {

        /** Relative luminance after WCAG 2 (0 black, 1 white). */
        public double luminance() {
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
        }

        private static double linear(int channel) {
            double c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    /** The colour of {@code shade}, clamped to 0–1, interpolated channel by channel. */
    public Rgb colour(double shade) {
        double t = Double.isNaN(shade) ? 0 : Math.max(0, Math.min(1, shade));
        return new Rgb(mix(light.red(), dark.red(), t), mix(light.green(), dark.green(), t),
                mix(light.blue(), dark.blue(), t));
    }

    /**
     * Whether text on {@code background} should be white rather than black: whichever has the higher
     * WCAG contrast ratio.
     */
    public static boolean lightTextOn(Rgb background) {
        double l = background.luminance();
        double againstWhite = 1.05 / (l + 0.05);
        double againstBlack = (l + 0.05) / 0.05;
        return againstWhite > againstBlack;
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
