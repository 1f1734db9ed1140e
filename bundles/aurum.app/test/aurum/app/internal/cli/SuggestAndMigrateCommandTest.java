package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import aurum.labels.registry.RecognizerContext;
import aurum.labels.registry.RecognizerDescriptor;

/** {@code aurum suggest} and {@code aurum labels rename|merge|delete|undo} on the sample corpus in a temp store. */
class SuggestAndMigrateCommandTest {

    private static final LabelSet NEWS = new LabelSet("news", "News", "2.0.0",
            List.of(LabelDefinition.of("GPE", "Place"), LabelDefinition.of("ORG", "Organisation")));
    private static final LayerOwner SUGGESTIONS = LayerOwner.annotator("suggestions");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), CommandServices.of(() -> () -> List.of(NEWS))
                    .withRecognizers(() -> () -> List.of(descriptor("test.orgs", "ORG", "\\bPentagon\\b"),
                            descriptor("test.places", "GPE", "\\b(?:Japan|China|Tokyo)\\b"))));

    @TempDir
    Path dir;
    private Path corpus;

    @BeforeEach
    void importSamples() {
        String samples = System.getProperty("aurum.samples", "../../samples") + "/us-japan-defense";
        corpus = dir.resolve("corpus");
        assertEquals(0, cli.run("import", samples, "--corpus", corpus.toString()), err());
        out.reset();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<Span> spans(LayerOwner owner) throws Exception {
        CorpusStore store = CorpusStore.open(corpus);
        List<Span> all = new ArrayList<>();
        for (var d : store.documents()) {
            all.addAll(store.loadLayer(d.id(), owner).spans());
        }
        return all;
    }

    @Test
    void suggestWritesSuggestedSpansAndSummarisesPerLabel() throws Exception {
        assertEquals(0, cli.run("suggest", "--corpus", corpus.toString()), err());
        List<Span> spans = spans(SUGGESTIONS);
        long places = spans.stream().filter(s -> s.labelId().equals("GPE")).count();
        assertTrue(places > 10, "the samples mention Japan and China often: " + places);
        assertTrue(spans.stream().allMatch(s -> s.status() == SpanStatus.SUGGESTED));
        assertTrue(out().contains("new suggestions from test.orgs, test.places in 5 documents"), out());
        assertTrue(out().matches("(?s).*\\n  GPE +" + places + "\\n.*"), out());
    }

    @Test
    void suggestTwiceAddsNothingTheSecondTime() throws Exception {
        assertEquals(0, cli.run("suggest", "--corpus", corpus.toString()), err());
        int first = spans(SUGGESTIONS).size();
        out.reset();
        assertEquals(0, cli.run("suggest", "--corpus", corpus.toString()), err());
        assertTrue(out().startsWith("0 new suggestions"), out());
        assertEquals(first, spans(SUGGESTIONS).size());
    }

    @Test
    void suggestWithOneRecognizerIntoAnAnnotatorsLayer() throws Exception {
        assertEquals(0, cli.run("suggest", "--corpus", corpus.toString(), "--recognizer", "test.orgs",
                "--annotator", "alice"), err());
        assertTrue(spans(LayerOwner.annotator("alice")).stream().allMatch(s -> s.labelId().equals("ORG")));
        assertEquals(List.of(), spans(SUGGESTIONS));
    }

    @Test
    void suggestNamesTheInstalledRecognizersWhenTheChosenOneIsMissing() {
        assertEquals(CommandLine.USAGE, cli.run("suggest", "--corpus", corpus.toString(), "--recognizer", "nope"));
        assertTrue(err().contains("no recognizer 'nope'") && err().contains("test.orgs, test.places"), err());
    }

    @Test
    void renameWithDryRunShowsThePreviewAndWritesNothing() throws Exception {
        cli.run("suggest", "--corpus", corpus.toString());
        int places = (int) spans(SUGGESTIONS).stream().filter(s -> s.labelId().equals("GPE")).count();
        out.reset();
        assertEquals(0, cli.run("labels", "rename", "GPE", "PLACE", "--corpus", corpus.toString(), "--dry-run"), err());
        assertTrue(out().startsWith("rename GPE to PLACE: label set news 2.0.0 -> 3.0.0"), out());
        assertTrue(out().contains("annotator 'suggestions'") && out().contains(places + " spans in"), out());
        assertTrue(spans(SUGGESTIONS).stream().noneMatch(s -> s.labelId().equals("PLACE")));
    }

    @Test
    void renameThenUndoRestoresLabelsAndTheLabelSet() throws Exception {
        cli.run("suggest", "--corpus", corpus.toString());
        assertEquals(0, cli.run("labels", "rename", "GPE", "PLACE", "--corpus", corpus.toString()), err());
        assertTrue(spans(SUGGESTIONS).stream().noneMatch(s -> s.labelId().equals("GPE")));
        assertEquals("3.0.0", CorpusStore.open(corpus).settings().labelSet().version());
        out.reset();
        assertEquals(0, cli.run("labels", "undo", "--corpus", corpus.toString()), err());
        assertTrue(out().startsWith("undid 'rename GPE to PLACE'") && out().contains("news@2.0.0"), out());
        assertTrue(spans(SUGGESTIONS).stream().noneMatch(s -> s.labelId().equals("PLACE")));
        out.reset();
        assertEquals(0, cli.run("labels", "undo", "--corpus", corpus.toString()), err());
        assertTrue(out().startsWith("nothing to undo"), out());
    }

    @Test
    void aMigrationThatDoesNotFitIsAUsageErrorWithTheReason() {
        assertEquals(CommandLine.USAGE, cli.run("labels", "delete", "NOPE", "--corpus", corpus.toString()));
        assertTrue(err().contains("has no label NOPE"), err());
    }

    /** A recognizer contribution for label set news that proposes {@code label} at every match of {@code regex}. */
    static RecognizerDescriptor descriptor(String id, String label, String regex) {
        Pattern pattern = Pattern.compile(regex);
        Recognizer recognizer = new Recognizer() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public Set<String> labelIds() {
                return Set.of(label);
            }

            @Override
            public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
                List<Suggestion> found = new ArrayList<>();
                Matcher m = pattern.matcher(input.text());
                while (m.find()) {
                    found.add(new Suggestion(label, m.start(), m.end(), 1.0, Map.of()));
                }
                return found;
            }
        };
        return new RecognizerDescriptor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return id;
            }

            @Override
            public String labelSetId() {
                return "news";
            }

            @Override
            public String contributor() {
                return "test";
            }

            @Override
            public Optional<Recognizer> create(RecognizerContext context) {
                return Optional.of(recognizer);
            }
        };
    }
}
