package aurum.editor.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import aurum.corpus.store.CorpusStore;
import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.internal.timing.PhaseTimes;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.preferences.AurumPreferenceInitializer;
import aurum.editor.preferences.AurumPreferences;
import aurum.editor.views.ActiveDocumentTracker;

/**
 * The documents of the open corpus store with the current annotator's state and label counts and their
 * near-duplicate clusters, filtered by id, title or text. Enter or double-click opens a document in the
 * annotation editor. The store is read in jobs, so the UI thread never waits on the disk.
 */
public class CorpusNavigatorView extends ViewPart {

    /** The view id, as contributed in plugin.xml. */
    public static final String ID = "aurum.editor.navigator";

    private static final int FILTER_DELAY_MILLIS = 250;

    private final DocumentFilter filter = new DocumentFilter();
    private final List<Consumer<CorpusDocumentInput>> openListeners = new CopyOnWriteArrayList<>();
    private TableViewer viewer;
    private Text filterText;
    private CorpusStore store;
    private List<DocumentRow> rows = List.of();
    private AssignmentOverview assignments = AssignmentOverview.NONE;
    private Composite assignmentArea;
    private org.eclipse.swt.widgets.Button assignedToMe;
    private org.eclipse.swt.widgets.Label progressText;
    private Job reading;
    private Job searching;
    private ActiveDocumentTracker tracker;
    private boolean rowUpdatePending;
    private final PhaseTimes times = new PhaseTimes();
    /** Re-reads states and counts when the annotator named in the preferences changes. */
    private final IPreferenceChangeListener annotatorChanged = event -> {
        if (AurumPreferences.ANNOTATOR.equals(event.getKey()) && viewer != null) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        area.setLayout(layout);
        filterText = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filterText.setMessage("Filter by title, id or text");
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.addListener(SWT.Modify, e -> filterChanged());
        filterText.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                viewer.getControl().setFocus();
            }
        });
        createAssignmentArea(area);
        viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        // the title is what annotators recognise a document by; the id is for the command line
        column("Title", 230, DocumentRow::title);
        column("State", 80, DocumentRow::stateText);
        column("Assigned to", 110, this::assignedText);
        column("Labels", 180, DocumentRow::countsText);
        column("Duplicates", 90, DocumentRow::clusterText);
        column("Document", 170, DocumentRow::id);
        column("Chars", 60, d -> Integer.toString(d.length()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setFilters(filter);
        viewer.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
        getSite().setSelectionProvider(viewer);
        // Curate and other commands contribute to popup:aurum.editor.navigator
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        tracker = new ActiveDocumentTracker(getSite().getPage(), this::updateRow, new AnnotatedDocument.Listener() {
            @Override
            public void layerChanged(AnnotatedDocument document) {
                updateRowLater(document);
            }
        });
        tracker.start();
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).addPreferenceChangeListener(annotatorChanged);
        setContentDescription("No corpus open. Use File > Open Corpus…");
    }

    /** The assignment row under the filter: "assigned to me" and everyone's progress; hidden without assignments. */
    private void createAssignmentArea(Composite area) {
        assignmentArea = new Composite(area, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        assignmentArea.setLayout(layout);
        assignmentArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        assignedToMe = new org.eclipse.swt.widgets.Button(assignmentArea, SWT.CHECK);
        assignedToMe.setText("Only documents assigned to me");
        assignedToMe.addListener(SWT.Selection, e -> applyAssignedFilter());
        progressText = new org.eclipse.swt.widgets.Label(assignmentArea, SWT.WRAP);
        progressText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        showAssignments(AssignmentOverview.NONE);
    }

    private void showAssignments(AssignmentOverview overview) {
        assignments = overview;
        boolean visible = !overview.isEmpty();
        ((GridData) assignmentArea.getLayoutData()).exclude = !visible;
        assignmentArea.setVisible(visible);
        if (visible) {
            String me = annotator();
            assignedToMe.setText("Only documents assigned to me (" + me + ", " + overview.documentsOf(me).size() + ")");
            progressText.setText(overview.progressText());
        } else {
            assignedToMe.setSelection(false);
        }
        applyAssignedFilter();
        assignmentArea.getParent().layout(true, true);
    }

    private void applyAssignedFilter() {
        filter.setOnly(assignedToMe.getSelection() && !assignments.isEmpty()
                ? assignments.documentsOf(annotator()) : null);
        if (viewer != null) {
            viewer.refresh();
        }
    }

    private String assignedText(DocumentRow row) {
        String annotators = assignments.annotatorsText(row.id());
        return assignments.documentsOf(annotator()).contains(row.id()) ? "● " + annotators : annotators;
    }

    private void column(String title, int width, Function<DocumentRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DocumentRow) element);
            }

        });
    }

    /**
     * Shows the documents of {@code corpus}, replacing what was shown; read in a job.
     *
     * @param corpus the open corpus store
     */
    public void showCorpus(CorpusStore corpus) {
        this.store = corpus;
        setContentDescription(corpus.settings().name() + " — reading…");
        setPartName("Corpus: " + corpus.settings().name());
        refresh();
    }

    /** Re-reads the open corpus, e.g. after an import. */
    public void refresh() {
        CorpusStore corpus = store;
        if (corpus == null) {
            return;
        }
        if (reading != null) {
            reading.cancel();
        }
        String annotator = annotator();
        reading = Job.create("Reading corpus " + corpus.settings().name(), (IProgressMonitor monitor) -> {
            try {
                List<DocumentRow> read = CorpusOverview.read(corpus, annotator, monitor);
                AssignmentOverview overview = readAssignments(corpus);
                asyncShow(corpus, read, overview);
                return Status.OK_STATUS;
            } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (java.io.IOException e) {
                return Status.error("Cannot read the corpus " + corpus.directory() + ": " + e.getMessage(), e);
            }
        });
        reading.schedule();
    }

    private AssignmentOverview readAssignments(CorpusStore corpus) {
        try {
            return AssignmentOverview.read(corpus);
        } catch (aurum.corpus.store.CorpusStoreException e) {
            ILog.of(getClass()).warn("The assignments of " + corpus.directory() + " cannot be read: " + e.getMessage());
            return AssignmentOverview.NONE;
        }
    }

    private void asyncShow(CorpusStore corpus, List<DocumentRow> read, AssignmentOverview overview) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed() || corpus != store) {
                return;
            }
            rows = read;
            showAssignments(overview);
            viewer.setInput(rows);
            describe();
        });
    }

    private void describe() {
        long done = rows.stream().filter(r -> r.state() == aurum.core.model.LayerState.DONE).count();
        long clustered = rows.stream().filter(r -> r.cluster() > 0).count();
        setContentDescription(store.settings().name() + ": " + rows.size() + " documents, " + done + " done"
                + (clustered == 0 ? "" : ", " + clustered + " in near-duplicate clusters") + " — "
                + (assignments.isEmpty() ? annotator() : assignments.summaryOf(annotator())));
    }

    /** How long following the open document's layer last took on the UI thread; for the scale benchmark, not API. */
    public PhaseTimes times() {
        return times;
    }

    /** The annotator whose states and counts are shown, from the preferences. */
    static String annotator() {
        return Platform.getPreferencesService().getString(AurumPreferences.NODE, AurumPreferences.ANNOTATOR,
                AurumPreferenceInitializer.defaultAnnotator(), null);
    }

    /** Counts the layer after the event that changed it, once per burst: the edit is painted first. */
    private void updateRowLater(AnnotatedDocument document) {
        if (rowUpdatePending || viewer.getControl().isDisposed()) {
            return;
        }
        rowUpdatePending = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            rowUpdatePending = false;
            updateRow(document);
        });
    }

    private void updateRow(AnnotatedDocument document) {
        times.time("row of the open document", () -> updateRowNow(document));
    }

    private void updateRowNow(AnnotatedDocument document) {
        if (document == null || viewer.getControl().isDisposed() || store == null
                || !document.corpusDirectory().equals(store.directory().toAbsolutePath().normalize())
                || !document.layer().owner().equals(aurum.core.model.LayerOwner.annotator(annotator()))) {
            return;
        }
        List<DocumentRow> updated = new ArrayList<>(rows);
        for (int i = 0; i < updated.size(); i++) {
            DocumentRow row = updated.get(i);
            if (row.id().equals(document.documentId())) {
                updated.set(i, row.withLayer(document.layer().state(), CorpusOverview.counts(document.layer())));
                rows = List.copyOf(updated);
                viewer.setInput(rows);
                return;
            }
        }
    }

    private void filterChanged() {
        String query = filterText.getText();
        filter.set(query, Set.of());
        viewer.refresh();
        if (searching != null) {
            searching.cancel();
        }
        CorpusStore corpus = store;
        if (corpus == null || query.isBlank()) {
            return;
        }
        List<String> ids = rows.stream().map(DocumentRow::id).toList();
        searching = Job.create("Searching document texts", (IProgressMonitor monitor) -> {
            try {
                Set<String> found = TextSearch.matching(corpus, ids, query, monitor);
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (!viewer.getControl().isDisposed() && query.equals(filterText.getText())) {
                        filter.set(query, found);
                        viewer.refresh();
                    }
                });
                return Status.OK_STATUS;
            } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (java.io.IOException e) {
                return Status.error("Cannot search the corpus texts: " + e.getMessage(), e);
            }
        });
        searching.setSystem(true);
        searching.schedule(FILTER_DELAY_MILLIS);
    }

    /** Sets the filter text as if typed. */
    public void setFilter(String query) {
        filterText.setText(query);
    }

    /** Whether the text search of the current filter is still running. */
    public boolean isSearching() {
        return searching != null && searching.getState() != Job.NONE;
    }

    /** The open corpus, or {@code null}. */
    public CorpusStore store() {
        return store;
    }

    /** All documents of the corpus, in id order (empty until the corpus has been read). */
    public List<DocumentRow> documents() {
        return rows;
    }

    /** The assignments and progress shown (empty when the corpus has no assignments.json). */
    public AssignmentOverview assignments() {
        return assignments;
    }

    /** Shows only the documents assigned to the annotator, or all, as the check box does. */
    public void setAssignedToMeOnly(boolean only) {
        assignedToMe.setSelection(only);
        applyAssignedFilter();
    }

    /** The documents the filter lets through, in table order. */
    public List<DocumentRow> visibleDocuments() {
        List<DocumentRow> visible = new ArrayList<>();
        for (var item : viewer.getTable().getItems()) {
            visible.add((DocumentRow) item.getData());
        }
        return visible;
    }

    /** Calls {@code listener} with the input of every document about to be opened from the navigator. */
    public void addOpenListener(Consumer<CorpusDocumentInput> listener) {
        openListeners.add(listener);
    }

    /** Stops calling {@code listener}. */
    public void removeOpenListener(Consumer<CorpusDocumentInput> listener) {
        openListeners.remove(listener);
    }

    /** The table, for keyboard focus and tests. */
    public TableViewer viewer() {
        return viewer;
    }

    private void open(IStructuredSelection selection) {
        if (store == null) {
            return;
        }
        for (Object element : selection.toList()) {
            if (element instanceof DocumentRow row) {
                CorpusDocumentInput input = new CorpusDocumentInput(store.directory(), row.id(), row.title());
                openListeners.forEach(l -> l.accept(input));
                try {
                    getSite().getPage().openEditor(input, CorpusDocumentInput.EDITOR_ID);
                } catch (PartInitException e) {
                    getViewSite().getActionBars().getStatusLineManager()
                            .setErrorMessage("Cannot open " + row.id() + ": " + e.getMessage());
                    ILog.of(getClass()).error("Cannot open document " + row.id() + " of " + store.directory(), e);
                }
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        tracker.stop();
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).removePreferenceChangeListener(annotatorChanged);
        if (reading != null) {
            reading.cancel();
        }
        if (searching != null) {
            searching.cancel();
        }
        super.dispose();
    }
}
