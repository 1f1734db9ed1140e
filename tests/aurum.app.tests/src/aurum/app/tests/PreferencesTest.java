package aurum.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;

import aurum.core.model.LabelDefinition;
import aurum.core.model.Rgb;
import aurum.editor.preferences.AurumPreferencePage;
import aurum.editor.preferences.AurumPreferences;
import aurum.editor.preferences.LabelColours;

/** The preference defaults and the preference page. */
class PreferencesTest {

    @Test
    void defaultsComeFromTheInitializer() {
        var defaults = DefaultScope.INSTANCE.getNode(AurumPreferences.NODE);
        assertEquals(null, defaults.get(AurumPreferences.ANNOTATOR, null),
                "no default annotator: the workbench asks, it never takes the OS user silently");
        assertTrue(defaults.getBoolean(AurumPreferences.SNAP_TO_TOKENS, false));
        assertEquals(11, defaults.getInt(AurumPreferences.FONT_SIZE, 0));
        assertTrue(Platform.getPreferencesService().getBoolean(AurumPreferences.NODE, AurumPreferences.SNAP_TO_TOKENS,
                false, null));
    }

    @Test
    void labelColourOverridesWinAndBadValuesFallBack() {
        LabelDefinition label = LabelDefinition.of("TEST_LABEL", "Test").withColour(Rgb.parse("#102030"));
        var node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
        try {
            assertEquals(new Rgb(16, 32, 48), LabelColours.of(label));
            node.put(LabelColours.key("TEST_LABEL"), "1,2,3");
            assertEquals(new Rgb(1, 2, 3), LabelColours.of(label));
            node.put(LabelColours.key("TEST_LABEL"), "red");
            assertEquals(new Rgb(16, 32, 48), LabelColours.of(label));
        } finally {
            node.remove(LabelColours.key("TEST_LABEL"));
        }
    }

    @Test
    void thePreferencePageOpensWithItsFields() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), AurumPreferencePage.ID,
                new String[] { AurumPreferencePage.ID }, null);
        assertNotNull(dialog);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Ui.settle();
            AurumPreferencePage page = (AurumPreferencePage) dialog.getSelectedPage();
            assertNotNull(page);
            assertTrue(page.isValid());
            Ui.screenshot("preferences.png");
        } finally {
            dialog.close();
        }
    }
}
