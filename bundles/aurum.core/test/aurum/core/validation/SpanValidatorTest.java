package aurum.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanValidatorTest {

    private static final String TEXT = "Budget: \u00a51.2\u00a0trillion \u201cfor\u201d \uD83D\uDE80 and\r\nmore";
    private static final LabelSet LABELS = new LabelSet("news", "News", "2", List.of(
            LabelDefinition.of("MONEY", "Money").withAttributes(AttributeDefinition.ofEnum("currency", "JPY", "USD"),
                    AttributeDefinition.of("amount", AttributeType.NUMBER)),
            LabelDefinition.of("WEAPON", "Weapon")));
    private final Document document = new Document("doc-9", TEXT, false, null);
    private final SpanValidator validator = new SpanValidator(LABELS);

    private static Span span(String id, int start, int end, String label) {
        return Span.builder().id(id).range(start, end).label(label).created(Instant.EPOCH).build();
    }

    private List<Problem> validate(Span... spans) {
        return validator.validate(document, List.of(spans));
    }

    @Test
    void cleanSpansHaveNoProblems() {
        Span money = span("m", 8, 21, "MONEY").withAttribute("currency", AttributeValue.ofEnum("JPY"))
                .withAttribute("amount", AttributeValue.ofNumber(1));
        assertEquals("\u00a51.2\u00a0trillion", TEXT.substring(8, 21));
        assertEquals(List.of(), validate(money, span("r", 28, 30, "WEAPON"), span("q", 22, 27, "WEAPON")));
    }

    @Test
    void spanBeyondTheTextIsAnErrorNamingDocumentAndOffsetAndOtherChecksAreSkipped() {
        List<Problem> problems = validate(span("far", 40, 90, "NOPE"));
        assertEquals(1, problems.size());
        Problem problem = problems.get(0);
        assertEquals(ProblemCode.SPAN_OUT_OF_BOUNDS, problem.code());
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(40, problem.offset());
        assertTrue(problem.message().startsWith("Document 'doc-9', offset 40: span 'far' [40, 90) ends beyond"),
                problem.message());
        assertTrue(problem.message().contains("fix its offsets or delete it"), problem.message());
    }

    @Test
    void boundaryInsideAnEmojiIsReportedAtThatOffset() {
        List<Problem> problems = validate(span("rocket", 29, 30, "WEAPON"));
        assertEquals(List.of(ProblemCode.SPLIT_SURROGATE_PAIR), codes(problems));
        assertEquals(29, problems.get(0).offset());
        assertTrue(problems.get(0).message().contains("U+1F680 (ROCKET); move it to offset 28 or 30"), problems.get(0).message());
    }

    @Test
    void unknownLabelIsAnError() {
        Problem problem = validate(span("x", 0, 6, "PERSON")).get(0);
        assertEquals(ProblemCode.UNKNOWN_LABEL, problem.code());
        assertTrue(problem.message().contains("label set news@2 does not define"), problem.message());
    }

    @Test
    void exactDuplicateIsReportedOnTheSecondSpanOnly() {
        List<Problem> problems = validate(span("a", 0, 6, "WEAPON"), span("b", 0, 6, "WEAPON"),
                span("c", 0, 6, "MONEY"), span("d", 0, 5, "WEAPON"));
        assertEquals(List.of(ProblemCode.DUPLICATE_SPAN), codes(problems));
        assertEquals("b", problems.get(0).spanId());
        assertTrue(problems.get(0).message().contains("duplicates span 'a'"), problems.get(0).message());
    }

    @Test
    void trailingNoBreakSpaceIsAWarningPointingAtIt() {
        List<Problem> problems = validate(span("m", 8, 13, "MONEY"));
        assertEquals(List.of(ProblemCode.WHITESPACE_AT_EDGE), codes(problems));
        Problem problem = problems.get(0);
        assertEquals(Severity.WARNING, problem.severity());
        assertEquals(12, problem.offset());
        assertTrue(problem.message().contains("ends with U+00A0 (NO-BREAK SPACE); move its end to offset 12"),
                problem.message());
    }

    @Test
    void leadingSpaceAndTrailingCrlfAreBothReported() {
        List<Problem> problems = validate(span("w", 7, 14, "WEAPON"), span("e", 31, 36, "WEAPON"));
        assertEquals(List.of(7, 34), problems.stream().map(Problem::offset).toList());
        assertTrue(problems.get(0).message().contains("starts with U+0020 (SPACE); move its start to offset 8"),
                problems.get(0).message());
        assertTrue(problems.get(1).message().contains("ends with U+000D"), problems.get(1).message());
        assertTrue(problems.get(1).message().endsWith("move its end to offset 34"),
                problems.get(1).message());
    }

    @Test
    void spanOfOnlyWhitespaceIsToldToBeDeleted() {
        Problem problem = validate(span("blank", 27, 28, "WEAPON")).get(0);
        assertTrue(problem.message().endsWith("covers only whitespace; delete it"), problem.message());
    }

    @Test
    void attributesAreCheckedAgainstTheLabelSchema() {
        Span money = span("m", 8, 12, "MONEY")
                .withAttribute("currency", AttributeValue.ofEnum("EUR"))
                .withAttribute("amount", AttributeValue.ofString("1.2"))
                .withAttribute("colour", AttributeValue.ofBoolean(true));
        List<Problem> problems = validate(money);
        assertEquals(List.of(ProblemCode.WRONG_ATTRIBUTE_TYPE, ProblemCode.UNKNOWN_ATTRIBUTE,
                ProblemCode.ENUM_VALUE_NOT_ALLOWED), codes(problems));
        assertTrue(problems.get(0).message().contains("is a STRING but the schema says NUMBER"), problems.get(0).message());
        assertTrue(problems.get(2).message().contains("has value 'EUR'; choose one of [JPY, USD]"), problems.get(2).message());
    }

    @Test
    void problemsAreOrderedByOffsetAndALayerCanBeValidatedDirectly() {
        Layer layer = new Layer(document, LayerOwner.annotator("ann"));
        layer.add(span("late", 28, 30, "NOPE"));
        layer.add(span("early", 0, 6, "NOPE"));
        assertEquals(List.of("early", "late"), validator.validate(layer).stream().map(Problem::spanId).toList());
    }

    private static List<ProblemCode> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void aSubTypeGivenAsAnAttributeWhereTheChildLabelExistsIsAWarningNamingTheChildAndTheMigration() {
        LabelSet legacy = new LabelSet("news", "News", "1.0.0", List.of(
                LabelDefinition.of("WEAPON", "Weapon").withAttributes(AttributeDefinition.ofEnum("topic", "SPACE", "OTHER")),
                LabelDefinition.of("WEAPON.SPACE", "Space").withParent("WEAPON")));
        Span attribute = span("w", 28, 30, "WEAPON").withAttribute("topic", AttributeValue.ofEnum("SPACE"));
        Span noChild = span("o", 22, 27, "WEAPON").withAttribute("topic", AttributeValue.ofEnum("OTHER"));
        List<Problem> problems = new SpanValidator(legacy).validate(document, List.of(attribute, noChild,
                span("c", 8, 21, "WEAPON.SPACE")));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ProblemCode.SUBTYPE_AS_ATTRIBUTE, problems.get(0).code());
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("relabel it WEAPON.SPACE")
                && problems.get(0).message().contains("'aurum labels subtypes WEAPON topic'"), problems.get(0).message());
    }
}
