package aurum.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The consistency rules a label set must satisfy across its labels. All violations are collected so
 * that an author fixing a label set file sees every problem at once instead of one per attempt.
 */
final class LabelSetChecks {

    private LabelSetChecks() {
    }

    /** Returns one message per violation; empty if the labels are consistent. */
    static List<String> violations(List<LabelDefinition> labels) {
        List<String> problems = new ArrayList<>();
        Map<String, LabelDefinition> byId = new HashMap<>();
        Map<String, String> hotkeyOwners = new HashMap<>();
        for (LabelDefinition label : labels) {
            if (byId.putIfAbsent(label.id(), label) != null) {
                problems.add("label id '" + label.id() + "' is defined twice");
            }
            if (label.hotkey() != null) {
                String key = String.valueOf(label.hotkey()).toLowerCase(Locale.ROOT);
                String other = hotkeyOwners.putIfAbsent(key, label.id());
                if (other != null && !other.equals(label.id())) {
                    problems.add("hotkey '" + label.hotkey() + "' of label '" + label.id()
                            + "' is already used by label '" + other + "' (hotkeys ignore case)");
                }
            }
        }
        for (LabelDefinition label : labels) {
            if (label.parentId() != null && !byId.containsKey(label.parentId())) {
                problems.add("label '" + label.id() + "' has parent '" + label.parentId() + "', which is not defined");
            }
        }
        problems.addAll(cycles(byId));
        return problems;
    }

    private static List<String> cycles(Map<String, LabelDefinition> byId) {
        List<String> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (String start : byId.keySet().stream().sorted().toList()) {
            List<String> chain = new ArrayList<>();
            String current = start;
            while (current != null && byId.containsKey(current) && !chain.contains(current)) {
                chain.add(current);
                current = byId.get(current).parentId();
            }
            if (current != null && chain.contains(current) && reported.add(current)) {
                List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(current), chain.size()));
                reported.addAll(cycle);
                cycle.add(current);
                problems.add("labels form a parent cycle: " + String.join(" › ", cycle));
            }
        }
        return problems;
    }
}
