package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.labels.registry.RecognizerDescriptor;

/** {@code aurum suggest} then {@code aurum accept} on the sample corpus, by label and in full; validate is clean. */
class AcceptCommandTest {

    private static final LabelSet NEWS = new LabelSet("news", "News", "2.0.0", List.of(LabelDefinition.of("GPE",
            "Place"), LabelDefinition.of("WEAPON", "Weapon"),
            LabelDefinition.of("WEAPON.HYPERSONIC", "Hypersonic").withParent("WEAPON")));
    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), CommandServices.of(() -> () -> List.of(NEWS))
                    .withRecognizers(() -> () -> List.of(descriptor("test.places", "GPE", "\\b(?:Japan|China)\\b"),
                            descriptor("test.weapons", "WEAPON.HYPERSONIC", "\\b[Hh]ypersonic weapons\\b"))));

    @TempDir
    Path dir;
    private Path corpus;

    @BeforeEach
    void suggestIntoAlicesLayer() {
        String samples = System.getProperty("aurum.samples", "../../samples") + "/us-japan-defense";
        corpus = dir.resolve("corpus");
        assertEquals(0, cli.run("import", samples, "--corpus", corpus.toString()), err());
        assertEquals(0, cli.run("suggest", "--corpus", corpus.toString(), "--annotator", "alice"), err());
        out.reset();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<Span> spans() throws Exception {
        CorpusStore store = CorpusStore.open(corpus);
        List<Span> all = new ArrayList<>();
        for (var d : store.documents()) {
            all.addAll(store.loadLayer(d.id(), ALICE).spans());
        }
        return all;
    }

    @Test
    void acceptByLabelPatternThenEverythingThenNothingIsLeft() throws Exception {
        int weapons = (int) spans().stream().filter(s -> s.labelId().startsWith("WEAPON.")).count();
        assertTrue(weapons > 0, "the samples mention hypersonic weapons");
        assertEquals(0, cli.run("accept", "--corpus", corpus.toString(), "--annotator", "alice", "--labels", "WEAPON.*"),
                err());
        assertTrue(out().startsWith(weapons + " suggestions of WEAPON.* accepted in 5 documents"), out());
        assertTrue(spans().stream().allMatch(s -> s.labelId().equals("GPE") == (s.status() == SpanStatus.SUGGESTED)));
        out.reset();
        assertEquals(0, cli.run("accept", "--corpus", corpus.toString(), "--annotator", "alice"), err());
        assertTrue(out().matches("(?s).*\\n  GPE +\\d+\\n.*"), out());
        assertTrue(spans().stream().allMatch(s -> s.status() == SpanStatus.ACCEPTED));
        assertEquals(1, cli.run("accept", "--corpus", corpus.toString(), "--annotator", "alice"));
        assertTrue(err().contains("nothing accepted") && err().contains("run 'aurum suggest"), err());
        out.reset();
        assertEquals(0, cli.run("validate", "--corpus", corpus.toString()), out());
        assertTrue(out().startsWith("No problems"), out());
    }

    @Test
    void anUnknownDocumentIsAUsageErrorNamingIt() {
        assertEquals(CommandLine.USAGE, cli.run("accept", "--corpus", corpus.toString(), "--documents", "nope"));
        assertTrue(err().contains("no document nope"), err());
    }

    @Test
    void aLabelTheSetLacksOrAnAnnotatorWithoutLayersIsAUsageErrorNamingWhatThereIs() throws Exception {
        List<Span> before = spans();
        assertEquals(CommandLine.USAGE, cli.run("accept", "--corpus", corpus.toString(), "--annotator", "alice",
                "--labels", "WEAPONS.*"));
        assertTrue(err().contains("--labels names label 'WEAPONS.*'") && err().contains("GPE, WEAPON"), err());
        err.reset();
        assertEquals(CommandLine.USAGE, cli.run("accept", "--corpus", corpus.toString(), "--annotator", "alcie"));
        assertTrue(err().contains("annotator 'alcie'") && err().contains("annotators: alice"), err());
        assertEquals(before, spans(), "nothing was accepted");
    }

    private static RecognizerDescriptor descriptor(String id, String label, String regex) {
        return SuggestAndMigrateCommandTest.descriptor(id, label, regex);
    }
}
