package aurum.editor.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.LayerChanges;

/** What the editor journals for an edit, and where it looks for the journal. */
class LayerSessionJournalTest {

    private static final String TEXT = "Tokyo said \u201Cno\u201D.\r\nCafe\u0301 \uD83D\uDE80 costs";

    @Test
    void netChangePerSpanInOrder() {
        Span a = Span.builder().id("a").range(0, 5).label("GPE").buildFor(TEXT);
        Span b = Span.builder().id("b").range(6, 10).label("ORG").buildFor(TEXT);
        Span rocket = Span.builder().id("r").range(TEXT.indexOf('\uD83D'), TEXT.indexOf('\uD83D') + 2).label("X")
                .buildFor(TEXT);
        LayerChanges net = LayerSession.net(List.of(LayerChange.added(a), LayerChange.replaced(a, a.withLabel("ORG")),
                LayerChange.added(b), LayerChange.removed(b), LayerChange.added(rocket)));
        assertEquals(List.of(a.withLabel("ORG"), rocket), net.put());
        assertEquals(List.of("b"), net.removed());
    }

    @Test
    void undoJournalsTheInverse() {
        Span a = Span.builder().id("a").range(0, 5).label("GPE").buildFor(TEXT);
        LayerChanges undo = LayerSession.net(LayerSession.inverse(List.of(LayerChange.added(a))));
        assertEquals(List.of(), undo.put());
        assertEquals(List.of("a"), undo.removed());
    }

    @Test
    void journalLivesBesideTheLayerFile() {
        Path layer = LayerFiles.path(Path.of("/c"), "d1", LayerOwner.annotator("alice"));
        assertEquals(Path.of("/c/layers/annotators/alice/d1.journal.jsonl"), LayerFiles.journal(layer));
    }
}
