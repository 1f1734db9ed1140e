package aurum.editor.annotation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.EditorPart;

import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.editor.identity.AnnotatorIdentity;
import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.internal.edit.FindBar;
import aurum.editor.internal.edit.LayerLifecycle;
import aurum.editor.internal.edit.MessageBanner;
import aurum.editor.internal.edit.SpanEditing;
import aurum.editor.internal.edit.SpanNavigation;
import aurum.editor.internal.session.LoadedDocument;
import aurum.editor.internal.timing.PhaseTimes;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.preferences.AurumPreferences;
import aurum.editor.server.ConnectedCorpora;

/**
 * The annotation editor: the read-only text of one corpus document with the annotator's spans painted
 * over it, edited from the keyboard. The parts live in their own classes: {@link EditorState} (the open
 * layer, selection and listeners), the painter, span editing and navigation, the hotkeys, and the file
 * watcher. The document is read in a {@link Job}; everything is saved as it is made, so the editor is
 * never dirty. Views work with it through {@link AnnotatedDocument} ({@code getAdapter}).
 */
public class AnnotationEditor extends EditorPart {

    /** The editor id, as in plugin.xml. */
    public static final String ID = CorpusDocumentInput.EDITOR_ID;
    /** The context whose key bindings (Enter accepts, Tab goes to the next span, …) apply in this editor. */
    public static final String CONTEXT_ID = "aurum.editor.annotationContext";

    /** Documents longer than this (UTF-16 units) are shown without word wrap. */
    static final int WRAP_LIMIT = 1_000_000;

    private final List<Runnable> whenLoaded = new ArrayList<>();
    private IUndoContext undoContext;
    private TextViewer viewer;
    private MessageBanner banner;
    private DocumentHeader header;
    private EditorState state;
    private String annotator;
    private CorpusDocumentInput document;
    private FindBar findBar;
    private IContextActivation keys;
    /** Re-opens the editor under the new name when the annotator changes (see {@link #followsAnnotator}). */
    private final IPreferenceChangeListener annotatorChanged = event -> {
        if (AurumPreferences.ANNOTATOR.equals(event.getKey()) && viewer != null) {
            asyncExec(this::followAnnotator);
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        document = input instanceof CorpusDocumentInput plain ? plain : input.getAdapter(CorpusDocumentInput.class);
        if (document == null) {
            throw new PartInitException("The annotation editor opens corpus documents, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        undoContext = new ObjectUndoContext(this, input.getName());
        annotator = AnnotatorIdentity.current().orElseThrow(() -> new PartInitException("Nobody is named as the"
                + " annotator in this workspace yet, so there is no layer to open. Choose Annotate > Switch"
                + " Annotator…, then open the document again."));
        setTitleToolTip(input.getToolTipText() + "\nAnnotator: " + annotator);
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).addPreferenceChangeListener(annotatorChanged);
    }

    /**
     * Whether this editor shows the current annotator's layer, and so is re-opened under the new name when
     * the annotator changes; the curation editor shows gold, whoever curates.
     */
    protected boolean followsAnnotator() {
        return true;
    }

    private void followAnnotator() {
        String now = AnnotatorIdentity.current().orElse(null);
        if (now == null || now.equals(annotator) || !followsAnnotator()) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        IEditorInput input = getEditorInput();
        boolean active = page.getActiveEditor() == this;
        page.closeEditor(this, false); // waits for this layer's writer, so nothing of the old name is lost
        try {
            page.openEditor(input, getSite().getId(), active);
        } catch (PartInitException e) {
            ILog.of(getClass()).error("Cannot re-open " + input.getName() + " for annotator " + now, e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        area.setLayout(layout);
        banner = new MessageBanner(area);
        header = new DocumentHeader(area);
        header.opening(getPartName(), annotator);
        createHeader(area);
        viewer = new TextViewer(area, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP);
        viewer.setEditable(false);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        state = new EditorState(this, viewer, banner, undoContext, annotator);
        getSite().setSelectionProvider(viewer);
        IContextService contexts = getSite().getService(IContextService.class);
        keys = contexts.activateContext(CONTEXT_ID);
        // the editor's own keys (Enter accepts, Tab moves on) are off while the find field is typed in
        findBar = new FindBar(area, viewer, typing -> {
            if (typing && keys != null) {
                contexts.deactivateContext(keys);
                keys = null;
            } else if (!typing && keys == null) {
                keys = contexts.activateContext(CONTEXT_ID);
            }
        });
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler("org.eclipse.ui.edit.findReplace", new ActionHandler(runnable(findBar::open)));
        handlers.activateHandler("org.eclipse.ui.edit.findNext", new ActionHandler(runnable(() -> findBar.find(true, false))));
        handlers.activateHandler("org.eclipse.ui.edit.findPrevious",
                new ActionHandler(runnable(() -> findBar.find(false, false))));
        new UndoRedoActionGroup(getSite(), undoContext, true).fillActionBars(getEditorSite().getActionBars());
        getEditorSite().getActionBars().updateActionBars();
        load();
    }

    /** Adds controls between the message banner and the text; none here. */
    protected void createHeader(Composite area) {
        // the plain annotation editor has no header
    }

    /**
     * Reads what the editor shows; runs in a {@link Job}, off the UI thread. The annotation editor reads
     * the annotator's own layer and no other (blind annotation).
     */
    protected LoadedDocument read(CorpusStore store, CorpusDocumentInput input, IProgressMonitor monitor)
            throws Exception {
        return LoadedDocument.load(store, input.documentId(), LayerOwner.annotator(annotator));
    }

    /** Called on the UI thread once the document is shown, before the {@link #whenLoaded} actions run. */
    protected void installed() {
        // nothing more to set up here
    }

    /** The corpus document this editor shows. */
    public CorpusDocumentInput documentInput() {
        return document;
    }

    /** The text viewer. */
    protected TextViewer viewer() {
        return viewer;
    }

    /** The message banner above the text. */
    protected MessageBanner banner() {
        return banner;
    }

    private void load() {
        CorpusDocumentInput input = document;
        viewer.setDocument(new Document("Opening " + input.getName() + "…"));
        PhaseTimes times = state.times();
        times.clear();
        Job job = Job.create("Opening " + input.getName(), (IProgressMonitor monitor) -> {
            try {
                long started = System.nanoTime();
                long cpu = PhaseTimes.cpuNow();
                LoadedDocument loaded = read(ConnectedCorpora.open(input.corpus()), input, monitor);
                times.record(PhaseTimes.since("open: read text and layer (job)", started, cpu));
                // JFace's document finds every line start of the text: a pass over 10 MB kept off the UI thread
                Document text = times.time("open: JFace document and its line tracker (job)",
                        () -> new Document(loaded.session().document().text()));
                long read = System.nanoTime();
                asyncExec(() -> {
                    times.record(new PhaseTimes.Phase("open: wait for the UI thread", "-", System.nanoTime() - read, -1));
                    install(loaded, text);
                });
            } catch (Exception e) {
                asyncExec(() -> failed(e));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /** Runs {@code runnable} on the UI thread later, unless the editor is closed by then. */
    protected void asyncExec(Runnable runnable) {
        StyledText text = viewer.getTextWidget();
        if (!text.isDisposed()) {
            text.getDisplay().asyncExec(() -> {
                if (!text.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void install(LoadedDocument loaded, Document document) {
        PhaseTimes times = state.times();
        times.time("open: viewer.setDocument (StyledText content)", () -> {
            // Word wrap makes StyledText lay out every line above the one shown; past a megabyte that costs seconds.
            viewer.getTextWidget().setWordWrap(document.getLength() <= WRAP_LIMIT);
            viewer.setDocument(document);
        });
        times.time("open: editor state (painter, listeners, watcher)", () -> state.install(loaded, getSite()));
        header.show(getPartName(), state.layer());
        state.addListener(new AnnotatedDocument.Listener() {
            @Override
            public void layerChanged(AnnotatedDocument changed) {
                header.show(getPartName(), state.layer());
            }
        });
        // the editor adapts to AnnotatedDocument from now on: views following the active editor re-ask. They
        // are not deferred past the first paint: tried, CurationEditorTest's Alt+Down then no longer reached
        // the editor (not understood yet).
        times.time("open: views follow the editor (part input changed)", () -> firePropertyChange(PROP_INPUT));
        times.time("open: installed() and whenLoaded actions", () -> {
            installed();
            whenLoaded.forEach(Runnable::run);
            whenLoaded.clear();
        });
        state.timeFirstPaint("open: from install to the end of the first span paint");
    }

    private void failed(Exception e) {
        viewer.setDocument(new Document(""));
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        banner.show("Cannot open this document: " + reason);
        whenLoaded.clear();
    }

    /** Runs {@code action} once the document is shown (at once if it is). */
    public void whenLoaded(Runnable action) {
        if (isLoaded()) {
            action.run();
        } else {
            whenLoaded.add(action);
        }
    }

    /** Whether the document and its layer are shown. */
    public boolean isLoaded() {
        return state != null && state.isLoaded();
    }

    /** The editor's state once loaded: layer session, selection, listeners. */
    public EditorState state() {
        return state;
    }

    /** Span editing commands (for handlers and tests). */
    public SpanEditing editing() {
        return state.editing();
    }

    /** Span navigation commands (for handlers and tests). */
    public SpanNavigation navigation() {
        return state.navigation();
    }

    /** The text widget. */
    public StyledText textWidget() {
        return viewer.getTextWidget();
    }

    /** Find in the document (Ctrl+F). */
    public FindBar findBar() {
        return findBar;
    }

    private static org.eclipse.jface.action.Action runnable(Runnable run) {
        return new org.eclipse.jface.action.Action() {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** The undo context of this editor's operations. */
    public IUndoContext undoContext() {
        return undoContext;
    }

    /** The message shown above the text, or null. */
    public String bannerText() {
        return banner.text();
    }

    /** The line naming the document, the annotator and the layer's state, e.g. "… · annotator alice · done". */
    public String headerText() {
        return header.text();
    }

    /** The annotator whose layer this editor shows and edits (the curation editor: who curates). */
    public String annotator() {
        return annotator;
    }

    /** Mark Document Done and Reopen Document (for handlers and tests). */
    public LayerLifecycle lifecycle() {
        return state.lifecycle();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == AnnotatedDocument.class && isLoaded()) {
            return adapter.cast(state.annotatedDocument());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getTextWidget().setFocus();
    }

    @Override
    public void dispose() {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).removePreferenceChangeListener(annotatorChanged);
        if (state != null) {
            state.dispose();
        }
        OperationHistoryFactory.getOperationHistory().dispose(undoContext, true, true, true);
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // Every change is saved as it is made.
    }

    @Override
    public void doSaveAs() {
        // Not offered: a document belongs to its corpus.
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
