package aurum.learn.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names label ids as the name finder's types. OpenNLP writes a type into outcome names such as
 * {@code TYPE-start}; label ids may hold dots, hyphens or any other character, so each label gets a
 * plain type {@code l0}, {@code l1}, ... and the mapping is stored with the model.
 */
public final class LabelTypes {

    private final List<String> labels;
    private final Map<String, String> typeOfLabel = new HashMap<>();

    /** The types of {@code labels}, in the given order. */
    public LabelTypes(List<String> labels) {
        this.labels = List.copyOf(labels);
        for (int i = 0; i < this.labels.size(); i++) {
            typeOfLabel.put(this.labels.get(i), "l" + i);
        }
    }

    /** The type for a label id; the label must be one of the list. */
    public String type(String label) {
        String type = typeOfLabel.get(label);
        if (type == null) {
            throw new IllegalArgumentException("unknown label " + label);
        }
        return type;
    }

    /** The label id for a type the model proposed, or {@code null} if it is not one of ours. */
    public String label(String type) {
        if (type == null || type.length() < 2 || type.charAt(0) != 'l') {
            return null;
        }
        try {
            int i = Integer.parseInt(type.substring(1));
            return i >= 0 && i < labels.size() ? labels.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The labels, in type order. */
    public List<String> labels() {
        return new ArrayList<>(labels);
    }
}
