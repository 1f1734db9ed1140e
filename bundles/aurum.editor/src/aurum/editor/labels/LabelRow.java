package aurum.editor.labels;

import aurum.core.model.LabelDefinition;

/**
 * One row of the label palette.
 *
 * @param label     the label
 * @param depth     how deep it sits in the label hierarchy (0 for a top-level label)
 * @param count     spans of the label in the current layer, suggestions and rejections not counted
 * @param suggested open suggestions of the label in the current layer
 */
public record LabelRow(LabelDefinition label, int depth, int count, int suggested) {

    /** The hotkey as shown, or an empty string. */
    public String hotkeyText() {
        return label.hotkey() == null ? "" : String.valueOf(label.hotkey());
    }
}
