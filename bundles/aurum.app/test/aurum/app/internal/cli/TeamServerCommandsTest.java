package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.server.local.LocalPostgres;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team-server journey from the command line, against a real PostgreSQL: {@code server init}, {@code users add},
 * {@code grant}, {@code users} (list), {@code push} of a corpus with layers and {@code pull} into another folder,
 * which is byte for byte the pushed one; a second push finds everything there, another person's push of a changed
 * layer is a conflict (exit 1); a wrong password and a refused role fail with one line and exit code 2; a lead's
 * {@code assign --server} changes the server corpus's assignments.
 */
class TeamServerCommandsTest {

    private static Path data;
    private static LocalPostgres server;
    private static final String ADMIN = "cli_admin";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> List::of);

    @BeforeAll
    static void startServer() throws Exception {
        data = Files.createTempDirectory("aurum-cli-pg"); // not under @TempDir: PostgreSQL runs as nobody when we are root
        server = LocalPostgres.startThrowaway(data, ADMIN, "admin-password".toCharArray());
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void initUsersPushAndPullRoundTripTheCorpus() throws Exception {
        Path adminPassword = secret("admin-password");
        Path lenaPassword = secret("lenas-password");
        String admin = "postgresql://" + ADMIN + "@127.0.0.1:" + server.port() + "/team";
        String lena = "postgresql://lena@127.0.0.1:" + server.port() + "/team";

        assertEquals(0, run("server", "init", "--server", admin, "--password-file", adminPassword.toString()));
        assertTrue(out().contains("is ready"), out());
        assertEquals(0, run("server", "init", "--server", admin, "--password-file", adminPassword.toString()));
        assertTrue(out().contains("is up to date"), out());
        assertEquals(0, run("server", "users", "add", "lena", "--server", admin, "--password-file",
                adminPassword.toString(), "--new-password-file", lenaPassword.toString()));
        assertEquals(0, run("server", "grant", "lena", "--role", "lead", "--server", admin, "--password-file",
                adminPassword.toString()));
        assertEquals(0, run("server", "users", "--server", admin, "--password-file", adminPassword.toString()));
        assertTrue(out().contains("lena\tlead"), out());

        Path corpus = corpus(dir.resolve("us-japan"));
        assertEquals(0, run("push", "--corpus", corpus.toString(), "--server", lena, "--password-file", lenaPassword.toString()));
        assertTrue(out().contains("Pushed 2 documents, 2 layers and 0 corpus files"), out());
        String lenaPw = lenaPassword.toString();
        assertEquals(0, run("server", "list", "--name", "us-japan", "--server", lena, "--password-file", lenaPw));
        assertTrue(out().contains("alice:done") && out().endsWith("2 of 2 documents" + System.lineSeparator()), out());
        assertEquals(0, run("server", "list", "--name", "us-japan", "--limit", "1", "--server", lena, "--password-file", lenaPw));
        assertTrue(out().contains("1 of 2 documents; the next page: --after d1"), out());
        assertEquals(0, run("server", "list", "--name", "us-japan", "--after", "d1", "--server", lena, "--password-file", lenaPw));
        assertTrue(out().startsWith("d2 ") && out().contains("1 of 2 documents"), out());
        assertEquals(0, run("server", "list", "--name", "us-japan", "--state", "done", "--server", lena, "--password-file", lenaPw));
        assertTrue(out().contains("1 of 1 documents"), out());
        assertEquals(0, run("server", "stats", "--name", "us-japan", "--format", "json", "--server", lena, "--password-file", lenaPw));
        assertTrue(out().contains("\"documents\": 2") && out().contains("\"alice\""), out());
        assertEquals(2, run("server", "list", "--name", "us-japan", "--limit", "0", "--server", lena, "--password-file", lenaPw));
        assertTrue(err().startsWith("aurum server list: --limit takes 1 to 10000, not 0"), err());
        assertEquals(2, run("server", "stats", "--name", "nope", "--server", lena, "--password-file", lenaPw));
        assertTrue(err().contains("has no corpus 'nope'; it has: us-japan") && err().lines().count() == 1, err());
        Path copy = dir.resolve("copy");
        assertEquals(0, run("pull", "--corpus", copy.toString(), "--name", "us-japan", "--server", lena,
                "--password-file", lenaPassword.toString()));
        assertEquals(files(corpus), files(copy));

        // export straight from the server writes what the export of the pulled folder writes; the manifest names the server
        Path fromServer = dir.resolve("export-server");
        Path fromFolder = dir.resolve("export-folder");
        assertEquals(0, run("export", "--server", lena, "--name", "us-japan", "--password-file", lenaPw, "--format", "jsonl",
                "--layer", "gold", "--out", fromServer.toString()), err());
        assertEquals(0, run("export", "--corpus", copy.toString(), "--format", "jsonl", "--layer", "gold", "--out",
                fromFolder.toString()), err());
        Map<String, String> serverFiles = files(fromServer);
        Map<String, String> folderFiles = files(fromFolder);
        assertTrue(serverFiles.remove("manifest.json").contains("#us-japan"));
        folderFiles.remove("manifest.json");
        assertEquals(folderFiles, serverFiles);
        assertTrue(serverFiles.values().stream().anyMatch(text -> text.contains("\"GPE\"")), serverFiles.toString());
        assertEquals(2, run("export", "--server", lena, "--password-file", lenaPw, "--format", "jsonl", "--out",
                dir.resolve("e2").toString()));
        assertTrue(err().contains("--server needs --name ID"), err());
        assertEquals(2, run("export", "--server", lena, "--name", "nope", "--password-file", lenaPw, "--format", "jsonl",
                "--out", dir.resolve("e3").toString()));
        assertTrue(err().contains("has no corpus 'nope'") && err().lines().count() == 1, err());
        assertEquals(2, run("export", "--corpus", copy.toString(), "--server", lena, "--name", "us-japan", "--format",
                "jsonl", "--out", dir.resolve("e4").toString()));
        assertTrue(err().contains("--corpus DIR (a corpus folder) or --server URL --name ID"), err());

        assertEquals(0, run("push", "--corpus", corpus.toString(), "--server", lena, "--password-file", lenaPassword.toString()));
        assertTrue(out().contains("Pushed 0 documents, 0 layers") && out().contains("2 layers were there already"), out());
        try (CorpusStore store = CorpusStore.open(corpus)) {
            Layer gold = store.loadLayer("d1", LayerOwner.GOLD);
            long loaded = gold.revision();
            gold.add(Span.builder().id("g2").range(0, 7).label("PER").build());
            store.saveLayer(gold, loaded);
        }
        assertEquals(1, run("push", "--corpus", corpus.toString(), "--server", lena.replace("lena@", ADMIN + "@"),
                "--password-file", adminPassword.toString()));
        assertTrue(out().contains("conflict: document 'd1', gold: pushed by 'lena' at "), out());
        assertTrue(err().contains("1 conflicts: the server's copies were kept"), err());
        assertEquals(2, run("pull", "--corpus", dir.resolve("x").toString(), "--server", lena, "--password-file",
                adminPassword.toString()));
        assertTrue(err().contains("refused the login of 'lena'"), err());
        assertEquals(2, run("pull", "--corpus", dir.resolve("y").toString(), "--server", "http://lena@host/x"));
        assertTrue(err().contains("must start with postgresql://"), err());

        // the lead assigns on the server (connected workbenches follow); then the progress from the server
        assertEquals(0, run("assign", "--server", lena, "--password-file", lenaPw, "--name", "us-japan",
                "--annotators", "alice", "--documents", "d1"), err());
        assertTrue(out().contains("assigned 1 documents to alice in assignments.json of the team-server corpus"
                + " 'us-japan'"), out());
        assertEquals(0, run("assign", "--server", lena, "--password-file", lenaPw, "--name", "us-japan"), err());
        assertTrue(out().lines().anyMatch(l -> l.matches("alice\\s+1\\s+1\\s+0\\s+0")), out());
        assertEquals(0, run("pull", "--corpus", dir.resolve("assigned").toString(), "--name", "us-japan", "--server",
                lena, "--password-file", lenaPw));
        assertTrue(Files.readString(dir.resolve("assigned/assignments.json")).contains("\"alice\": [\n      \"d1\""));
        assertEquals(2, run("assign", "--server", lena, "--corpus", corpus.toString()));
        assertTrue(err().contains("give the corpus as --corpus DIR, or as --server URL --name ID"), err());
    }

    @Test
    void tlsSettingsOfTheAddressAreCheckedAndATlsFailureIsOneLine() throws Exception {
        Path adminPassword = secret("admin-password");
        String base = "postgresql://" + ADMIN + "@localhost:" + server.port() + "/postgres";
        assertEquals(2, run("server", "users", "--server", base + "?sslmode=strict", "--password-file",
                adminPassword.toString()));
        assertTrue(err().contains("sslmode 'strict' is not one of disable, allow, prefer, require, verify-ca, verify-full"),
                err());
        // this local server has no TLS: an address demanding it is refused in one line, not with the driver's text
        assertEquals(2, run("server", "users", "--server", base + "?sslmode=verify-full&sslrootcert=" + dir.resolve("ca.pem"),
                "--password-file", adminPassword.toString()));
        assertTrue(err().contains("does not offer TLS, but the address demands it (sslmode=verify-full)"), err());
        assertEquals(1, err().lines().count(), err());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path secret(String password) throws Exception {
        Path file = Files.createTempFile(dir, "pw", ".txt");
        Files.writeString(file, password + "\n");
        return file;
    }

    private static Path corpus(Path folder) throws Exception {
        try (CorpusStore store = CorpusStore.create(folder, CorpusSettings.of("US-Japan", new LabelSetRef("news", "1")))) {
            Document d1 = Document.imported("d1", "Blinken met Austin in Tokyo \uD83D\uDE80 today.\r\n", DocumentMetadata.NONE);
            store.addDocument(d1);
            store.addDocument(Document.imported("d2", "Nothing\u00a0here.", DocumentMetadata.NONE));
            Layer alice = new Layer(d1, LayerOwner.annotator("alice"));
            alice.add(Span.builder().id("a").range(0, 7).label("PER").build());
            alice.setState(LayerState.DONE);
            store.saveLayer(alice, 0);
            Layer gold = new Layer(d1, LayerOwner.GOLD);
            gold.add(Span.builder().id("g").range(22, 27).label("GPE").note("Tokyo").build());
            store.saveLayer(gold, 0);
            store.saveLayer(gold, 1);
        }
        return folder;
    }

    /** Relative path → content of every file outside {@code .aurum/}. */
    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(".aurum")) {
                    files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }
}
