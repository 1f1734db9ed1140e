package aurum.app.tests;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import aurum.editor.preferences.AurumPreferences;

/** The annotator name preference, for tests that work as another annotator and must leave it as it was. */
public final class AnnotatorPreference {

    private AnnotatorPreference() {
    }

    /** The annotator set now, or null if none is set. */
    public static String current() {
        return node().get(AurumPreferences.ANNOTATOR, null);
    }

    /** Puts back {@code previous}, as {@link #current()} returned it: removes the preference if it was null. */
    public static void restore(String previous) {
        if (previous == null) {
            node().remove(AurumPreferences.ANNOTATOR);
        } else {
            node().put(AurumPreferences.ANNOTATOR, previous);
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
    }
}
