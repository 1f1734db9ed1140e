package aurum.agreement.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AxisScaleTest {

    @Test
    void positiveValuesGetTheAxisFromZeroToOneInQuarters() {
        AxisScale scale = AxisScale.of(0.2, 0.9, Double.NaN);
        assertEquals(new AxisScale(0, 1), scale);
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), scale.ticks());
    }

    @Test
    void aNegativeKappaExtendsTheAxisDownToTheNextQuarter() {
        assertEquals(-0.5, AxisScale.of(0.4, -0.3).min());
        assertEquals(-0.25, AxisScale.of(-0.25).min());
        assertEquals(List.of(-0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0), AxisScale.of(-0.3).ticks());
    }

    @Test
    void theAxisNeverGoesBelowMinusOne() {
        assertEquals(-1, AxisScale.of(-7).min());
    }

    @Test
    void onlyUndefinedValuesGiveTheDefaultAxis() {
        assertEquals(new AxisScale(0, 1), AxisScale.of(Double.NaN, Double.NaN));
        assertEquals(new AxisScale(0, 1), AxisScale.of());
    }

    @Test
    void pixelsRunFromTheLowEndToTheHighEndEvenUpwards() {
        AxisScale scale = new AxisScale(-1, 1);
        // a vertical axis: the minimum at y = 200, the maximum at y = 0
        assertEquals(200, scale.pixel(-1, 200, 0));
        assertEquals(100, scale.pixel(0, 200, 0));
        assertEquals(0, scale.pixel(1, 200, 0));
        assertEquals(150, scale.pixel(-0.5, 200, 0));
        assertEquals(10 + 75, scale.pixel(0.5, 10, 110));
    }

    @Test
    void valuesOutsideTheAxisAreClampedToIt() {
        AxisScale scale = new AxisScale(0, 1);
        assertEquals(0.0, scale.fraction(-0.4));
        assertEquals(1.0, scale.fraction(3));
        assertEquals(0, scale.pixel(2, 100, 0));
    }
}
