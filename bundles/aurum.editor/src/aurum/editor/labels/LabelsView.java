package aurum.editor.labels;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import aurum.editor.model.AnnotatedDocument;
import aurum.editor.preferences.AurumPreferences;
import aurum.editor.preferences.LabelColours;
import aurum.editor.views.AnnotatedDocumentView;

/**
 * The label palette of the active document: colour, name, hotkey and counts, with the selected label's
 * guideline below. A click or Enter tags the editor's selection with the label.
 */
public class LabelsView extends AnnotatedDocumentView {

    /** The view id, as contributed in plugin.xml. */
    public static final String ID = "aurum.editor.labels";

    private final SwatchImages swatches = new SwatchImages();
    /** Guideline tooltips are wrapped at this many characters, so they never run off the screen. */
    static final int TOOLTIP_COLUMNS = 72;

    private TableViewer viewer;
    private Text guideline;
    private final IEclipsePreferences.IPreferenceChangeListener colourListener = event -> {
        if (event.getKey().startsWith(AurumPreferences.LABEL_COLOUR_PREFIX) && viewer != null) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                }
            });
        }
    };

    @Override
    protected Control createContent(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        ColumnViewerToolTipSupport.enableFor(viewer);
        column("Label", 125, row -> "  ".repeat(row.depth()) + row.label().displayName(),
                row -> swatches.of(viewer.getControl().getDisplay(), LabelColours.of(row.label())));
        column("Key", 34, LabelRow::hotkeyText, null);
        column("Spans", 46, row -> Integer.toString(row.count()), null);
        column("Sugg.", 46, row -> row.suggested() == 0 ? "" : Integer.toString(row.suggested()), null);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        guideline = new Text(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        sash.setWeights(5, 1);
        viewer.addSelectionChangedListener(e -> showGuideline(selectedRow()));
        viewer.getTable().addListener(SWT.MouseUp, this::clicked);
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                apply(selectedRow());
            }
        });
        contextMenu();
        getSite().setSelectionProvider(viewer);
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).addPreferenceChangeListener(colourListener);
        return sash;
    }

    private void column(String title, int width, Function<LabelRow, String> text, Function<LabelRow, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((LabelRow) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((LabelRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                String text = ((LabelRow) element).label().guideline();
                return text.isBlank() ? null : Wrapped.lines(text, TOOLTIP_COLUMNS);
            }
        });
    }

    private void contextMenu() {
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            LabelRow row = selectedRow();
            AnnotatedDocument document = document();
            if (row == null || document == null) {
                return;
            }
            org.eclipse.jface.action.Action acceptAll = new org.eclipse.jface.action.Action(
                    "Accept All " + row.suggested() + " " + row.label().displayName() + " Suggestions") {
                @Override
                public void run() {
                    document.acceptAll(row.label().id());
                }
            };
            acceptAll.setEnabled(row.suggested() > 0);
            m.add(acceptAll);
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
    }

    private void clicked(Event event) {
        // a double click sends two mouse-ups; tag once
        if (event.button == 1 && event.count == 1 && viewer.getTable().getItem(new org.eclipse.swt.graphics.Point(event.x, event.y)) != null) {
            apply(selectedRow());
        }
    }

    private LabelRow selectedRow() {
        return viewer.getStructuredSelection().getFirstElement() instanceof LabelRow row ? row : null;
    }

    private void showGuideline(LabelRow row) {
        if (row == null) {
            guideline.setText("");
            return;
        }
        String text = row.label().guideline().isBlank() ? "(no guideline)" : row.label().guideline();
        guideline.setText(row.label().displayName() + " (" + row.label().id() + ")\n" + text);
    }

    /** Tags the editor's selection with {@code row}'s label; does nothing without a document or row. */
    public void apply(LabelRow row) {
        AnnotatedDocument document = document();
        if (row != null && document != null) {
            document.tagSelection(row.label().id());
        }
    }

    @Override
    protected void showDocument(AnnotatedDocument document) {
        Object selected = selectedRow() == null ? null : selectedRow().label().id();
        viewer.setInput(document == null ? List.of() : LabelRows.of(document.labelSet(), document.layer()));
        rows().stream().filter(r -> r.label().id().equals(selected)).findFirst()
                .ifPresent(r -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r)));
    }

    /** The rows shown, in palette order. */
    @SuppressWarnings("unchecked")
    public List<LabelRow> rows() {
        return viewer.getInput() instanceof List<?> list ? (List<LabelRow>) list : List.of();
    }

    /** The guideline pane's text. */
    public String guidelineText() {
        return guideline.getText();
    }

    /** The palette table, for keyboard focus and tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).removePreferenceChangeListener(colourListener);
        super.dispose();
        swatches.dispose();
    }
}
