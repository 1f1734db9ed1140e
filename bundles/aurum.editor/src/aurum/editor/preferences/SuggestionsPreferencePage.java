package aurum.editor.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window &gt; Preferences &gt; Aurum &gt; Suggestions: whether suggestions learn from the spans you accept
 * (the learning recognizer, bundle aurum.learn, which reads the same preferences) and after how many
 * accepted spans its model is trained again in the background.
 */
public class SuggestionsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The preference node of aurum.learn ({@code aurum.learn.LearningSettings.NODE}). */
    static final String NODE = "aurum.learn";
    static final String ENABLED = "enabled";
    static final String RETRAIN_AFTER = "retrainAfter";

    /** Creates the page on the learning recognizer's instance-scope preferences. */
    public SuggestionsPreferencePage() {
        super(GRID);
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
        store.setDefault(ENABLED, true);
        store.setDefault(RETRAIN_AFTER, 20);
        setPreferenceStore(store);
        setDescription("Suggestions that learn: a model trained on the spans accepted or tagged in the corpus "
                + "proposes spans next to the built-in recognizers. It is stored in the corpus's .aurum/learn/ folder.");
    }

    @Override
    public void init(IWorkbench workbench) {
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(ENABLED, "&Learn from accepted spans (train in the background, propose "
                + "what was learned)", getFieldEditorParent()));
        IntegerFieldEditor after = new IntegerFieldEditor(RETRAIN_AFTER, "&Train again after this many accepted spans:",
                getFieldEditorParent(), 5);
        after.setValidRange(1, 100_000);
        addField(after);
    }
}
