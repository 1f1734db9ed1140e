package aurum.editor.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Edits made while the team server cannot be reached are kept in a file on this computer, in order, survive
 * closing the editor, and are sent once the server answers; a layer saved elsewhere meanwhile is not
 * overwritten. The "server" is a folder corpus behind a switch that fails saves and loads as the JDBC driver
 * does when PostgreSQL is down (SQLSTATE 08001).
 */
class UnsentEditsTest {

    private static final String TEXT = "Tokyo said \u201Cno\u201D. Cafe\u0301 costs $9.3\u00A0billion in Osaka.";
    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;
    private CorpusStore folder;
    private CorpusStore server;
    private volatile boolean down;
    private Path unsent;
    private final Queue<Runnable> uiThread = new ConcurrentLinkedQueue<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private LayerSession session;

    @BeforeEach
    void setUp() throws Exception {
        folder = CorpusStore.create(dir.resolve("corpus"), CorpusSettings.of("t", new LabelSetRef("news", "1.0.0")));
        folder.addDocument(new Document("d1", TEXT, false, DocumentMetadata.NONE));
        unsent = dir.resolve("work").resolve("unsent");
        server = (CorpusStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CorpusStore.class},
                (proxy, method, args) -> {
                    if (down && (method.getName().startsWith("save") || method.getName().startsWith("load"))) {
                        throw new CorpusStoreException("Cannot reach the team server to " + method.getName()
                                + ": it does not answer.", new SQLException("Connection refused", "08001"));
                    }
                    try {
                        return method.invoke(folder, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void close() throws InterruptedException {
        if (session != null) {
            session.close(10_000);
        }
        // closing folds the layer's journal on a background job: let it finish before the folder is deleted
        for (int i = 0; i < 200 && !org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle(); i++) {
            Thread.sleep(50);
        }
    }

    private LayerSession open() throws CorpusStoreException {
        session = LayerSession.open(server, "d1", ALICE, unsent);
        session.listen(new LayerSession.Listener() {
            @Override
            public void rebased(List<String> dropped) {
                failures.add("rebased " + dropped);
            }

            @Override
            public void notSaved(String message) {
                failures.add(message);
            }

            @Override
            public void unsent(int kept, String message) {
                messages.add(kept + ": " + message);
            }
        }, uiThread::add);
        return session;
    }

    private void settle() {
        assertTrue(session.awaitSaved(20_000), "the writer finished");
        drain();
    }

    private void drain() {
        for (Runnable r; (r = uiThread.poll()) != null;) {
            r.run();
        }
    }

    /** Waits (bounded) for the sender's retry, running what it passes to the UI thread. */
    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            drain();
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static Span span(String id, String covered, String label) {
        int start = TEXT.indexOf(covered);
        return Span.builder().id(id).range(start, start + covered.length()).label(label).buildFor(TEXT);
    }

    private Path file() {
        return UnsentEdits.file(unsent, "d1", ALICE);
    }

    private List<String> storedIds() throws CorpusStoreException {
        return folder.loadLayer("d1", ALICE).spans().stream().map(Span::id).sorted().toList();
    }

    @Test
    void keptEditsAreReadBackInTheOrderMadeWithTheirBaseRevision() throws Exception {
        Span tokyo = span("t", "Tokyo", "GPE");
        Span osaka = span("o", "Osaka", "GPE");
        Path file = file();
        try (UnsentEdits kept = UnsentEdits.create(file, "d1", ALICE, 7, List.of())) {
            kept.append(new UnsentEdits.Edit(List.of(LayerChange.added(tokyo)), LayerState.IN_PROGRESS));
            kept.append(new UnsentEdits.Edit(List.of(LayerChange.replaced(tokyo, tokyo.withLabel("ORG"))),
                    LayerState.IN_PROGRESS));
            kept.append(new UnsentEdits.Edit(List.of(LayerChange.added(osaka), LayerChange.removed(tokyo.withLabel("ORG"))),
                    LayerState.DONE));
            assertEquals(3, kept.count());
        }
        // as after a restart: only the file is left
        UnsentEdits.Contents contents = UnsentEdits.read(file).orElseThrow();
        assertEquals("d1", contents.documentId());
        assertEquals("annotator:alice", contents.owner());
        assertEquals(7, contents.base());
        assertEquals(3, contents.edits().size());
        assertEquals(List.of(LayerChange.added(tokyo)), contents.edits().get(0).changes());
        assertEquals(List.of(LayerChange.replaced(tokyo, tokyo.withLabel("ORG"))), contents.edits().get(1).changes());
        assertEquals(List.of(LayerChange.added(osaka), LayerChange.removed(tokyo.withLabel("ORG"))),
                contents.edits().get(2).changes());
        assertEquals(LayerState.DONE, contents.edits().get(2).state());
        assertEquals(4, contents.changes().size());
    }

    @Test
    void aLastLineCutShortByACrashIsLeftOutAndADamagedOneBeforeItIsAnError() throws Exception {
        Path file = file();
        try (UnsentEdits kept = UnsentEdits.create(file, "d1", ALICE, 0, List.of())) {
            kept.append(new UnsentEdits.Edit(List.of(LayerChange.added(span("t", "Tokyo", "GPE"))), LayerState.IN_PROGRESS));
            kept.append(new UnsentEdits.Edit(List.of(LayerChange.added(span("o", "Osaka", "GPE"))), LayerState.IN_PROGRESS));
        }
        Files.writeString(file, "{\"state\":\"IN_PROGRESS\",\"changes\":[{\"before\":null,\"af", StandardOpenOption.APPEND);
        assertEquals(2, UnsentEdits.read(file).orElseThrow().edits().size(), "the torn line is left out");

        Files.writeString(file, "ter\n", StandardOpenOption.APPEND); // now a whole line that is not an edit
        assertThrows(IOException.class, () -> UnsentEdits.read(file));

        Files.writeString(file, "{\"kind\":\"aurum-unsent-e", StandardCharsets.UTF_8);
        assertTrue(UnsentEdits.read(file).isEmpty(), "a torn header: nothing had been kept yet");
        assertTrue(UnsentEdits.read(dir.resolve("missing.jsonl")).isEmpty());
    }

    @Test
    void editsMadeWhileTheServerIsDownAreKeptAndSentWhenItIsBack() throws Exception {
        open();
        Span tokyo = span("t", "Tokyo", "GPE");
        session.apply(List.of(LayerChange.added(tokyo)));
        settle();
        assertEquals(List.of("t"), storedIds());

        down = true;
        session.apply(List.of(LayerChange.replaced(tokyo, tokyo.withLabel("ORG"))));
        session.apply(List.of(LayerChange.added(span("o", "Osaka", "GPE"))));
        settle();
        assertEquals(2, session.unsentEdits());
        assertTrue(session.isSaved(), "kept on disk counts as saved here");
        assertEquals("2: Team server unreachable: 2 edits kept on this computer, sent when it is back.",
                messages.get(messages.size() - 1));
        assertEquals(1, session.storedRevision(), "the base revision");
        UnsentEdits.Contents kept = UnsentEdits.read(file()).orElseThrow();
        assertEquals(1, kept.base());
        assertEquals(2, kept.edits().size());
        assertEquals(List.of("o", "t"), session.layer().spans().stream().map(Span::id).sorted().toList(),
                "the editor goes on showing the edits");

        down = false;
        await("the kept edits were sent", () -> !Files.exists(file()));
        await("the session heard", () -> session.unsentEdits() == 0);
        assertEquals("0: The team server is back: 2 edits kept on this computer were sent.",
                messages.get(messages.size() - 1));
        Layer stored = folder.loadLayer("d1", ALICE);
        assertEquals(List.of("o", "t"), stored.spans().stream().map(Span::id).sorted().toList());
        assertEquals("ORG", stored.find("t").orElseThrow().labelId());
        assertEquals(2, stored.revision(), "sent as one save from the base revision");

        session.apply(List.of(LayerChange.removed(session.layer().find("o").orElseThrow())));
        settle();
        assertEquals(List.of("t"), storedIds(), "later edits are saved as usual");
        assertEquals(List.of(), failures);
    }

    @Test
    void editsKeptWhenTheEditorClosedAreSentWhenTheDocumentIsOpenedAgain() throws Exception {
        open();
        down = true;
        session.apply(List.of(LayerChange.added(span("t", "Tokyo", "GPE"))));
        session.apply(List.of(LayerChange.added(span("o", "Osaka", "GPE"))));
        settle();
        assertTrue(session.close(10_000));
        session = null;
        assertTrue(Files.exists(file()), "kept after the editor closed");
        assertEquals(List.of("d1"), UnsentEdits.documents(unsent), "offered when connecting");
        assertEquals(List.of(), storedIds());

        down = false;
        open();
        assertEquals(List.of("o", "t"), session.layer().spans().stream().map(Span::id).sorted().toList(),
                "the reopened editor shows the kept edits at once");
        await("the kept edits were sent", () -> !Files.exists(file()));
        assertEquals(List.of("o", "t"), storedIds());
        assertEquals(List.of(), UnsentEdits.documents(unsent));
        await("the editor heard", () -> session.unsentEdits() == 0);
        assertEquals(List.of(), failures);
    }

    @Test
    void aLayerSavedElsewhereMeanwhileIsNotOverwrittenAndReopeningAppliesTheKeptEditsOnTop() throws Exception {
        open();
        down = true;
        Span tokyo = span("t", "Tokyo", "GPE");
        session.apply(List.of(LayerChange.added(tokyo)));
        settle();
        assertEquals(1, session.unsentEdits());

        Layer elsewhere = folder.loadLayer("d1", ALICE); // the same login saved from another computer
        elsewhere.add(span("c", "Cafe\u0301", "ORG"));
        folder.saveLayer(elsewhere, 0);

        down = false;
        await("the editor was told", () -> messages.get(messages.size() - 1).contains("saved elsewhere"));
        String told = messages.get(messages.size() - 1);
        assertTrue(told.startsWith("1: 1 edit kept on this computer was not sent: the layer was saved elsewhere"
                + " meanwhile (revision 1; they were made on 0)"), told);
        assertTrue(told.contains("open it again"), told);
        assertEquals(List.of("c"), storedIds(), "not overwritten");
        assertTrue(Files.exists(file()), "still kept");
        session.close(10_000);

        open();
        assertEquals(List.of("c", "t"), session.layer().spans().stream().map(Span::id).sorted().toList());
        await("sent on top", () -> !Files.exists(file()));
        assertEquals(List.of("c", "t"), storedIds());
        try (Stream<Path> left = Files.list(file().getParent())) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().contains("not-applied")), "everything fitted");
        }
    }

    @Test
    void aSaveThatReachedTheServerBeforeTheConnectionBrokeIsNotSentTwice() throws Exception {
        open();
        down = true;
        Span tokyo = span("t", "Tokyo", "GPE");
        session.apply(List.of(LayerChange.added(tokyo)));
        settle();
        assertTrue(session.close(10_000));
        session = null;
        Layer stored = folder.loadLayer("d1", ALICE); // as if the save had been committed just before the break
        stored.add(tokyo);
        folder.saveLayer(stored, 0);

        down = false;
        open();
        assertFalse(Files.exists(file()), "found on the server already");
        assertEquals(List.of("t"), session.layer().spans().stream().map(Span::id).toList());
        assertEquals(1, folder.loadLayer("d1", ALICE).revision());
    }

    @Test
    void whenTheFirstKeptSaveHadReachedTheServerTheRestGoesOnTopWithoutAConflict() throws Exception {
        open();
        down = true;
        Span tokyo = span("t", "Tokyo", "GPE");
        session.apply(List.of(LayerChange.added(tokyo)));
        session.apply(List.of(LayerChange.added(span("o", "Osaka", "GPE"))));
        settle();
        assertEquals(2, session.unsentEdits());
        Layer stored = folder.loadLayer("d1", ALICE); // the first save was committed just before the connection broke
        stored.add(tokyo);
        folder.saveLayer(stored, 0);

        down = false;
        await("the rest was sent", () -> !Files.exists(file()));
        await("the session heard", () -> session.unsentEdits() == 0);
        assertEquals(List.of("o", "t"), storedIds());
        assertEquals(2, folder.loadLayer("d1", ALICE).revision());
        assertTrue(messages.stream().noneMatch(m -> m.contains("saved elsewhere")), messages.toString());
    }

    @Test
    void reopeningKeepsTheEditsThatNoLongerFitInAFileBesideAndSendsTheOthers() throws Exception {
        open();
        Span tokyo = span("t", "Tokyo", "GPE");
        session.apply(List.of(LayerChange.added(tokyo)));
        settle();
        down = true;
        session.apply(List.of(LayerChange.replaced(tokyo, tokyo.withLabel("ORG"))));
        session.apply(List.of(LayerChange.added(span("o", "Osaka", "GPE"))));
        settle();
        session.close(10_000);
        session = null;
        Layer elsewhere = folder.loadLayer("d1", ALICE); // elsewhere, Tokyo was removed meanwhile
        elsewhere.remove("t");
        folder.saveLayer(elsewhere, 1);

        down = false;
        open();
        assertEquals(List.of("o"), session.layer().spans().stream().map(Span::id).toList());
        await("the edit that fits was sent", () -> !Files.exists(file()));
        assertEquals(List.of("o"), storedIds(), "Tokyo stays removed: nothing was overwritten");
        Path aside = file().resolveSibling("d1.not-applied-2.jsonl");
        UnsentEdits.Contents left = UnsentEdits.read(aside).orElseThrow();
        assertEquals(1, left.edits().size(), "only the edit that no longer fits");
        assertEquals("ORG", left.edits().get(0).changes().get(0).after().labelId());
        assertTrue(messages.stream().anyMatch(m -> m.contains("except 1 that no longer fit")), messages.toString());
        assertEquals(List.of(), UnsentEdits.documents(unsent), "a file of edits left out is not offered as waiting to be sent");
    }
}
