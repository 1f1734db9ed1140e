package aurum.editor.internal.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IStatus;

import aurum.core.model.AttributeValue;
import aurum.core.model.Layer;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.text.TokenBoundaries;
import aurum.editor.internal.session.LayerChange;
import aurum.editor.internal.session.LayerEditOperation;
import aurum.labels.suggest.AcceptSuggestions;
import aurum.labels.suggest.SuggestionPlan;

/**
 * Every change an annotator makes to the layer, each as one undoable {@link LayerEditOperation} run
 * through the workbench operation history (so Edit › Undo and Ctrl+Z take it back) and saved at once.
 */
public final class SpanEditing {

    /** Which end of a span to move. */
    public enum Edge {
        START, END
    }

    private final EditHost host;
    private final SpanNavigation navigation;
    private final IOperationHistory history = OperationHistoryFactory.getOperationHistory();

    /** Edits {@code host}'s layer; {@code navigation} moves on after accepting or rejecting. */
    public SpanEditing(EditHost host, SpanNavigation navigation) {
        this.host = host;
        this.navigation = navigation;
    }

    /**
     * Applies {@code labelId} to what is selected: relabels a span that the selection covers exactly (or,
     * with an empty selection, the innermost span under the caret); otherwise tags the selection, or the
     * token at the caret, widened to whole tokens when snapping is on (with a number's currency sign or unit
     * unless the label set says plain tokens).
     */
    public boolean tagSelection(String labelId) {
        Layer layer = host.session().layer();
        int[] selection = host.selection();
        Optional<Span> selected = SelectedSpan.primary(layer, selection[0], selection[1]);
        if (selected.isPresent()) {
            return relabel(selected.get(), labelId);
        }
        String text = layer.document().text();
        int start = selection[0];
        int end = selection[0] + selection[1];
        if (host.snapToTokens() || selection[1] == 0) {
            int to = selection[1] == 0 ? Math.min(end + 1, text.length()) : end;
            // the label set decides whether a number's currency sign and unit go with it
            int[] snapped = host.labels().keepsNumberSigns() ? TokenBoundaries.snapWithNumberSigns(text, start, to)
                    : TokenBoundaries.snap(text, start, to);
            if (snapped == null) {
                host.status("Select some text to tag with " + labelId + ".");
                return false;
            }
            start = snapped[0];
            end = snapped[1];
        }
        Optional<Span> same = SelectedSpan.primary(layer, start, end - start);
        if (same.isPresent()) {
            return relabel(same.get(), labelId);
        }
        Span span = Span.builder().range(start, end).label(labelId).annotator(host.annotator()).buildFor(text);
        boolean done = host.times().time("tag: operation (layer change, hand-over to the writer, editor follows)",
                () -> run("Tag " + labelId, List.of(LayerChange.added(span))));
        if (done) {
            host.times().time("tag: select the new span (caret, reveal, status, views)",
                    () -> host.select(span.start(), span.length()));
        }
        return done;
    }

    /** Gives {@code span} another label; a relabelled suggestion counts as accepted. */
    public boolean relabel(Span span, String labelId) {
        Span current = current(span);
        Span changed = current.withLabel(labelId).withModified(Instant.now());
        if (current.status() == SpanStatus.SUGGESTED || current.status() == SpanStatus.REJECTED) {
            changed = changed.withStatus(SpanStatus.ACCEPTED);
        }
        return replace("Relabel as " + labelId, current, changed);
    }

    /** Sets an attribute, or removes it when {@code value} is null. */
    public boolean setAttribute(Span span, String name, AttributeValue value) {
        Span current = current(span);
        Span changed = value == null ? current.withoutAttribute(name) : current.withAttribute(name, value);
        return replace("Set " + name, current, changed.withModified(Instant.now()));
    }

    /** Sets the note; empty or null removes it. */
    public boolean setNote(Span span, String note) {
        Span current = current(span);
        return replace("Edit note", current, current.withNote(note).withModified(Instant.now()));
    }

    /** Deletes {@code span}; a suggestion is rejected instead, so that it is not proposed again. */
    public boolean delete(Span span) {
        Span current = current(span);
        if (current.status() == SpanStatus.SUGGESTED) {
            return reject(current);
        }
        return run("Delete " + current.labelId(), List.of(LayerChange.removed(current)));
    }

    /** Accepts a suggestion and moves to the next one. */
    public boolean accept(Span span) {
        Span current = current(span);
        if (current.status() != SpanStatus.SUGGESTED && current.status() != SpanStatus.REJECTED) {
            host.status("This span is not a suggestion; nothing to accept.");
            return false;
        }
        boolean done = replace("Accept " + current.labelId(), current, decided(current, SpanStatus.ACCEPTED));
        if (done) {
            navigation.nextSuggestionAfter(current);
        }
        return done;
    }

    /** Rejects a suggestion (it stays in the layer as rejected) and moves to the next one. */
    public boolean reject(Span span) {
        Span current = current(span);
        if (current.status() != SpanStatus.SUGGESTED) {
            host.status("This span is not a suggestion; delete it instead.");
            return false;
        }
        boolean done = replace("Reject " + current.labelId(), current, decided(current, SpanStatus.REJECTED));
        if (done) {
            navigation.nextSuggestionAfter(current);
        }
        return done;
    }

    /** Accepts every suggestion with {@code labelId} as one undoable step. */
    public boolean acceptAll(String labelId) {
        return acceptWhere(span -> span.labelId().equals(labelId), "Accept all " + labelId, labelId + " suggestions");
    }

    /** Accepts every open suggestion of the document, whatever its label, as one undoable step. */
    public boolean acceptAllSuggestions() {
        return acceptWhere(span -> true, "Accept all suggestions", "suggestions");
    }

    /**
     * Accepts the open suggestions that {@code which} picks. A suggestion whose offsets and label a decided
     * span already has stays open (accepting it would store the span twice); the status line says so.
     */
    private boolean acceptWhere(Predicate<Span> which, String label, String what) {
        AcceptSuggestions.Choice choice = AcceptSuggestions.choose(host.session().layer().spans(), which);
        List<LayerChange> changes = new ArrayList<>();
        choice.accept().forEach(span -> changes.add(LayerChange.replaced(span, decided(span, SpanStatus.ACCEPTED))));
        String left = choice.leftOpen() == 0 ? ""
                : "; " + choice.leftOpen() + " left open: the same span is already tagged";
        if (changes.isEmpty()) {
            host.status("No " + what + " to accept" + left + ".");
            return false;
        }
        boolean done = run(label + " (" + changes.size() + ")", changes);
        if (done && choice.leftOpen() > 0) {
            host.status("Accepted " + changes.size() + " " + what + left + ".");
        }
        return done;
    }

    /**
     * Takes a document's suggestions into the layer as one undoable step: the new suggested spans of
     * {@code plan} are added and the suggestions it withdraws are removed. Suggest Spans run from the
     * workbench hands an open document's suggestions here, so they do not arrive as a change from outside.
     *
     * @param plan made by {@link aurum.labels.suggest.SuggestionMerge} from this editor's layer as it is now
     * @return whether the layer changed
     */
    public boolean takeSuggestions(SuggestionPlan plan) {
        if (!plan.changesLayer()) {
            return false;
        }
        List<LayerChange> changes = new ArrayList<>();
        plan.withdrawn().forEach(span -> changes.add(LayerChange.removed(current(span))));
        plan.added().forEach(span -> changes.add(LayerChange.added(span)));
        return run("Suggest Spans (" + plan.added().size() + " new"
                + (plan.withdrawn().isEmpty() ? "" : ", " + plan.withdrawn().size() + " withdrawn") + ")", changes);
    }

    /**
     * Moves one end of the selected span by a token (by a character when snapping is off), keeping the
     * span at least one token long.
     */
    public boolean moveEdge(Edge edge, boolean forward) {
        int[] selection = host.selection();
        Optional<Span> selected = SelectedSpan.primary(host.session().layer(), selection[0], selection[1]);
        if (selected.isEmpty()) {
            host.status("Put the caret in a span to move its ends.");
            return false;
        }
        Span span = selected.get();
        String text = host.session().document().text();
        int start = span.start();
        int end = span.end();
        if (edge == Edge.START) {
            start = host.snapToTokens() ? (forward ? TokenBoundaries.nextStart(text, start)
                    : TokenBoundaries.previousStart(text, start)) : step(text, start, forward);
        } else {
            end = host.snapToTokens() ? (forward ? TokenBoundaries.nextEnd(text, end)
                    : TokenBoundaries.previousEnd(text, end)) : step(text, end, forward);
        }
        if (start < 0 || end < 0 || start >= end) {
            host.status("The span cannot be moved further that way.");
            return false;
        }
        boolean done = replace("Move " + (edge == Edge.START ? "start" : "end") + " of " + span.labelId(), span,
                span.withRange(start, end).withModified(Instant.now()));
        if (done) {
            host.select(start, end - start);
        }
        return done;
    }

    private static int step(String text, int offset, boolean forward) {
        if (forward) {
            return offset >= text.length() ? -1 : offset + Character.charCount(text.codePointAt(offset));
        }
        return offset <= 0 ? -1 : offset - Character.charCount(text.codePointBefore(offset));
    }

    private Span decided(Span span, SpanStatus status) {
        return span.withStatus(status).withModified(Instant.now());
    }

    private Span current(Span span) {
        return host.session().layer().find(span.id()).orElseThrow(() -> new IllegalArgumentException(
                "span '" + span.id() + "' is not in the open layer (it may have been removed on disk)"));
    }

    private boolean replace(String label, Span before, Span after) {
        return run(label, List.of(LayerChange.replaced(before, after)));
    }

    private boolean run(String label, List<LayerChange> changes) {
        if (host.session().layer().state() == LayerState.DONE) {
            host.status(LayerLifecycle.FINISHED); // as INCEpTION does: a finished document is read-only until reopened
            return false;
        }
        LayerEditOperation operation = new LayerEditOperation(label, host.undoContext(), host.session(), changes,
                host.observer());
        try {
            return history.execute(operation, null, null).getSeverity() == IStatus.OK;
        } catch (ExecutionException e) {
            host.status(label + " failed: " + e.getMessage());
            return false;
        }
    }
}
