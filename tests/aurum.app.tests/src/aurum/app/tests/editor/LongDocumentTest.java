package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.WindowScreenshot;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.internal.paint.UnderlineLanes;
import aurum.editor.preferences.AurumPreferences;

/**
 * A document too long to wrap opens with a fixed line height (no line spacing: the span lanes are drawn
 * inside the line box), so StyledText never measures the lines it does not show; a short one keeps the
 * roomy lanes below the text. Both still paint and tag their spans.
 */
class LongDocumentTest {

    private static final String LINE = "The ministry said Japan will spend $9.3 billion on hypersonic missile defense.";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void aLongDocumentKeepsAFixedLineHeightAndStillPaintsAndTagsSpans() throws Exception {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).put(AurumPreferences.ANNOTATOR, SampleStore.ANNOTATOR);
        Path dir = Files.createTempDirectory("aurum-long-document");
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("long", new LabelSetRef("news", "1.0.0")));
        StringBuilder builder = new StringBuilder();
        while (builder.length() <= 1_200_000) { // past the editor's wrap limit of a million chars
            builder.append(LINE).append(builder.length() % 3 == 0 ? "\r\n" : "\n");
        }
        String text = builder.toString();
        store.addDocument(new Document("long", text, false, DocumentMetadata.NONE));
        Layer layer = store.loadLayer("long", SampleStore.OWNER);
        int amount = LINE.indexOf("$9.3 billion");
        int weapon = LINE.indexOf("hypersonic missile defense");
        layer.addAll(List.of(
                Span.builder().range(amount, amount + "$9.3 billion".length()).label("AMOUNT").buildFor(text),
                Span.builder().range(amount, amount + 4).label("AMOUNT").buildFor(text), // nested in the first
                Span.builder().range(weapon, weapon + "hypersonic missile defense".length()).label("WEAPON")
                        .status(SpanStatus.SUGGESTED).buildFor(text)));
        store.saveLayer(layer, 0);

        AnnotationEditor editor = EditorDriver.open(dir, "long");
        waitUntil("spans painted", () -> editor.state().painter().paints() > 0, 30_000);
        StyledText widget = editor.textWidget();
        assertFalse(widget.getWordWrap(), "a text past the wrap limit is shown without word wrap");
        assertEquals(0, widget.getLineSpacing(), "no line spacing, so StyledText keeps one fixed line height");
        int last = widget.getLineCount() - 1;
        assertEquals(last * widget.getLineHeight(), widget.getLinePixel(last) - widget.getLinePixel(0),
                "every line has the font's height");
        assertEquals(3, editor.state().painter().lastPaintedSpans());

        int start = text.indexOf("Japan", LINE.length());
        widget.setSelection(start, start + "Japan".length());
        editor.editing().tagSelection("GPE");
        EditorDriver.awaitSaved();
        assertTrue(store.loadLayer("long", SampleStore.OWNER).spans().stream()
                .anyMatch(s -> s.start() == start && s.labelId().equals("GPE")), "the tag is stored");
        assertEquals(last * widget.getLineHeight(), widget.getLinePixel(last) - widget.getLinePixel(0));
        WindowScreenshot.save(Display.getCurrent(), Path.of(System.getProperty("aurum.screenshots",
                "target/screenshots"), "long-document.png"));
    }

    @Test
    void aShortDocumentHasRoomForTheLanesBelowItsLines() throws Exception {
        CorpusStore store = SampleStore.create();
        AnnotationEditor editor = EditorDriver.open(store.directory(), "000_a32fd7d8af559016");
        StyledText widget = editor.textWidget();
        assertTrue(widget.getWordWrap());
        int lanes = UnderlineLanes.BELOW_TEXT.lineSpacing();
        assertTrue(widget.getLineSpacing() > lanes, "room for the underline lanes and, label names being shown by"
                + " default, for the band of names above each line: " + widget.getLineSpacing());
        assertEquals(widget.getLineSpacing() - lanes, widget.getTopMargin(),
                "the band of names above the first line is the top margin");
    }
}
