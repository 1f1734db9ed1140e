package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.WindowScreenshot;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.text.TokenBoundaries;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.annotations.AnnotationsView;
import aurum.editor.internal.timing.PhaseTimes;
import aurum.editor.labels.LabelsView;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.problems.ProblemsView;
import aurum.editor.properties.SpanPropertiesView;
import aurum.editor.views.AnnotatedDocumentView;
import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.preferences.AurumPreferences;

/**
 * The scale target of the annotation editor: a 10 MB document with 100k spans opens and paints in
 * ≤ 1 s, and tagging a span takes ≤ 16 ms. Prints and records figures (no assertions on time); does its
 * work only with {@code -Daurum.bench=true} because building the data takes a while.
 */
class EditorScaleBenchmarkTest {

    private static final String[] WORDS = ("the defense ministry said on monday that japan and the united states will"
            + " expand joint exercises near okinawa while officials in tokyo and washington discussed a budget of"
            + " billion dollars for hypersonic missile defense and submarines in the pacific region").split(" ");
    private static final int CHARS = 10_000_000;
    private static final int SPANS = 100_000;
    private static final long AFTER_OPEN_MILLIS = 2_000;

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void tenMegabytesWithAHundredThousandSpans() throws Exception {
        if (!Boolean.getBoolean("aurum.bench")) {
            System.out.println("EditorScaleBenchmarkTest: not run; pass -Daurum.bench=true to run it");
            return;
        }
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).put(AurumPreferences.ANNOTATOR, SampleStore.ANNOTATOR);
        Path dir = Files.createTempDirectory("aurum-editor-bench");
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("bench", new LabelSetRef("news", "1.0.0")));
        String text = text(new Random(1));
        store.addDocument(new Document("big", text, false, DocumentMetadata.NONE));
        Layer layer = store.loadLayer("big", SampleStore.OWNER);
        layer.addAll(spans(text, new Random(2)));
        store.saveLayer(layer, 0);
        assertEquals(SPANS, layer.size());

        List<String> report = new ArrayList<>();
        long[] opens = new long[5];
        long[] openCpus = new long[opens.length];
        long firstPaint = 0;
        PhaseReport openPhases = new PhaseReport();
        for (int run = 0; run < opens.length; run++) {
            page().closeAllEditors(false);
            settle(300);
            clearViewTimes();
            long started = System.nanoTime();
            long cpu = PhaseTimes.cpuNow();
            AnnotationEditor editor = (AnnotationEditor) page().openEditor(new CorpusDocumentInput(dir, "big", "big"),
                    CorpusDocumentInput.EDITOR_ID);
            waitUntil("painted", () -> editor.isLoaded() && editor.state().painter().paints() > 0, 60_000);
            opens[run] = System.nanoTime() - started;
            openCpus[run] = PhaseTimes.cpuNow() - cpu;
            firstPaint = editor.state().painter().lastPaintNanos();
            long[] after = observe(AFTER_OPEN_MILLIS);
            if (run > 0) { // the first run measures the JIT compiler as much as the editor
                openPhases.add("", editor.state().times(), "open:");
                openPhases.add("UI thread in the " + AFTER_OPEN_MILLIS + " ms after the first paint: busy (sum of"
                        + " event dispatches) [UI]", after[0], after[1]);
                openPhases.add("  longest single event dispatch then (what a keystroke may wait) [UI]", after[2], -1);
                addViews(openPhases, "show document");
            }
        }
        report.add(String.format(Locale.ROOT, "open and first paint (runs): %s ms; median %.0f ms",
                Arrays.toString(Arrays.stream(opens).map(n -> n / 1_000_000).toArray()), median(opens) / 1e6));
        report.add(String.format(Locale.ROOT, "  UI-thread CPU from openEditor to the first paint (runs): %s ms;"
                + " median %.0f ms", Arrays.toString(Arrays.stream(openCpus).map(n -> n / 1_000_000).toArray()),
                median(openCpus) / 1e6));
        report.add(String.format(Locale.ROOT, "  span painting within the first paint: %.2f ms", firstPaint / 1e6));
        report.add("  where opening goes (runs 2-5; phases inside the first paint's wall time except the last two):");
        report.addAll(openPhases.lines("    "));

        AnnotationEditor editor = (AnnotationEditor) page().getActiveEditor();
        StyledText widget = editor.textWidget();
        long[] scrolls = new long[20];
        long[] spanPaints = new long[scrolls.length];
        Random random = new Random(3);
        for (int i = 0; i < scrolls.length; i++) {
            long started = System.nanoTime();
            widget.setTopIndex(random.nextInt(widget.getLineCount()));
            widget.redraw();
            widget.update();
            scrolls[i] = System.nanoTime() - started;
            spanPaints[i] = editor.state().painter().lastPaintNanos();
        }
        report.add(String.format(Locale.ROOT, "jump to a random line and repaint: median %.2f ms, max %.2f ms"
                + " (spans painted %d; span painting median %.2f ms)", median(scrolls) / 1e6, max(scrolls) / 1e6,
                editor.state().painter().lastPaintedSpans(), median(spanPaints) / 1e6));

        long[] tags = new long[20];
        long[] saves = new long[tags.length];
        long[] durable = new long[tags.length];
        long[] tagCpus = new long[tags.length];
        long[] tagsUntilIdle = new long[tags.length];
        PhaseReport tagPhases = new PhaseReport();
        runUntilIdle();
        for (int i = 0; i < tags.length; i++) {
            int offset = free(editor, random);
            widget.setSelection(offset, offset + 2);
            runUntilIdle();
            clearViewTimes();
            editor.state().times().clear();
            long started = System.nanoTime();
            long cpu = PhaseTimes.cpuNow();
            editor.editing().tagSelection("AMOUNT");
            long tagged = System.nanoTime();
            widget.update();
            long repainted = System.nanoTime();
            tags[i] = repainted - started;
            tagCpus[i] = PhaseTimes.cpuNow() - cpu;
            editor.state().session().awaitSaved(30_000);
            saves[i] = editor.state().session().lastSaveNanos();
            durable[i] = editor.state().session().lastSaveLatencyNanos();
            runUntilIdle();
            tagsUntilIdle[i] = System.nanoTime() - started;
            tagPhases.add("", editor.state().times(), "");
            tagPhases.add("  of which the layer change (span table and index) [UI]",
                    editor.state().session().lastChangeNanos(), -1);
            tagPhases.add("the journal save on the session's writer thread [writer]", saves[i], -1);
            tagPhases.add("repaint after the tag (widget.update) [UI]", repainted - tagged, -1);
            tagPhases.add("deferred work after the keystroke until idle (views) [UI]",
                    tagsUntilIdle[i] - tags[i], -1);
            addViews(tagPhases, "layer changed");
            addViews(tagPhases, "selection changed");
        }
        report.add(String.format(Locale.ROOT, "tag a span (operation, index, repaint; the save is handed to the writer"
                + " thread): median %.1f ms, max %.1f ms", median(tags) / 1e6, max(tags) / 1e6));
        report.add(String.format(Locale.ROOT, "  stored (journal line appended and flushed) after the tag was made:"
                + " median %.1f ms, max %.1f ms; the write itself median %.1f ms", median(durable) / 1e6,
                max(durable) / 1e6, median(saves) / 1e6));
        report.add(String.format(Locale.ROOT, "  UI-thread CPU of the tag and repaint: median %.2f ms, max %.2f ms",
                median(tagCpus) / 1e6, max(tagCpus) / 1e6));
        report.add(String.format(Locale.ROOT, "  until the UI thread is idle again (views followed): median %.1f ms,"
                + " max %.1f ms", median(tagsUntilIdle) / 1e6, max(tagsUntilIdle) / 1e6));
        report.add("  where a tag goes (20 tags):");
        report.addAll(tagPhases.lines("    "));
        assertEquals(SPANS + tags.length, editor.state().layer().size());
        assertEquals(SPANS + tags.length, CorpusStore.open(dir).loadLayer("big", SampleStore.OWNER).size(),
                "every tag is stored");
        WindowScreenshot.save(Display.getCurrent(), Path.of(System.getProperty("aurum.screenshots",
                "target/screenshots"), "benchmark-10mb.png"));

        String summary = String.format(Locale.ROOT, "document %,d chars, %,d lines, %,d spans%n", text.length(),
                widget.getLineCount(), SPANS) + String.join("\n", report) + "\n";
        Path out = Path.of(System.getProperty("aurum.screenshots", "target/screenshots")).resolveSibling(
                "editor-benchmark.txt");
        Files.writeString(out, summary);
        System.out.println("Annotation editor at scale:\n" + summary);
    }

    private static final String[][] VIEWS = {{"Labels", LabelsView.ID}, {"Annotations", AnnotationsView.ID},
        {"Properties", SpanPropertiesView.ID}, {"Problems", ProblemsView.ID}, {"Corpus", CorpusNavigatorView.ID}};

    private static void addViews(PhaseReport report, String phase) {
        for (String[] view : VIEWS) {
            IViewPart part = page().findView(view[1]);
            report.addView(view[0], part, view[0].equals("Corpus") ? "row of the open document" : phase);
        }
    }

    private static void clearViewTimes() {
        for (String[] view : VIEWS) {
            IViewPart part = page().findView(view[1]);
            if (part instanceof AnnotatedDocumentView v) {
                v.times().clear();
            } else if (part instanceof CorpusNavigatorView n) {
                n.times().clear();
            }
        }
    }

    /**
     * Runs the event loop for {@code millis}, sleeping when idle, and returns {wall time spent dispatching,
     * UI-thread CPU, longest single dispatch}: StyledText lays out lines in 50 ms slices after an open.
     */
    private static long[] observe(long millis) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + millis * 1_000_000;
        long busy = 0;
        long longest = 0;
        long cpu = PhaseTimes.cpuNow();
        long sleepingCpu = 0;
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            boolean worked = display.readAndDispatch();
            long took = System.nanoTime() - started;
            if (worked) {
                busy += took;
                longest = Math.max(longest, took);
            } else {
                long beforeSleep = PhaseTimes.cpuNow();
                display.timerExec(10, () -> { });
                display.sleep();
                sleepingCpu += PhaseTimes.cpuNow() - beforeSleep;
            }
        }
        return new long[] {busy, PhaseTimes.cpuNow() - cpu - sleepingCpu, longest};
    }

    /** Runs the event loop until nothing is left to do (deferred view updates, the first paint's aftermath). */
    private static void runUntilIdle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep going
        }
    }

    private static int free(AnnotationEditor editor, Random random) {
        String text = editor.textWidget().getText();
        while (true) {
            int offset = TokenBoundaries.nextStart(text, random.nextInt(text.length() - 100));
            if (offset > 0 && editor.state().layer().overlapping(offset, offset + 2).isEmpty()) {
                return offset;
            }
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder(CHARS + 200);
        int sentence = 0;
        while (text.length() < CHARS) {
            int words = 8 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                text.append(w + 1 < words ? " " : ". ");
            }
            if (++sentence % 5 == 0) {
                text.append("\n\n");
            }
        }
        return text.substring(0, CHARS);
    }

    /** Spans about every 100 chars on token boundaries; every tenth nests inside the previous, 30% suggested. */
    private static List<Span> spans(String text, Random random) {
        List<Span> spans = new ArrayList<>(SPANS);
        String[] labels = {"AMOUNT", "OFFICIAL", "WEAPON", "ORG", "GPE", "DATE"};
        int step = text.length() / SPANS;
        for (int i = 0; i < SPANS; i++) {
            int start = TokenBoundaries.nextStart(text, i * step);
            int end = TokenBoundaries.nextEnd(text, start);
            for (int extra = random.nextInt(3); extra > 0; extra--) {
                end = TokenBoundaries.nextEnd(text, end);
            }
            if (i % 10 == 9 && !spans.isEmpty()) { // nested in its predecessor's range, overlapping the next
                Span previous = spans.get(spans.size() - 1);
                start = previous.start();
            }
            spans.add(Span.builder().range(start, end).label(labels[random.nextInt(labels.length)])
                    .status(random.nextInt(10) < 3 ? SpanStatus.SUGGESTED : SpanStatus.MANUAL).buildFor(text));
        }
        return spans;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
