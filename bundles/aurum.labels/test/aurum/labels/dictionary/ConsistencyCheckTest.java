package aurum.labels.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

    private static AcceptedSpan span(String text, String label) {
        return new AcceptedSpan("d", 0, text.length(), text, label);
    }

    @Test
    void listsStringsAcceptedWithDifferentLabelsWithCountsMostFrequentFirst() {
        List<AcceptedSpan> accepted = List.of(span("Austin", "OFFICIAL"), span("Austin", "OFFICIAL"),
                span("Austin", "GPE"), span("Japan", "GPE"), span("Japan", "GPE"),
                span("Pentagon", "ORG"), span("Pentagon", "GPE"));
        List<LabelConflict> conflicts = ConsistencyCheck.conflicts(accepted, false);
        assertEquals(2, conflicts.size());
        assertEquals("Austin", conflicts.get(0).surface());
        assertEquals(List.of(Map.entry("OFFICIAL", 2), Map.entry("GPE", 1)),
                List.copyOf(conflicts.get(0).labelCounts().entrySet()));
        assertEquals(3, conflicts.get(0).total());
        assertEquals("Pentagon", conflicts.get(1).surface());
    }

    @Test
    void treatsWhitespaceVariantsAsOneStringAndCaseOnlyWhenAsked() {
        List<AcceptedSpan> accepted = List.of(span("Lloyd Austin", "OFFICIAL"), span(" Lloyd\u00A0 Austin", "PERSON"),
                span("LLOYD AUSTIN", "ORG"));
        assertEquals(Map.of("OFFICIAL", 1, "PERSON", 1), ConsistencyCheck.conflicts(accepted, false).get(0).labelCounts());
        assertEquals(3, ConsistencyCheck.conflicts(accepted, true).get(0).total());
    }

    @Test
    void consistentCorpusHasNoConflicts() {
        assertEquals(List.of(), ConsistencyCheck.conflicts(List.of(span("Japan", "GPE"), span("Japan", "GPE")), true));
    }
}
