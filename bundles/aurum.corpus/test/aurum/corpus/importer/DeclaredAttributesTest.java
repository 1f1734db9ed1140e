package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;

/** Attributes read as text (brat, JSON strings) take the type the label set declares, or are left out and counted. */
class DeclaredAttributesTest {

    private static final LabelSet LABELS = new LabelSet("t", "T", "1.0.0", List.of(LabelDefinition.of("AMOUNT", "Amount")
            .withAttributes(AttributeDefinition.of("value", AttributeType.NUMBER), AttributeDefinition.ofEnum("currency",
                    "USD", "JPY"), AttributeDefinition.of("exact", AttributeType.BOOLEAN),
                    AttributeDefinition.of("unit", AttributeType.STRING))));

    private static ImportedDocument keep(Map<String, AttributeValue> attributes) {
        Document document = Document.imported("d", "$9.3 billion", DocumentMetadata.NONE);
        Span span = Span.builder().range(0, 12).label("AMOUNT").build().withAttributes(attributes);
        return DeclaredAttributes.keep(new ImportedDocument(document, List.of(span), List.of(), null), LABELS);
    }

    @Test
    void textTakesTheDeclaredType() {
        ImportedDocument kept = keep(Map.of("value", AttributeValue.ofEnum("9300000000"), "currency",
                AttributeValue.ofString("USD"), "exact", AttributeValue.ofEnum("false"), "unit", AttributeValue.ofEnum("dollars")));
        assertEquals(Map.of("value", AttributeValue.ofNumber(new BigDecimal("9.3E9")), "currency", AttributeValue.ofEnum("USD"),
                "exact", AttributeValue.ofBoolean(false), "unit", AttributeValue.ofString("dollars")),
                kept.spans().get(0).attributes());
        assertTrue(kept.warnings().isEmpty(), kept.warnings().toString());
    }

    @Test
    void valuesThatDoNotFitAreLeftOutAndCounted() {
        ImportedDocument kept = keep(Map.of("value", AttributeValue.ofString("about nine"), "currency",
                AttributeValue.ofString("EUR"), "exact", AttributeValue.ofString("yes")));
        assertEquals(Map.of(), kept.spans().get(0).attributes());
        assertEquals(3, kept.warnings().stream().filter(w -> w.kind().equals("attribute")).mapToLong(ImportWarning::count)
                .sum(), kept.warnings().toString());
    }
}
