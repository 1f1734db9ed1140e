package aurum.editor.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Edits are shown at once and written by the session's writer thread in the order made; conflicts with
 * another writer and failed writes come back to the UI thread (here: the test thread draining a queue).
 */
class LayerSessionWriteBehindTest {

    private static final String TEXT = "Tokyo said \u201Cno\u201D.\r\nCafe\u0301 \uD83D\uDE80 costs $9.3\u00A0billion in Tokyo.";
    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;
    private CorpusStore store;
    private final Queue<Runnable> uiThread = new ConcurrentLinkedQueue<>();
    private final List<List<String>> rebases = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        store = CorpusStore.create(dir, CorpusSettings.of("t", new LabelSetRef("news", "1.0.0")));
        store.addDocument(new Document("d1", TEXT, false, DocumentMetadata.NONE));
    }

    private LayerSession open() throws CorpusStoreException {
        LayerSession session = LayerSession.open(store, "d1", ALICE);
        session.listen(new LayerSession.Listener() {
            @Override
            public void rebased(List<String> dropped) {
                rebases.add(dropped);
            }

            @Override
            public void notSaved(String message) {
                failures.add(message);
            }
        }, uiThread::add);
        return session;
    }

    /** Waits for the writer, then runs what it passed to the UI thread. */
    private void settle(LayerSession session) {
        assertTrue(session.awaitSaved(20_000), "the writer finished");
        for (Runnable r; (r = uiThread.poll()) != null;) {
            r.run();
        }
    }

    private static Span span(String id, String covered, int from, String label) {
        int start = TEXT.indexOf(covered, from);
        return Span.builder().id(id).range(start, start + covered.length()).label(label).buildFor(TEXT);
    }

    private Layer stored() throws CorpusStoreException {
        return CorpusStore.open(dir).loadLayer("d1", ALICE);
    }

    @Test
    void editsAreShownAtOnceAndStoredInTheOrderMade() throws Exception {
        LayerSession session = open();
        Span tokyo = span("t", "Tokyo", 0, "GPE");
        session.apply(List.of(LayerChange.added(tokyo)));
        assertTrue(session.layer().contains("t"), "shown before it is written");
        for (int i = 0; i < 31; i++) { // relabel back and forth: only the order makes the last label right
            Span now = session.layer().find("t").orElseThrow();
            session.apply(List.of(LayerChange.replaced(now, now.withLabel(i % 2 == 0 ? "ORG" : "GPE"))));
        }
        Span rocket = span("r", "\uD83D\uDE80", 0, "WEAPON");
        session.apply(List.of(LayerChange.added(rocket)));
        session.apply(List.of(LayerChange.removed(rocket)));
        settle(session);
        assertTrue(session.isSaved());
        Layer stored = stored();
        assertEquals(List.of(tokyo.withLabel("ORG")), stored.spans());
        assertEquals(session.layer().spans(), stored.spans());
        assertEquals(1 + 31 + 2, session.storedRevision(), "one revision per edit");
        assertEquals(List.of(), rebases);
        assertEquals(List.of(), failures);
    }

    @Test
    void anEditMeetingAnotherWritersSaveIsAppliedOnTopAndLaterEditsFollow() throws Exception {
        LayerSession session = open();
        Layer theirs = store.loadLayer("d1", ALICE);
        Span cli = span("cli", "Cafe\u0301", 0, "ORG");
        theirs.add(cli);
        store.saveLayer(theirs, 0);

        Span money = span("m", "$9.3\u00A0billion", 0, "AMOUNT");
        session.apply(List.of(LayerChange.added(money)));
        Span second = span("t2", "Tokyo", 1, "GPE");
        session.apply(List.of(LayerChange.added(second)));
        settle(session);

        assertEquals(List.of(List.of()), rebases, "one rebase, nothing left out");
        List<String> ids = stored().spans().stream().map(Span::id).sorted().toList();
        assertEquals(List.of("cli", "m", "t2"), ids);
        assertEquals(ids, session.layer().spans().stream().map(Span::id).sorted().toList(),
                "the session shows what is stored, the other writer's span included");
        assertEquals(3, session.storedRevision());
    }

    @Test
    void anEditThatNoLongerFitsTheStoredLayerIsLeftOutAndReported() throws Exception {
        LayerSession session = open();
        Span tokyo = span("t", "Tokyo", 0, "GPE");
        session.apply(List.of(LayerChange.added(tokyo)));
        settle(session);
        Layer theirs = store.loadLayer("d1", ALICE);
        theirs.remove("t");
        store.saveLayer(theirs, 1);

        session.apply(List.of(LayerChange.replaced(tokyo, tokyo.withLabel("ORG")))); // fits what the session shows
        Span cafe = span("c", "Cafe\u0301", 0, "ORG");
        session.apply(List.of(LayerChange.added(cafe)));
        settle(session);

        assertEquals(1, rebases.size());
        assertEquals(1, rebases.get(0).size(), "the relabel of a span deleted elsewhere is named");
        assertTrue(rebases.get(0).get(0).contains("'t'"), rebases.get(0).get(0));
        assertEquals(List.of(cafe), stored().spans());
        assertEquals(List.of(cafe), session.layer().spans());
    }

    @Test
    void aWriteThatFailsIsReportedAndTheSessionRefusesEditsWhenTheLayerCannotBeReadBack() throws Exception {
        LayerSession session = open();
        try (var files = Files.list(dir.resolve("documents"))) {
            for (Path file : files.toList()) {
                Files.delete(file); // the document is gone: no save can be checked against its text
            }
        }
        session.apply(List.of(LayerChange.added(span("t", "Tokyo", 0, "GPE"))));
        session.apply(List.of(LayerChange.added(span("c", "Cafe\u0301", 0, "ORG"))));
        settle(session);

        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("The last 2 changes could not be stored"), failures.get(0));
        assertTrue(session.isSaved(), "nothing is waiting to be written any more");
        assertEquals(List.of(), session.layer().spans(), "the edits that were not stored are taken back");
        CorpusStoreException refused = assertThrows(CorpusStoreException.class,
                () -> session.apply(List.of(LayerChange.added(span("x", "costs", 0, "ORG")))));
        assertTrue(refused.getMessage().startsWith("Edits are refused"), refused.getMessage());
        assertFalse(session.layer().contains("x"));
    }
}
