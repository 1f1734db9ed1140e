package aurum.labels.migration;

import java.util.List;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;

/** Helpers the {@link LabelChange} kinds share. */
final class Changes {

    private Changes() {
    }

    static LabelDefinition require(LabelSet set, String label) {
        return set.label(label).orElseThrow(() -> new IllegalArgumentException("label set " + set.ref()
                + " has no label " + label + "; its labels are "
                + set.labels().stream().map(LabelDefinition::id).toList()));
    }

    static LabelDefinition reparent(LabelDefinition l, String from, String to) {
        return from.equals(l.parentId()) ? l.withParent(to) : l;
    }

    static LabelSet nextVersion(LabelSet set, List<LabelDefinition> labels) {
        return new LabelSet(set.id(), set.name(), nextMajor(set.version()), labels, set.keepsNumberSigns());
    }

    /** {@code l} with {@code attributes} as its schema. */
    static LabelDefinition withAttributes(LabelDefinition l, List<AttributeDefinition> attributes) {
        return new LabelDefinition(l.id(), l.displayName(), l.guideline(), l.colour(), l.hotkey(), l.parentId(),
                attributes);
    }

    /** {@code first}, then those of {@code more} whose names {@code first} does not have. */
    static List<AttributeDefinition> union(List<AttributeDefinition> first, List<AttributeDefinition> more) {
        List<AttributeDefinition> all = new java.util.ArrayList<>(first);
        more.stream().filter(a -> first.stream().noneMatch(f -> f.name().equals(a.name()))).forEach(all::add);
        return all;
    }

    /** A display name for a label made from a value: {@code BALLISTIC_MISSILE} becomes "Ballistic missile". */
    static String displayName(String value) {
        String words = value.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? value : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code 1.4.2} becomes {@code 2.0.0}; a version without a leading number gets {@code -migrated}. */
    static String nextMajor(String version) {
        int dot = version.indexOf('.');
        String major = dot < 0 ? version : version.substring(0, dot);
        try {
            return (Integer.parseInt(major) + 1) + ".0.0";
        } catch (NumberFormatException e) {
            return version + "-migrated";
        }
    }
}
