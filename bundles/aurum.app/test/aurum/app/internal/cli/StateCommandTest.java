package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/**
 * {@code aurum state}: marks an annotator's layers done (gold: curated) and reopens them, idempotently; says
 * what cannot be reopened; refuses unknown ids and a missing owner without changing anything.
 */
class StateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> List::of);

    @TempDir
    Path dir;

    @BeforeEach
    void corpus() throws Exception {
        try (CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("t", new LabelSetRef("news", "1")))) {
            store.addDocument(Document.imported("d1", "Blinken met Austin in Tokyo.", DocumentMetadata.NONE));
            store.addDocument(Document.imported("d2", "Nothing here.", DocumentMetadata.NONE));
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(args);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private LayerState state(String id, LayerOwner owner) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir)) {
            return store.loadLayer(id, owner).state();
        }
    }

    @Test
    void marksDoneThenAllIsIdempotentAndTheIndexCountsThem() throws Exception {
        assertEquals(0, run("state", "--corpus", dir.toString(), "--annotator", "alice", "--documents", "d1", "done"),
                said());
        assertTrue(said().contains("d1 new -> done"), said());
        assertEquals(LayerState.DONE, state("d1", LayerOwner.annotator("alice")));
        assertEquals(LayerState.NEW, state("d2", LayerOwner.annotator("alice")));
        assertEquals(0, run("state", "--corpus", dir.toString(), "--annotator", "alice", "--documents", "all", "done"),
                said());
        assertTrue(said().contains("1 of 2 documents marked done") && said().contains("1 were already done"), said());
        try (CorpusStore store = CorpusStore.open(dir)) {
            assertEquals(2, store.index().count(DocumentQuery.ALL.withState(LayerState.DONE)));
        }
    }

    @Test
    void reopensFinishedLayersAndReportsThoseNeverFinished() throws Exception {
        run("state", "--corpus", dir.toString(), "--annotator", "alice", "--documents", "d1", "done");
        assertEquals(CommandLine.PROBLEMS, run("state", "--corpus", dir.toString(), "--annotator", "alice",
                "--documents", "d1,d2", "in-progress"), said());
        assertTrue(said().contains("d1 done -> in-progress") && said().contains("never marked done")
                && said().contains("nothing to reopen: d2"), said());
        assertEquals(LayerState.IN_PROGRESS, state("d1", LayerOwner.annotator("alice")));
        assertEquals(LayerState.NEW, state("d2", LayerOwner.annotator("alice")));
    }

    @Test
    void goldIsCuratedAndOtherLayersAreLeftAlone() throws Exception {
        assertEquals(0, run("state", "--corpus", dir.toString(), "--gold", "--documents", "d2", "done"), said());
        assertEquals(LayerState.CURATED, state("d2", LayerOwner.GOLD));
        assertTrue(said().contains("marked curated"), said());
        assertEquals(LayerState.NEW, state("d2", LayerOwner.annotator("alice")));
    }

    @Test
    void anUnknownIdOrAMissingOwnerChangesNothing() throws Exception {
        assertEquals(CommandLine.USAGE, run("state", "--corpus", dir.toString(), "--annotator", "alice",
                "--documents", "d1,nope", "done"), said());
        assertTrue(said().contains("'nope'") && said().contains("nothing was changed"), said());
        assertEquals(LayerState.NEW, state("d1", LayerOwner.annotator("alice")), "d1 is checked first, not changed");
        assertEquals(CommandLine.USAGE, run("state", "--corpus", dir.toString(), "--documents", "all", "done"));
        assertTrue(said().contains("--annotator NAME or --gold"), said());
        assertEquals(CommandLine.USAGE, run("state", "--corpus", dir.toString(), "--annotator", "alice",
                "--documents", "d1", "finished"));
        assertTrue(said().contains("done or in-progress"), said());
    }
}
