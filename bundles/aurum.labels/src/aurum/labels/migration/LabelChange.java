package aurum.labels.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;

/** One change to a label set that existing spans must follow. */
public sealed interface LabelChange {

    /** The label whose spans change. */
    String label();

    /** Whether {@code span} changes; by default every span labelled {@link #label()}. */
    default boolean touches(Span span) {
        return span.labelId().equals(label());
    }

    /**
     * What becomes of a span this change {@linkplain #touches touches}: the span after it (same id; the
     * caller sets the modification time), or empty if it is deleted.
     */
    Optional<Span> migrate(Span span);

    /** One line for previews, journals and messages. */
    String describe();

    /**
     * The label set after the change, with the next major version (docs/LABELS.md: removing or renaming
     * a label is an incompatible change).
     *
     * @throws IllegalArgumentException if the change does not fit the set; the message says why
     */
    LabelSet applyTo(LabelSet set);

    /** Label {@code from} becomes {@code to}; children follow, display name kept unless it was the id. */
    record Rename(String label, String to) implements LabelChange {
        @Override
        public Optional<Span> migrate(Span span) {
            return Optional.of(span.withLabel(to));
        }

        @Override
        public String describe() {
            return "rename " + label + " to " + to;
        }

        @Override
        public LabelSet applyTo(LabelSet set) {
            LabelDefinition old = Changes.require(set, label);
            if (set.contains(to)) {
                throw new IllegalArgumentException("label " + to + " already exists in " + set.ref()
                        + "; to put the spans of " + label + " under it, merge " + label + " into " + to);
            }
            List<LabelDefinition> labels = new ArrayList<>();
            for (LabelDefinition l : set.labels()) {
                if (l.id().equals(label)) {
                    String name = old.displayName().equals(label) ? to : old.displayName();
                    labels.add(new LabelDefinition(to, name, old.guideline(), old.colour(), old.hotkey(),
                            old.parentId(), old.attributes()));
                } else {
                    labels.add(Changes.reparent(l, label, to));
                }
            }
            return Changes.nextVersion(set, labels);
        }
    }

    /** Spans of {@code label} move to {@code into}; the label goes away and its children move under {@code into}. */
    record Merge(String label, String into) implements LabelChange {
        @Override
        public Optional<Span> migrate(Span span) {
            return Optional.of(span.withLabel(into));
        }

        @Override
        public String describe() {
            return "merge " + label + " into " + into;
        }

        @Override
        public LabelSet applyTo(LabelSet set) {
            Changes.require(set, label);
            Changes.require(set, into);
            if (label.equals(into)) {
                throw new IllegalArgumentException("cannot merge " + label + " into itself");
            }
            if (set.isA(into, label)) {
                throw new IllegalArgumentException("cannot merge " + label + " into its own descendant " + into);
            }
            List<LabelDefinition> labels = new ArrayList<>();
            for (LabelDefinition l : set.labels()) {
                if (!l.id().equals(label)) {
                    labels.add(Changes.reparent(l, label, into));
                }
            }
            return Changes.nextVersion(set, labels);
        }
    }

    /** The label and all its spans go away; refused while the label has children. */
    record Delete(String label) implements LabelChange {
        @Override
        public Optional<Span> migrate(Span span) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "delete " + label;
        }

        @Override
        public LabelSet applyTo(LabelSet set) {
            Changes.require(set, label);
            if (!set.children(label).isEmpty()) {
                throw new IllegalArgumentException("label " + label + " has children ("
                        + set.children(label).stream().map(LabelDefinition::id).toList()
                        + "); delete or merge them first");
            }
            return Changes.nextVersion(set, set.labels().stream().filter(l -> !l.id().equals(label)).toList());
        }
    }

    /**
     * The values of an enumeration attribute of {@code label} become its child labels (docs/LABELS.md:
     * sub-types are child labels): a span of {@code label} with {@code attribute=V} becomes {@code label.V}
     * without the attribute, children the set lacks are added (named after the value, in the parent's
     * colour, without a hotkey), and the attribute leaves the label. The children declare the parent's
     * other attributes, which the moved spans keep. Spans without the attribute stay.
     */
    record Subtypes(String label, String attribute) implements LabelChange {
        @Override
        public boolean touches(Span span) {
            return span.labelId().equals(label) && span.attributes().containsKey(attribute);
        }

        @Override
        public Optional<Span> migrate(Span span) {
            return Optional.of(span.withLabel(childOf(span)).withoutAttribute(attribute));
        }

        /** The child label a span of {@link #label()} moves to: {@code label.VALUE}. */
        String childOf(Span span) {
            return label + "." + switch (span.attributes().get(attribute)) {
                case AttributeValue.EnumValue e -> e.value();
                case AttributeValue.StringValue t -> t.value();
                case AttributeValue.NumberValue n -> n.value().toPlainString();
                case AttributeValue.BooleanValue b -> String.valueOf(b.value());
            };
        }

        @Override
        public String describe() {
            return "make the " + attribute + " values of " + label + " its child labels";
        }

        @Override
        public LabelSet applyTo(LabelSet set) {
            LabelDefinition parent = Changes.require(set, label);
            AttributeDefinition values = parent.attribute(attribute).orElseThrow(() -> new IllegalArgumentException(
                    "label " + label + " of " + set.ref() + " has no attribute " + attribute + "; its attributes are "
                            + parent.attributes().stream().map(AttributeDefinition::name).toList()));
            if (values.type() != AttributeType.ENUM) {
                throw new IllegalArgumentException("attribute " + attribute + " of " + label + " is a " + values.type()
                        + "; only an ENUM attribute lists sub-types that can become child labels");
            }
            List<AttributeDefinition> rest = parent.attributes().stream().filter(a -> !a.name().equals(attribute))
                    .toList();
            List<String> children = values.allowedValues().stream().map(v -> label + "." + v).toList();
            List<LabelDefinition> labels = new ArrayList<>();
            for (LabelDefinition l : set.labels()) {
                if (l.id().equals(label)) {
                    labels.add(Changes.withAttributes(l, rest));
                } else if (children.contains(l.id())) {
                    if (!label.equals(l.parentId())) {
                        throw new IllegalArgumentException("label " + l.id() + " exists but its parent is "
                                + l.parentId() + ", not " + label);
                    }
                    // the spans that move here keep the parent's other attributes, so the child declares them too
                    labels.add(Changes.withAttributes(l, Changes.union(l.attributes(), rest)));
                } else {
                    labels.add(l);
                }
            }
            int insertAt = labels.indexOf(labels.stream().filter(l -> set.isA(l.id(), label))
                    .reduce((first, last) -> last).orElseThrow()) + 1;
            for (int i = 0; i < children.size(); i++) {
                if (!set.contains(children.get(i))) {
                    labels.add(insertAt++, new LabelDefinition(children.get(i),
                            Changes.displayName(values.allowedValues().get(i)), "", parent.colour(), null, label, rest));
                }
            }
            return Changes.nextVersion(set, labels);
        }
    }
}
