package aurum.app.tests.journeys;

import static aurum.app.tests.journeys.Journey.press;
import static aurum.app.tests.journeys.Journey.screenshot;
import static aurum.app.tests.journeys.Journey.typeText;
import static aurum.app.tests.journeys.Journey.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import aurum.agreement.ui.AgreementView;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;
import aurum.editor.curation.CurationEditor;
import aurum.editor.identity.AnnotatorDialog;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.export.CorpusExport;
import aurum.export.ExportGuard;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.ExportResult;
import aurum.export.ExporterRegistry;
import aurum.export.LayerSelection;
import aurum.export.SplitCounts;
import aurum.export.SplitSpec;

/**
 * The team lead's day on the sample corpus: two annotators, each named through Annotate › Switch Annotator…,
 * tag every document from the keyboard and mark it done (Ctrl+Shift+Enter); the Corpus view shows both
 * layers done; the Agreement view compares them; each document is curated (the one disagreement settled with
 * a digit key), so gold is CURATED everywhere; the gold export with a train/dev/test split has documents in
 * every split. Screenshots go to target/screenshots/lead-*.png.
 */
class LeadsDayTest {

    private final Journey journey = new Journey();

    @AfterEach
    void restore() {
        AgreementView view = (AgreementView) journey.page().findView(AgreementView.ID);
        if (view != null) {
            journey.page().hideView(view);
        }
        journey.restore();
    }

    @Test
    void theLeadsDay() throws Exception {
        CorpusStore store = journey.sampleCorpusInTheNavigator();
        CorpusNavigatorView navigator = journey.navigator();
        List<String> ids = store.documentIds();

        // 1. alice, then bob, annotate every document: Japan is a place for both; bob also tags Blinken in the first
        annotate("alice", navigator, ids, false);
        annotate("bob", navigator, ids, true);
        waitUntil("the Corpus view shows both layers done", () -> navigator.documents().stream()
                .allMatch(r -> r.teamText().contains("alice done") && r.teamText().contains("bob done")), 30_000);
        journey.page().activate(navigator);
        // the lead's view: the Corpus view maximized shows every layer's state ('All layers')
        org.eclipse.ui.IWorkbenchPartReference corpusView = journey.page().getReference(navigator);
        journey.page().setPartState(corpusView, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        screenshot("lead-01-both-annotators-done.png");
        journey.page().setPartState(corpusView, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

        // 2. the Agreement view compares them
        handlers().executeCommand("aurum.agreement.ui.showAgreement", null);
        AgreementView agreement = (AgreementView) journey.page().findView(AgreementView.ID);
        assertNotNull(agreement);
        waitUntil("the agreement figures are computed", () -> !agreement.isComputing() && agreement.report() != null,
                120_000);
        assertEquals(List.of("alice", "bob"), agreement.annotators());
        assertEquals(1 + 5, agreement.documentTable().getItemCount(), "every document compared");
        screenshot("lead-02-agreement.png");

        // 3. curate every document; the first has the one disagreement, settled with bob's version (key 2)
        for (String id : ids) {
            CurationEditor curation = journey.curate(navigator, id);
            if (curation.commands().openCount() > 0) {
                assertEquals(ids.get(0), id, "only the first document has a disagreement");
                screenshot("lead-03-curation-disagreement.png");
                press('2', '2');
            }
            waitUntil("gold of " + id + " is curated", () -> curation.state().layer().state() == LayerState.CURATED,
                    10_000);
            if (id.equals(ids.get(0))) {
                screenshot("lead-04-curated.png");
            }
            journey.page().closeEditor(curation, false);
        }
        CorpusStore reread = CorpusStore.open(store.directory());
        for (String id : ids) {
            assertEquals(LayerState.CURATED, reread.loadLayer(id, LayerOwner.GOLD).state(), id);
        }

        // 4. the gold export with a split, as the export wizard runs it: every split gets documents
        Path out = Files.createTempDirectory("aurum-lead").resolve("gold");
        ExportOptions options = ExportOptions.defaults().withLayer(LayerSelection.GOLD)
                .withSplit(SplitSpec.parse("40/30/30"), 1, false);
        ExportResult result = CorpusExport.run(reread, ExporterRegistry.builtIn().find("conll").orElseThrow(), options,
                out, ExportProgress.NONE, ExportGuard.USEFUL);
        Map<String, SplitCounts> splits = result.splits();
        assertTrue(splits.get("dev").documents() > 0 && splits.get("test").documents() > 0, splits.toString());
        assertEquals(5, splits.values().stream().mapToLong(SplitCounts::documents).sum());
        assertTrue(Files.readString(out.resolve("train.conll")).contains("B-GPE")
                || Files.readString(out.resolve("dev.conll")).contains("B-GPE"), "the places are exported");
    }

    /** {@code name} switches in through the dialog and tags every document, marking each done and moving on. */
    private void annotate(String name, CorpusNavigatorView navigator, List<String> ids, boolean blinken)
            throws Exception {
        Journey.whenShellOpens(AnnotatorDialog.TITLE, dialog -> {
            typeText(name);
            press(SWT.CR, '\r');
        });
        handlers().executeCommand("aurum.editor.switchAnnotator", null);
        waitUntil("the Corpus view shows " + name + "'s layers",
                () -> navigator.getContentDescription().contains(name + "'s layers"), 30_000);
        journey.tagEveryDocumentAndMarkDone(navigator, ids.size(), (editor, text) -> {
            if (blinken && editor.documentInput().documentId().equals(ids.get(0))) {
                journey.tag(editor, text.indexOf("Antony Blinken"), 2,
                        editor.state().labels().label("OFFICIAL").orElseThrow().hotkey());
            }
        }, "lead-00-" + name + "-tags.png");
    }

    private static IHandlerService handlers() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
    }
}
