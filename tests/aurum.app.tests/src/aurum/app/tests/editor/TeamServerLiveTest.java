package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.open;
import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.type;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.index.DocumentOrder;
import aurum.corpus.server.CorpusTransfer;
import aurum.corpus.server.ServerChanges.Change;
import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.server.TeamServer;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.internal.edit.LayerLifecycle;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;
import aurum.editor.preferences.AurumPreferences;
import aurum.editor.server.ServerCorpus;
import aurum.editor.server.TeamServerLogin;

/**
 * Live updates in the workbench against a real PostgreSQL: the lead's navigator follows what others commit on
 * the team server (an annotator's save and done, the lead's own work from another workbench, curation, an added
 * document, a lead's assignment changed on the server) without a refresh and keeping the sort and the selection; a
 * burst of notices is read as one batch;
 * an open editor takes its layer saved elsewhere; and connecting again keeps open editors saving.
 */
class TeamServerLiveTest {

    /** Bounded waits for what should take well under a second (the figure is in docs/PERFORMANCE.md). */
    private static final long LIVE_MILLIS = 5_000;
    private static final String CORPUS = TeamServerFixture.CORPUS;

    private static TeamServerFixture server;
    private static List<String> ids;

    private Path workspace;
    private ServerCorpus connected;
    private final ServerCorpusInNavigator shown = new ServerCorpusInNavigator();

    @BeforeAll
    static void startServer() throws Exception {
        server = TeamServerFixture.start();
        try (TeamServer lena = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
            ids = lena.open(CORPUS, Files.createTempDirectory("aurum-ui-ids")).documentIds();
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void workspace() throws Exception {
        workspace = Files.createTempDirectory("aurum-ui-workspace");
    }

    @AfterEach
    void tidy() throws Exception {
        shown.restore(); // the tests after this one expect the start-up corpus in the navigator
        if (connected != null) {
            connected.close();
        }
        TeamServerFixture.delete(workspace);
    }

    @Test
    void othersWorkShowsInTheLeadsNavigatorWithoutARefreshKeepingSortAndSelection() throws Exception {
        connected = TeamServerLogin.connect(server.user("lena"), TeamServerFixture.password("lena"), CORPUS, workspace);
        assertTrue(connected.live().isListening(), "the workbench listens for the server's notices");
        CorpusNavigatorView navigator = shown.show(connected);
        navigator.sortBy(DocumentOrder.Key.TITLE, true);
        waitUntil("sorted by title", () -> !navigator.isSearching(), 30_000);
        String annotated = ids.get(1);
        String selected = ids.get(2);
        navigator.viewer().setSelection(new StructuredSelection(row(navigator, selected)));
        List<String> order = shownIds(navigator);
        int doneBefore = doneCount(navigator);
        int documents = navigator.documents().size();

        // alice, in her own workbench: a span saved, then the document marked done
        try (TeamServer alice = TeamServer.connect(server.user("alice"), TeamServerFixture.password("alice"), 1)) {
            ServerCorpusStore store = alice.open(CORPUS, workspace.resolve("alice"));
            Layer layer = store.loadLayer(annotated, LayerOwner.annotator("alice"));
            long loaded = layer.revision(); // the layer counts its changes in memory too
            layer.add(Span.builder().range(0, 5).label("GPE").build());
            layer.setState(LayerState.IN_PROGRESS);
            long revision = store.saveLayer(layer, loaded);
            waitUntil("alice's save shows in lena's navigator",
                    () -> row(navigator, annotated).teamText().contains("alice in progress"), LIVE_MILLIS);
            layer.setState(LayerState.DONE);
            store.saveLayer(layer, revision);
            waitUntil("alice's done shows in lena's navigator",
                    () -> row(navigator, annotated).teamText().contains("alice done"), LIVE_MILLIS);
        }

        // lena herself in another workbench (the same login): her State column and the done count follow
        String hers = ids.get(3);
        String curated = ids.get(4);
        try (TeamServer lena = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
            ServerCorpusStore store = lena.open(CORPUS, workspace.resolve("lena-elsewhere"));
            Layer layer = store.loadLayer(hers, LayerOwner.annotator("lena"));
            long loaded = layer.revision();
            layer.setState(LayerState.DONE);
            store.saveLayer(layer, loaded);
            waitUntil("lena's done from elsewhere shows in the State column and the description",
                    () -> row(navigator, hers).stateText().equals(LayerLifecycle.describe(LayerState.DONE))
                            && doneCount(navigator) == doneBefore + 1, LIVE_MILLIS);
            assertEquals(LayerLifecycle.describe(LayerState.DONE), tableText(navigator, hers, "State"),
                    "the table's row is painted anew");

            // curation: the Gold column shows how far it has got
            Layer gold = store.loadLayer(curated, LayerOwner.GOLD);
            long goldLoaded = gold.revision();
            gold.add(Span.builder().range(0, 5).label("GPE").build());
            gold.setState(LayerState.CURATED);
            store.saveLayer(gold, goldLoaded);
            waitUntil("the curated gold shows in the Gold column",
                    () -> navigator.columns().shown().contains("Gold")
                            && row(navigator, curated).goldText().equals(LayerLifecycle.describe(LayerState.CURATED)),
                    LIVE_MILLIS);

            // a document added on the server is a new row
            store.addDocument(new Document("zz_added_live", "Tokyo welcomed the delegation on Monday.", false,
                    DocumentMetadata.NONE));
            waitUntil("the added document is listed", () -> navigator.documents().size() == documents + 1
                    && navigator.getContentDescription().startsWith(CORPUS + ": " + (documents + 1) + " documents"),
                    LIVE_MILLIS);
        }

        assertEquals(List.of(selected), selectedIds(navigator), "the selection is kept");
        assertEquals("Title", navigator.viewer().getTable().getSortColumn().getText(), "the sort is kept");
        assertEquals(SWT.DOWN, navigator.viewer().getTable().getSortDirection());
        List<String> now = shownIds(navigator);
        assertEquals(order, now.stream().filter(order::contains).toList(), "the rows keep their order");
        TeamServerFixture.screenshot(workbenchShell(), "team-server-live-navigator.png");
    }

    @Test
    void theServerCorpusAssignmentsShowAndTheirProgressFollows() throws Exception {
        // the lead assigns every document to alice and bob: assignments.json pushed into the server corpus
        try (TeamServer lena = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
            Path folder = workspace.resolve("pulled");
            CorpusTransfer.pull(lena, CORPUS, folder, line -> { });
            AssignmentsFile.write(folder, Assignments.EMPTY.assign(List.of("alice", "bob"), ids));
            try (CorpusStore pulled = CorpusStore.open(folder)) {
                CorpusTransfer.push(pulled, lena, CORPUS, line -> { });
            }
        }
        connected = TeamServerLogin.connect(server.user("lena"), TeamServerFixture.password("lena"), CORPUS, workspace);
        CorpusNavigatorView navigator = shown.show(connected);
        assertEquals(ids.size(), navigator.assignments().documentsOf("alice").size(), "the server's assignments show");
        int before = progress(navigator, "alice").done();

        String id = ids.get(2);
        try (TeamServer alice = TeamServer.connect(server.user("alice"), TeamServerFixture.password("alice"), 1)) {
            ServerCorpusStore store = alice.open(CORPUS, workspace.resolve("alice"));
            Layer layer = store.loadLayer(id, LayerOwner.annotator("alice"));
            long loaded = layer.revision();
            layer.setState(LayerState.DONE);
            store.saveLayer(layer, loaded);
        }
        waitUntil("alice's progress counts the document she marked done",
                () -> progress(navigator, "alice").done() == before + 1, LIVE_MILLIS);
        TeamServerFixture.screenshot(workbenchShell(), "team-server-live-assignments.png");
    }

    @Test
    void aLeadsAssignmentOnTheServerShowsInAConnectedNavigatorWithoutARefresh() throws Exception {
        String first = ids.get(0);
        String assigned = ids.get(3);
        try (TeamServer lena = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
            lena.open(CORPUS, workspace.resolve("lena-before")).changeCorpusFile(AssignmentsFile.NAME,
                    stored -> AssignmentsFile.content(Assignments.EMPTY.assign(List.of("lena"), List.of(first))));
        }
        connected = TeamServerLogin.connect(server.user("lena"), TeamServerFixture.password("lena"), CORPUS, workspace);
        CorpusNavigatorView navigator = shown.show(connected);
        try {
            navigator.setAssignedToMeOnly(true);
            waitUntil("only the document assigned to lena is shown",
                    () -> !navigator.isSearching() && shownIds(navigator).equals(List.of(first)), 30_000);
            long notices = connected.live().notices();

            // lena, headless (as 'aurum assign --server' does): the document is assigned to her and to alice
            try (TeamServer lena = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
                lena.open(CORPUS, workspace.resolve("lena-headless")).changeCorpusFile(AssignmentsFile.NAME,
                        stored -> AssignmentsFile.content(AssignmentsFile.read(stored.orElseThrow(), AssignmentsFile.NAME)
                                .assign(List.of("lena", "alice"), List.of(assigned))));
            }
            waitUntil("the new assignment shows in the navigator: the filter, the Assigned to column, the progress",
                    () -> !navigator.isSearching() && shownIds(navigator).containsAll(List.of(first, assigned))
                            && shownIds(navigator).size() == 2 && navigator.columns().shown().contains("Assigned to")
                            && tableText(navigator, assigned, "Assigned to").contains("alice")
                            && navigator.assignments().documentsOf("alice").equals(java.util.Set.of(assigned)),
                    LIVE_MILLIS);
            assertTrue(connected.live().notices() > notices, "a notice for assignments.json came");
            assertEquals(List.of(assigned), List.copyOf(AssignmentsFile.read(connected.directory())
                    .documentsOf("alice")), "the work folder's copy is the server's");
            TeamServerFixture.screenshot(workbenchShell(), "team-server-live-assigned.png");
        } finally {
            navigator.setAssignedToMeOnly(false);
        }
    }

    private static aurum.corpus.assignment.AnnotatorProgress progress(CorpusNavigatorView navigator, String annotator) {
        return navigator.assignments().progress().stream().filter(p -> p.annotator().equals(annotator)).findFirst()
                .orElseThrow();
    }

    @Test
    void aChangeKeepsTheScrollPosition() throws Exception {
        try (TeamServer lena = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1);
                DocumentBatch batch = lena.open(CORPUS, workspace.resolve("lena-elsewhere")).batch()) {
            for (int i = 0; i < 60; i++) { // more rows than the view shows
                batch.add(new Document(String.format(Locale.ROOT, "scroll_%02d", i), "Report " + i + " from Tokyo.",
                        false, DocumentMetadata.NONE));
            }
            batch.flush();
        }
        connected = TeamServerLogin.connect(server.user("lena"), TeamServerFixture.password("lena"), CORPUS, workspace);
        CorpusNavigatorView navigator = shown.show(connected);
        org.eclipse.swt.widgets.Table table = navigator.viewer().getTable();
        table.setTopIndex(40);
        settle(200);
        int top = table.getTopIndex();
        assertTrue(top > 0, "scrolled down: " + top);
        String id = shownIds(navigator).get(top + 1);
        try (TeamServer alice = TeamServer.connect(server.user("alice"), TeamServerFixture.password("alice"), 1)) {
            ServerCorpusStore store = alice.open(CORPUS, workspace.resolve("alice"));
            Layer layer = store.loadLayer(id, LayerOwner.annotator("alice"));
            long loaded = layer.revision();
            layer.setState(LayerState.IN_PROGRESS);
            store.saveLayer(layer, loaded);
        }
        waitUntil("alice's save shows", () -> row(navigator, id).teamText().contains("alice in progress"), LIVE_MILLIS);
        settle(200);
        assertEquals(top, table.getTopIndex(), "the rows in view stay in view");
    }

    @Test
    void aBurstOfNoticesIsReadAsOneBatchOfTheDocumentsNamed() throws Exception {
        connected = TeamServerLogin.connect(server.user("lena"), TeamServerFixture.password("lena"), CORPUS, workspace);
        shown.show(connected);
        settle(2 * aurum.editor.server.LiveUpdates.COALESCE_MILLIS);
        long batches = connected.live().batches();
        long rows = connected.live().rowsRead();
        // 50 notices naming 5 documents, as the listening connection hands them over, well within one gathering
        for (int i = 0; i < 50; i++) {
            connected.live().notice(new Change(CORPUS, ids.get(i % ids.size())));
        }
        connected.live().notice(new Change("another-corpus", ids.get(0))); // not this corpus: ignored
        waitUntil("the burst is read", () -> connected.live().batches() > batches, LIVE_MILLIS);
        settle(4 * aurum.editor.server.LiveUpdates.COALESCE_MILLIS);
        assertTrue(connected.live().batches() - batches <= 2, "batches for 50 notices: "
                + (connected.live().batches() - batches));
        assertTrue(connected.live().rowsRead() - rows <= 2L * ids.size(), "rows read again for 50 notices naming "
                + ids.size() + " documents: " + (connected.live().rowsRead() - rows));

        // a lost connection (notices may be missing): the batch reads everything again, not row by row
        List<aurum.editor.server.LiveUpdates.Changed> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        connected.live().addListener(told::add);
        long rowsBefore = connected.live().rowsRead();
        connected.live().notice(new Change(null, null));
        waitUntil("the reload is read", () -> !told.isEmpty(), LIVE_MILLIS);
        assertTrue(told.get(0).everything(), "the listeners are told that anything may have changed: " + told);
        assertTrue(told.get(0).concerns(ids.get(3)));
        assertEquals(rowsBefore, connected.live().rowsRead(), "read whole, not row by row");
    }

    @Test
    void anOpenEditorTakesItsLayerSavedInAnotherWorkbench() throws Exception {
        connected = TeamServerLogin.connect(server.user("lena"), TeamServerFixture.password("lena"), CORPUS, workspace);
        shown.show(connected);
        String id = ids.get(0);
        AnnotationEditor editor = open(connected.directory(), id);
        assertEquals(0, editor.state().layer().size());
        try (TeamServer lena = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
            ServerCorpusStore store = lena.open(CORPUS, workspace.resolve("lena-elsewhere"));
            Layer layer = store.loadLayer(id, LayerOwner.annotator("lena"));
            long loaded = layer.revision();
            layer.add(Span.builder().range(0, 5).label("GPE").build());
            store.saveLayer(layer, loaded);
        }
        waitUntil("the editor shows the span saved elsewhere", () -> editor.state().layer().size() == 1, LIVE_MILLIS);
        assertTrue(editor.bannerText() != null && editor.bannerText().contains("changed on the team server"),
                editor.bannerText());
        assertEquals(1, editor.state().session().storedRevision(), "the editor's next save builds on revision 1");
    }

    @Test
    void anEditMadeWhileTheLayerWasSavedElsewhereKeepsBoth() throws Exception {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).putBoolean(AurumPreferences.SNAP_TO_TOKENS, true);
        connected = TeamServerLogin.connect(server.user("lena"), TeamServerFixture.password("lena"), CORPUS, workspace);
        shown.show(connected);
        String id = ids.get(4);
        AnnotationEditor editor = open(connected.directory(), id);
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\p{L}{4,}").matcher(editor.textWidget().getText());
        assertTrue(word.find(), "a first word");
        int[] first = {word.start(), word.end()};
        assertTrue(word.find(), "a second word");
        // lena in another workbench tags the first word; at once, before this workbench hears of it, she tags the
        // second one here: this editor's save is made against the revision it loaded
        try (TeamServer lena = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
            ServerCorpusStore store = lena.open(CORPUS, workspace.resolve("lena-elsewhere"));
            Layer layer = store.loadLayer(id, LayerOwner.annotator("lena"));
            long loaded = layer.revision();
            layer.add(Span.builder().range(first[0], first[1]).label("GPE").build());
            store.saveLayer(layer, loaded);
        }
        editor.textWidget().setSelection(word.start(), word.end());
        type('o');
        EditorDriver.awaitSaved();
        waitUntil("the editor shows both spans", () -> editor.state().layer().size() == 2, LIVE_MILLIS);
        try (TeamServer check = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
            Layer stored = check.open(CORPUS, workspace.resolve("check")).loadLayer(id, LayerOwner.annotator("lena"));
            assertEquals(2, stored.size(), "neither save overwrote the other: " + stored.spans());
        }
    }

    @Test
    void connectingAgainKeepsAnOpenEditorSaving() throws Exception {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).putBoolean(AurumPreferences.SNAP_TO_TOKENS, true);
        connected = TeamServerLogin.connect(server.user("lena"), TeamServerFixture.password("lena"), CORPUS, workspace);
        shown.show(connected);
        String id = ids.get(1);
        AnnotationEditor editor = open(connected.directory(), id);

        ServerCorpus again = TeamServerLogin.connect(server.user("lena"), TeamServerFixture.password("lena"), CORPUS,
                workspace);
        shown.show(again);
        assertSame(connected, again, "the live connection is kept for the same login and corpus");

        page().activate(editor);
        editor.setFocus();
        settle(100);
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\p{L}{4,}").matcher(editor.textWidget().getText());
        assertTrue(word.find(), "the document has a word to tag");
        editor.textWidget().setSelection(word.start(), word.end());
        type('o');
        waitUntil("the span is in the layer", () -> editor.state().layer().size() == 1, 10_000);
        EditorDriver.awaitSaved();
        assertNull(editor.bannerText(), "the save went through");
        try (TeamServer check = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
            Layer stored = check.open(CORPUS, workspace.resolve("check")).loadLayer(id, LayerOwner.annotator("lena"));
            assertEquals(1, stored.size(), "the span typed after connecting again is on the server");
        }
    }

    private static CorpusNavigatorView navigator() {
        return (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
    }

    private static DocumentRow row(CorpusNavigatorView navigator, String id) {
        return navigator.documents().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> shownIds(CorpusNavigatorView navigator) {
        return navigator.visibleDocuments().stream().map(DocumentRow::id).toList();
    }

    private static List<String> selectedIds(CorpusNavigatorView navigator) {
        return navigator.viewer().getStructuredSelection().toList().stream().map(o -> ((DocumentRow) o).id()).toList();
    }

    /** The text the table shows for {@code id} in the column headed {@code heading}. */
    private static String tableText(CorpusNavigatorView navigator, String id, String heading) {
        org.eclipse.swt.widgets.Table table = navigator.viewer().getTable();
        int column = -1;
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(heading)) {
                column = i;
            }
        }
        int position = shownIds(navigator).indexOf(id);
        return table.getItem(position).getText(column);
    }

    /** The done count of the view's description ("samples: 5 documents, 1 done — …"). */
    private static int doneCount(CorpusNavigatorView navigator) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(", (\\d+) done").matcher(navigator.getContentDescription());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static Shell workbenchShell() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.forceActive();
        settle(1000);
        return shell;
    }
}
