package aurum.app.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.agreement.AgreementReport;
import aurum.agreement.CorpusAgreement;
import aurum.agreement.Figures;
import aurum.agreement.report.ReportFormat;
import aurum.agreement.report.ReportWriter;
import aurum.agreement.ui.AgreementView;
import aurum.agreement.ui.chart.BarChartModel;
import aurum.agreement.ui.chart.HeatMapModel;
import aurum.agreement.ui.chart.Measure;
import aurum.app.internal.workbench.AurumPerspective;
import aurum.app.internal.workbench.LayoutUpgrade;
import aurum.app.internal.workbench.WindowScreenshot;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotations.AnnotationsView;
import aurum.editor.corpus.CorpusActions;
import aurum.editor.navigator.CorpusNavigatorView;

/**
 * The Agreement view on a corpus of three simulated annotators opened in the navigator: its tables and
 * charts hold what {@link CorpusAgreement} computes directly, and it follows the annotator and label
 * choices.
 */
class AgreementViewTest {

    private static final long WAIT = 60_000;

    @TempDir
    Path temp;

    private CorpusNavigatorView navigator;
    private Path original;
    private CorpusStore store;
    private AgreementView view;

    @BeforeEach
    void openTheTeamCorpus() throws Exception {
        navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
        assertNotNull(navigator);
        assertTrue(waitUntil(() -> navigator.store() != null, WAIT), "the start-up corpus is open");
        original = navigator.store().directory();
        Path dir = temp.resolve("teams");
        store = TeamCorpus.create(dir);
        CorpusActions.openCorpus(page(), dir);
        assertTrue(waitUntil(() -> navigator.store() != null && navigator.store().directory().equals(dir), WAIT),
                "the navigator opened the team corpus");
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand("aurum.agreement.ui.showAgreement", null);
        view = (AgreementView) page().findView(AgreementView.ID);
        assertNotNull(view, "Show Agreement opened the view");
        awaitReport(TeamCorpus.ANNOTATORS, null);
    }

    @AfterEach
    void reopenTheStartUpCorpus() throws Exception {
        if (view != null) {
            page().hideView(view);
        }
        if (original != null) {
            CorpusActions.openCorpus(page(), original);
            assertTrue(waitUntil(() -> navigator.store().directory().equals(original), WAIT));
        }
    }

    @Test
    void tablesHoldTheFiguresComputedDirectly() throws Exception {
        assertEquals(TeamCorpus.ANNOTATORS, view.annotators());
        AgreementReport expected = CorpusAgreement.compute(store, TeamCorpus.ANNOTATORS, null, CorpusAgreement.Progress.NONE);
        assertEquals("", view.message());
        Table labels = view.labelTable();
        assertEquals(1 + expected.perLabel().size(), labels.getItemCount());
        assertRow(labels.getItem(0), "(all labels)", expected.overall());
        for (int i = 1; i < labels.getItemCount(); i++) {
            TableItem item = labels.getItem(i);
            assertRow(item, item.getText(0), expected.perLabel().get(item.getText(0)));
        }
        Table documents = view.documentTable();
        assertEquals(List.of("(all documents)", TeamCorpus.DOC0, TeamCorpus.DOC1),
                List.of(documents.getItem(0).getText(0), documents.getItem(1).getText(0), documents.getItem(2).getText(0)));
        assertRow(documents.getItem(1), TeamCorpus.DOC0, expected.perDocument().get(TeamCorpus.DOC0));
        Table pairs = view.pairTable();
        assertEquals(3, pairs.getItemCount());
        for (int i = 0; i < 3; i++) {
            var pair = expected.pairs().get(i);
            assertArrayEquals(new String[] { pair.first(), pair.second(), Measure.format(pair.kappa().value()),
                    Long.toString(pair.tokens()) }, texts(pairs.getItem(i), 4));
        }
        // sorting by a figure keeps the overall row on top
        view.sortLabels("strict F1", true);
        assertEquals("(all labels)", labels.getItem(0).getText(0));
        assertEquals(List.of("GPE", "PER", "ORG"), List.of(labels.getItem(1).getText(0), labels.getItem(2).getText(0),
                labels.getItem(3).getText(0)));
    }

    @Test
    void chartsHoldTheReportsFigures() throws Exception {
        AgreementReport expected = CorpusAgreement.compute(store, TeamCorpus.ANNOTATORS, null, CorpusAgreement.Progress.NONE);
        assertEquals(BarChartModel.of(expected, Measure.COHEN_KAPPA), view.barChart());
        view.setChartMeasure(Measure.STRICT_F1);
        BarChartModel f1 = view.barChart();
        assertEquals(List.of("GPE", "ORG", "PER"), f1.bars().stream().map(BarChartModel.Bar::label).toList());
        // GPE: 5 identical pairs of 13 spans over the three pairs; PER: 2 of 10 (only Austin and alice/carol's Blinken)
        assertEquals(10.0 / 13, f1.bars().get(0).value(), 1e-9);
        assertEquals(0.0, f1.bars().get(1).value(), 1e-9);
        assertEquals(0.4, f1.bars().get(2).value(), 1e-9);

        HeatMapModel map = view.heatMap();
        assertEquals(expected.confusion().labels(), map.labels());
        for (String row : map.labels()) {
            for (String column : map.labels()) {
                assertEquals(expected.confusion().count(row, column), map.count(row, column), row + "/" + column);
            }
        }
        assertEquals(2, map.count("GPE", "ORG"), "carol's Japan, against alice and against bob");
        assertEquals(2, map.count("PER", "none"), "Lloyd Austin, missed by carol");
        assertEquals(1, map.count("GPE", "none"), "China, missed by bob");
        assertEquals(5, map.count("GPE", "GPE"));
        assertEquals(4, map.count("PER", "PER"), "Blinken's boundary differs but the label agrees");
        view.setChartMeasure(Measure.COHEN_KAPPA);
        saveScreenshot();
    }

    @Test
    void annotatorAndLabelChoicesRecompute() throws Exception {
        view.setAnnotatorTicked("carol", false);
        AgreementReport pair = awaitReport(List.of("alice", "bob"), null);
        assertEquals(CorpusAgreement.compute(store, List.of("alice", "bob"), null, CorpusAgreement.Progress.NONE).overall(),
                pair.overall());
        assertRow(view.labelTable().getItem(0), "(all labels)", pair.overall());
        assertEquals(1, view.pairTable().getItemCount());

        view.setAnnotatorTicked("bob", false);
        assertTrue(waitUntil(() -> !view.isComputing() && view.message().startsWith("Tick at least two"), WAIT),
                view.message());
        assertEquals(0, view.labelTable().getItemCount());

        view.setAnnotatorTicked("bob", true);
        view.setAnnotatorTicked("carol", true);
        awaitReport(TeamCorpus.ANNOTATORS, null);
        view.setLabelFilter("GPE");
        AgreementReport gpe = awaitReport(TeamCorpus.ANNOTATORS, "GPE");
        AgreementReport expected = CorpusAgreement.compute(store, TeamCorpus.ANNOTATORS, "GPE", CorpusAgreement.Progress.NONE);
        assertRow(view.labelTable().getItem(0), "(all labels)", expected.overall());
        assertEquals(expected.overall(), gpe.overall());
    }

    @Test
    void exportWritesTheShownReportWithTheReportWriter() throws Exception {
        for (ReportFormat format : List.of(ReportFormat.CSV, ReportFormat.JSON)) {
            Path out = temp.resolve("agreement." + format.name().toLowerCase());
            Job job = view.exportTo(out, format);
            assertTrue(waitUntil(() -> job.getState() == Job.NONE, WAIT));
            StringWriter expected = new StringWriter();
            ReportWriter.write(view.report(), format, expected);
            assertEquals(expected.toString(), Files.readString(out, StandardCharsets.UTF_8));
        }
    }

    @Test
    void followsTheNavigatorToACorpusOfOneAnnotatorAndSaysWhyThereAreNoFigures() throws Exception {
        Path solo = temp.resolve("solo");
        CorpusStore one = CorpusStore.create(solo, CorpusSettings.of("solo", new LabelSetRef("news", "1.0.0")));
        one.addDocument(Document.imported("d1", "Tokyo and Osaka", DocumentMetadata.NONE));
        Layer layer = one.loadLayer("d1", LayerOwner.annotator("alice"));
        layer.add(Span.builder().range(0, 5).label("GPE").created(Instant.parse("2026-01-02T03:04:05Z")).build());
        one.saveLayer(layer, 0);
        // the view is open already: it must notice the navigator's new corpus by itself
        CorpusActions.openCorpus(page(), solo);
        assertTrue(waitUntil(() -> !view.isComputing() && view.message().contains("two or more annotators"), WAIT),
                view.message());
        assertTrue(view.message().contains("1 (alice)"), view.message());
        assertEquals(List.of("alice"), view.annotators());
        assertEquals(0, view.labelTable().getItemCount());
        assertEquals(0, view.heatMap().labels().size());
    }

    private AgreementReport awaitReport(List<String> annotators, String label) {
        assertTrue(waitUntil(() -> !view.isComputing() && view.report() != null
                && view.report().annotators().equals(annotators) && java.util.Objects.equals(view.report().label(), label),
                WAIT), "agreement of " + annotators + " computed: " + view.message());
        return view.report();
    }

    @Test
    void atItsDefaultPlaceNothingIsCutOffAndTheDocumentStaysInSight() throws Exception {
        IWorkbenchPage page = page();
        assertEquals(IWorkbenchPage.STATE_RESTORED, page.getPartState(page.getReference(view)));
        // its own stack: Show Agreement hides neither the spans of the document nor the document
        IViewReference annotations = page.findViewReference(AnnotationsView.ID);
        assertNotNull(annotations);
        assertTrue(page.isPartVisible(annotations.getPart(false)), "the Annotations view is still shown");
        Composite root = view.control();
        Shell shell = root.getShell();
        Rectangle inWindow = root.getDisplay().map(root.getParent(), shell, root.getBounds());
        assertTrue(inWindow.width >= shell.getClientArea().width * 9 / 10,
                "the view spans the window's width: " + inWindow + " in " + shell.getClientArea());
        Rectangle inside = root.getClientArea();
        for (Control c : everyControl(root)) {
            if (!c.isVisible() || !(c instanceof Button || c instanceof Combo)) {
                continue;
            }
            Rectangle at = c.getDisplay().map(c.getParent(), root, c.getBounds());
            assertTrue(at.x >= 0 && at.y >= 0 && at.x + at.width <= inside.width && at.y + at.height <= inside.height,
                    describe(c) + " at " + at + " lies inside the view's " + inside);
        }
        // the figures of every label are readable without scrolling: the overall row and one row per label
        Table labels = view.labelTable();
        assertEquals(4, labels.getItemCount());
        assertEquals(0, labels.getTopIndex());
        Rectangle table = labels.getClientArea();
        for (TableItem item : labels.getItems()) {
            Rectangle row = item.getBounds();
            assertTrue(row.y >= 0 && row.y + row.height <= table.y + table.height,
                    "the row of " + item.getText(0) + " at " + row + " is shown in the table's " + table);
        }
        assertTrue(view.barChart().bars().size() > 0, "the bar chart has bars");
        waitUntil(() -> false, 300);
        Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), "agreement-default-size.png");
        WindowScreenshot.save(Display.getCurrent(), shot);
    }

    /**
     * A ticked annotator box is drawn with its tick: on GTK 3 the workbench theme's background colour on a check box
     * (`background-color: inherit`) replaced the filled square under the tick, leaving a white tick on white, so every
     * box looked unticked. Compared as pixels on the screen: a ticked box has many more strongly coloured pixels (the
     * theme's filled square) than the same box unticked.
     */
    @Test
    void theAnnotatorBoxesShowTheirTicks() throws Exception {
        List<Button> boxes = everyControl(view.control()).stream()
                .filter(c -> c instanceof Button b && (b.getStyle() & org.eclipse.swt.SWT.CHECK) != 0)
                .map(Button.class::cast).toList();
        assertEquals(TeamCorpus.ANNOTATORS.size(), boxes.size(), "a box per annotator");
        waitUntil(() -> false, 300); // let the theme style the boxes
        Button first = boxes.get(0);
        assertTrue(first.getSelection(), "every annotator takes part at first");
        int ticked = colouredPixels(first, "agreement-box-ticked.png");
        view.setAnnotatorTicked((String) first.getData(), false);
        waitUntil(() -> false, 300);
        int unticked = colouredPixels(first, "agreement-box-unticked.png");
        view.setAnnotatorTicked((String) first.getData(), true);
        // a ticked box is a filled square with a light tick: its border alone (what the theme's background left,
        // with the tick white on white) is ~60 coloured pixels here, the filled square ~3 times that
        assertTrue(ticked > unticked + 100, "the ticked box is drawn filled and ticked: " + ticked
                + " coloured pixels ticked, " + unticked + " unticked (agreement-box-*.png)");
    }

    /** Strongly coloured pixels of {@code control} as drawn on the screen; the picture is saved as {@code name}. */
    private static int colouredPixels(Control control, String name) throws java.io.IOException {
        Display display = control.getDisplay();
        while (display.readAndDispatch()) {
            // pending paints first
        }
        // from the screen, as the user sees it (a control's own GC may paint it afresh, differently)
        Rectangle at = display.map(control.getParent(), null, control.getBounds());
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, at.width, at.height);
        try {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
            gc.copyArea(image, at.x, at.y);
            gc.dispose();
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), name);
            Files.createDirectories(shot.getParent());
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { data };
            loader.save(shot.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
            int n = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    int max = Math.max(rgb.red, Math.max(rgb.green, rgb.blue));
                    int min = Math.min(rgb.red, Math.min(rgb.green, rgb.blue));
                    n += max - min > 80 ? 1 : 0;
                }
            }
            return n;
        } finally {
            image.dispose();
        }
    }

    @Test
    void aLayoutKeptFromAnOlderAurumIsResetOnceSoTheViewMovesToItsOwnStack() throws Exception {
        IWorkbenchPage page = page();
        EModelService models = page.getWorkbenchWindow().getService(EModelService.class);
        MWindow window = page.getWorkbenchWindow().getService(MWindow.class);
        // the layout this Aurum made is kept as it is
        assertFalse(LayoutUpgrade.apply(page));
        assertNotNull(page.findView(AgreementView.ID));
        // as an older Aurum left the workspace: the Agreement view stacked on top of the Annotations view
        MPerspective perspective = models.getActivePerspective(window);
        MUIElement agreement = models.find(AgreementView.ID, perspective);
        MElementContainer<MUIElement> bottom = models.find(AnnotationsView.ID, perspective).getParent();
        models.move(agreement, bottom);
        bottom.setSelectedElement(agreement);
        waitUntil(() -> false, 200);
        assertFalse(page.isPartVisible(page.findView(AnnotationsView.ID)), "the old place hides the Annotations view");
        LayoutUpgrade.forget();

        assertTrue(LayoutUpgrade.apply(page), "a layout from before the reports stack is reset");
        assertFalse(LayoutUpgrade.apply(page), "once");
        handlers().executeCommand("aurum.agreement.ui.showAgreement", null);
        view = (AgreementView) page.findView(AgreementView.ID);
        assertNotNull(view);
        perspective = models.getActivePerspective(window);
        assertEquals(AurumPerspective.REPORTS, models.find(AgreementView.ID, perspective).getParent().getElementId());
        assertTrue(page.isPartVisible(page.findView(AnnotationsView.ID)), "the Annotations view is in sight again");
    }

    private static IHandlerService handlers() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
    }

    private static List<Control> everyControl(Composite root) {
        List<Control> all = new java.util.ArrayList<>();
        for (Control c : root.getChildren()) {
            all.add(c);
            if (c instanceof Composite composite) {
                all.addAll(everyControl(composite));
            }
        }
        return all;
    }

    private static String describe(Control c) {
        return c instanceof Button b ? "button '" + b.getText() + "'" : c.getClass().getSimpleName();
    }

    private static void assertRow(TableItem item, String name, Figures f) {
        String[] cells = texts(item, 4 + Measure.values().length);
        assertEquals(name, cells[0]);
        assertEquals(Integer.toString(f.documents()), cells[1], name + " documents");
        assertEquals(Long.toString(f.tokens()), cells[2], name + " tokens");
        assertEquals(Long.toString(f.spans()), cells[3], name + " spans");
        for (Measure m : Measure.values()) {
            assertEquals(Measure.format(m.of(f)), cells[4 + m.ordinal()], name + " " + m.heading());
        }
    }

    private static String[] texts(TableItem item, int columns) {
        String[] texts = new String[columns];
        for (int i = 0; i < columns; i++) {
            texts[i] = item.getText(i);
        }
        return texts;
    }

    private void saveScreenshot() throws Exception {
        IWorkbenchPage page = page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            waitUntil(() -> false, 500);
            Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), "agreement.png");
            WindowScreenshot.save(Display.getCurrent(), shot);
            assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " has content");
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until {@code condition} holds or {@code millis} pass. */
    private static boolean waitUntil(BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }

}
