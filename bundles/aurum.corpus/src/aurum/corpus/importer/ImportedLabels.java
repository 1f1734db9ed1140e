package aurum.corpus.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;

/**
 * The labels and attributes an import met, counted as documents pass: what a label set for the imported
 * data must declare (PER/LOC/ORG/MISC from CoNLL, brat's entity types with their attributes). Feed it every
 * {@link ImportedDocument} before its attributes are filtered; {@link #toLabelSet} makes a label set that
 * declares all of it. Not thread-safe.
 */
public final class ImportedLabels {

    private final Map<String, Long> labels = new TreeMap<>();
    /** label → attribute name → the types and values seen. */
    private final Map<String, Map<String, Seen>> attributes = new TreeMap<>();

    private static final class Seen {
        final Set<AttributeType> types = new LinkedHashSet<>();
        final Set<String> values = new LinkedHashSet<>();
    }

    /** Counts the labels and attributes of one document's spans. */
    public void add(ImportedDocument document) {
        for (Span span : document.spans()) {
            labels.merge(span.labelId(), 1L, Long::sum);
            span.attributes().forEach((name, value) -> {
                Seen seen = attributes.computeIfAbsent(span.labelId(), l -> new TreeMap<>())
                        .computeIfAbsent(name, n -> new Seen());
                seen.types.add(value.type());
                if (value instanceof AttributeValue.EnumValue e) {
                    seen.values.add(e.value());
                }
            });
        }
    }

    /** Every label met and its span count, sorted by label. */
    public Map<String, Long> labels() {
        return Map.copyOf(labels);
    }

    /**
     * The attributes met on spans of {@code label}: an enumeration of the values seen, a boolean, or a string
     * (also when one name was seen with values of several types).
     */
    public List<AttributeDefinition> attributes(String label) {
        List<AttributeDefinition> out = new ArrayList<>();
        attributes.getOrDefault(label, Map.of()).forEach((name, seen) -> {
            AttributeType type = seen.types.size() == 1 ? seen.types.iterator().next() : AttributeType.STRING;
            out.add(type == AttributeType.ENUM ? new AttributeDefinition(name, type, List.copyOf(seen.values))
                    : AttributeDefinition.of(name, type));
        });
        return out;
    }

    /** A label set that declares every label and attribute met, in label order, without hotkeys or colours. */
    public LabelSet toLabelSet(String id, String name, String version) {
        List<LabelDefinition> definitions = new ArrayList<>();
        for (String label : labels.keySet()) {
            definitions.add(new LabelDefinition(label, label, "", null, null, null, attributes(label)));
        }
        return new LabelSet(id, name, version, definitions);
    }
}
