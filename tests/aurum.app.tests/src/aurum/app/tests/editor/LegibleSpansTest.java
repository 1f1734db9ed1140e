package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.open;
import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.WindowScreenshot;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.internal.paint.LabelNamePainter;
import aurum.editor.internal.paint.UnderlineLanes;
import aurum.editor.labels.LabelRow;
import aurum.editor.labels.LabelsView;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.preferences.AurumPreferences;

/**
 * Spans a reader can read: label names drawn above where spans start (a preference turns them off),
 * every label of the set visible in the Labels view at the default window size, and guideline tooltips
 * wrapped to fit the screen.
 */
class LegibleSpansTest {

    private static final String DOC = "001_f678337dce6c3a19";

    private CorpusStore store;
    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);

    @BeforeEach
    void setUp() throws Exception {
        preferences.put(AurumPreferences.ANNOTATOR, SampleStore.ANNOTATOR);
        preferences.putBoolean(AurumPreferences.SNAP_TO_TOKENS, true);
        store = SampleStore.create();
    }

    @AfterEach
    void tearDown() {
        preferences.remove(AurumPreferences.SHOW_LABEL_NAMES);
        page().closeAllEditors(false);
    }

    @Test
    void labelNamesAreDrawnAboveSpanStartsUntilTurnedOff() throws Exception {
        AnnotationEditor editor = open(store.directory(), DOC);
        StyledText text = editor.textWidget();
        String content = text.getText();
        AnnotatedDocument document = editor.getAdapter(AnnotatedDocument.class);
        tag(editor, document, content, "9.3 billion", "AMOUNT");
        tag(editor, document, content, "Japan", "GPE");
        LabelNamePainter names = editor.state().labelNames();
        assertNotNull(names, "a wrapped document draws names");
        assertTrue(names.isEnabled());
        int band = names.bandHeight();
        assertTrue(band >= 8, "a band tall enough for a small font: " + band);
        assertEquals(UnderlineLanes.BELOW_TEXT.lineSpacing() + band, text.getLineSpacing());
        assertEquals(band, text.getTopMargin(), "room above the first line too");
        text.setTopIndex(Math.max(0, text.getLineAtOffset(content.indexOf("9.3 billion")) - 2));
        settle(500);
        Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), "editor-label-names.png");
        WindowScreenshot.save(Display.getCurrent(), shot);

        preferences.putBoolean(AurumPreferences.SHOW_LABEL_NAMES, false);
        waitUntil("the names are off", () -> !names.isEnabled(), 5_000);
        assertEquals(UnderlineLanes.BELOW_TEXT.lineSpacing(), text.getLineSpacing());
        assertEquals(0, text.getTopMargin());
        preferences.putBoolean(AurumPreferences.SHOW_LABEL_NAMES, true);
        waitUntil("the names are back", names::isEnabled, 5_000);
    }

    @Test
    void theLabelsViewShowsEveryLabelAndWrapsGuidelines() throws Exception {
        open(store.directory(), DOC);
        LabelsView labels = (LabelsView) page().showView(LabelsView.ID);
        settle(500);
        Table table = labels.viewer().getTable();
        int count = table.getItemCount();
        assertTrue(count >= 14, "the news label set: " + count);
        Rectangle area = table.getClientArea();
        Rectangle last = table.getItem(count - 1).getBounds();
        assertEquals(0, table.getTopIndex());
        assertTrue(last.y + last.height <= area.height, "the last label (" + last + ") is inside the table " + area);
        ColumnLabelProvider provider = (ColumnLabelProvider) labels.viewer().getLabelProvider(0);
        boolean someGuideline = false;
        for (int i = 0; i < count; i++) {
            String tip = provider.getToolTipText((LabelRow) table.getItem(i).getData());
            if (tip != null) {
                someGuideline = true;
                for (String line : tip.split("\n")) {
                    assertTrue(line.length() <= 72, "a tooltip line of " + line.length() + " characters: " + line);
                }
            }
        }
        assertTrue(someGuideline, "the news labels have guidelines");
        Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), "labels-view.png");
        WindowScreenshot.save(Display.getCurrent(), shot);
        assertFalse(table.isDisposed());
    }

    private static void tag(AnnotationEditor editor, AnnotatedDocument document, String content, String words,
            String label) {
        int start = content.indexOf(words);
        int before = editor.state().layer().size();
        editor.textWidget().setSelection(start, start + words.length());
        document.tagSelection(label);
        waitUntil("tagged " + words, () -> editor.state().layer().size() == before + 1, 5_000);
    }
}
