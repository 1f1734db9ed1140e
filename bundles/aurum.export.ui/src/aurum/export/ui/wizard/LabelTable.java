package aurum.export.ui.wizard;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import aurum.export.ui.model.CorpusFacts;
import aurum.export.ui.model.ExportSettings;

/**
 * The corpus's labels as a checkbox table with an editable Export As column: the label choice and the
 * label mapping in one place. F2 or a click edits the mapping; Space checks a row.
 */
final class LabelTable {

    private final ExportSettings settings;
    private final Runnable changed;
    private final CheckboxTableViewer viewer;

    LabelTable(Composite parent, CorpusFacts facts, ExportSettings settings, Runnable changed) {
        this.settings = settings;
        this.changed = changed;
        viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Label", 150, id -> id, null);
        column("Name", 190, id -> facts.labels().get(id), null);
        column("Export As", 170, id -> settings.labelMap.getOrDefault(id, ""), new MappingEditing());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        List<String> ids = List.copyOf(facts.labels().keySet());
        if (settings.labels != null) {
            // remembered choices may name labels this corpus no longer has; none left means start over
            TreeSet<String> known = new TreeSet<>(settings.labels);
            known.retainAll(ids);
            settings.labels = known.isEmpty() ? null : known;
        }
        viewer.setInput(ids);
        viewer.setCheckedElements(ids.stream().filter(id -> settings.labels == null || settings.labels.contains(id))
                .toArray());
        viewer.addCheckStateListener(e -> checkedChanged());
        // keyboard editing: F2 or Enter on the focused cell, Tab to the next editable cell
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
                new FocusCellOwnerDrawHighlighter(viewer));
        TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent e) {
                return e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
                        || e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (e.keyCode == SWT.F2 || e.keyCode == SWT.CR);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 150).applyTo(viewer.getTable());

        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        Button all = new Button(buttons, SWT.PUSH);
        all.setText("&Select All");
        all.addListener(SWT.Selection, e -> {
            viewer.setAllChecked(true);
            checkedChanged();
        });
        Button none = new Button(buttons, SWT.PUSH);
        none.setText("D&eselect All");
        none.addListener(SWT.Selection, e -> {
            viewer.setAllChecked(false);
            checkedChanged();
        });
        GridDataFactory.fillDefaults().applyTo(all);
        GridDataFactory.fillDefaults().applyTo(none);
    }

    private void checkedChanged() {
        TreeSet<String> checked = new TreeSet<>();
        for (Object element : viewer.getCheckedElements()) {
            checked.add((String) element);
        }
        settings.labels = checked;
        changed.run();
    }

    private void column(String title, int width, Function<String, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((String) element);
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /** Edits the output name of a label; empty keeps the label's own id. */
    private final class MappingEditing extends EditingSupport {

        private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

        MappingEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return settings.labelMap.getOrDefault((String) element, "");
        }

        @Override
        protected void setValue(Object element, Object value) {
            Map<String, String> map = settings.labelMap;
            String target = value == null ? "" : value.toString().strip();
            if (target.isEmpty()) {
                map.remove(element);
            } else {
                map.put((String) element, target);
            }
            viewer.update(element, null);
            changed.run();
        }
    }
}
