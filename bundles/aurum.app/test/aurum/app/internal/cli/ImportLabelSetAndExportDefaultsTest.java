package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;

/**
 * Import meets validate and export from the command line: a CoNLL-2003 file imported with a created label set
 * validates cleanly and exports to the same entities; the label set of a new corpus is chosen with
 * {@code --label-set}; export without {@code --layer} takes what the corpus has and never exits 0 having
 * written nothing.
 */
class ImportLabelSetAndExportDefaultsTest {

    private static final LabelSet NEWS_1 = new LabelSet("news", "News", "1.0.0",
            List.of(LabelDefinition.of("GPE", "Place").withHotkey('g'), LabelDefinition.of("ORG", "Organisation")
                    .withHotkey('r'), LabelDefinition.of("OFFICIAL", "Official").withHotkey('o')));
    private static final LabelSet NEWS_2 = new LabelSet("news", "News", "2.0.0", NEWS_1.labels());
    private static final LabelSet CONLL = new LabelSet("conll2003", "CoNLL-2003", "1.0.0",
            List.of(LabelDefinition.of("PER", "Person"), LabelDefinition.of("LOC", "Location"),
                    LabelDefinition.of("ORG", "Organization"), LabelDefinition.of("MISC", "Miscellaneous")));

    /** Two documents of CoNLL-2003 (IOB1, as the shared task's files), with multi-token and MISC entities. */
    private static final String REUTERS = """
            -DOCSTART- -X- O O

            EU NNP I-NP I-ORG
            rejects VBZ I-VP O
            German JJ I-NP I-MISC
            call NN I-NP O
            to TO I-VP O
            boycott VB I-VP O
            British JJ I-NP I-MISC
            lamb NN I-NP O
            . . O O

            Peter NNP I-NP I-PER
            Blackburn NNP I-NP I-PER

            -DOCSTART- -X- O O

            BRUSSELS NNP I-NP I-LOC
            1996-08-22 CD I-NP O

            The DT I-NP O
            European NNP I-NP I-ORG
            Commission NNP I-NP I-ORG
            said VBD I-VP O
            on IN I-PP O
            Thursday NNP I-NP O
            it PRP B-NP O
            disagreed VBD I-VP O
            with IN I-PP O
            German JJ I-NP I-MISC
            advice NN I-NP O
            . . O O
            """;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> () -> List.of(NEWS_1, NEWS_2, CONLL));

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(args);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    /** The entities of a CoNLL file: {@code LABEL tok tok} per entity, read with IOB1's rule (I- continues). */
    private static List<String> entities(String conll) {
        List<String> entities = new ArrayList<>();
        StringBuilder open = null;
        String label = null;
        for (String line : conll.split("\n")) {
            String[] columns = line.strip().split("\\s+");
            String tag = line.isBlank() || line.startsWith("-DOCSTART-") ? "O" : columns[columns.length - 1];
            boolean continues = open != null && tag.startsWith("I-") && tag.substring(2).equals(label);
            if (open != null && !continues) {
                entities.add(open.toString());
                open = null;
            }
            if (tag.startsWith("B-") || tag.startsWith("I-") && open == null) {
                label = tag.substring(2);
                open = new StringBuilder(label);
            }
            if (open != null) {
                open.append(' ').append(columns[0]);
            }
        }
        if (open != null) {
            entities.add(open.toString());
        }
        return entities;
    }

    /** Entities with their tokens joined without spaces: the same entity, however it was tokenized. */
    private static List<String> withoutSpaces(List<String> entities) {
        return entities.stream().map(e -> e.substring(0, e.indexOf(' ') + 1) + e.substring(e.indexOf(' ') + 1)
                .replace(" ", "")).toList();
    }

    @Test
    void aConllFileImportedWithACreatedLabelSetValidatesAndExportsTheSameEntities() throws Exception {
        Path file = dir.resolve("reuters.conll");
        Files.writeString(file, REUTERS);
        Path corpus = dir.resolve("reuters");

        // a label set chosen with --label-set is kept to: labels it lacks are refused (a new corpus without
        // --label-set takes the input's labels instead, FixtureJourneyTest)
        assertEquals(CommandLine.USAGE, run("import", file.toString(), "--corpus", corpus.toString(), "--label-set",
                "news"));
        assertTrue(said().contains("'ORG'") || said().contains("'MISC'") || said().contains("'PER'"), said());
        assertTrue(said().contains("--create-label-set"), "the refusal names the way out: " + said());
        assertFalse(Files.exists(corpus.resolve("corpus.json")), "the refused import left no corpus");

        assertEquals(0, run("import", file.toString(), "--corpus", corpus.toString(), "--label-set", "news",
                "--create-label-set"), said());
        assertTrue(said().contains("Created the corpus's own label set reuters@1.0.0"), said());
        assertTrue(said().contains("with 4 labels: ORG, LOC, MISC, PER"), "news's ORG is kept first: " + said());
        assertTrue(Files.exists(corpus.resolve("labelset.json")));
        assertEquals(0, run("validate", "--corpus", corpus.toString()), said());
        assertTrue(said().contains("No problems"), said());

        Path export = dir.resolve("export");
        assertEquals(0, run("export", "--corpus", corpus.toString(), "--format", "conll", "--out", export.toString()),
                said());
        assertTrue(said().contains("layer annotator:import"), "the import's layer is what the corpus has: " + said());
        String written = Files.readString(export.resolve("all.conll"));
        assertEquals(entities(REUTERS), entities(written), written);
        assertEquals(List.of("ORG EU", "MISC German", "MISC British", "PER Peter Blackburn", "LOC BRUSSELS",
                "ORG European Commission", "MISC German"), entities(written));
        assertEquals(LayerState.DONE, CorpusStore.open(corpus).loadLayer(CorpusStore.open(corpus).documentIds().get(0),
                LayerOwner.annotator("import")).state(), "imported spans are the source's finished annotation");
    }

    @Test
    void theDkproConll2003FixtureImportsValidatesAndExportsItsEntities() throws Exception {
        Path fixture = Path.of(System.getProperty("aurum.root", "../.."), "..", "shared", "fixtures", "dkpro-core",
                "dkpro-core-io-conll-asl", "src", "test", "resources", "conll", "2003", "en-orig.conll");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(fixture), "the shared fixtures are not here");
        Path corpus = dir.resolve("dkpro");
        assertEquals(0, run("import", fixture.toString(), "--corpus", corpus.toString(), "--label-set", "conll2003"),
                said());
        assertEquals(0, run("validate", "--corpus", corpus.toString()), "CoNLL labels are in conll2003: " + said());
        Path export = dir.resolve("export");
        assertEquals(0, run("export", "--corpus", corpus.toString(), "--format", "conll", "--out", export.toString()),
                said());
        // the same entities by label and text; Aurum's tokenizer splits "U.N." into "U.N" and "." (both in the span)
        assertEquals(withoutSpaces(entities(Files.readString(fixture))),
                withoutSpaces(entities(Files.readString(export.resolve("all.conll")))));
        assertEquals(List.of("ORG U.N.", "PER Ekeus", "LOC Baghdad"), entities(Files.readString(fixture)));
    }

    @Test
    void theLabelSetOfANewCorpusIsChosenNewestByDefaultAndAWrongOneIsRefused() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Tokyo.\n");
        assertEquals(0, run("import", file.toString(), "--corpus", dir.resolve("newest").toString(), "--label-set",
                "news"), said());
        assertEquals("news@2.0.0", CorpusStore.open(dir.resolve("newest")).settings().labelSet().toString());
        assertEquals(0, run("import", file.toString(), "--corpus", dir.resolve("pinned").toString(), "--label-set",
                "news@1.0.0"), said());
        assertEquals("news@1.0.0", CorpusStore.open(dir.resolve("pinned")).settings().labelSet().toString());
        assertEquals(CommandLine.USAGE, run("import", file.toString(), "--corpus", dir.resolve("x").toString(),
                "--label-set", "news@9"));
        assertTrue(said().contains("installed in version 1.0.0, 2.0.0, not 9"), said());
        assertFalse(Files.exists(dir.resolve("x")), "nothing is created");
        assertEquals(CommandLine.USAGE, run("import", file.toString(), "--corpus", dir.resolve("pinned").toString(),
                "--label-set", "conll2003"));
        assertTrue(said().contains("label set news@1.0.0 already"), said());
    }

    @Test
    void exportWithoutLayerStopsWhenTheCorpusDoesNotSayAndNeverExitsZeroHavingWrittenNothing() throws Exception {
        Path file = dir.resolve("reuters.conll");
        Files.writeString(file, REUTERS);
        Path corpus = dir.resolve("c");
        assertEquals(0, run("import", file.toString(), "--corpus", corpus.toString(), "--annotator", "alice",
                "--create-label-set"), said());
        assertEquals(0, run("import", file.toString(), "--corpus", corpus.toString(), "--annotator", "bob"), said());
        Path export = dir.resolve("export");
        assertEquals(CommandLine.USAGE, run("export", "--corpus", corpus.toString(), "--format", "conll", "--out",
                export.toString()));
        assertTrue(said().contains("alice: 2 done; bob: 2 done") && said().contains("--layer"), said());
        assertFalse(Files.exists(export));

        assertEquals(CommandLine.PROBLEMS, run("export", "--corpus", corpus.toString(), "--format", "conll", "--out",
                export.toString(), "--layer", "gold"));
        assertTrue(said().contains("no document was exported: none of the 2 documents has a gold layer")
                && said().contains("Choose another --layer (layers: alice: 2 done; bob: 2 done)"), said());
        assertEquals(CommandLine.PROBLEMS, run("export", "--corpus", corpus.toString(), "--format", "conll", "--out",
                export.toString(), "--layer", "annotator:alice", "--states", "in-progress"));
        assertTrue(said().contains("in state IN_PROGRESS") && said().contains("other --states"), said());
        assertEquals(CommandLine.USAGE, run("export", "--corpus", corpus.toString(), "--format", "conll", "--out",
                export.toString(), "--layer", "annotator:alice", "--split", "80/10/10"));
        assertTrue(said().contains("--split 80/10/10 of 2 documents leaves"), said());
        assertFalse(Files.exists(export), "nothing was written: " + said());
    }
}
