package aurum.agreement.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import aurum.agreement.AgreementReport;
import aurum.agreement.report.ReportFormat;
import aurum.agreement.ui.internal.AgreementJob;
import aurum.agreement.ui.internal.AgreementOutcome;
import aurum.agreement.ui.internal.AgreementRequest;
import aurum.agreement.ui.internal.AnnotatorChooser;
import aurum.agreement.ui.internal.ChartsPanel;
import aurum.agreement.ui.internal.FigureRow;
import aurum.agreement.ui.internal.FiguresTable;
import aurum.agreement.ui.internal.NavigatorFollower;
import aurum.agreement.ui.internal.PairsTable;
import aurum.agreement.ui.internal.ReportExport;
import aurum.corpus.store.CorpusStore;

/**
 * Inter-annotator agreement of the corpus open in the corpus navigator: figures per label, per
 * document and per pair of annotators, a per-label bar chart and the label confusion heat map. It
 * recomputes in a job when the navigator opens another corpus, when the annotators or the label
 * filter change and on Refresh; the UI thread never reads the corpus.
 */
public class AgreementView extends ViewPart {

    /** The view id, as contributed in plugin.xml. */
    public static final String ID = "aurum.agreement.ui.agreement";

    private static final String ALL_LABELS = "All labels";

    private Composite area;
    private Label message;
    private AnnotatorChooser annotators;
    private Combo labelFilter;
    private Button exportCsv;
    private Button exportJson;
    private FiguresTable labels;
    private FiguresTable documents;
    private PairsTable pairs;
    private ChartsPanel charts;
    private NavigatorFollower follower;
    private CorpusStore store;
    private AgreementReport report;
    private Job computing;

    @Override
    public void createPartControl(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        createControls(area);
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm split = new SashForm(area, SWT.HORIZONTAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TabFolder tabs = new TabFolder(split, SWT.TOP);
        labels = new FiguresTable(tabs, "label");
        documents = new FiguresTable(tabs, "document");
        pairs = new PairsTable(tabs);
        tab(tabs, "Labels", labels.table());
        tab(tabs, "Documents", documents.table());
        tab(tabs, "Pairs", pairs.table());
        charts = new ChartsPanel(split);
        split.setWeights(3, 2);
        // side by side when there is width for both, one above the other in a tall, narrow place
        split.addListener(SWT.Resize, e -> {
            var size = split.getSize();
            int orientation = size.x >= size.y * 4 / 3 ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (split.getOrientation() != orientation) {
                split.setOrientation(orientation);
            }
        });
        show(null, "No corpus open. Use File > Open Corpus…");
        follower = new NavigatorFollower(getSite().getPage(), this::showCorpus);
        follower.start();
    }

    private void createControls(Composite area) {
        Composite controls = new Composite(area, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // a row that wraps, so that at the view's default size in the bottom stack no button is cut off
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.marginLeft = 0;
        layout.marginTop = 0;
        layout.spacing = 6;
        controls.setLayout(layout);
        new Label(controls, SWT.NONE).setText("Annotators:");
        annotators = new AnnotatorChooser(controls, this::refresh);
        new Label(controls, SWT.NONE).setText("Label:");
        labelFilter = new Combo(controls, SWT.READ_ONLY);
        labelFilter.add(ALL_LABELS);
        labelFilter.select(0);
        labelFilter.addListener(SWT.Selection, e -> refresh());
        button(controls, "&Refresh", this::refresh);
        exportCsv = button(controls, "Export &CSV…", () -> export(ReportFormat.CSV));
        exportJson = button(controls, "Export &JSON…", () -> export(ReportFormat.JSON));
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static void tab(TabFolder tabs, String text, org.eclipse.swt.widgets.Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    /** Shows the agreement of {@code corpus}, forgetting the annotator and label choices of the last one. */
    public void showCorpus(CorpusStore corpus) {
        store = corpus;
        annotators.reset();
        labelFilter.setItems(ALL_LABELS);
        labelFilter.select(0);
        refresh();
    }

    /** Recomputes the figures of the open corpus with the current choices. */
    public void refresh() {
        if (store == null) {
            return;
        }
        if (computing != null) {
            computing.cancel();
        }
        String label = labelFilter.getSelectionIndex() <= 0 ? null : labelFilter.getText();
        AgreementRequest request = new AgreementRequest(store, annotators.excluded(), label);
        setContentDescription(store.settings().name() + " — computing agreement…");
        Job job = new AgreementJob(request, getSite().getShell().getDisplay(), this::accept);
        computing = job;
        // through the site's progress service, so the view's title shows it is busy while the job runs
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
    }

    private void accept(AgreementOutcome outcome) {
        if (message.isDisposed() || outcome.request().store() != store) {
            return;
        }
        annotators.setAnnotators(outcome.known());
        if (outcome.report() != null && outcome.report().label() == null) {
            TreeSet<String> seen = new TreeSet<>(outcome.report().perLabel().keySet());
            for (String item : labelFilter.getItems()) {
                if (!ALL_LABELS.equals(item)) {
                    seen.add(item);
                }
            }
            String selected = labelFilter.getText();
            labelFilter.setItems(ALL_LABELS);
            seen.forEach(labelFilter::add);
            labelFilter.select(Math.max(0, labelFilter.indexOf(selected)));
        }
        show(outcome.report(), outcome.problem());
        if (outcome.report() != null) {
            var all = outcome.report().overall();
            setContentDescription(store.settings().name() + ": " + String.join(", ", outcome.chosen()) + " — "
                    + all.documents() + " documents compared, " + all.tokens() + " tokens, " + all.spans() + " spans");
        } else {
            setContentDescription(store.settings().name());
        }
    }

    private void show(AgreementReport shown, String problem) {
        report = shown;
        message.setText(problem == null ? "" : problem);
        ((GridData) message.getLayoutData()).exclude = problem == null;
        message.setVisible(problem != null);
        message.getParent().layout(true, true);
        boolean hasData = shown != null && problem == null;
        labels.setRows(hasData ? FigureRow.labels(shown) : List.of());
        documents.setRows(hasData ? FigureRow.documents(shown) : List.of());
        pairs.setPairs(hasData ? shown.pairs() : List.of());
        charts.setReport(hasData ? shown : null);
        exportCsv.setEnabled(shown != null);
        exportJson.setEnabled(shown != null);
    }

    private void export(ReportFormat format) {
        AgreementReport shown = report;
        if (shown == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        String extension = ReportExport.extension(format);
        dialog.setFilterExtensions(new String[] { "*." + extension, "*" });
        dialog.setFileName("agreement." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen), format);
        }
    }

    /**
     * Writes the shown report to {@code target} as {@code format} in a job, atomically.
     *
     * @return the scheduled job, or {@code null} when no report is shown
     */
    public Job exportTo(Path target, ReportFormat format) {
        AgreementReport shown = report;
        if (shown == null) {
            return null;
        }
        Job job = Job.create("Exporting agreement to " + target.getFileName(), monitor -> {
            try {
                ReportExport.write(shown, format, target);
                return Status.OK_STATUS;
            } catch (java.io.IOException e) {
                ILog.of(getClass()).error(e.getMessage(), e);
                return Status.error(e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The report shown, or {@code null}. */
    public AgreementReport report() {
        return report;
    }

    /** Whether a computation is scheduled or running. */
    public boolean isComputing() {
        return computing != null && computing.getState() != Job.NONE;
    }

    /** The message shown instead of figures, or the empty string. */
    public String message() {
        return message.getText();
    }

    /** Ticks or unticks an annotator as a click would (and so recomputes). */
    public void setAnnotatorTicked(String annotator, boolean ticked) {
        annotators.setTicked(annotator, ticked);
    }

    /** Filters on {@code label} ({@code null} for all labels) as choosing it would, and recomputes. */
    public void setLabelFilter(String label) {
        int index = label == null ? 0 : labelFilter.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("label " + label + " is not offered: " + List.of(labelFilter.getItems()));
        }
        labelFilter.select(index);
        refresh();
    }

    /** The annotators offered, in order. */
    public List<String> annotators() {
        return annotators.annotators();
    }

    /** The view's own top composite, holding every control it shows. */
    public Composite control() {
        return area;
    }

    /** The table of figures per label, the overall row first. */
    public org.eclipse.swt.widgets.Table labelTable() {
        return labels.table();
    }

    /** The table of figures per document, the overall row first. */
    public org.eclipse.swt.widgets.Table documentTable() {
        return documents.table();
    }

    /** The table of pairwise κ. */
    public org.eclipse.swt.widgets.Table pairTable() {
        return pairs.table();
    }

    /** What the bar chart shows. */
    public aurum.agreement.ui.chart.BarChartModel barChart() {
        return charts.bars().model();
    }

    /** What the heat map shows. */
    public aurum.agreement.ui.chart.HeatMapModel heatMap() {
        return charts.heatMap().model();
    }

    /** Charts {@code measure} per label. */
    public void setChartMeasure(aurum.agreement.ui.chart.Measure measure) {
        charts.setMeasure(measure);
    }

    /** Sorts the label table by the column headed {@code heading}. */
    public void sortLabels(String heading, boolean descending) {
        labels.sortBy(heading, descending);
    }

    @Override
    public void setFocus() {
        labels.table().setFocus();
    }

    @Override
    public void dispose() {
        if (follower != null) {
            follower.stop();
        }
        if (computing != null) {
            computing.cancel();
        }
        super.dispose();
    }
}
