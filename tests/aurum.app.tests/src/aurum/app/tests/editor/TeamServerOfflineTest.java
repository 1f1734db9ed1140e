package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.open;
import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.type;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.server.ServerAddress;
import aurum.corpus.server.TeamServer;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.internal.session.UnsentEdits;
import aurum.editor.preferences.AurumPreferences;
import aurum.editor.server.ServerCorpus;
import aurum.editor.server.TeamServerLogin;

/**
 * The team server goes away while alice is tagging: the editor says so and keeps her edits on this computer;
 * when the server is back they are on it without her doing anything, and the message is gone. Against a real
 * PostgreSQL, stopped at once ({@code pg_ctl stop -m immediate}) and started again on the same port.
 */
class TeamServerOfflineTest {

    private static final String DOC = "000_a32fd7d8af559016";
    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    private static TeamServerFixture server;

    private Path workspace;
    private ServerCorpus connected;
    private final ServerCorpusInNavigator shown = new ServerCorpusInNavigator();
    private boolean stopped;

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
    void tidy() throws Exception {
        if (stopped) {
            server.postgres().restart(); // the fixture stops it at the end
        }
        shown.restore(); // the tests after this one expect the start-up corpus in the navigator
        if (connected != null) {
            connected.close();
        }
        if (workspace != null) {
            TeamServerFixture.delete(workspace);
        }
    }

    @Test
    void editsMadeWhileTheServerIsDownAreKeptAndSentWhenItIsBack() throws Exception {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).putBoolean(AurumPreferences.SNAP_TO_TOKENS, true);
        workspace = Files.createTempDirectory("aurum-ui-workspace");
        ServerAddress alice = server.user("alice");
        connected = TeamServerLogin.connect(alice, TeamServerFixture.password("alice"), TeamServerFixture.CORPUS,
                workspace);
        shown.show(connected);

        AnnotationEditor editor = open(connected.directory(), DOC);
        tag(editor, "Antony Blinken", 'o');
        waitUntil("the first span is in the layer", () -> editor.state().layer().size() == 1, 10_000);
        EditorDriver.awaitSaved();
        assertEquals(1, stored(alice).size(), "saved on the server while it runs");

        server.postgres().crash();
        stopped = true;
        tag(editor, "Lloyd Austin", 'o');
        tag(editor, "hypersonic weapons", 'h');
        waitUntil("both spans are shown", () -> editor.state().layer().size() == 3, 10_000);
        EditorDriver.awaitSaved(); // the first save waits for the connection pool to give up (10 s)
        waitUntil("the editor says the edits are kept", () -> editor.bannerText() != null
                && editor.bannerText().startsWith("Team server unreachable"), 30_000);
        assertEquals("Team server unreachable: 2 edits kept on this computer, sent when it is back.",
                editor.bannerText());
        assertFalse(editor.bannerText().contains("Exception"), editor.bannerText());
        assertEquals(2, editor.state().session().unsentEdits());
        Path kept = UnsentEdits.file(UnsentEdits.folder(connected.directory()), DOC, ALICE);
        UnsentEdits.Contents contents = UnsentEdits.read(kept).orElseThrow();
        assertEquals(1, contents.base(), "made on the revision the server had");
        assertEquals(2, contents.edits().size());
        TeamServerFixture.screenshot(workbenchShell(), "team-server-offline-edits-kept.png");

        tag(editor, "Japan", 'o'); // the editor keeps working: a third edit is kept as well
        waitUntil("the third edit is kept", () -> editor.state().session().unsentEdits() == 3, 30_000);
        assertEquals("Team server unreachable: 3 edits kept on this computer, sent when it is back.",
                editor.bannerText());

        server.postgres().restart();
        stopped = false;
        waitUntil("the kept edits were sent and the message is gone", () -> editor.state().session().unsentEdits() == 0
                && editor.bannerText() == null, 60_000);
        assertFalse(Files.exists(kept), "nothing left on this computer");

        Layer stored = stored(alice);
        List<String> texts = stored.spans().stream().map(span -> text(editor, span) + "/" + span.labelId()).sorted().toList();
        assertEquals(List.of("Antony Blinken/OFFICIAL", "Japan/OFFICIAL", "Lloyd Austin/OFFICIAL",
                "hypersonic weapons/WEAPON.HYPERSONIC"), texts);
        assertEquals(2, stored.revision(), "the kept edits went as one save on top of revision 1");
    }

    @Test
    void editsKeptWhenTheEditorClosedAreSentWhenTheDocumentIsOpenedAgain() throws Exception {
        String doc = "001_f678337dce6c3a19"; // not DOC: the other test counts the revisions there
        workspace = Files.createTempDirectory("aurum-ui-workspace");
        ServerAddress alice = server.user("alice");
        connected = TeamServerLogin.connect(alice, TeamServerFixture.password("alice"), TeamServerFixture.CORPUS,
                workspace);
        shown.show(connected);
        AnnotationEditor editor = open(connected.directory(), doc);

        server.postgres().crash();
        stopped = true;
        tag(editor, "Antony Blinken", 'o');
        EditorDriver.awaitSaved();
        waitUntil("the edit is kept", () -> editor.state().session().unsentEdits() == 1, 30_000);
        page().closeAllEditors(false); // closing the editor (or the workbench) while the server is away
        Path kept = UnsentEdits.file(UnsentEdits.folder(connected.directory()), doc, ALICE);
        assertTrue(Files.exists(kept), "the edit stays on this computer");
        assertEquals(List.of(doc), UnsentEdits.documents(UnsentEdits.folder(connected.directory())));

        server.postgres().restart();
        stopped = false;
        AnnotationEditor again = open(connected.directory(), doc);
        assertEquals(1, again.state().layer().size(), "the reopened editor shows the kept edit");
        waitUntil("the kept edit was sent", () -> !Files.exists(kept) && again.state().session().unsentEdits() == 0,
                60_000);
        Layer stored = stored(alice, doc);
        assertEquals(List.of("Antony Blinken/OFFICIAL"),
                stored.spans().stream().map(span -> text(again, span) + "/" + span.labelId()).toList());
        assertEquals(1, stored.revision());
    }

    /** Selects the first occurrence of {@code words} and presses the label's hotkey. */
    private static void tag(AnnotationEditor editor, String words, char hotkey) {
        String text = editor.textWidget().getText();
        int start = text.indexOf(words);
        assertTrue(start >= 0, words);
        editor.textWidget().setSelection(start, start + words.length());
        type(hotkey);
        settle(100);
    }

    private static String text(AnnotationEditor editor, Span span) {
        return editor.textWidget().getText().substring(span.start(), span.end());
    }

    /** Alice's layer as the server has it, read through a connection of its own. */
    private Layer stored(ServerAddress alice) throws Exception {
        return stored(alice, DOC);
    }

    private Layer stored(ServerAddress alice, String doc) throws Exception {
        try (TeamServer check = TeamServer.connect(alice, TeamServerFixture.password("alice"), 1)) {
            Layer layer = check.open(TeamServerFixture.CORPUS, workspace.resolve("check")).loadLayer(doc, ALICE);
            assertNotNull(layer);
            return layer;
        }
    }

    private static Shell workbenchShell() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.forceActive();
        settle(1000);
        return shell;
    }
}
