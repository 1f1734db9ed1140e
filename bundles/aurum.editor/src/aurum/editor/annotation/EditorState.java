package aurum.editor.annotation;

import java.util.List;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPartSite;

import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.store.CorpusStoreException;
import aurum.editor.internal.edit.EditHost;
import aurum.editor.internal.edit.HotkeyListener;
import aurum.editor.internal.edit.LayerLifecycle;
import aurum.editor.internal.edit.MessageBanner;
import aurum.editor.internal.edit.SelectedSpan;
import aurum.editor.internal.edit.SpanEditing;
import aurum.editor.internal.edit.SpanNavigation;
import aurum.editor.internal.paint.LabelColours;
import aurum.editor.internal.paint.LabelNamePainter;
import aurum.editor.internal.paint.LineDamage;
import aurum.editor.internal.paint.PaintModel;
import aurum.editor.internal.paint.SpanHover;
import aurum.editor.internal.paint.SpanPainter;
import aurum.editor.internal.paint.UnderlineLanes;
import aurum.editor.internal.session.FileStamp;
import aurum.editor.internal.session.LayerEditOperation;
import aurum.editor.internal.session.LayerSession;
import aurum.editor.internal.session.LayerWatcher;
import aurum.editor.internal.session.LoadedDocument;
import aurum.editor.internal.timing.PhaseTimes;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.preferences.AurumPreferences;

/**
 * The live state of an open annotation editor: the layer session, what is selected, who listens. It is
 * the one place that hears about every change (edits, undo, reloads from disk) and passes it on to the
 * painter, the status line and the {@link AnnotatedDocument} listeners.
 */
public final class EditorState implements EditHost, PaintModel, LayerEditOperation.Observer {

    /** Past this many changes in one edit (accept all), the whole text is repainted instead of line by line. */
    private static final int MAX_LINE_DAMAGES = 64;
    /** How long closing the editor waits for the session's writer to store the last changes. */
    private static final long CLOSE_WAIT_MILLIS = 30_000;

    private final IEditorPart editor;
    private final TextViewer viewer;
    private final MessageBanner banner;
    private final IUndoContext undoContext;
    private final String annotator;
    private final ListenerList<AnnotatedDocument.Listener> listeners = new ListenerList<>();
    private final SpanNavigation navigation = new SpanNavigation(this);
    private final SpanEditing editing = new SpanEditing(this, navigation);
    private final LayerLifecycle lifecycle = new LayerLifecycle(this);
    private final EditorAnnotatedDocument annotatedDocument = new EditorAnnotatedDocument(this);
    private final EditorFont font;
    private final PhaseTimes times = new PhaseTimes();
    /** The range of the span drawn with the selection outline, or null. */
    private int[] outlined;
    private LoadedDocument loaded;
    private LabelColours colours;
    private SpanPainter painter;
    private LabelNamePainter names;
    private UnderlineLanes lanes;
    private LayerWatcher watcher;
    private HotkeyListener hotkeys;
    /** A team-server corpus's notices, when the document is on one: they take the place of the file watcher. */
    private aurum.editor.server.LiveUpdates live;
    private final java.util.function.Consumer<aurum.editor.server.LiveUpdates.Changed> serverListener = this::serverChanged;
    /** The banner's line about edits kept on this computer, or null. */
    private String unsentShown;

    EditorState(IEditorPart editor, TextViewer viewer, MessageBanner banner, IUndoContext undoContext,
            String annotator) {
        this.editor = editor;
        this.viewer = viewer;
        this.banner = banner;
        this.undoContext = undoContext;
        this.annotator = annotator;
        this.font = new EditorFont(viewer.getTextWidget(), this::preferencesChanged);
    }

    void install(LoadedDocument document, IWorkbenchPartSite site) {
        this.loaded = document;
        this.colours = new LabelColours(document.labelSet());
        StyledText text = viewer.getTextWidget();
        // a long text is shown without wrap; with no line spacing either, StyledText keeps a fixed line height
        UnderlineLanes lanes = UnderlineLanes.forDocument(text.getWordWrap());
        this.lanes = lanes;
        painter = new SpanPainter(text, this, lanes);
        text.addPaintListener(painter);
        if (lanes == UnderlineLanes.BELOW_TEXT && !(editor instanceof aurum.editor.curation.CurationEditor)) {
            // the curation editor's lanes of annotators take the space between lines there
            names = new LabelNamePainter(text, this,
                    id -> labels().label(id).map(aurum.core.model.LabelDefinition::displayName).orElse(id));
            text.addPaintListener(names);
        }
        applySpacing();
        text.addMouseMoveListener(new SpanHover(text, this::layer, this::labels));
        hotkeys = new HotkeyListener(site, this::labels);
        viewer.prependVerifyKeyListener(hotkeys);
        text.addCaretListener(event -> selectionMoved());
        viewer.addSelectionChangedListener(event -> selectionMoved());
        document.session().listen(new LayerSession.Listener() {
            @Override
            public void rebased(List<String> dropped) {
                EditorState.this.rebased(dropped);
            }

            @Override
            public void notSaved(String message) {
                EditorState.this.notSaved(message);
            }

            @Override
            public void unsent(int kept, String message) {
                EditorState.this.unsent(kept, message);
            }
        }, runnable -> text.getDisplay().asyncExec(() -> {
            if (!text.isDisposed()) {
                runnable.run();
            }
        }));
        watcher = new LayerWatcher(document.session(), this::loadedFromDisk, this::unreadableOnDisk);
        watcher.start();
        if (document.session().store() instanceof aurum.editor.server.ServerCorpus server) {
            live = server.live();
            live.addListener(serverListener);
        }
        text.redraw();
        fireLayerChanged();
    }

    boolean isLoaded() {
        return loaded != null;
    }

    SpanEditing editing() {
        return editing;
    }

    SpanNavigation navigation() {
        return navigation;
    }

    LayerLifecycle lifecycle() {
        return lifecycle;
    }

    AnnotatedDocument annotatedDocument() {
        return annotatedDocument;
    }

    /** The painter, for the benchmark's paint timings. */
    public SpanPainter painter() {
        return painter;
    }

    /** Draws label names above the spans, or null in documents too long to wrap and in the curation editor. */
    public LabelNamePainter labelNames() {
        return names;
    }

    /** Where opening and editing spent their time, for the scale benchmark. */
    @Override
    public PhaseTimes times() {
        return times;
    }

    /**
     * Records phase {@code name} from now until the spans have first been painted (a paint listener added
     * after the painter runs after it), with the UI thread's CPU time in between.
     */
    void timeFirstPaint(String name) {
        StyledText text = viewer.getTextWidget();
        long started = System.nanoTime();
        long cpu = PhaseTimes.cpuNow();
        text.addPaintListener(new org.eclipse.swt.events.PaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent event) {
                times.record(PhaseTimes.since(name, started, cpu));
                text.removePaintListener(this);
            }
        });
    }

    /** The hotkey dispatcher, so tests and menus can run a hotkey's command. */
    public HotkeyListener hotkeys() {
        return hotkeys;
    }

    /** The file watcher, so tests can check the disk without waiting for the next poll. */
    public LayerWatcher watcher() {
        return watcher;
    }

    @Override
    public LayerSession session() {
        return loaded.session();
    }

    @Override
    public LabelSet labels() {
        return loaded == null ? null : loaded.labelSet();
    }

    @Override
    public Layer layer() {
        return loaded == null ? null : loaded.session().layer();
    }

    @Override
    public LabelColours colours() {
        return colours;
    }

    @Override
    public List<ExcludedRegion> excluded() {
        return loaded.excluded();
    }

    @Override
    public String selectedSpanId() {
        return selectedSpans().stream().reduce((a, b) -> b).map(Span::id).orElse(null);
    }

    /** The spans the selection points at, outermost first. */
    public List<Span> selectedSpans() {
        int[] selection = selection();
        return loaded == null ? List.of() : SelectedSpan.all(layer(), selection[0], selection[1]);
    }

    @Override
    public int[] selection() {
        Point range = viewer.getSelectedRange();
        return new int[] {range.x, range.y};
    }

    @Override
    public void select(int offset, int length) {
        viewer.setSelectedRange(offset, length);
        viewer.revealRange(offset, length);
        selectionMoved();
    }

    @Override
    public String annotator() {
        return annotator;
    }

    @Override
    public boolean snapToTokens() {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
        return preferences.getBoolean(AurumPreferences.SNAP_TO_TOKENS, true);
    }

    @Override
    public IUndoContext undoContext() {
        return undoContext;
    }

    @Override
    public LayerEditOperation.Observer observer() {
        return this;
    }

    @Override
    public void status(String message) {
        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    @Override
    public void applied(LayerEditOperation operation, boolean undone) {
        times.time("edit: editor follows (status, redraw, notify views)", () -> {
            status((undone ? "Undone: " : "Saved: ") + operation.getLabel());
            redrawChanged(operation);
            fireLayerChanged();
        });
    }

    /** The session's writer met a layer changed on disk: the session took it, with this editor's edits on top. */
    private void rebased(List<String> dropped) {
        banner.show("This layer had been changed outside this editor (command line, git or another window). It was"
                + " reloaded and your changes were applied on top and saved"
                + (dropped.isEmpty() ? "" : ", except " + dropped.size() + " that no longer fit: " + dropped.get(0))
                + ". Undo history before the reload was cleared.");
        OperationHistoryFactory.getOperationHistory().dispose(undoContext, true, true, false);
        redraw();
        fireLayerChanged();
    }

    /** A change could not be stored; the session shows the layer as stored. */
    private void notSaved(String message) {
        banner.show(message);
        OperationHistoryFactory.getOperationHistory().dispose(undoContext, true, true, false);
        redraw();
        fireLayerChanged();
    }

    /**
     * Edits are kept on this computer while the team server cannot be reached: the banner says so for as long
     * as that lasts; once they were sent it goes, and the status line says they were.
     */
    private void unsent(int kept, String message) {
        if (kept > 0) {
            banner.show(message);
            unsentShown = message;
            return;
        }
        if (unsentShown != null && unsentShown.equals(banner.text())) {
            banner.hide();
        }
        unsentShown = null;
        status(message);
    }

    @Override
    public void failed(LayerEditOperation operation, CorpusStoreException failure) {
        banner.show("\"" + operation.getLabel() + "\" was not made: " + failure.getMessage());
        redraw();
        fireLayerChanged();
    }

    /**
     * On a batch's thread: the server says the document changed (someone's layer; which, it does not say). The
     * layer is read again; when this editor's layer has a newer revision (this login in another workbench, a lead's
     * push) it is taken as from disk; while edits are being written, their save meets the conflict and rebases.
     */
    private void serverChanged(aurum.editor.server.LiveUpdates.Changed changed) {
        LoadedDocument document = loaded;
        if (document == null || !changed.concerns(document.session().document().id())) {
            return;
        }
        LayerSession session = document.session();
        Layer stored;
        try {
            stored = session.loadFromDisk();
        } catch (CorpusStoreException e) {
            return; // the server may be away: a save says so, and the next notice looks again
        }
        if (stored.revision() <= session.storedRevision()) {
            return; // this editor's own save, or nothing of this layer
        }
        StyledText text = viewer.getTextWidget();
        text.getDisplay().asyncExec(() -> {
            // newer than what this editor stored by now; edits still being written meet the conflict instead
            if (!text.isDisposed() && stored.revision() > session.storedRevision()
                    && session.adopt(stored, FileStamp.ofLayer(session.file()))) {
                reloaded(stored, "on the team server");
            }
        });
    }

    private void loadedFromDisk(Layer layer, FileStamp stamp) {
        StyledText text = viewer.getTextWidget();
        text.getDisplay().asyncExec(() -> {
            if (text.isDisposed() || !session().adopt(layer, stamp)) {
                return;
            }
            reloaded(layer, "on disk");
        });
    }

    private void reloaded(Layer layer, String where) {
        OperationHistoryFactory.getOperationHistory().dispose(undoContext, true, true, false);
        banner.show("Reloaded: the layer was changed " + where + " (revision " + layer.revision() + ", "
                + layer.size() + " spans). Undo history was cleared.");
        redraw();
        fireLayerChanged();
    }

    private void unreadableOnDisk(FileStamp stamp, CorpusStoreException failure) {
        StyledText text = viewer.getTextWidget();
        text.getDisplay().asyncExec(() -> {
            if (!text.isDisposed()) {
                banner.show("The layer file changed on disk but cannot be read, so this editor keeps showing the"
                        + " last good version; edits will be refused until the file is fixed. " + failure.getMessage());
            }
        });
    }

    private void preferencesChanged() {
        if (loaded != null) {
            colours = new LabelColours(loaded.labelSet());
            applySpacing();
        }
        redraw();
    }

    /** Line spacing for the underline lanes, and the band above each line for label names when they are shown. */
    private void applySpacing() {
        StyledText text = viewer.getTextWidget();
        int band = namesShown() ? names.bandHeight() : 0;
        if (text.getLineSpacing() != lanes.lineSpacing() + band) {
            text.setLineSpacing(lanes.lineSpacing() + band);
        }
        if (text.getTopMargin() != band) {
            text.setTopMargin(band);
        }
    }

    /** Whether label names are drawn above the spans (preference, on by default; not in unwrapped long documents). */
    private boolean namesShown() {
        boolean shown = names != null && org.eclipse.core.runtime.Platform.getPreferencesService().getBoolean(
                AurumPreferences.NODE, AurumPreferences.SHOW_LABEL_NAMES, true, null);
        if (names != null) {
            names.setEnabled(shown);
        }
        return shown;
    }

    /** Redraws the lines of the spans {@code operation} changed; everything when it changed many. */
    private void redrawChanged(LayerEditOperation operation) {
        if (operation.changes().size() > MAX_LINE_DAMAGES) {
            redraw();
            return;
        }
        StyledText text = viewer.getTextWidget();
        operation.forEachChange(change -> {
            for (Span span : new Span[] {change.before(), change.after()}) {
                if (span != null) {
                    LineDamage.redraw(text, span.start(), span.end(), names == null ? 0 : names.bandHeight());
                }
            }
        });
    }

    /** Moves the selection outline: redraws the lines of the span outlined before and of the one now. */
    private void redrawSelectionOutline(List<Span> selected) {
        int[] now = selected.isEmpty() ? null : new int[] {selected.get(selected.size() - 1).start(),
                selected.get(selected.size() - 1).end()};
        if (java.util.Arrays.equals(now, outlined)) {
            return;
        }
        StyledText text = viewer.getTextWidget();
        for (int[] range : new int[][] {outlined, now}) {
            if (range != null) {
                LineDamage.redraw(text, range[0], range[1]);
            }
        }
        outlined = now;
    }

    private void redraw() {
        StyledText text = viewer.getTextWidget();
        if (!text.isDisposed()) {
            text.redraw();
        }
    }

    private void selectionMoved() {
        if (loaded == null) {
            return;
        }
        List<Span> selected = selectedSpans();
        String tip = SpanHover.describe(selected, loaded.session().document().text(),
                id -> labels().label(id).map(l -> l.displayName()).orElse(id));
        status(tip == null ? "" : tip.replace('\n', ';'));
        redrawSelectionOutline(selected);
        times.time("select: views follow the selection", () -> {
            for (AnnotatedDocument.Listener listener : listeners) {
                SafeRunner.run(() -> listener.selectionChanged(annotatedDocument));
            }
        });
    }

    private void fireLayerChanged() {
        for (AnnotatedDocument.Listener listener : listeners) {
            SafeRunner.run(() -> listener.layerChanged(annotatedDocument));
        }
    }

    void addListener(AnnotatedDocument.Listener listener) {
        listeners.add(listener);
    }

    void removeListener(AnnotatedDocument.Listener listener) {
        listeners.remove(listener);
    }

    void dispose() {
        if (live != null) {
            live.removeListener(serverListener);
        }
        if (watcher != null) {
            watcher.stop();
        }
        if (loaded != null && !loaded.session().close(CLOSE_WAIT_MILLIS)) {
            ILog.of(getClass()).warn("The last changes to " + loaded.session().file()
                    + " were still being written after " + CLOSE_WAIT_MILLIS + " ms when the editor closed;"
                    + " they are written in the background.");
        }
        font.dispose();
        if (names != null) {
            names.dispose();
        }
    }
}
