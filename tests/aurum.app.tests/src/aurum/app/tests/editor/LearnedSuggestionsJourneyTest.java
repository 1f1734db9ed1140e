package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.WindowScreenshot;
import aurum.app.tests.AnnotatorPreference;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.preferences.AurumPreferences;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.learn.LearningSettings;
import aurum.learn.StoredModels;
import aurum.learn.TrainModelJob;

/**
 * The annotator's path through learned suggestions in the workbench, with a team's own label set that no
 * built-in recognizer knows: tag spans by hand in the real editor, the model trains in the background after
 * every N tagged spans (the preference), and Annotate &gt; Suggest Spans in an unseen document then proposes
 * spans of those labels (no built-in recognizer knows them), shown in the editor; the model trained in the
 * background proposes them on its own too.
 */
class LearnedSuggestionsJourneyTest {

    private static final LabelSet FLEET = new LabelSet("team.fleet", "A team's fleet movements", "1.0.0",
            List.of(LabelDefinition.of("SHIP", "Ship"), LabelDefinition.of("PORT", "Port")));
    private static final List<String> SHIPS = List.of("Endeavour", "Resolute", "Valiant", "Intrepid", "Dauntless");
    private static final List<String> PORTS = List.of("Portsmouth", "Rotterdam", "Valletta", "Piraeus", "Gdynia");
    private static final List<String> VERBS = List.of("left", "reached", "sailed from", "returned to", "anchored off");
    private static final int RETRAIN_AFTER = 10;

    /** A tagged document: its text and the spans to tag (label, start, end). */
    private record Planned(String text, List<Object[]> spans) {
    }

    private static Planned report(int d) {
        StringBuilder text = new StringBuilder("Movement report " + (d + 1) + ".\n");
        List<Object[]> spans = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String ship = SHIPS.get((i + d) % SHIPS.size());
            String port = PORTS.get((i + 2 * d) % PORTS.size());
            text.append(i % 2 == 0 ? "The frigate " : "Yesterday the destroyer ");
            spans.add(new Object[] {"SHIP", text.length(), text.length() + ship.length()});
            text.append(ship).append(' ').append(VERBS.get((i + d) % VERBS.size())).append(' ');
            spans.add(new Object[] {"PORT", text.length(), text.length() + port.length()});
            text.append(port).append(i % 2 == 0 ? " at dawn.\n" : " with a full crew.\n");
        }
        return new Planned(text.toString(), spans);
    }

    @Test
    void tagByHandTrainInTheBackgroundThenSuggestInAnUnseenDocument() throws Exception {
        CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
        waitUntil("the start-up corpus is open", () -> navigator.store() != null && !navigator.documents().isEmpty(),
                60_000);
        CorpusStore original = navigator.store();
        String annotator = AnnotatorPreference.current();
        LearningSettings learning = LearningSettings.current();
        Path dir = Files.createTempDirectory("aurum-learn-journey");
        try {
            org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(AurumPreferences.NODE)
                    .put(AurumPreferences.ANNOTATOR, "lena");
            new LearningSettings(true, RETRAIN_AFTER).store();
            CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("fleet", FLEET.ref()));
            CorpusLabelSets.writeCorpusFile(dir, FLEET);
            List<Planned> plans = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                plans.add(report(d));
                store.addDocument(Document.imported("report" + (d + 1), plans.get(d).text(), DocumentMetadata.NONE));
            }
            String unseen = "Movement report 99.\nThe frigate Valiant left Piraeus at dawn.\n"
                    + "Yesterday the destroyer Audacious reached Gdynia with a full crew.\n";
            store.addDocument(Document.imported("unseen", unseen, DocumentMetadata.NONE));
            navigator.showCorpus(store);
            waitUntil("the fleet corpus is listed", () -> navigator.store() == store
                    && navigator.documents().size() == 4, 30_000);

            int tagged = 0;
            for (int d = 0; d < plans.size(); d++) {
                AnnotationEditor editor = EditorDriver.open(dir, "report" + (d + 1));
                for (Object[] s : plans.get(d).spans()) {
                    int start = (Integer) s[1];
                    int end = (Integer) s[2];
                    editor.textWidget().setSelection(start, end);
                    assertTrue(editor.editing().tagSelection((String) s[0]), "tagged " + s[0] + " at " + start);
                    tagged++;
                }
                EditorDriver.awaitSaved();
                page().closeAllEditors(false);
            }
            assertEquals(24, tagged);

            Path model = StoredModels.folder(dir).resolve(StoredModels.MODEL);
            long end = System.currentTimeMillis() + 180_000;
            while (!(Files.isRegularFile(model) && Job.getJobManager().find(TrainModelJob.FAMILY).length == 0)
                    && System.currentTimeMillis() < end) {
                EditorDriver.settle(200);
            }
            assertTrue(Files.isRegularFile(model), "a model was trained in the background after " + RETRAIN_AFTER
                    + " tagged spans (the editor's events reach aurum.learn's scheduler)");
            assertTrue(StoredModels.load(dir).orElseThrow().manifest().summary().spans() >= 2 * RETRAIN_AFTER,
                    "the last background training saw the spans tagged before it");

            AnnotationEditor editor = EditorDriver.open(dir, "unseen");
            assertEquals(0, editor.state().layer().size(), "nothing in the unseen document yet");
            EditorDriver.command("aurum.editor.suggest");
            waitUntil("the editor shows learned suggestions", () -> editor.state().layer() != null
                    && editor.state().layer().spans().stream().anyMatch(s -> s.status() == SpanStatus.SUGGESTED),
                    60_000);
            List<Span> suggested = editor.state().layer().spans().stream()
                    .filter(s -> s.status() == SpanStatus.SUGGESTED).toList();
            List<String> found = suggested.stream().map(s -> s.labelId() + ":" + s.coveredText(unseen)).toList();
            assertTrue(found.containsAll(List.of("SHIP:Valiant", "PORT:Piraeus")), found.toString());
            // the corpus dictionary proposes the strings tagged before, and wins where both propose a span while
            // the model has seen few spans (its confidence is discounted); the model itself, trained in the
            // background, proposes the taught names in this unseen text as well
            List<String> learned = StoredModels.load(dir).orElseThrow().model()
                    .suggest(unseen, aurum.labels.recognizer.Cancellation.NONE).stream()
                    .map(s -> s.labelId() + ":" + unseen.substring(s.start(), s.end())).toList();
            assertTrue(learned.containsAll(List.of("SHIP:Valiant", "PORT:Piraeus", "SHIP:Audacious")), learned.toString());
            assertTrue(suggested.stream().anyMatch(s -> s.coveredText(unseen).equals("Audacious")
                    && s.annotator().equals("aurum.learn.model")), "a ship never tagged is shown, learned: " + suggested);
            System.out.println("Learned suggestions journey: shown " + found + ", from the model alone " + learned
                    + ", by recognizer " + suggested.stream().map(Span::annotator).toList());
            // the editor stores its layer a moment later (write-behind): wait for it, as closing the editor would
            assertTrue(editor.state().session().awaitSaved(30_000), "the editor stored the suggestions");
            assertEquals(suggested.size(), store.loadLayer("unseen", LayerOwner.annotator("lena")).spans().stream()
                    .filter(s -> s.status() == SpanStatus.SUGGESTED).count(), "the suggestions are stored");
            EditorDriver.settle(300);
            Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"),
                    "learned-suggestions.png");
            WindowScreenshot.save(Display.getCurrent(), shot);
        } finally {
            page().closeAllEditors(false);
            AnnotatorPreference.restore(annotator);
            learning.store();
            if (original != null) {
                navigator.showCorpus(original);
                waitUntil("the navigator is back on the startup corpus", () -> navigator.store() == original, 30_000);
            }
        }
    }
}
