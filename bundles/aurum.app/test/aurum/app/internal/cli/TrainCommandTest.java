package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.registry.RecognizerContext;
import aurum.labels.registry.RecognizerDescriptor;
import aurum.learn.LearnedRecognizer;
import aurum.learn.internal.LearnedRecognizerFactory;

/** {@code aurum train} and then {@code aurum suggest} with the learned recognizer, on a team's own labels. */
class TrainCommandTest {

    private static final LabelSet SHIPS = new LabelSet("ships", "Ships", "1.0.0",
            List.of(LabelDefinition.of("SHIP", "Ship"), LabelDefinition.of("PORT", "Port")));
    private static final List<String> NAMES = List.of("Endeavour", "Resolute", "Valiant", "Intrepid");
    private static final List<String> PORTS = List.of("Portsmouth", "Rotterdam", "Valletta", "Piraeus");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), CommandServices.of(() -> () -> List.of(SHIPS))
                    .withRecognizers(() -> () -> List.of(learned())));

    @TempDir
    Path dir;

    private static RecognizerDescriptor learned() {
        return new RecognizerDescriptor() {
            @Override
            public String id() {
                return LearnedRecognizer.ID;
            }

            @Override
            public String name() {
                return "Learned from this corpus";
            }

            @Override
            public String labelSetId() {
                return ANY_LABEL_SET;
            }

            @Override
            public String contributor() {
                return "aurum.learn";
            }

            @Override
            public Optional<Recognizer> create(RecognizerContext context) {
                try {
                    return Optional.of(new LearnedRecognizerFactory().create(context));
                } catch (Exception e) {
                    return Optional.empty();
                }
            }
        };
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void corpus() throws Exception {
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("ships", SHIPS.ref()));
        for (int d = 0; d < 6; d++) {
            StringBuilder text = new StringBuilder("Log " + d + ".\n");
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String ship = NAMES.get((i + d) % NAMES.size());
                String port = PORTS.get((i + 2 * d) % PORTS.size());
                text.append("The frigate ");
                spans.add(new int[] {text.length(), text.length() + ship.length(), 0});
                text.append(ship).append(" left ");
                spans.add(new int[] {text.length(), text.length() + port.length(), 1});
                text.append(port).append(" at dawn.\n");
            }
            store.addDocument(Document.imported("d" + d, text.toString(), DocumentMetadata.NONE));
            Layer layer = store.loadLayer("d" + d, LayerOwner.annotator("ann"));
            long revision = layer.revision();
            for (int[] s : spans) {
                layer.add(Span.builder().range(s[0], s[1]).label(s[2] == 0 ? "SHIP" : "PORT")
                        .status(SpanStatus.ACCEPTED).build());
            }
            store.saveLayer(layer, revision);
        }
        store.addDocument(Document.imported("new", "The frigate Valiant left Piraeus at dawn.\n", DocumentMetadata.NONE));
    }

    @Test
    void trainStoresAModelAndSuggestThenProposesWhatItLearned() throws Exception {
        assertEquals(0, cli.run("train", "--corpus", dir.toString()), err());
        assertTrue(out().contains("trained") && out().contains("72 spans in 6 documents") && out().contains("PORT 36"),
                out());
        assertTrue(Files.isRegularFile(dir.resolve(".aurum/learn/model.bin")));
        out.reset();

        assertEquals(0, cli.run("train", "--corpus", dir.toString()), err());
        assertTrue(out().contains("already trained on these 72 spans"), out());
        out.reset();

        assertEquals(0, cli.run("suggest", "--corpus", dir.toString(), "--recognizer", LearnedRecognizer.ID), err());
        CorpusStore store = CorpusStore.open(dir);
        Layer layer = store.loadLayer("new", LayerOwner.annotator("suggestions"));
        List<String> found = layer.spans().stream()
                .map(s -> s.labelId() + ":" + s.coveredText(layer.document().text())).toList();
        assertTrue(found.containsAll(List.of("SHIP:Valiant", "PORT:Piraeus")), found.toString());
    }

    @Test
    void aCorpusWithNothingAcceptedHasNothingToLearnAndSaysWhatToDo() throws Exception {
        Path empty = dir.resolve("empty");
        CorpusStore store = CorpusStore.create(empty, CorpusSettings.of("e", SHIPS.ref()));
        store.addDocument(Document.imported("d", "Nothing tagged here.\n", DocumentMetadata.NONE));
        assertEquals(CommandLine.PROBLEMS, cli.run("train", "--corpus", empty.toString()));
        assertTrue(err().contains("nothing to learn") && err().contains("accept suggestions or tag spans"), err());
        assertTrue(Files.notExists(empty.resolve(".aurum/learn/model.bin")));
    }

    @Test
    void trainWithoutACorpusIsAUsageError() {
        assertEquals(2, cli.run("train"));
        assertTrue(err().contains("aurum train --corpus DIR"), err());
    }
}
