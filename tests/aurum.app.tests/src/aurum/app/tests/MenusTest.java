package aurum.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import aurum.app.internal.help.AboutDialog;
import aurum.app.internal.help.UserGuideView;

/**
 * The menus as a user sees them: mnemonics rendered (no literal '&'), none of the Eclipse IDE's leftovers,
 * a Help menu with the user guide, Key Assist and About, and the keys Ctrl+Shift+L, Ctrl+Y and F1.
 */
class MenusTest {

    /** Each top-level menu's title and the texts of its items (submenus' items too), as SWT holds them. */
    private static Map<String, List<String>> menuBar() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        Map<String, List<String>> menus = new LinkedHashMap<>();
        for (MenuItem top : bar.getItems()) {
            List<String> items = new ArrayList<>();
            collect(top.getMenu(), items, 0);
            menus.put(top.getText(), items);
        }
        return menus;
    }

    private static void collect(Menu menu, List<String> into, int depth) {
        if (menu == null || depth > 2) {
            return;
        }
        // the workbench fills menus when they are about to show
        menu.notifyListeners(SWT.Show, new Event());
        Ui.settle();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                into.add(item.getText());
                collect(item.getMenu(), into, depth + 1);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }

    @Test
    void mnemonicsRenderAndNoItemShowsALiteralAmpersand() {
        Map<String, List<String>> menus = menuBar();
        assertTrue(menus.keySet().containsAll(List.of("&File", "&Edit", "&Window", "&Help")), menus.keySet().toString());
        for (Map.Entry<String, List<String>> menu : menus.entrySet()) {
            assertTrue(menu.getKey().matches("[^&]*&[^&][^&]*"), "one mnemonic in the title " + menu.getKey());
            for (String item : menu.getValue()) {
                assertFalse(item.contains("&&"), "a literal '&' shows in " + menu.getKey() + " > " + item);
            }
        }
        List<String> file = menus.get("&File");
        for (String item : List.of("&Open Corpus…", "&Import Files…", "Import &Folder…", "Connect to Team &Server…")) {
            assertTrue(file.stream().anyMatch(i -> i.startsWith(item)), item + " in " + file);
        }
        List<Character> keys = file.stream().filter(i -> i.indexOf('&') >= 0 && i.indexOf('&') + 1 < i.length())
                .map(i -> Character.toLowerCase(i.charAt(i.indexOf('&') + 1))).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "each File item has its own mnemonic: " + file);
        assertTrue(menus.get("&Window").stream().anyMatch(i -> i.startsWith("Show &Agreement")), menus.get("&Window").toString());
    }

    @Test
    void theEclipseIdeLeftoversAreGone() {
        List<String> all = menuBar().values().stream().flatMap(List::stream).map(MenusTest::plain).toList();
        for (String leftover : List.of("Open File", "Convert Line Delimiters", "Restart")) {
            assertTrue(all.stream().noneMatch(i -> i.startsWith(leftover)), leftover + " in " + all);
        }
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), null, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Ui.settle();
            List<String> pages = new ArrayList<>();
            for (TreeItem item : dialog.getTreeViewer().getTree().getItems()) {
                pages.add(item.getText());
            }
            assertTrue(pages.contains("Aurum"), pages.toString());
            assertFalse(pages.contains("General"), pages.toString());
            assertFalse(pages.contains("Team"), pages.toString());
        } finally {
            dialog.close();
        }
    }

    @Test
    void helpHasTheUserGuideKeyAssistAndAboutWithTheirKeys() throws Exception {
        List<String> help = menuBar().get("&Help");
        assertNotNull(help);
        assertEquals(List.of("User Guide", "Key Assist…", "About Aurum"), help.stream().map(MenusTest::plain).toList());
        assertTrue(help.stream().anyMatch(i -> i.startsWith("&User Guide")), help.toString());

        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(bound(bindings, "org.eclipse.ui.window.showKeyAssist", "M1+M2+L"), "Ctrl+Shift+L: Key Assist");
        assertTrue(bound(bindings, "org.eclipse.ui.edit.redo", "M1+Y"), "Ctrl+Y redoes");
        assertTrue(bound(bindings, "aurum.app.userGuide", "F1"), "F1: the user guide");

        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("aurum.app.userGuide", null);
        Ui.settle();
        UserGuideView guide = (UserGuideView) Ui.page().findView(UserGuideView.ID);
        assertNotNull(guide, "Help > User Guide shows the guide");
        assertTrue(guide.text().startsWith("Aurum user guide"), guide.text().substring(0, 80));
        assertFalse(guide.text().contains("\n# "), "headings are shown without their marks");
        Ui.screenshot("help-user-guide.png");
        Ui.page().hideView(guide);

        AboutDialog about = new AboutDialog(Display.getCurrent().getActiveShell());
        about.setBlockOnOpen(false);
        about.open();
        try {
            Ui.settle();
            String versions = about.versionsText();
            assertTrue(versions.startsWith("Aurum 0.1.0"), versions);
            for (String part : List.of("aurum.editor  0.1.0", "Eclipse workbench  3.", "SWT  3.", "Java  ")) {
                assertTrue(versions.contains(part), part + " in " + versions);
            }
            Ui.screenshot("help-about.png");
        } finally {
            about.close();
        }
    }

    private static boolean bound(IBindingService bindings, String commandId, String keys) throws ParseException {
        KeySequence wanted = KeySequence.getInstance(keys);
        for (TriggerSequence sequence : bindings.getActiveBindingsFor(commandId)) {
            if (sequence.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
