package aurum.editor.curation;

import java.time.Clock;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;

import aurum.agreement.curation.Curation;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.internal.paint.LanePainter;
import aurum.editor.internal.session.LayerChange;
import aurum.editor.internal.session.LoadedDocument;
import aurum.editor.model.AnnotatedDocument;

/**
 * The curation editor: the annotation editor over the document's gold layer, with the annotators'
 * layers in lanes under the text and disagreement regions tinted. Opening it pre-accepts the spans all
 * annotators agree on (in the opening {@code Job}); the curation keys ({@link CurationCommands}) settle
 * the rest, and every annotation-editor key edits gold directly. Everything is saved as it is made and
 * undoable.
 */
public final class CurationEditor extends AnnotationEditor {

    /** The editor id, as in plugin.xml. */
    public static final String ID = CurationInput.EDITOR_ID;
    /** The context of the curation keys (digits, Alt+Up/Down); a child of the annotation context. */
    public static final String CONTEXT_ID = "aurum.editor.curationContext";

    private final Clock clock = Clock.systemUTC();
    private CurationPanel panel;
    private CurationSources sources;
    private int agreedOnOpen;
    private CurationCommands commands;
    private LanePainter lanes;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CurationInput)) {
            throw new PartInitException("The curation editor opens a CurationInput, not " + input.getName());
        }
        super.init(site, input);
    }

    @Override
    protected boolean followsAnnotator() {
        return false; // gold is the same layer whoever curates
    }

    @Override
    protected void createHeader(Composite area) {
        panel = new CurationPanel(area);
    }

    @Override
    protected LoadedDocument read(CorpusStore store, CorpusDocumentInput input, IProgressMonitor monitor)
            throws Exception {
        CurationInput curation = (CurationInput) getEditorInput();
        CurationSources read = CurationSources.read(store, input.documentId(), curation.annotators());
        LoadedDocument loaded = LoadedDocument.load(store, input.documentId(), LayerOwner.GOLD);
        List<LayerChange> agreed = GoldChanges.of(loaded.session().layer(), read.layers(), clock,
                Curation::acceptAgreed);
        if (!agreed.isEmpty()) {
            loaded.session().apply(agreed);
        }
        // read on the UI thread in installed(), after the asyncExec that publishes them
        sources = read;
        agreedOnOpen = agreed.size();
        return loaded;
    }

    @Override
    protected void installed() {
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        commands = new CurationCommands(state(), sources, clock);
        lanes = new LanePainter(textWidget(), sources.layers(), state()::colours, this::regions,
                () -> commands.current().map(d -> new LanePainter.Region(d.start(), d.end(), !d.resolved()))
                        .orElse(null));
        textWidget().addPaintListener(lanes);
        textWidget().setLineSpacing(lanes.lineSpacing());
        panel.showLanes(sources.annotators(), agreedOnOpen);
        goldChanged();
        getAdapter(AnnotatedDocument.class).addListener(new AnnotatedDocument.Listener() {
            @Override
            public void layerChanged(AnnotatedDocument document) {
                goldChanged();
            }

            @Override
            public void selectionChanged(AnnotatedDocument document) {
                refresh();
            }
        });
        commands.next();
    }

    private List<LanePainter.Region> regions() {
        return commands.disagreements().stream()
                .map(d -> new LanePainter.Region(d.start(), d.end(), !d.resolved())).toList();
    }

    private void goldChanged() {
        try {
            commands.goldChanged();
        } catch (CorpusStoreException e) {
            banner().show("The gold layer's state could not be saved: " + e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        if (commands == null || textWidget().isDisposed()) {
            return;
        }
        panel.show(commands.current(), commands.disagreements(), state().layer().state(),
                id -> state().labels().label(id).map(l -> l.displayName()).orElse(id),
                state().session().document().text());
        textWidget().redraw();
    }

    /** The curation commands (for handlers and tests); null until loaded. */
    public CurationCommands commands() {
        return commands;
    }

    /** The progress line above the text, e.g. "Curated: no disagreement is open …". */
    public String progressText() {
        return panel.progressText();
    }

    /** The versions of the disagreement under the caret, as shown above the text. */
    public String versionsText() {
        return panel.versionsText();
    }
}
