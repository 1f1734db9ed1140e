package aurum.editor.annotation;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;

import aurum.editor.preferences.AurumPreferences;

/** The editor's text font at the size the preferences ask for; follows changes of the preference. */
final class EditorFont implements IPreferenceChangeListener {

    private static final int DEFAULT_SIZE = 11;

    private final StyledText text;
    private final Runnable changed;
    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
    private Font font;

    EditorFont(StyledText text, Runnable changed) {
        this.text = text;
        this.changed = changed;
        apply();
        preferences.addPreferenceChangeListener(this);
    }

    @Override
    public void preferenceChange(IEclipsePreferences.PreferenceChangeEvent event) {
        if (!text.isDisposed()) {
            text.getDisplay().asyncExec(() -> {
                if (!text.isDisposed()) {
                    if (AurumPreferences.FONT_SIZE.equals(event.getKey())) {
                        apply();
                    }
                    changed.run();
                }
            });
        }
    }

    private void apply() {
        int size = Math.max(6, Math.min(72, preferences.getInt(AurumPreferences.FONT_SIZE, DEFAULT_SIZE)));
        Font old = font;
        font = FontDescriptor.createFrom(JFaceResources.getTextFont()).setHeight(size).createFont(text.getDisplay());
        text.setFont(font);
        if (old != null) {
            old.dispose();
        }
    }

    void dispose() {
        preferences.removePreferenceChangeListener(this);
        if (font != null && !font.isDisposed()) {
            font.dispose();
        }
    }
}
