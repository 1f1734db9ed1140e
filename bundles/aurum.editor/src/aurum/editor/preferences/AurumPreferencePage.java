package aurum.editor.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.editor.corpus.InstalledLabelSets;
import aurum.editor.identity.AnnotatorIdentity;

/**
 * Window &gt; Preferences &gt; Aurum: the annotator's name, token snapping, the editor font size and a
 * colour for every label of the installed label sets.
 */
public class AurumPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page id, as contributed in plugin.xml. */
    public static final String ID = "aurum.editor.preferences";

    /** Creates the page on Aurum's instance-scope preferences. */
    public AurumPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, AurumPreferences.NODE));
        setDescription("Settings of the annotation editor and its views. Changes apply at once.");
    }

    @Override
    public void init(IWorkbench workbench) {
    }

    @Override
    protected void createFieldEditors() {
        // the same rule as the first-start dialog: the name becomes a folder in every corpus
        StringFieldEditor annotator = new StringFieldEditor(AurumPreferences.ANNOTATOR, "&Annotator name:",
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String problem = AnnotatorIdentity.problem(getStringValue().strip());
                setErrorMessage(problem);
                return problem == null;
            }
        };
        addField(annotator);
        addField(new BooleanFieldEditor(AurumPreferences.SNAP_TO_TOKENS, "&Snap selections to token boundaries",
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(AurumPreferences.SHOW_LABEL_NAMES, "Show &label names above spans",
                getFieldEditorParent()));
        IntegerFieldEditor fontSize = new IntegerFieldEditor(AurumPreferences.FONT_SIZE, "Editor &font size (pt):",
                getFieldEditorParent(), 3);
        fontSize.setValidRange(6, 72);
        addField(fontSize);
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (LabelSet set : InstalledLabelSets.list()) {
            Label heading = new Label(getFieldEditorParent(), SWT.NONE);
            heading.setText("Colours of " + set.name() + " " + set.version());
            heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            for (LabelDefinition label : set.labels()) {
                if (!shown.add(label.id())) {
                    continue; // one colour per label id, shared by every version of a set
                }
                // the label set's colour is the default, so "Restore Defaults" brings it back
                getPreferenceStore().setDefault(LabelColours.key(label.id()), LabelColours.format(label.colour()));
                addField(new ColorFieldEditor(LabelColours.key(label.id()), label.displayName() + ":",
                        getFieldEditorParent()));
            }
        }
    }
}
