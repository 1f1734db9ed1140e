package aurum.app.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;
import aurum.export.CorpusExport;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.Exporter;
import aurum.export.ExporterRegistry;
import aurum.export.OverlapPolicy;
import aurum.export.SplitSpec;
import aurum.export.ui.model.CorpusFacts;
import aurum.export.ui.wizard.ExportJob;
import aurum.export.ui.wizard.ExportResultDialog;
import aurum.export.ui.wizard.ExportWizard;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.registry.LabelSetRegistry;

/**
 * The export wizard on a copy of the sample corpus with a curated gold layer on four of its five
 * documents: filled in through its widgets, it writes exactly what {@link CorpusExport} writes with the
 * same options, and it names the bad field when a value is wrong.
 */
class ExportWizardTest {

    private static final Path ROOT = Path.of(System.getProperty("aurum.root", "../.."));
    private static final Path SAMPLES = ROOT.resolve("samples/us-japan-defense");
    private static final List<String> CURATED = List.of("000_a32fd7d8af559016", "001_f678337dce6c3a19",
            "002_22943c359632a2c4", "003_261ee4acecaa973c");
    private static final String IN_PROGRESS = "004_62ae7363d976784e";

    @TempDir
    Path dir;
    private CorpusStore store;
    private CorpusFacts facts;
    private WizardDialog dialog;
    private final DialogSettings settings = new DialogSettings("test");
    private ExportWizard wizard;

    @BeforeEach
    void corpusWithGold() throws Exception {
        store = CorpusStore.create(dir.resolve("corpus"), CorpusSettings.of("samples", new LabelSetRef("news", "1.0.0")));
        try (DocumentBatch batch = store.batch()) {
            Importers.plainText().read(SAMPLES, imported -> {
                try {
                    batch.add(imported.document());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, ImportProgress.NONE);
        }
        for (String id : CURATED) {
            gold(id, LayerState.CURATED);
        }
        gold(IN_PROGRESS, LayerState.IN_PROGRESS);
        AtomicReference<LabelSet> labels = new AtomicReference<>();
        ServiceCaller.callOnce(getClass(), LabelSetRegistry.class,
                registry -> labels.set(uncheckedResolve(registry)));
        facts = CorpusFacts.read(store, Optional.ofNullable(labels.get()));
        wizard = new ExportWizard(store, facts, exporters(), settings);
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        dialog = new WizardDialog(parent, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Widgets.settle();
    }

    private LabelSet uncheckedResolve(LabelSetRegistry registry) {
        try {
            return new CorpusLabelSets(registry).resolve(store).labelSet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
            if (ExportResultDialog.TITLE.equals(shell.getText())) {
                shell.close();
            }
        }
    }

    private void gold(String id, LayerState state) throws IOException {
        Document document = store.document(id).orElseThrow();
        Layer layer = new Layer(document, LayerOwner.GOLD);
        for (String line : Files.readAllLines(ROOT.resolve("bundles/aurum.labels.news/test-data/gold/" + id + ".jsonl"))) {
            if (!line.isBlank()) {
                JsonObject span = JsonParser.parseString(line).getAsJsonObject();
                layer.add(Span.builder().range(span.get("start").getAsInt(), span.get("end").getAsInt())
                        .label(span.get("label").getAsString()).created(Instant.EPOCH).build());
            }
        }
        layer.setState(state);
        store.saveLayer(layer, 0);
    }

    private static List<Exporter> exporters() {
        AtomicReference<List<Exporter>> found = new AtomicReference<>();
        ServiceCaller.callOnce(ExportWizardTest.class, ExporterRegistry.class, r -> found.set(r.exporters()));
        assertNotNull(found.get(), "the ExporterRegistry service is running");
        return found.get();
    }

    private Shell shell() {
        return dialog.getShell();
    }

    private String error() {
        return dialog.getCurrentPage().getErrorMessage();
    }

    private void next() {
        Widgets.click(Widgets.button(shell(), IDialogConstants.NEXT_LABEL));
    }

    @Test
    void theWizardWritesWhatTheHeadlessExportWritesWithTheSameOptions() throws Exception {
        // page 1: every installed format is listed with its description; choose CoNLL and a new folder
        Table formats = Widgets.first(shell(), Table.class);
        List<String> ids = Stream.of(formats.getItems()).map(i -> i.getText(0)).toList();
        assertTrue(ids.containsAll(List.of("brat", "conll", "hf", "jsonl", "opennlp", "tsv3")), ids.toString());
        TableItem conll = formats.getItem(ids.indexOf("conll"));
        assertFalse(conll.getText(1).isBlank(), "a description");
        select(formats, conll);
        Path out = dir.resolve("exports/v1");
        Widgets.after(shell(), "&Output folder:", Text.class).setText(out.toString());
        assertEquals(null, error());
        next();

        // page 2: curated documents only; leave AMOUNT out; rename a weapon sub-type (the recognizers' labels)
        for (String state : List.of("Ne&w", "In &progress", "&Done")) {
            Widgets.click(Widgets.all(shell(), org.eclipse.swt.widgets.Button.class, b -> b.getText().equals(state)).get(0));
        }
        Table labels = Widgets.first(shell(), Table.class);
        TableItem amount = row(labels, "AMOUNT");
        amount.setChecked(false);
        Event check = new Event();
        check.detail = SWT.CHECK;
        check.item = amount;
        labels.notifyListeners(SWT.Selection, check);
        rename(labels, "WEAPON.HYPERSONIC", "WEAPON_SYSTEM");
        assertEquals(null, error());
        next();

        // page 3: a split that does not add up is named, then a good one; keep the longest of overlaps
        Text split = Widgets.after(shell(), "&Split (%):", Text.class);
        split.setText("80/10");
        assertTrue(error().startsWith("Split: 80/10 adds up to 90"), error());
        assertFalse(Widgets.button(shell(), IDialogConstants.NEXT_LABEL).isEnabled());
        split.setText("60/20/20");
        Widgets.after(shell(), "S&eed:", Text.class).setText("7");
        Combo overlaps = Widgets.after(shell(), "O&verlapping spans:", Combo.class);
        overlaps.select(1);
        overlaps.notifyListeners(SWT.Selection, new Event());
        assertTrue(Widgets.after(shell(), "Tag sc&heme:", Combo.class).isEnabled(), "CoNLL has tags");
        assertFalse(Widgets.after(shell(), "Offsets co&unt:", Combo.class).isEnabled(), "offsets are for JSONL");
        assertEquals(null, error());
        assertFalse(Widgets.button(shell(), IDialogConstants.FINISH_LABEL).isEnabled(), "the summary comes first");
        next();

        // page 4: the summary; Finish once the first pass has counted what will be written
        assertTrue(Widgets.waitUntil(() -> Widgets.button(shell(), IDialogConstants.FINISH_LABEL).isEnabled(), 60_000),
                "the count of documents, spans and overlaps is in");
        String summary = Widgets.first(shell(), Text.class).getText();
        assertTrue(summary.contains("Documents per split: train "), summary);
        assertTrue(summary.contains("Overlapping spans: "), summary);
        assertTrue(summary.contains("Split: train/dev/test = 60/20/20, seed 7"), summary);
        assertTrue(summary.contains("WEAPON.HYPERSONIC → WEAPON_SYSTEM"), summary);
        assertTrue(summary.contains("Document states: curated"), summary);
        Path shot = Widgets.screenshot(shell(), Path.of(System.getProperty("aurum.screenshots", "target/screenshots"),
                "export-wizard.png"));
        assertTrue(Files.size(shot) > 10_000, "a real screenshot");
        Widgets.click(Widgets.button(shell(), IDialogConstants.FINISH_LABEL));
        assertTrue(shell() == null || shell().isDisposed(), "Finish closes the wizard at once");

        ExportJob job = wizard.job();
        assertNotNull(job);
        assertTrue(Widgets.waitUntil(() -> job.getResult() != null, 120_000), "the export job ended");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertTrue(Widgets.waitUntil(() -> resultShell() != null, 10_000), "the result dialog opened");
        assertTrue(resultText().contains("train: "), resultText());
        assertTrue(resultText().contains(out.toString()), resultText());

        // the same export, headless, with options written out by hand
        Set<String> exported = new TreeSet<>(facts.labels().keySet());
        exported.remove("AMOUNT");
        ExportOptions expected = ExportOptions.defaults().withAurumVersion(job.options().aurumVersion())
                .withStates(Set.of(LayerState.CURATED)).withLabels(exported)
                .withLabelMap(Map.of("WEAPON.HYPERSONIC", "WEAPON_SYSTEM")).withSplit(SplitSpec.parse("60/20/20"), 7, false)
                .withOverlap(OverlapPolicy.KEEP_LONGEST);
        assertEquals(expected, job.options());
        Path headless = dir.resolve("headless");
        CorpusExport.run(store, exporters().stream().filter(e -> e.id().equals("conll")).findFirst().orElseThrow(),
                expected, headless, ExportProgress.NONE);
        assertEquals(files(headless), files(out));
        for (String name : List.of("train.conll", "dev.conll", "test.conll", "report.jsonl")) {
            assertTrue(Files.exists(out.resolve(name)), name);
            assertEquals(Files.readString(headless.resolve(name)), Files.readString(out.resolve(name)), name);
        }
        JsonObject wizardManifest = manifest(out);
        JsonObject headlessManifest = manifest(headless);
        assertEquals(headlessManifest.get("splits"), wizardManifest.get("splits"));
        assertEquals(headlessManifest.get("options"), wizardManifest.get("options"));
        assertEquals(headlessManifest.get("files"), wizardManifest.get("files"));
        assertEquals(1, wizardManifest.get("skippedDocuments").getAsInt(), "the in-progress document");
        JsonObject splits = wizardManifest.getAsJsonObject("splits");
        int documents = 0;
        for (String name : List.of("train", "dev", "test")) {
            documents += splits.getAsJsonObject(name).get("documents").getAsInt();
            assertFalse(splits.getAsJsonObject(name).getAsJsonObject("spans").has("AMOUNT"));
        }
        assertEquals(CURATED.size(), documents);
        assertTrue(Files.readString(out.resolve("train.conll")).contains("WEAPON_SYSTEM")
                || Files.readString(out.resolve("test.conll")).contains("WEAPON_SYSTEM")
                || Files.readString(out.resolve("dev.conll")).contains("WEAPON_SYSTEM"));
    }

    @Test
    void fileExportTrainingDataOpensTheWizardOnTheOpenCorpus() throws Exception {
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        var navigator = (aurum.editor.navigator.CorpusNavigatorView) page.findView(aurum.editor.navigator.CorpusNavigatorView.ID);
        assertNotNull(navigator);
        assertTrue(Widgets.waitUntil(() -> navigator.store() != null, 30_000), "the workbench opened the sample corpus");
        // the command opens a modal wizard; a timer reads and closes it from inside the modal loop
        Display display = Display.getCurrent();
        AtomicReference<String> seen = new AtomicReference<>();
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell != shell() && !shell.isDisposed() && "Export Training Data".equals(shell.getText())) {
                        seen.set(String.join("\n", Widgets.all(shell, org.eclipse.swt.widgets.Label.class, l -> true)
                                .stream().map(org.eclipse.swt.widgets.Label::getText).toList()));
                        shell.close();
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, closer);
        var handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand("aurum.export.ui.export", null);
        assertTrue(Widgets.waitUntil(() -> seen.get() != null, 30_000), "the wizard opened");
        assertTrue(seen.get().contains("aurum.export.exporters"), seen.get());
    }

    @Test
    void aFolderInsideTheCorpusIsRefusedInTheMessageArea() {
        Text folder = Widgets.after(shell(), "&Output folder:", Text.class);
        folder.setText(store.directory().resolve("exports").toString());
        assertTrue(error().startsWith("Output folder: "), error());
        assertTrue(error().contains("is inside the corpus"), error());
        assertFalse(Widgets.button(shell(), IDialogConstants.NEXT_LABEL).isEnabled());
        folder.setText("");
        assertTrue(error().startsWith("Output folder: enter the folder"), error());
        folder.setText(dir.resolve("elsewhere").toString());
        assertEquals(null, error());
        assertTrue(Widgets.button(shell(), IDialogConstants.NEXT_LABEL).isEnabled());
    }

    @Test
    void finishRemembersTheChoicesForThisCorpus() throws Exception {
        Path out = dir.resolve("remembered");
        Widgets.after(shell(), "&Output folder:", Text.class).setText(out.toString());
        next();
        next();
        Widgets.after(shell(), "S&eed:", Text.class).setText("99");
        // 60/40: five documents fill both parts (90/10 would leave the test part empty, which the summary refuses)
        Widgets.after(shell(), "&Split (%):", Text.class).setText("60/40");
        next();
        assertTrue(Widgets.waitUntil(() -> Widgets.button(shell(), IDialogConstants.FINISH_LABEL).isEnabled(), 60_000),
                "the summary counted what will be written: " + dialog.getCurrentPage().getErrorMessage());
        Widgets.click(Widgets.button(shell(), IDialogConstants.FINISH_LABEL));
        assertTrue(Widgets.waitUntil(() -> wizard.job().getResult() != null, 120_000));
        assertTrue(wizard.job().getResult().isOK(), wizard.job().getResult().toString());
        assertTrue(Files.exists(out.resolve("manifest.json")), "exported");

        // a second wizard on the same dialog settings starts where the first one finished
        wizard = new ExportWizard(store, facts, exporters(), settings);
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Widgets.settle();
        assertEquals(out.toString(), Widgets.after(shell(), "&Output folder:", Text.class).getText());
        assertTrue(error() == null && dialog.getCurrentPage().getMessage().contains("is not empty"),
                "the last folder now holds the export, so the next one goes to a subfolder: "
                        + dialog.getCurrentPage().getMessage());
        next();
        next();
        assertEquals("99", Widgets.after(shell(), "S&eed:", Text.class).getText());
        assertEquals("60/40", Widgets.after(shell(), "&Split (%):", Text.class).getText());
    }

    private static void select(Table table, TableItem item) {
        table.setSelection(item);
        Event event = new Event();
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
        Widgets.settle();
    }

    private static TableItem row(Table table, String label) {
        return Stream.of(table.getItems()).filter(i -> i.getText(0).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no label row " + label));
    }

    /** Edits the Export As cell of a label row as a click, typing and Enter do. */
    private static void rename(Table table, String label, String name) {
        TableItem item = row(table, label);
        table.showItem(item);
        org.eclipse.swt.graphics.Rectangle cell = item.getBounds(2);
        Event click = new Event();
        click.button = 1;
        click.x = cell.x + cell.width / 2;
        click.y = cell.y + cell.height / 2;
        table.notifyListeners(SWT.MouseDown, click);
        table.notifyListeners(SWT.MouseUp, click);
        Widgets.settle();
        List<Text> editors = Widgets.all(table, Text.class, t -> true);
        assertEquals(1, editors.size(), "a click on the Export As cell opens its editor");
        editors.get(0).setText(name);
        editors.get(0).notifyListeners(SWT.DefaultSelection, new Event());
        Widgets.settle();
        assertEquals(name, row(table, label).getText(2));
    }

    private Shell resultShell() {
        return Stream.of(PlatformUI.getWorkbench().getDisplay().getShells())
                .filter(s -> !s.isDisposed() && ExportResultDialog.TITLE.equals(s.getText())).findFirst().orElse(null);
    }

    private String resultText() {
        return String.join("\n", Widgets.all(resultShell(), org.eclipse.swt.widgets.Label.class, l -> true).stream()
                .map(org.eclipse.swt.widgets.Label::getText).toList());
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals("manifest.json")) {
                    files.put(folder.relativize(p).toString(), Files.readString(p));
                }
            }
        }
        return files;
    }

    private static JsonObject manifest(Path folder) throws IOException {
        return JsonParser.parseString(Files.readString(folder.resolve("manifest.json"))).getAsJsonObject();
    }
}
