package aurum.editor.annotation;

import java.nio.file.Path;
import java.util.List;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.editor.model.AnnotatedDocument;

/** What views see of an open annotation editor; each call goes to the editor's state, editing or navigation. */
final class EditorAnnotatedDocument implements AnnotatedDocument {

    private final EditorState state;

    EditorAnnotatedDocument(EditorState state) {
        this.state = state;
    }

    @Override
    public String documentId() {
        return state.session().document().id();
    }

    @Override
    public Path corpusDirectory() {
        return state.session().store().directory().toAbsolutePath().normalize();
    }

    @Override
    public Document document() {
        return state.session().document();
    }

    @Override
    public LabelSet labelSet() {
        return state.labels();
    }

    @Override
    public Layer layer() {
        return state.layer();
    }

    @Override
    public List<Span> selectedSpans() {
        return state.selectedSpans();
    }

    @Override
    public void reveal(Span span) {
        state.navigation().reveal(span);
    }

    @Override
    public void tagSelection(String labelId) {
        state.editing().tagSelection(labelId);
    }

    @Override
    public void relabel(Span span, String labelId) {
        state.editing().relabel(span, labelId);
    }

    @Override
    public void setAttribute(Span span, String name, AttributeValue value) {
        state.editing().setAttribute(span, name, value);
    }

    @Override
    public void setNote(Span span, String note) {
        state.editing().setNote(span, note);
    }

    @Override
    public void delete(Span span) {
        state.editing().delete(span);
    }

    @Override
    public void accept(Span span) {
        state.editing().accept(span);
    }

    @Override
    public void reject(Span span) {
        state.editing().reject(span);
    }

    @Override
    public void acceptAll(String labelId) {
        state.editing().acceptAll(labelId);
    }

    @Override
    public void addListener(Listener listener) {
        state.addListener(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        state.removeListener(listener);
    }
}
