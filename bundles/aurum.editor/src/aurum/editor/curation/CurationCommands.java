package aurum.editor.curation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;

import aurum.agreement.curation.Curation;
import aurum.agreement.curation.Disagreement;
import aurum.core.model.Layer;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStoreException;
import aurum.editor.annotation.EditorState;
import aurum.editor.internal.session.LayerChange;
import aurum.editor.internal.session.LayerEditOperation;

/**
 * What the curation keys do: go to the next or previous open disagreement, settle the one under the
 * caret with an annotator's version or with none. Each decision is one {@link LayerEditOperation} in the
 * editor's undo context, saved before it returns. After every change of gold (decision, undo, hand edit,
 * reload) the gold layer's state follows the disagreements: {@link LayerState#CURATED} when none is open,
 * back to {@link LayerState#IN_PROGRESS} when one opens again.
 */
public final class CurationCommands {

    private final EditorState host;
    private final CurationSources sources;
    private final Clock clock;
    private List<Disagreement> disagreements = List.of();

    CurationCommands(EditorState host, CurationSources sources, Clock clock) {
        this.host = host;
        this.sources = sources;
        this.clock = clock;
    }

    /** A curation over the gold layer as it is now; only for reading (decisions go through {@link GoldChanges}). */
    public Curation curation() {
        return new Curation(host.layer(), sources.layers(), clock);
    }

    /** The annotators in lane order: the digit keys choose among them. */
    public List<String> annotators() {
        return sources.annotators();
    }

    /** All disagreement regions in text order, as of the last change of gold. */
    public List<Disagreement> disagreements() {
        return disagreements;
    }

    /** How many disagreements are still open. */
    public long openCount() {
        return disagreements.stream().filter(d -> !d.resolved()).count();
    }

    /** The disagreement under the caret or selection, if any. */
    public Optional<Disagreement> current() {
        int[] selection = host.selection();
        int from = selection[0];
        int to = Math.max(selection[0] + selection[1], from + 1);
        return disagreements.stream().filter(d -> d.start() < to && from < d.end()).findFirst();
    }

    /** Selects the next open disagreement after the caret, wrapping; says so when none is open. */
    public void next() {
        go(curation().nextOpen(host.selection()[0]));
    }

    /** Selects the previous open disagreement before the caret, wrapping. */
    public void previous() {
        go(curation().previousOpen(host.selection()[0]));
    }

    /** Settles the current disagreement with the version of the annotator in {@code lane} (1 = first). */
    public void accept(int lane) {
        List<String> annotators = annotators();
        if (lane < 1 || lane > annotators.size()) {
            host.status("There is no annotator " + lane + " here: this document has " + annotators.size()
                    + " (" + String.join(", ", annotators) + ").");
            return;
        }
        String annotator = annotators.get(lane - 1);
        decide("Accept " + annotator + "'s version", (curation, here) -> curation.accept(here, annotator));
    }

    /** Settles the current disagreement by keeping none of the versions. */
    public void rejectAll() {
        decide("Keep no version", Curation::reject);
    }

    private void decide(String label, BiConsumer<Curation, Disagreement> decision) {
        Optional<Disagreement> here = current();
        if (here.isEmpty()) {
            host.status("The caret is not in a disagreement; Alt+Down goes to the next open one.");
            return;
        }
        List<LayerChange> changes = GoldChanges.of(host.layer(), sources.layers(), clock,
                curation -> decision.accept(curation, here.get()));
        if (run(label, changes)) {
            Optional<Disagreement> next = curation().nextOpen(here.get().start());
            if (next.isPresent()) {
                select(next.get());
            } else {
                host.status("Every disagreement is settled; the gold layer is curated.");
            }
        }
    }

    private boolean run(String label, List<LayerChange> changes) {
        if (changes.isEmpty()) {
            host.status("Gold already holds this decision.");
            return false;
        }
        LayerEditOperation operation = new LayerEditOperation(label, host.undoContext(), host.session(), changes,
                host.observer());
        try {
            return OperationHistoryFactory.getOperationHistory().execute(operation, null, null)
                    .getSeverity() == IStatus.OK;
        } catch (ExecutionException e) {
            ILog.of(getClass()).error(label + " failed", e);
            return false;
        }
    }

    private void go(Optional<Disagreement> target) {
        if (target.isEmpty()) {
            host.status(disagreements.isEmpty() ? "The annotators agree on everything in this document."
                    : "No disagreement is open; the gold layer is curated.");
            return;
        }
        select(target.get());
    }

    private void select(Disagreement disagreement) {
        host.select(disagreement.start(), disagreement.end() - disagreement.start());
    }

    /**
     * Re-reads the disagreements after gold changed and moves the gold layer's state to match them.
     *
     * @throws CorpusStoreException if the state change cannot be saved; the layer keeps its old state
     */
    void goldChanged() throws CorpusStoreException {
        disagreements = curation().disagreements();
        Layer gold = host.layer();
        LayerState wanted = openCount() == 0 ? LayerState.CURATED
                : gold.state() == LayerState.CURATED ? LayerState.IN_PROGRESS : gold.state();
        if (wanted != gold.state()) {
            LayerState before = gold.state();
            gold.setState(wanted);
            try {
                host.session().apply(List.of());
            } catch (CorpusStoreException e) {
                if (host.layer() == gold) {
                    gold.setState(before);
                }
                throw e;
            }
        }
    }
}
