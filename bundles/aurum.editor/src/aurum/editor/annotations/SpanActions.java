package aurum.editor.annotations;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Control;

import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.editor.model.AnnotatedDocument;

/**
 * The Annotations table's context menu: accept or reject the selected suggestions, accept every
 * suggestion of a label, delete. Each goes through the editor, so each is one undoable step.
 */
final class SpanActions {

    private final Supplier<AnnotatedDocument> document;
    private final Supplier<List<Span>> selection;

    SpanActions(Supplier<AnnotatedDocument> document, Supplier<List<Span>> selection) {
        this.document = document;
        this.selection = selection;
    }

    void install(Control control) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        control.setMenu(menu.createContextMenu(control));
    }

    private void fill(IMenuManager menu) {
        AnnotatedDocument doc = document.get();
        List<Span> selected = selection.get();
        if (doc == null || selected.isEmpty()) {
            return;
        }
        List<Span> suggestions = selected.stream().filter(s -> s.status() == SpanStatus.SUGGESTED).toList();
        menu.add(action("&Accept Suggestion", !suggestions.isEmpty(), () -> suggestions.forEach(doc::accept)));
        menu.add(action("&Reject Suggestion", !suggestions.isEmpty(), () -> suggestions.forEach(doc::reject)));
        suggestions.stream().map(Span::labelId).distinct().forEach(label -> menu
                .add(action("Accept All " + label + " Suggestions", true, () -> doc.acceptAll(label))));
        menu.add(new Separator());
        menu.add(action("&Delete\tDel", true, () -> selected.forEach(doc::delete)));
    }

    private static Action action(String text, boolean enabled, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }
}
