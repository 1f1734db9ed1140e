package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/** Options that select nothing are errors naming what there is; an export of nothing does not exit 0. */
class SelectsNothingTest {

    @TempDir
    Path dir;
    private Path corpus;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        LabelSet news = new LabelSet("news", "News", "1.0.0", List.of(LabelDefinition.of("PER", "Person"),
                LabelDefinition.of("GPE", "Place")));
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CommandServices.of(() -> () -> List.of(news)),
                dir.resolve("logs")).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void corpus() throws Exception {
        corpus = dir.resolve("c");
        try (CorpusStore store = CorpusStore.create(corpus, CorpusSettings.of("t", new LabelSetRef("news", "1.0.0")))) {
            store.addDocument(Document.imported("d1", "Blinken met Austin in Tokyo.", DocumentMetadata.NONE));
            for (String annotator : List.of("alice", "bob")) {
                Layer layer = store.loadLayer("d1", LayerOwner.annotator(annotator));
                long revision = layer.revision();
                layer.addAll(List.of(Span.builder().range(0, 7).label("PER").build(),
                        Span.builder().range(22, 27).label("GPE").build()));
                layer.setState(LayerState.DONE);
                store.saveLayer(layer, revision);
            }
        }
    }

    private String[] export(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--corpus", corpus.toString(), "--format",
                "jsonl", "--out", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void exportOfALabelTheSetLacksIsAUsageErrorListingTheLabels() {
        assertEquals(CommandLine.USAGE, run(export("--layer", "annotator:alice", "--labels", "NOPE")));
        assertTrue(err().contains("--labels names label 'NOPE'") && err().contains("its labels: GPE, PER"), err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aParentPatternSelectsWhenTheParentExists() {
        assertEquals(0, run(export("--layer", "annotator:alice", "--labels", "PER.*,GPE")), err());
        assertEquals(CommandLine.USAGE, run(export("--layer", "annotator:alice", "--labels", "NOPE.*")));
        assertTrue(err().contains("--labels names label 'NOPE.*'"), err());
    }

    @Test
    void exportOfAnAnnotatorWithoutLayersIsAUsageErrorListingTheAnnotators() {
        assertEquals(CommandLine.USAGE, run(export("--layer", "annotator:nobody")));
        assertTrue(err().contains("'nobody', who has no layer") && err().contains("annotators: alice, bob"), err());
    }

    @Test
    void mappingALabelTheSetLacksIsAUsageError() {
        assertEquals(CommandLine.USAGE, run(export("--layer", "annotator:alice", "--map", "NOPE=PERSON")));
        assertTrue(err().contains("--map NOPE=PERSON: names label 'NOPE'"), err());
    }

    @Test
    void anExportWithoutSpansExitsOne() {
        assertEquals(CommandLine.PROBLEMS, run(export("--layer", "gold")), err()); // no gold layer
        assertTrue(err().contains("no document was exported") || err().contains("no span was exported"), err());
        assertEquals(0, run(export("--layer", "annotator:alice")), err());
    }

    @Test
    void agreementOnALabelTheSetLacksIsAUsageError() {
        assertEquals(CommandLine.USAGE, run("agree", "--corpus", corpus.toString(), "--label", "NOPE"));
        assertTrue(err().contains("--label names label 'NOPE'"), err());
    }

    @Test
    void assigningToNoAnnotatorIsAUsageError() {
        assertEquals(CommandLine.USAGE, run("assign", "--corpus", corpus.toString(), "--annotators", "",
                "--documents", "all"));
        assertTrue(err().contains("--annotators names no annotator"), err());
        assertEquals(CommandLine.USAGE, run("assign", "--corpus", corpus.toString(), "--annotators", "a b",
                "--documents", "all"));
        assertTrue(err().contains("'a b' is not an annotator id"), err());
    }

    @Test
    void renamingToALabelWithWhiteSpaceIsAUsageError() {
        assertEquals(CommandLine.USAGE, run("labels", "rename", "PER", "a b", "--corpus", corpus.toString()));
        assertTrue(err().contains("'a b' cannot be a label id") && err().contains("'a_b'"), err());
    }
}
