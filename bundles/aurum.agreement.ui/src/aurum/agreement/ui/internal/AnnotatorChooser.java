package aurum.agreement.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import aurum.editor.views.CheckBoxTicks;

/**
 * A check box per annotator of the corpus. Remembers who was unticked rather than who was ticked, so
 * an annotator who appears after a refresh takes part by default.
 */
public final class AnnotatorChooser {

    private final Composite boxes;
    private final Runnable changed;
    private final Set<String> excluded = new LinkedHashSet<>();

    /**
     * @param parent where the boxes go
     * @param changed told when the user ticks or unticks one
     */
    public AnnotatorChooser(Composite parent, Runnable changed) {
        this.changed = changed;
        boxes = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.marginTop = 0;
        layout.marginBottom = 0;
        layout.center = true;
        boxes.setLayout(layout);
    }

    /** Shows a box per annotator in {@code known}, ticked unless the user unticked it before. */
    public void setAnnotators(List<String> known) {
        if (known.equals(annotators())) {
            return;
        }
        for (Control c : boxes.getChildren()) {
            c.dispose();
        }
        for (String annotator : known) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(annotator);
            box.setData(annotator);
            box.setSelection(!excluded.contains(annotator));
            CheckBoxTicks.keep(box); // the workbench theme's background would hide the tick (GTK 3)
            box.addListener(SWT.Selection, e -> {
                if (box.getSelection()) {
                    excluded.remove(annotator);
                } else {
                    excluded.add(annotator);
                }
                changed.run();
            });
        }
        boxes.getParent().layout(true, true);
    }

    /** Forgets what was unticked and removes the boxes, for another corpus. */
    public void reset() {
        excluded.clear();
        setAnnotators(List.of());
    }

    /** The annotators with a box, in order. */
    public List<String> annotators() {
        List<String> names = new ArrayList<>();
        for (Control c : boxes.getChildren()) {
            names.add((String) c.getData());
        }
        return names;
    }

    /** The annotators the user unticked. */
    public Set<String> excluded() {
        return Set.copyOf(excluded);
    }

    /** Ticks or unticks {@code annotator} as a click would. */
    public void setTicked(String annotator, boolean ticked) {
        for (Control c : boxes.getChildren()) {
            if (annotator.equals(c.getData()) && c instanceof Button box && box.getSelection() != ticked) {
                box.setSelection(ticked);
                box.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
    }

    /** The composite holding the boxes, for layout. */
    public Composite control() {
        return boxes;
    }
}
