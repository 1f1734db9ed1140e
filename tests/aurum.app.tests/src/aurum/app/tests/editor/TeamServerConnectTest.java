package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.open;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.type;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.server.ServerAddress;
import aurum.corpus.server.TeamServer;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.preferences.AurumPreferences;
import aurum.editor.server.ConnectDialog;
import aurum.editor.server.SavedLogins;
import aurum.editor.server.ServerCorpus;
import aurum.editor.server.TeamServerLogin;

/**
 * File &gt; Connect to Team Server… against a real PostgreSQL (the Debian package's binaries): the dialog
 * logs in, the navigator lists the server corpus, a span tagged in the editor is saved on the server, a wrong
 * password is one line in the dialog, and another annotator does not see the first one's layer.
 */
class TeamServerConnectTest {

    private static final String DOC = "000_a32fd7d8af559016";
    private static final String CORPUS = TeamServerFixture.CORPUS;
    private static final String ALICE_PASSWORD = "alice-secret-42";

    private static TeamServerFixture server;
    private static ServerAddress admin;

    private Path workspace;
    private Path secureFile;
    private ServerCorpus connected;
    private final ServerCorpusInNavigator shown = new ServerCorpusInNavigator();

    @BeforeAll
    static void startServer() throws Exception {
        server = TeamServerFixture.start();
        admin = server.admin();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void tidy() throws Exception {
        shown.restore(); // the tests after this one expect the start-up corpus in the navigator
        if (connected != null) {
            connected.close();
        }
        if (workspace != null) {
            TeamServerFixture.delete(workspace);
        }
    }

    @Test
    void wrongPasswordIsOneLineInTheDialogAndNothingIsRemembered() throws Exception {
        SavedLogins logins = logins();
        ConnectDialog dialog = openDialog(logins);
        try {
            dialog.setFields("jdbc:postgresql://127.0.0.1:" + server.port() + "/aurum", "", "", "alice", "not-her-password",
                    "", true);
            connect(dialog);
            waitUntil("the dialog says why", () -> dialog.errorLine() != null, 30_000);
            assertEquals("The server refused the login of 'alice': wrong user name or password.", dialog.errorLine());
            TeamServerFixture.screenshot(dialog.getShell(), "team-server-connect-wrong-password.png");
            assertNull(dialog.connected());
            assertTrue(connectButton(dialog).isEnabled(), "the user can correct and try again");

            dialog.setFields("127.0.0.1", "1", "aurum", "alice", ALICE_PASSWORD, "", true);
            connect(dialog);
            waitUntil("the dialog says the server is unreachable", () -> dialog.errorLine() != null
                    && dialog.errorLine().startsWith("Cannot reach"), 30_000);
            assertEquals("Cannot reach a team server at 127.0.0.1:1: check the address and that the server runs.",
                    dialog.errorLine());
            assertTrue(logins.lastAddress().isEmpty(), "a refused login is not remembered");
        } finally {
            dialog.close();
        }
    }

    @Test
    void tlsSettingsInTheServerFieldAreUsedAndATlsFailureIsOneLine() throws Exception {
        SavedLogins logins = logins();
        ConnectDialog dialog = openDialog(logins);
        try {
            dialog.setFields("postgresql://alice@127.0.0.1:" + server.port() + "/aurum?sslmode=tls", "", "", "", ALICE_PASSWORD,
                    "", false);
            connect(dialog);
            assertEquals("The server address is wrong: sslmode 'tls' is not one of disable, allow, prefer, require,"
                    + " verify-ca, verify-full.", dialog.errorLine());

            // the fixture's server has no TLS: an address demanding it is refused before any password is sent
            dialog.setFields("jdbc:postgresql://127.0.0.1:" + server.port() + "/aurum?sslmode=verify-full&sslrootcert="
                    + workspace.resolve("ca.pem"), "", "", "alice", ALICE_PASSWORD, "", false);
            connect(dialog);
            waitUntil("the dialog says why", () -> dialog.errorLine() != null
                    && dialog.errorLine().contains("TLS"), 30_000);
            assertEquals("The team server at 127.0.0.1:" + server.port() + " does not offer TLS, but the address demands it"
                    + " (sslmode=verify-full): ask the administrator to turn on ssl on the server.", dialog.errorLine());
            assertTrue(logins.lastAddress().isEmpty(), "a refused login is not remembered");
        } finally {
            dialog.close();
        }
    }

    @Test
    void aSavedLoginKeepsItsTlsSettingsAndTheDialogShowsThemInTheServerField() throws Exception {
        SavedLogins logins = logins();
        ServerAddress withTls = ServerAddress.parse("postgresql://alice@db.example.org:6543/team?sslmode=verify-full"
                + "&sslrootcert=/etc/aurum/ca.pem");
        logins.connected(withTls, CORPUS, ALICE_PASSWORD.toCharArray(), false);
        assertEquals(withTls, ServerAddress.parse(logins.lastAddress().orElseThrow()));
        ConnectDialog dialog = openDialog(logins);
        try {
            List<Control> texts = new ArrayList<>();
            collectTexts(dialog.getShell(), texts);
            Text serverField = texts.stream().map(Text.class::cast).filter(t -> t.getMessage().startsWith("a host name"))
                    .findFirst().orElseThrow();
            assertEquals(withTls.toString(), serverField.getText());
            assertEquals(withTls, TeamServerLogin.address(serverField.getText(), "", "", ""));
        } finally {
            dialog.close();
        }
    }

    @Test
    void connectingOpensTheServerCorpusAndTaggedSpansAreSavedOnTheServer() throws Exception {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).putBoolean(AurumPreferences.SNAP_TO_TOKENS, true);
        SavedLogins logins = logins();
        ConnectDialog dialog = openDialog(logins);
        dialog.setFields("jdbc:postgresql://127.0.0.1:" + server.port() + "/aurum", "", "", "alice", ALICE_PASSWORD,
                "", true);
        TeamServerFixture.screenshot(dialog.getShell(), "team-server-connect-dialog.png");
        connect(dialog);
        waitUntil("the dialog logged in and closed", () -> dialog.getShell() == null, 30_000);
        connected = dialog.connected();
        assertNotNull(connected);

        ServerAddress alice = admin.withUser("alice");
        assertEquals(ALICE_PASSWORD, logins.password(alice).orElse(null), "remembered in secure storage");
        assertStoredEncrypted(secureFile);

        CorpusNavigatorView navigator = shown.show(connected);
        assertTrue(navigator.getContentDescription().startsWith("samples: 5 documents"), navigator.getContentDescription());
        TeamServerFixture.screenshot(workbenchShell(), "team-server-connected-navigator.png");

        AnnotationEditor editor = open(connected.directory(), DOC);
        String text = editor.textWidget().getText();
        int start = text.indexOf("Antony Blinken");
        editor.textWidget().setSelection(start, start + 10);
        type('o');
        waitUntil("the span is in the layer", () -> editor.state().layer().size() == 1, 10_000);
        EditorDriver.awaitSaved();
        TeamServerFixture.screenshot(workbenchShell(), "team-server-editor.png");

        try (TeamServer check = TeamServer.connect(alice, ALICE_PASSWORD.toCharArray(), 1)) {
            Layer stored = check.open(CORPUS, workspace.resolve("check")).loadLayer(DOC, LayerOwner.annotator("alice"));
            assertEquals(1, stored.size(), "the span is on the server");
            Span span = stored.spans().get(0);
            assertEquals("OFFICIAL", span.labelId());
            assertEquals(start, span.start());
            assertEquals(start + "Antony Blinken".length(), span.end());
            assertEquals(1, stored.revision());
        }
    }

    @Test
    void aSecondAnnotatorDoesNotSeeTheFirstOnesLayer() throws Exception {
        workspace = Files.createTempDirectory("aurum-ui-workspace");
        ServerAddress alice = admin.withUser("alice");
        ServerCorpus first = TeamServerLogin.connect(alice, ALICE_PASSWORD.toCharArray(), CORPUS, workspace);
        String other;
        try {
            // not DOC: the other test counts the revisions of alice's layer there
            other = first.documentIds().stream().filter(id -> !id.equals(DOC)).findFirst().orElseThrow();
            Layer layer = first.loadLayer(other, LayerOwner.annotator("alice"));
            long loaded = layer.revision();
            layer.add(Span.builder().range(0, 5).label("GPE").build());
            assertEquals(1, first.saveLayer(layer, loaded));
        } finally {
            first.close();
        }

        connected = TeamServerLogin.connect(admin.withUser("bob"), "bob-secret".toCharArray(), "", workspace);
        CorpusNavigatorView navigator = shown.show(connected);
        List<IndexedDocument> rows = connected.index().find(DocumentQuery.ALL);
        assertEquals(5, rows.size(), "bob sees every document");
        assertTrue(rows.stream().allMatch(row -> row.layer(LayerOwner.annotator("alice")).isEmpty()),
                "bob sees no layer of alice: " + rows);
        assertEquals(0, connected.loadLayer(other, LayerOwner.annotator("alice")).size(), "alice's spans stay hidden");
        assertTrue(navigator.getContentDescription().contains("bob's layers"), navigator.getContentDescription());
    }

    @Test
    void theFileMenuCommandOpensTheDialog() throws Exception {
        Display display = Display.getCurrent();
        boolean[] seen = {false};
        Runnable[] closer = new Runnable[1];
        closer[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && "Connect to Team Server".equals(shell.getText())) {
                    seen[0] = true;
                    shell.close(); // as Escape does: the handler gets Cancel and opens nothing
                    return;
                }
            }
            display.timerExec(100, closer[0]);
        };
        display.timerExec(100, closer[0]);
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand("aurum.editor.connectTeamServer", null);
        assertTrue(seen[0], "the command's handler opened the Connect to Team Server dialog");
    }

    @Test
    void rememberingAskForTheMasterPasswordOfSecureStorage() throws Exception {
        workspace = Files.createTempDirectory("aurum-ui-workspace");
        Path file = workspace.resolve("secure_storage");
        // no default password given: the storage asks its password provider, Aurum's master-password prompt
        ISecurePreferences root = SecurePreferencesFactory.open(file.toUri().toURL(), Map.of());
        Display display = Display.getCurrent();
        boolean[] asked = {false};
        Runnable[] answer = new Runnable[1];
        answer[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && "Secure Storage".equals(shell.getText())) {
                    asked[0] = true;
                    List<Control> texts = new ArrayList<>();
                    collectTexts(shell, texts);
                    ((Text) texts.get(0)).setText("master-of-tests");
                    List<Button> buttons = new ArrayList<>();
                    collect(shell, buttons);
                    buttons.stream().filter(b -> b.getText().replace("&", "").equals("OK")).findFirst().orElseThrow()
                            .notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            display.timerExec(100, answer[0]);
        };
        display.timerExec(100, answer[0]);
        ServerAddress alice = admin.withUser("alice");
        new SavedLogins(root).connected(alice, CORPUS, ALICE_PASSWORD.toCharArray(), true);
        assertTrue(asked[0], "the master password was asked for");
        assertEquals(ALICE_PASSWORD, new SavedLogins(root).password(alice).orElse(null));
        assertStoredEncrypted(file);
    }

    /** Neither the password nor its Base64 (Equinox's form for values it could not encrypt) is in the file. */
    private static void assertStoredEncrypted(Path file) throws Exception {
        String stored = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertTrue(stored.contains("/password="), stored);
        assertFalse(stored.contains(ALICE_PASSWORD), "the password in plain text: " + stored);
        String base64 = java.util.Base64.getEncoder().encodeToString(ALICE_PASSWORD.getBytes(StandardCharsets.UTF_8));
        assertFalse(stored.contains(base64.substring(0, 16)), "the password in Base64, not encrypted: " + stored);
    }

    private static void collectTexts(Control control, List<Control> found) {
        if (control instanceof Text) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTexts(child, found);
            }
        }
    }

    private SavedLogins logins() throws Exception {
        workspace = Files.createTempDirectory("aurum-ui-workspace");
        secureFile = workspace.resolve("secure_storage");
        URL location = secureFile.toUri().toURL();
        ISecurePreferences root = SecurePreferencesFactory.open(location, Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE,
                IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray())));
        assertNotNull(root, "secure storage opened");
        return new SavedLogins(root);
    }

    private ConnectDialog openDialog(SavedLogins logins) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ConnectDialog dialog = new ConnectDialog(shell, logins, workspace, warning -> { });
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle(300);
        return dialog;
    }

    private static void connect(ConnectDialog dialog) {
        connectButton(dialog).notifyListeners(SWT.Selection, new Event());
        settle(100);
    }

    private static Button connectButton(ConnectDialog dialog) {
        List<Button> found = new ArrayList<>();
        collect(dialog.getShell(), found);
        return found.stream().filter(b -> b.getText().replace("&", "").equals("Connect")).findFirst().orElseThrow();
    }

    private static void collect(Control control, List<Button> found) {
        if (control instanceof Button button) {
            found.add(button);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, found);
            }
        }
    }

    private static Shell workbenchShell() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.forceActive();
        settle(1000);
        return shell;
    }
}
