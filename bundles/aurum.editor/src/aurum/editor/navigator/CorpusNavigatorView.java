package aurum.editor.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.assignment.CorpusAnnotators;
import aurum.corpus.index.DocumentOrder;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.store.CorpusStore;
import aurum.editor.identity.AnnotatorIdentity;
import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.internal.timing.PhaseTimes;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.preferences.AurumPreferences;
import aurum.editor.navigator.NavigatorColumns.Default;
import aurum.editor.navigator.NavigatorColumns.Spec;
import aurum.editor.views.ActiveDocumentTracker;

/**
 * The documents of the open corpus store with the current annotator's state and label counts and their
 * near-duplicate clusters, filtered by id, title or text. Enter or double-click opens a document in the
 * annotation editor. A virtual table over an index listing: the index sorts and filters, and only the
 * rows scrolled into view are read (a page at a time from the index's memory-mapped files), so 100k
 * documents show as fast as five. The listing is made in a job; a poll of the index generation every
 * second re-lists when any process changed a document or layer, and a team-server corpus's notices re-list at
 * once ({@link aurum.editor.server.LiveUpdates}). A re-listing keeps the order, the selection and the scroll
 * position.
 */
public class CorpusNavigatorView extends ViewPart {

    /** The view id, as contributed in plugin.xml. */
    public static final String ID = "aurum.editor.navigator";

    /** The context of the view's own key bindings (Ctrl+Enter marks the selection done). */
    public static final String CONTEXT_ID = "aurum.editor.navigatorContext";

    private static final int FILTER_DELAY_MILLIS = 250;
    private static final int POLL_MILLIS = 1000;

    private final RowEdits edits = new RowEdits();
    private final List<Runnable> listedCallbacks = new ArrayList<>();
    private final List<Consumer<CorpusDocumentInput>> openListeners = new CopyOnWriteArrayList<>();
    private TableViewer viewer;
    private Text filterText;
    private volatile CorpusStore store;
    private volatile NavigatorContents contents;
    private DocumentOrder.Key sortKey = DocumentOrder.Key.ID;
    private boolean descending;
    /** Whether {@link #sortKey} looks at the gold layer (the Gold column) rather than the annotator's. */
    private boolean sortGold;
    private NavigatorColumns columns;
    /** Listings asked for and listings over (shown, superseded or failed), counted on the UI thread. */
    private int requested;
    private int shownRequest;
    private AssignmentOverview assignments = AssignmentOverview.NONE;
    private Composite assignmentArea;
    private org.eclipse.swt.widgets.Button assignedToMe;
    private org.eclipse.swt.widgets.Label progressText;
    private boolean assignedOnly;
    private volatile Job reading;
    private volatile Job polling;
    private ActiveDocumentTracker tracker;
    private boolean rowUpdatePending;
    /** The query, order and corpus of the listing shown, to tell a new listing of the same view from another view. */
    private DocumentQuery shownQuery;
    private DocumentOrder shownOrder;
    private CorpusStore shownStore;
    /** The team-server corpus followed, or null; its batches re-list (see {@link #serverChanged}). */
    private aurum.editor.server.LiveUpdates following;
    private final Consumer<aurum.editor.server.LiveUpdates.Changed> serverListener = this::serverChanged;
    /** The newest index generation a server batch reported, on the UI thread. */
    private long serverGeneration;
    private final PhaseTimes times = new PhaseTimes();
    /** Re-reads states and counts when the annotator named in the preferences changes. */
    private final IPreferenceChangeListener annotatorChanged = event -> {
        if (AurumPreferences.ANNOTATOR.equals(event.getKey()) && viewer != null) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    edits.clear();
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
        Composite tableArea = new Composite(area, SWT.NONE); // the table alone, laid out by its columns
        tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer = new TableViewer(tableArea, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.setUseHashlookup(true);
        columns = new NavigatorColumns(viewer);
        // the title is what annotators recognise a document by; the id is for the command line. Shown at first:
        // what fits the view's default width and the corpus has something for (the header's menu shows the others)
        column(new Spec("Title", 50, Default.SHOWN, DocumentRow::title), DocumentOrder.Key.TITLE, false);
        column(new Spec("State", 20, Default.SHOWN, DocumentRow::stateText), DocumentOrder.Key.STATE, false);
        // how far curation has got, once it has started
        column(new Spec("Gold", 20, Default.WHERE_USEFUL, DocumentRow::goldText), DocumentOrder.Key.STATE, true);
        column(new Spec("Labels", 26, Default.SHOWN, DocumentRow::countsText), DocumentOrder.Key.SPANS, false);
        column(new Spec("Assigned to", 22, Default.WHERE_USEFUL, this::assignedText), null, false);
        column(new Spec("All layers", 40, Default.HIDDEN, DocumentRow::teamText), null, false); // every layer's state
        column(new Spec("Duplicates", 18, Default.HIDDEN, DocumentRow::clusterText), null, false);
        column(new Spec("Document", 30, Default.HIDDEN, DocumentRow::id), DocumentOrder.Key.ID, false);
        column(new Spec("Chars", 12, Default.HIDDEN, d -> Integer.toString(d.length())), DocumentOrder.Key.LENGTH,
                false);
        columns.fill(getViewSite().getActionBars().getMenuManager());
        viewer.setContentProvider(new LazyRows());
        viewer.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
        getSite().setSelectionProvider(viewer);
        // Curate and other commands contribute to popup:aurum.editor.navigator
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        org.eclipse.swt.widgets.Menu rowMenu = menu.createContextMenu(viewer.getControl());
        viewer.getControl().setMenu(rowMenu);
        columns.useHeaderMenu(rowMenu);
        getSite().registerContextMenu(menu, viewer);
        // Ctrl+Enter marks the selected documents done here, as it marks the editor's document done there
        getSite().getService(org.eclipse.ui.contexts.IContextService.class).activateContext(CONTEXT_ID);
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
        aurum.editor.views.CheckBoxTicks.keep(assignedToMe); // the theme's background hides ticks on GTK 3
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
        boolean only = assignedToMe.getSelection() && !assignments.isEmpty();
        if (only != assignedOnly) {
            assignedOnly = only;
            relist(0);
        }
    }

    /** The query of the table: the filter box and the assignment check box. */
    private DocumentQuery filterQuery() {
        DocumentQuery query = DocumentQuery.ALL.withMatch(filterText.getText());
        return assignedOnly ? query.withIds(assignments.documentsOf(annotator())) : query;
    }

    private DocumentOrder order() {
        DocumentOrder order = sortKey == DocumentOrder.Key.STATE || sortKey == DocumentOrder.Key.SPANS
                ? DocumentOrder.by(sortKey, sortGold ? LayerOwner.GOLD : owner()) : DocumentOrder.by(sortKey);
        return descending ? order.reversed() : order;
    }

    private String assignedText(DocumentRow row) {
        String annotators = assignments.annotatorsText(row.id());
        return assignments.documentsOf(annotator()).contains(row.id()) ? "● " + annotators : annotators;
    }

    /**
     * A column; clicking its header sorts by {@code key} in the index (again: the other way), unless null; of
     * the gold layer rather than the annotator's when {@code gold}.
     */
    private void column(Spec spec, DocumentOrder.Key key, boolean gold) {
        TableColumn column = columns.add(spec);
        if (key != null) {
            column.addListener(SWT.Selection,
                    e -> sortBy(key, gold, key == sortKey && gold == sortGold && !descending, column));
        }
    }

    /** The columns: which show, and how wide. */
    public NavigatorColumns columns() {
        return columns;
    }

    /**
     * Shows the documents of {@code corpus}, replacing what was shown; read in a job.
     *
     * @param corpus the open corpus store
     */
    public void showCorpus(CorpusStore corpus) {
        this.store = corpus;
        edits.clear();
        viewer.getTable().deselectAll(); // another corpus: the rows selected were the old one's
        if (!aurum.editor.server.ConnectedCorpora.isServerCorpus(corpus.directory())) {
            aurum.editor.corpus.RecentCorpora.add(corpus.directory()); // a server corpus's work folder is no corpus
        }
        setContentDescription(corpus.settings().name() + " — reading…");
        setPartName("Corpus: " + corpus.settings().name());
        follow(corpus instanceof aurum.editor.server.ServerCorpus server ? server.live() : null);
        refresh();
    }

    private void follow(aurum.editor.server.LiveUpdates live) {
        if (following != null) {
            following.removeListener(serverListener);
        }
        following = live;
        serverGeneration = 0;
        if (live != null) {
            live.addListener(serverListener);
        }
    }

    /**
     * A batch of the server's changes is in the index (on the batch's thread): lists again on the UI thread, unless
     * the listing shown has it already; while a listing is being made, once that one is shown. A batch that copied
     * {@code assignments.json} anew lists again at once (a listing under way may have read the old copy).
     */
    private void serverChanged(aurum.editor.server.LiveUpdates.Changed changed) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        aurum.editor.server.LiveUpdates live = following;
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed() || following != live || live == null) {
                return;
            }
            serverGeneration = Math.max(serverGeneration, changed.generation());
            if (changed.concernsFile(aurum.corpus.assignment.AssignmentsFile.NAME)) {
                relist(0); // the work folder's copy is new: the Assigned to column, the filter, the progress
                return;
            }
            if (contents != null && contents.generation() >= changed.generation()) {
                return; // nothing this user may see changed, or the listing shown has it
            }
            if (!isSearching()) {
                relist(0);
            } // else: asyncShow lists again if the listing on its way is older than the batch
        });
    }

    /** Re-reads the open corpus, e.g. after an import. */
    public void refresh() {
        relist(0);
    }

    /**
     * Sorts the table by {@code key} in the index, as a click on that column's header does; a second
     * call with the same key reverses the order.
     */
    public void sortBy(DocumentOrder.Key key) {
        sortBy(key, key == sortKey && !sortGold && !descending);
    }

    /**
     * Sorts the table by {@code key} in the index in the direction given, whatever the order was (the view keeps
     * its order while it is open, across corpora).
     */
    public void sortBy(DocumentOrder.Key key, boolean inDescendingOrder) {
        for (TableColumn column : viewer.getTable().getColumns()) {
            if (column.getText().equals(switch (key) {
                case ID -> "Document";
                case TITLE -> "Title";
                case LENGTH -> "Chars";
                case STATE -> "State";
                case SPANS -> "Labels";
            })) {
                sortBy(key, false, inDescendingOrder, column);
            }
        }
    }

    private void sortBy(DocumentOrder.Key key, boolean gold, boolean inDescendingOrder, TableColumn column) {
        descending = inDescendingOrder;
        sortKey = key;
        sortGold = gold;
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        relist(0);
    }

    /** Lists the open corpus again with the current filter and order, in a job after {@code delay} ms. */
    private void relist(long delay) {
        CorpusStore corpus = store;
        if (corpus == null || viewer == null) {
            return;
        }
        if (reading != null) {
            reading.cancel();
        }
        LayerOwner owner = owner();
        DocumentQuery query = filterQuery();
        DocumentOrder order = order();
        int request = ++requested;
        reading = Job.create("Reading corpus " + corpus.settings().name(), (IProgressMonitor monitor) -> {
            try {
                NavigatorContents read = NavigatorContents.read(corpus, owner, query, order, edits, monitor);
                if (monitor.isCanceled()) {
                    read.close();
                    finished(request);
                    return Status.CANCEL_STATUS;
                }
                asyncShow(corpus, owner, query, order, read, request);
                return Status.OK_STATUS;
            } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                finished(request);
                return Status.CANCEL_STATUS;
            } catch (java.io.IOException e) {
                finished(request);
                return Status.error("Cannot read the corpus " + corpus.directory() + ": " + e.getMessage(), e);
            }
        });
        reading.schedule(delay);
    }

    /** Notes on the UI thread that listing {@code request} is over, shown or not. */
    private void finished(int request) {
        viewer.getControl().getDisplay().asyncExec(() -> shownRequest = Math.max(shownRequest, request));
    }

    private void asyncShow(CorpusStore corpus, LayerOwner owner, DocumentQuery query, DocumentOrder order,
            NavigatorContents read, int request) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            shownRequest = Math.max(shownRequest, request);
            if (viewer.getControl().isDisposed() || corpus != store || !owner.equals(owner())
                    || !query.equals(filterQuery()) || !order.equals(order())) {
                read.close(); // a newer listing is on its way
                return;
            }
            List<String> selected = selectedIds();
            // the same view with newer rows (a change in the corpus): keep the scroll position as well
            boolean sameView = corpus == shownStore && query.equals(shownQuery) && order.equals(shownOrder);
            int top = viewer.getTable().getTopIndex();
            NavigatorContents old = contents;
            contents = read;
            shownStore = corpus;
            shownQuery = query;
            shownOrder = order;
            boolean assignmentsChanged = !read.assignments().equals(assignments);
            if (assignmentsChanged) {
                showAssignments(read.assignments());
            }
            columns.showWhereUseful("Gold", read.curated() > 0);
            columns.showWhereUseful("Assigned to", !read.assignments().isEmpty());
            viewer.setInput(read.shown());
            viewer.setItemCount(read.shown().size());
            viewer.refresh();
            reselect(selected);
            if (sameView && top > 0 && top < read.shown().size()) {
                viewer.getTable().setTopIndex(top);
            }
            if (old != null) {
                old.close();
            }
            describe();
            startPolling();
            runListedCallbacks();
            if (following != null && serverGeneration > read.generation() && !isSearching()) {
                relist(0); // a server batch came while this listing was made
            } else if (assignmentsChanged && !query.equals(filterQuery()) && !isSearching()) {
                relist(0); // "assigned to me" with the assignments this listing brought
            }
        });
    }

    /**
     * Runs {@code callback} on the UI thread once the next listing is shown and its first rows painted
     * (the start-up benchmark measures time to first rows with it).
     */
    public void whenListed(Runnable callback) {
        listedCallbacks.add(callback);
    }

    private void runListedCallbacks() {
        if (listedCallbacks.isEmpty()) {
            return;
        }
        viewer.getTable().update(); // paints the rows in view, reading them from the listing
        List<Runnable> callbacks = List.copyOf(listedCallbacks);
        listedCallbacks.clear();
        callbacks.forEach(Runnable::run);
    }

    private List<String> selectedIds() {
        List<String> ids = new ArrayList<>();
        for (Object element : viewer.getStructuredSelection().toList()) {
            if (element instanceof DocumentRow row) {
                ids.add(row.id());
            }
        }
        return ids;
    }

    private void reselect(List<String> ids) {
        List<DocumentRow> rows = new ArrayList<>();
        for (String id : ids) {
            int position = contents.shown().positionOf(id);
            if (position >= 0) {
                rows.add(contents.shown().get(position));
            }
        }
        if (!rows.isEmpty()) {
            viewer.setSelection(new StructuredSelection(rows));
        } else {
            viewer.getTable().deselectAll(); // the old rows' positions would select other documents now
        }
    }

    /** Polls the index generation each second and re-lists when a document or layer changed, in any process. */
    private void startPolling() {
        if (polling != null) {
            return;
        }
        polling = Job.create("Following the corpus", (IProgressMonitor monitor) -> {
            CorpusStore corpus = store;
            NavigatorContents shown = contents;
            if (corpus != null && shown != null && (reading == null || reading.getState() == Job.NONE)) {
                try {
                    if (corpus.index().generation() != shown.generation()) {
                        viewer.getControl().getDisplay().asyncExec(() -> {
                            if (!viewer.getControl().isDisposed() && contents == shown) {
                                relist(0);
                            }
                        });
                    }
                } catch (java.io.IOException e) {
                    // the corpus may be closing; the next poll or listing reports a lasting failure
                }
            }
            if (!monitor.isCanceled() && polling != null) {
                polling.schedule(POLL_MILLIS);
            }
            return Status.OK_STATUS;
        });
        polling.setSystem(true);
        polling.schedule(POLL_MILLIS);
    }

    private void describe() {
        int total = contents.all().size();
        int shown = contents.shown().size();
        int clustered = contents.clustered();
        String me = annotator();
        setContentDescription(store.settings().name() + ": " + total + " documents, " + contents.done() + " done"
                + (clustered == 0 ? "" : ", " + clustered + " in near-duplicate clusters")
                + (shown == total ? "" : ", " + shown + " shown") + " — "
                + (me.isEmpty() ? "nobody is named as annotator (Annotate > Switch Annotator…)"
                        : "State and Labels show " + me + "'s layers"
                                + (assignments.isEmpty() ? "" : "; " + assignments.summaryOf(me))));
    }

    /** How long following the open document's layer last took on the UI thread; for the scale benchmark, not API. */
    public PhaseTimes times() {
        return times;
    }

    /** The layer whose states and counts are shown: the annotator's; nobody's (the suggestions') when no one is named. */
    private static LayerOwner owner() {
        String me = annotator();
        // nobody named: no annotator's layer is shown (every state reads "new"), only the other layers
        return LayerOwner.annotator(me.isEmpty() ? CorpusAnnotators.SUGGESTIONS : me);
    }

    /** The annotator whose states and counts are shown; empty when nobody is named yet. */
    static String annotator() {
        return AnnotatorIdentity.current().orElse("");
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
        if (document == null || viewer.getControl().isDisposed() || store == null || contents == null
                || annotator().isEmpty()
                || !document.corpusDirectory().equals(store.directory().toAbsolutePath().normalize())
                || !document.layer().owner().equals(owner())) {
            return;
        }
        int position = contents.all().positionOf(document.documentId());
        if (position < 0) {
            return;
        }
        DocumentRow row = contents.all().indexed(position);
        LayerState now = document.layer().state();
        edits.put(row.withLayer(now, CorpusOverview.counts(document.layer())).withTeamState(annotator(), now));
        int shownAt = contents.shown().positionOf(document.documentId());
        if (shownAt >= 0) {
            viewer.replace(contents.shown().get(shownAt), shownAt);
        }
        if (now != row.state()) {
            // the done count and the lead's progress figures follow a document marked done (or reopened) at once,
            // not at the next poll
            relist(0);
        }
    }

    /** Shows {@code message} in the status line of the workbench window. */
    public void showStatus(String message) {
        getViewSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    private void filterChanged() {
        relist(FILTER_DELAY_MILLIS);
    }

    /** Sets the filter text as if typed, and lists at once (without the typing delay). */
    public void setFilter(String query) {
        filterText.setText(query);
        relist(0);
    }

    /** Whether a listing (after a filter, sort or corpus change) is still being made or not yet shown. */
    public boolean isSearching() {
        return shownRequest < requested;
    }

    /** The open corpus, or {@code null}. */
    public CorpusStore store() {
        return store;
    }

    /**
     * All documents of the corpus, in id order (empty until the corpus has been read); a list that reads
     * its rows from the index when asked for them.
     */
    public List<DocumentRow> documents() {
        return contents == null ? List.of() : contents.all();
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

    /** The documents the filter lets through, in table order, read from the index when asked for. */
    public List<DocumentRow> visibleDocuments() {
        return contents == null ? List.of() : contents.shown();
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
        for (Object element : selection.toList()) {
            if (element instanceof DocumentRow row && openDocument(row) == null) {
                return;
            }
        }
    }

    /**
     * Opens {@code row} in the annotation editor, first asking who is annotating when nobody is named yet.
     *
     * @return the editor, or null when it could not be opened (the status line says why)
     */
    public IEditorPart openDocument(DocumentRow row) {
        if (store == null) {
            return null;
        }
        if (AnnotatorIdentity.askIfUnknown(getSite().getShell()).isEmpty()) {
            showStatus("Nobody is named as the annotator, so there is no layer to open " + row.id() + " in.");
            return null;
        }
        CorpusDocumentInput input = new CorpusDocumentInput(store.directory(), row.id(), row.title());
        openListeners.forEach(l -> l.accept(input));
        try {
            return getSite().getPage().openEditor(input, CorpusDocumentInput.EDITOR_ID);
        } catch (PartInitException e) {
            getViewSite().getActionBars().getStatusLineManager()
                    .setErrorMessage("Cannot open " + row.id() + ": " + e.getMessage());
            ILog.of(getClass()).error("Cannot open document " + row.id() + " of " + store.directory(), e);
            return null;
        }
    }

    /**
     * Focuses the table with a document selected, so that Enter opens one at once and the arrow keys start from
     * there: GTK gives a table without a selection a cursor row that Home and Enter do not select.
     */
    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
        selectFirstRowIfNone();
    }

    private void selectFirstRowIfNone() {
        org.eclipse.swt.widgets.Table table = viewer.getTable();
        if (table.getSelectionCount() == 0 && table.getItemCount() > 0) {
            table.setSelection(0);
            org.eclipse.swt.widgets.Event selected = new org.eclipse.swt.widgets.Event();
            selected.item = table.getItem(0);
            table.notifyListeners(SWT.Selection, selected); // tells the viewer's selection listeners, as a click does
        }
    }

    @Override
    public void dispose() {
        follow(null);
        tracker.stop();
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).removePreferenceChangeListener(annotatorChanged);
        if (reading != null) {
            reading.cancel();
        }
        Job poll = polling;
        polling = null;
        if (poll != null) {
            poll.cancel();
        }
        if (contents != null) {
            contents.close();
            contents = null;
        }
        super.dispose();
    }

    /** Hands the virtual table the rows it is about to show, read from the listing a page at a time. */
    private final class LazyRows implements ILazyContentProvider {

        private ListedRows rows;

        @Override
        public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
            rows = newInput instanceof ListedRows listed ? listed : null;
        }

        @Override
        public void updateElement(int index) {
            if (rows != null && index < rows.size()) {
                viewer.replace(rows.get(index), index);
            }
        }
    }
}
