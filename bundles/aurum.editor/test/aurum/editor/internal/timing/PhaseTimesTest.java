package aurum.editor.internal.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhaseTimesTest {

    @Test
    void aPhaseIsRecordedWithItsThreadAndResultEvenWhenItFails() {
        PhaseTimes times = new PhaseTimes();
        assertEquals(42, times.time("answer", () -> 42));
        assertThrows(IllegalStateException.class, () -> times.time("failing", () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(List.of("answer", "failing"), times.phases().stream().map(PhaseTimes.Phase::name).toList());
        PhaseTimes.Phase answer = times.phase("answer");
        assertEquals(Thread.currentThread().getName(), answer.thread());
        assertTrue(answer.wallNanos() >= 0);
        assertTrue(answer.cpuNanos() >= -1);
    }

    @Test
    void theLastRunOfANameReplacesTheEarlierOneAndClearForgetsAll() {
        PhaseTimes times = new PhaseTimes();
        times.record(new PhaseTimes.Phase("paint", "main", 5, 4));
        times.record(new PhaseTimes.Phase("views", "main", 7, 6));
        times.record(new PhaseTimes.Phase("paint", "main", 9, 8));
        assertEquals(List.of("views", "paint"), times.phases().stream().map(PhaseTimes.Phase::name).toList());
        assertEquals(9, times.phase("paint").wallNanos());
        times.clear();
        assertNull(times.phase("paint"));
        assertTrue(times.phases().isEmpty());
    }
}
