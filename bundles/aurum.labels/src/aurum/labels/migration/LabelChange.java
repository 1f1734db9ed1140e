package aurum.labels.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;

/** One change to a label set that existing spans must follow. */
public sealed interface LabelChange {

    /** The label whose spans change. */
    String label();

    /** What happens to a span labelled {@link #label()}: its new label, or empty if it is deleted. */
    Optional<String> newLabel();

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
        public Optional<String> newLabel() {
            return Optional.of(to);
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
        public Optional<String> newLabel() {
            return Optional.of(into);
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
        public Optional<String> newLabel() {
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
}
