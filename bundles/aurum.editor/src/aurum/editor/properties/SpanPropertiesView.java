package aurum.editor.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeValue;
import aurum.core.model.LabelDefinition;
import aurum.core.model.Span;
import aurum.editor.annotations.SpanColumn;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.views.AnnotatedDocumentView;

/**
 * Shows the span selected in the annotation editor and edits its label, attributes (one field per entry
 * of the label's attribute schema) and note. Every change goes through the editor, so it is undoable
 * and saved at once.
 */
public class SpanPropertiesView extends AnnotatedDocumentView {

    /** The view id, as contributed in plugin.xml. */
    public static final String ID = "aurum.editor.properties";

    private ScrolledComposite scroller;
    private Composite form;
    private Label status;
    private final List<AttributeField> fields = new ArrayList<>();
    private Combo labelCombo;
    private Text note;
    private Span shown;
    private boolean rebuilding;
    private boolean rebuildPending;

    @Override
    protected Control createContent(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        return scroller;
    }

    @Override
    protected void showDocument(AnnotatedDocument document) {
        rebuild(document);
    }

    @Override
    protected void selectionChanged(AnnotatedDocument document) {
        rebuildLater(document);
    }

    @Override
    protected void layerChanged(AnnotatedDocument document) {
        rebuildLater(document);
    }

    /** Rebuilds after the current event, never inside a listener of a field that the rebuild disposes. */
    private void rebuildLater(AnnotatedDocument document) {
        if (!rebuildPending) {
            rebuildPending = true;
            scroller.getDisplay().asyncExec(() -> {
                rebuildPending = false;
                if (!scroller.isDisposed() && document == document()) {
                    rebuild(document);
                }
            });
        }
    }

    /** The span being shown, re-read from the layer so its values are current; empty when none is selected. */
    public Optional<Span> span() {
        return Optional.ofNullable(shown);
    }

    private void rebuild(AnnotatedDocument document) {
        if (form != null) {
            // disposing a focused field sends focus-out, which must not commit again
            rebuilding = true;
            try {
                form.dispose();
            } finally {
                rebuilding = false;
            }
        }
        fields.clear();
        labelCombo = null;
        note = null;
        form = new Composite(scroller, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        shown = document == null || document.selectedSpans().isEmpty() ? null
                : document.layer().find(document.selectedSpans().get(0).id()).orElse(null);
        if (shown == null) {
            new Label(form, SWT.WRAP).setText("Select a span in the editor to see its properties.");
        } else {
            fill(document, shown);
        }
        scroller.setContent(form);
        scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        form.layout(true);
    }

    private void fill(AnnotatedDocument document, Span span) {
        String text = document.document().text();
        row("Text", SpanColumn.TEXT.text(span, text));
        row("Range", "[" + span.start() + ", " + span.end() + ")  " + span.length() + " chars");
        row("Status", SpanColumn.STATUS.text(span, text)
                + (span.annotator() == null ? "" : " by " + span.annotator()));
        new Label(form, SWT.NONE).setText("Label");
        labelCombo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        List<LabelDefinition> labels = document.labelSet().labels();
        labels.forEach(l -> labelCombo.add(l.displayName() + " (" + l.id() + ")"));
        int index = labels.stream().map(LabelDefinition::id).toList().indexOf(span.labelId());
        if (index < 0) {
            labelCombo.add(span.labelId() + " (not in the label set)");
            index = labels.size();
        }
        labelCombo.select(index);
        labelCombo.addListener(SWT.Selection, e -> {
            int chosen = labelCombo.getSelectionIndex();
            if (chosen >= 0 && chosen < labels.size() && !labels.get(chosen).id().equals(span.labelId())) {
                document.relabel(span, labels.get(chosen).id());
            }
        });
        Optional<LabelDefinition> label = document.labelSet().label(span.labelId());
        List<AttributeDefinition> schema = label.map(LabelDefinition::attributes).orElse(List.of());
        for (AttributeDefinition definition : schema) {
            fields.add(new AttributeField(form, definition, span.attributes().get(definition.name()),
                    value -> commit(document, definition, value)));
        }
        for (Map.Entry<String, AttributeValue> extra : span.attributes().entrySet()) {
            if (schema.stream().noneMatch(d -> d.name().equals(extra.getKey()))) {
                row(extra.getKey(), SpanColumn.valueText(extra.getValue()) + "  (not in the label's schema)");
            }
        }
        new Label(form, SWT.NONE).setText("Note");
        note = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        note.setText(span.note() == null ? "" : span.note());
        GridData noteData = new GridData(SWT.FILL, SWT.FILL, true, true);
        noteData.heightHint = 60;
        note.setLayoutData(noteData);
        note.addListener(SWT.FocusOut, e -> commitNote());
        note.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                commitNote();
            }
        });
        status = new Label(form, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private void row(String name, String value) {
        new Label(form, SWT.NONE).setText(name);
        Text text = new Text(form, SWT.READ_ONLY);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private void commit(AnnotatedDocument document, AttributeDefinition definition, String input) {
        if (rebuilding || shown == null) {
            return;
        }
        try {
            AttributeValue value = AttributeInput.parse(definition, input);
            AttributeValue old = shown.attributes().get(definition.name());
            status.setText("");
            if (!java.util.Objects.equals(value, old)) {
                document.setAttribute(shown, definition.name(), value);
            }
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            form.layout(true);
        }
    }

    /** Stores the note field's text if it changed. */
    public void commitNote() {
        AnnotatedDocument document = document();
        if (rebuilding || document == null || shown == null || note == null || note.isDisposed()) {
            return;
        }
        String old = shown.note() == null ? "" : shown.note();
        if (!note.getText().equals(old)) {
            document.setNote(shown, note.getText());
        }
    }

    /** The attribute fields shown, in schema order. */
    public List<AttributeField> fields() {
        return List.copyOf(fields);
    }

    /** The note field, or {@code null} when no span is shown. */
    public Text noteField() {
        return note;
    }

    /** The message under the form: why the last input was refused, or empty. */
    public String statusText() {
        return status == null || status.isDisposed() ? "" : status.getText();
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }
}
