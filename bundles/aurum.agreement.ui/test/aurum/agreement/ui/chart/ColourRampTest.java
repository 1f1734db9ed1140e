package aurum.agreement.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import aurum.agreement.ui.chart.ColourRamp.Rgb;

class ColourRampTest {

    private final ColourRamp ramp = new ColourRamp(new Rgb(255, 255, 255), new Rgb(0, 100, 200));

    @Test
    void theEndsAreTheLightAndDarkColours() {
        assertEquals(new Rgb(255, 255, 255), ramp.colour(0));
        assertEquals(new Rgb(0, 100, 200), ramp.colour(1));
    }

    @Test
    void shadesInBetweenMixEachChannel() {
        assertEquals(new Rgb(128, 178, 228), ramp.colour(0.5));
        assertEquals(new Rgb(191, 216, 241), ramp.colour(0.25));
    }

    @Test
    void shadesOutsideZeroToOneAndNaNAreClamped() {
        assertEquals(ramp.colour(0), ramp.colour(-2));
        assertEquals(ramp.colour(1), ramp.colour(7));
        assertEquals(ramp.colour(0), ramp.colour(Double.NaN));
    }

    @Test
    void luminanceFollowsWcag() {
        assertEquals(1.0, new Rgb(255, 255, 255).luminance(), 1e-9);
        assertEquals(0.0, new Rgb(0, 0, 0).luminance(), 1e-9);
        assertEquals(0.2159, new Rgb(128, 128, 128).luminance(), 1e-4);
    }

    @Test
    void textIsBlackOnLightCellsAndWhiteOnDarkOnes() {
        assertFalse(ColourRamp.lightTextOn(ColourRamp.BLUES.colour(0)));
        assertTrue(ColourRamp.lightTextOn(ColourRamp.BLUES.colour(1)));
    }

    @Test
    void everyShadeOfTheBluesKeepsItsCountReadable() {
        // WCAG AA asks 4.5:1 for small text; the chosen text colour must reach it on every shade
        for (int i = 0; i <= 100; i++) {
            Rgb cell = ColourRamp.BLUES.colour(i / 100.0);
            double l = cell.luminance();
            double contrast = ColourRamp.lightTextOn(cell) ? 1.05 / (l + 0.05) : (l + 0.05) / 0.05;
            assertTrue(contrast >= 4.5, "shade " + i / 100.0 + " " + cell + ": contrast " + contrast);
        }
    }
}
