package aurum.app.tests.journeys;

import static aurum.app.tests.journeys.Journey.press;
import static aurum.app.tests.journeys.Journey.screenshot;
import static aurum.app.tests.journeys.Journey.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.app.tests.editor.TeamServerFixture;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.server.TeamServer;
import aurum.editor.curation.CurationEditor;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;
import aurum.editor.server.ConnectHandler;
import aurum.editor.server.ServerCorpus;
import aurum.editor.server.TeamServerLogin;
import aurum.export.CorpusExport;
import aurum.export.ExportGuard;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.ExportResult;
import aurum.export.ExporterRegistry;
import aurum.export.LayerSelection;

/**
 * Issue 20's "done when", in the workbench against a real PostgreSQL: alice and bob, each logged in to the team
 * server, tag the sample corpus from the keyboard and mark every document done, blind (bob's workbench shows no
 * layer of alice's, and his login cannot read it); lena, the lead, sees both layers done, curates every document
 * (the one disagreement settled with bob's version) into gold on the server; the gold export reads the server
 * corpus and writes the curated spans. Screenshots: target/screenshots/team-server-day-*.png.
 */
class TeamServerDayTest {

    private static TeamServerFixture server;

    private final Journey journey = new Journey();
    private final List<ServerCorpus> connections = new ArrayList<>();
    private Path workspace;

    @BeforeAll
    static void startServer() throws Exception {
        server = TeamServerFixture.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void restore() throws Exception {
        journey.restore();
        connections.forEach(ServerCorpus::close);
        TeamServerFixture.delete(workspace);
    }

    @Test
    void twoAnnotatorsTagBlindTheLeadCuratesAndTheGoldExportReadsTheServer() throws Exception {
        journey.startupCorpusInTheNavigator();
        workspace = Files.createTempDirectory("aurum-team-day");
        CorpusNavigatorView navigator = journey.navigator();

        // 1. alice, then bob, log in and annotate every document: Japan is a place for both; bob also tags Blinken
        ServerCorpus alice = login("alice", navigator);
        List<String> ids = alice.documentIds();
        assertEquals(5, ids.size());
        annotate("alice", alice, navigator, false);
        ServerCorpus bob = login("bob", navigator);
        assertTrue(navigator.documents().stream().noneMatch(r -> r.teamText().contains("alice")),
                "bob's workbench shows no layer of alice's: " + teamTexts(navigator));
        annotate("bob", bob, navigator, true);
        try (TeamServer asBob = TeamServer.connect(server.user("bob"), TeamServerFixture.password("bob"), 1)) {
            ServerCorpusStore store = asBob.open(TeamServerFixture.CORPUS, workspace.resolve("check-bob"));
            assertEquals(0, store.loadLayer(ids.get(0), LayerOwner.annotator("alice")).size(),
                    "bob's own login cannot read alice's spans");
            assertEquals(2, store.loadLayer(ids.get(0), LayerOwner.annotator("bob")).size(), "bob's two spans");
        }

        // 2. lena, the lead, sees every layer: both annotators done on every document
        ServerCorpus lena = login("lena", navigator);
        waitUntil("lena's Corpus view shows both layers done", () -> navigator.documents().size() == 5
                && navigator.documents().stream().allMatch(r -> r.teamText().contains("alice done")
                        && r.teamText().contains("bob done")), 30_000);
        screenshot("team-server-day-1-lead-sees-both.png");

        // 3. she curates every document; the first has the one disagreement, settled with bob's version (key 2)
        for (String id : ids) {
            CurationEditor curation = journey.curate(navigator, id);
            if (curation.commands().openCount() > 0) {
                assertEquals(ids.get(0), id, "only the first document has a disagreement");
                screenshot("team-server-day-2-curation.png");
                press('2', '2');
            }
            waitUntil("gold of " + id + " is curated", () -> curation.state().layer().state() == LayerState.CURATED,
                    10_000);
            assertTrue(curation.state().session().awaitSaved(30_000), "the gold of " + id + " is stored");
            journey.page().closeEditor(curation, false);
        }

        // live: the Corpus view follows the server's notices of the gold saves
        waitUntil("the Corpus view shows gold curated everywhere",
                () -> navigator.documents().stream().allMatch(r -> r.goldText().equals("curated")), 30_000);
        screenshot("team-server-day-3-curated.png");

        // the gold is on the server, read through a login of its own
        try (TeamServer asLena = TeamServer.connect(server.user("lena"), TeamServerFixture.password("lena"), 1)) {
            ServerCorpusStore store = asLena.open(TeamServerFixture.CORPUS, workspace.resolve("check-lena"));
            for (String id : ids) {
                Layer gold = store.loadLayer(id, LayerOwner.GOLD);
                assertEquals(LayerState.CURATED, gold.state(), id);
            }
            List<Span> first = store.loadLayer(ids.get(0), LayerOwner.GOLD).spans();
            assertEquals(List.of("GPE", "OFFICIAL"), first.stream().map(Span::labelId).sorted().toList(),
                    "bob's version of the disagreement");
        }

        // 4. the gold export reads the server corpus the workbench is connected to (what File > Export runs)
        Path out = workspace.resolve("gold");
        ExportResult result = CorpusExport.run(lena, ExporterRegistry.builtIn().find("jsonl").orElseThrow(),
                ExportOptions.defaults().withLayer(LayerSelection.GOLD), out, ExportProgress.NONE, ExportGuard.USEFUL);
        assertEquals(5, result.splits().values().stream().mapToLong(aurum.export.SplitCounts::documents).sum(),
                "every curated document exported");
        JsonObject record = lines(out).stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .filter(r -> r.get("id").getAsString().equals(ids.get(0))).findFirst().orElseThrow();
        String text = record.get("text").getAsString();
        int blinken = text.indexOf("Antony Blinken");
        List<String> spans = new ArrayList<>();
        record.getAsJsonArray("spans").forEach(e -> spans.add(e.getAsJsonObject().get("label").getAsString() + " "
                + e.getAsJsonObject().get("start").getAsInt() + "-" + e.getAsJsonObject().get("end").getAsInt()));
        assertTrue(spans.contains("OFFICIAL " + blinken + "-" + (blinken + "Antony Blinken".length())),
                "the curated OFFICIAL span at its offsets: " + spans);
    }

    /** {@code name} logs in to the server and the Corpus view shows the server corpus as their layers. */
    private ServerCorpus login(String name, CorpusNavigatorView navigator) throws Exception {
        ServerCorpus corpus = TeamServerLogin.connect(server.user(name), TeamServerFixture.password(name),
                TeamServerFixture.CORPUS, workspace);
        connections.add(corpus);
        ConnectHandler.show(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), corpus, null);
        waitUntil("the Corpus view lists the server corpus for " + name, () -> navigator.store() == corpus
                && !navigator.isSearching() && navigator.documents().size() == 5, 60_000);
        // the Connect dialog closing gives the window, and so the Corpus view, the focus again: its first row selected
        navigator.setFocus();
        return corpus;
    }

    /** {@code name} tags every document from the keyboard, marking each done and moving on (Ctrl+Shift+Enter). */
    private void annotate(String name, ServerCorpus corpus, CorpusNavigatorView navigator, boolean blinken)
            throws Exception {
        String firstId = navigator.visibleDocuments().get(0).id();
        journey.tagEveryDocumentAndMarkDone(navigator, corpus.documentIds().size(), (editor, text) -> {
            if (blinken && editor.documentInput().documentId().equals(firstId)) {
                journey.tag(editor, text.indexOf("Antony Blinken"), 2,
                        editor.state().labels().label("OFFICIAL").orElseThrow().hotkey());
            }
        }, "team-server-day-0-" + name + "-tags.png");
        try (TeamServer check = TeamServer.connect(server.user(name), TeamServerFixture.password(name), 1)) {
            ServerCorpusStore store = check.open(TeamServerFixture.CORPUS, workspace.resolve("check-" + name));
            for (String id : corpus.documentIds()) {
                assertEquals(LayerState.DONE, store.loadLayer(id, LayerOwner.annotator(name)).state(),
                        name + "'s layer of " + id + " is done on the server");
            }
        }
    }

    private static List<String> teamTexts(CorpusNavigatorView navigator) {
        return navigator.documents().stream().map(DocumentRow::teamText).toList();
    }

    private static List<String> lines(Path out) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl") && !f.endsWith("report.jsonl")).toList()) {
                lines.addAll(Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList());
            }
        }
        return lines;
    }
}
