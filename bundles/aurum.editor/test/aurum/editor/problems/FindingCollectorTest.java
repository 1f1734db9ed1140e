package aurum.editor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.validation.Severity;
import aurum.editor.Fixtures;

class FindingCollectorTest {

    @Test
    void theMinorityLabelOfTheSameTextIsFlaggedIgnoringCaseAndNoBreakSpaces() {
        Span a = Fixtures.span("Tokyo\u00a0Bay", 0, "LOC", SpanStatus.MANUAL);
        Span b = Fixtures.span("Tokyo\u00a0bay", 0, "LOC", SpanStatus.ACCEPTED);
        Span c = Fixtures.span("TOKYO BAY", 0, "ORG", SpanStatus.MANUAL);
        Span suggestion = Fixtures.span("Tokyo Bay", 0, "ORG", SpanStatus.SUGGESTED);
        List<Finding> findings = FindingCollector.collect(Fixtures.document(), Fixtures.labels(), List.of(a, b, c, suggestion));
        List<Finding> consistency = findings.stream().filter(f -> f.source().equals("consistency")).toList();
        assertEquals(1, consistency.size(), findings.toString());
        assertEquals(c.id(), consistency.get(0).spanId());
        assertEquals(c.start(), consistency.get(0).offset());
        assertEquals(Severity.WARNING, consistency.get(0).severity());
        assertTrue(consistency.get(0).message().contains("LOC 2"), consistency.get(0).message());
    }

    @Test
    void validationProblemsComeSortedByOffset() {
        Span unknown = Fixtures.span("met", 0, "NOPE", SpanStatus.MANUAL);
        Span spaced = Fixtures.span(" Tokyo", 0, "LOC", SpanStatus.MANUAL);
        List<Finding> findings = FindingCollector.collect(Fixtures.document(), Fixtures.labels(), List.of(unknown, spaced));
        assertTrue(findings.stream().anyMatch(f -> f.spanId().equals(unknown.id()) && f.severity() == Severity.ERROR));
        assertTrue(findings.stream().anyMatch(f -> f.spanId().equals(spaced.id())), findings.toString());
        List<Integer> offsets = findings.stream().map(Finding::offset).toList();
        assertEquals(offsets.stream().sorted().toList(), offsets);
        assertTrue(FindingCollector.counts(findings).get(Severity.ERROR) >= 1);
    }

    @Test
    void aCleanLayerHasNoFindings() {
        Span emoji = Fixtures.span("\uD83D\uDE00", 0, "PERSON", SpanStatus.MANUAL);
        Span jose = Fixtures.span("Jose\u0301", 0, "PERSON", SpanStatus.MANUAL);
        assertEquals(List.of(), FindingCollector.collect(Fixtures.document(), Fixtures.labels(), List.of(emoji, jose)));
    }

    @Test
    void everyMinoritySpanOfEveryConflictingTextIsFlaggedOnceAndNothingElse() {
        // two conflicting texts ("Tokyo" 3× LOC vs 1× ORG, "Bay" 2× ORG vs 1× LOC) and one that agrees ("met")
        Span tokyo1 = Fixtures.span("Tokyo", 0, "LOC", SpanStatus.MANUAL);
        Span tokyo2 = Fixtures.span("Tokyo", 1, "LOC", SpanStatus.ACCEPTED);
        Span tokyo3 = Fixtures.span("TOKYO", 0, "LOC", SpanStatus.MANUAL);
        Span tokyo4 = Fixtures.span("Tokyo", 2, "ORG", SpanStatus.MANUAL);
        Span bay1 = Fixtures.span("Bay", 0, "ORG", SpanStatus.MANUAL);
        Span bay2 = Fixtures.span("BAY", 0, "ORG", SpanStatus.MANUAL);
        Span bay3 = Fixtures.span("Bay", 1, "LOC", SpanStatus.MANUAL);
        Span met = Fixtures.span("met", 0, "ORG", SpanStatus.MANUAL);
        List<Finding> consistency = FindingCollector.collect(Fixtures.document(), Fixtures.labels(),
                List.of(tokyo1, bay1, tokyo2, met, tokyo3, bay2, tokyo4, bay3)).stream()
                .filter(f -> f.source().equals("consistency")).toList();
        assertEquals(List.of(tokyo4.id(), bay3.id()).stream().sorted().toList(),
                consistency.stream().map(Finding::spanId).sorted().toList(), consistency.toString());
    }

    @Test
    void pastTheLimitErrorsAreListedBeforeWarningsEachByOffset() {
        List<Finding> findings = new java.util.ArrayList<>();
        for (int offset = 0; offset < 10; offset++) {
            findings.add(new Finding(offset % 4 == 3 ? Severity.ERROR : Severity.WARNING, "test", "m", offset, "s" + offset));
        }
        assertEquals(findings, FindingCollector.listed(findings, 10), "all fit");
        List<Integer> listed = FindingCollector.listed(findings, 4).stream().map(Finding::offset).toList();
        assertEquals(List.of(3, 7, 0, 1), listed);
    }
}
