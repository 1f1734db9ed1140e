package aurum.editor.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** The defaults of Aurum's preferences; label colours default to the label set's own colours. */
public class AurumPreferenceInitializer extends AbstractPreferenceInitializer {

    /** The default editor font size in points. */
    public static final int DEFAULT_FONT_SIZE = 11;

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(AurumPreferences.NODE);
        // no default annotator: the workbench asks who is annotating (AnnotatorIdentity), never assumes the OS user
        defaults.putBoolean(AurumPreferences.SNAP_TO_TOKENS, true);
        defaults.putBoolean(AurumPreferences.SHOW_LABEL_NAMES, true);
        defaults.putInt(AurumPreferences.FONT_SIZE, DEFAULT_FONT_SIZE);
    }
}
