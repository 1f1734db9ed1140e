package aurum.labels.migration;

import java.util.List;

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
        return new LabelSet(set.id(), set.name(), nextMajor(set.version()), labels);
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
