package aurum.corpus.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;

/**
 * Keeps the attributes an importer read (brat's attributes and normalizations, TSV 3 features) on a span
 * only where the corpus's label set declares them for the span's label, with a value of the declared
 * type (and, for an enumeration, one of its values; a value read as text takes the declared type when it reads
 * as one, since brat and JSON strings carry no type); the others are taken off and counted per attribute, so
 * the stored layers validate and nothing is dropped without a word. A label set created from the imported
 * data ({@link ImportedLabels#toLabelSet}) declares every attribute the data has.
 */
public final class DeclaredAttributes {

    private DeclaredAttributes() {
    }

    /** {@code imported} with only declared attributes, and a warning per attribute name taken off. */
    public static ImportedDocument keep(ImportedDocument imported, LabelSet labelSet) {
        Map<String, Long> removed = new TreeMap<>();
        List<Span> spans = new ArrayList<>(imported.spans().size());
        boolean changed = false;
        for (Span span : imported.spans()) {
            Span kept = span;
            for (Map.Entry<String, AttributeValue> e : span.attributes().entrySet()) {
                AttributeValue value = asDeclared(labelSet, span.labelId(), e.getKey(), e.getValue());
                if (value == null) {
                    kept = kept.withoutAttribute(e.getKey());
                    removed.merge(span.labelId() + "." + e.getKey(), 1L, Long::sum);
                } else if (!value.equals(e.getValue())) {
                    kept = kept.withAttribute(e.getKey(), value);
                }
            }
            changed |= kept != span;
            spans.add(kept);
        }
        if (!changed) {
            return imported;
        }
        List<ImportWarning> warnings = new ArrayList<>(imported.warnings());
        String source = imported.document().metadata().sourceFile();
        String file = source != null ? source : imported.document().id();
        removed.forEach((attribute, n) -> warnings.add(ImportWarning.skipped(file, 0, "attribute", n, n
                + " value(s) of the attribute " + attribute + " not kept: label set '" + labelSet.id() + "' "
                + labelSet.version() + " does not declare it (add it to the label set, or import into a corpus"
                + " whose label set is made from the data)")));
        return new ImportedDocument(imported.document(), spans, warnings, imported.boilerplate(), imported.annotated());
    }

    /**
     * {@code value} as the label set declares the attribute, or {@code null} when it is not declared or the value
     * does not fit. Formats without types give values as text (brat's {@code A2 Mention T1 Name}, a JSONL string):
     * such a text becomes the declared type's value when it reads as one (an enumeration value of the list, a
     * number, {@code true}/{@code false}); a number or boolean becomes text where text is declared.
     */
    private static AttributeValue asDeclared(LabelSet labelSet, String label, String name, AttributeValue value) {
        AttributeDefinition definition = labelSet.label(label).flatMap(l -> l.attribute(name)).orElse(null);
        if (definition == null) {
            return null;
        }
        AttributeValue typed = definition.type() == value.type() ? value : convert(value, definition.type());
        if (typed instanceof AttributeValue.EnumValue e && !definition.allowedValues().contains(e.value())) {
            return null;
        }
        return typed;
    }

    private static AttributeValue convert(AttributeValue value, AttributeType type) {
        String text = switch (value) {
            case AttributeValue.StringValue s -> s.value();
            case AttributeValue.EnumValue e -> e.value();
            case AttributeValue.NumberValue n -> n.value().toPlainString();
            case AttributeValue.BooleanValue b -> Boolean.toString(b.value());
        };
        switch (type) {
            case STRING:
                return AttributeValue.ofString(text);
            case ENUM:
                return text.isBlank() ? null : AttributeValue.ofEnum(text);
            case BOOLEAN:
                return text.equals("true") || text.equals("false") ? AttributeValue.ofBoolean(Boolean.parseBoolean(text)) : null;
            case NUMBER:
                try {
                    return AttributeValue.ofNumber(new BigDecimal(text.strip()));
                } catch (NumberFormatException e) {
                    return null;
                }
            default:
                return null;
        }
    }
}
