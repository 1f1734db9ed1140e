package aurum.editor.navigator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import aurum.editor.preferences.AurumPreferences;

/**
 * Which of the navigator's columns show, and how wide. The shown columns share the table's width by weight
 * (none narrower than its heading), so at the view's default width every shown column is on screen without
 * scrolling. Until the user chooses, some columns show only when the corpus has something for them (Gold
 * once curation has started, Assigned to with assignments); the header's context menu and the view menu
 * show or hide any column, and that choice is kept in the workspace. The table must be the only child of
 * its parent, which this lays out.
 */
public final class NavigatorColumns {

    /** The preference holding the shown columns' headings, comma-separated. */
    static final String PREFERENCE = "navigatorColumns";

    /**
     * A column.
     *
     * @param heading the header text, also its name in the menus and the preference
     * @param weight  its share of the width when shown
     * @param shown   whether it shows in a workspace that never chose: always, or only when the corpus has
     *                something for it ({@link #showWhereUseful})
     * @param text    a row's cell text
     */
    public record Spec(String heading, int weight, Default shown, Function<DocumentRow, String> text) {
    }

    /** Whether a column shows before the user chose. */
    public enum Default {
        /** Shown. */
        SHOWN,
        /** Shown when the open corpus has something for it. */
        WHERE_USEFUL,
        /** Hidden. */
        HIDDEN
    }

    private static final int PADDING = 24; // the cell margins and the sort arrow

    private final TableViewer viewer;
    private final TableColumnLayout layout = new TableColumnLayout();
    private final List<Spec> specs = new ArrayList<>();
    private final List<TableColumn> columns = new ArrayList<>();
    private final Set<String> shown = new LinkedHashSet<>();
    private final List<IAction> toggles = new ArrayList<>();
    private final java.util.Map<String, Boolean> useful = new java.util.HashMap<>();
    private String chosen;

    /** Lays out {@code viewer}'s table in its parent. */
    public NavigatorColumns(TableViewer viewer) {
        this.viewer = viewer;
        viewer.getTable().getParent().setLayout(layout);
        chosen = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).get(PREFERENCE, null);
    }

    /** Adds a column at the right. */
    TableColumn add(Spec spec) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(spec.heading());
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return spec.text().apply((DocumentRow) element);
            }
        });
        specs.add(spec);
        columns.add(column.getColumn());
        boolean show = chosen == null ? spec.shown() == Default.SHOWN : List.of(chosen.split(",")).contains(spec.heading());
        if (show || specs.size() == 1) { // the first column (Title) always shows
            shown.add(spec.heading());
        }
        Action toggle = new Action(spec.heading(), IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setShown(spec.heading(), isChecked());
            }
        };
        toggle.setChecked(shown.contains(spec.heading()));
        toggle.setEnabled(specs.size() > 1);
        toggles.add(toggle);
        apply(specs.size() - 1);
        return column.getColumn();
    }

    /** The headings of the shown columns, left to right. */
    public List<String> shown() {
        return specs.stream().map(Spec::heading).filter(shown::contains).toList();
    }

    /**
     * Shows the column headed {@code heading} when {@code useful} (the open corpus has something for it) and
     * hides it otherwise, unless the user chose the columns.
     */
    public void showWhereUseful(String heading, boolean useful) {
        this.useful.put(heading, useful);
        int i = specs.stream().map(Spec::heading).toList().indexOf(heading);
        if (chosen == null && i > 0 && specs.get(i).shown() == Default.WHERE_USEFUL
                && useful != shown.contains(heading)) {
            show(i, useful);
        }
    }

    /** Forgets the user's choice: the columns show as in a workspace that never chose. */
    public void useDefaults() {
        chosen = null;
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).remove(PREFERENCE);
        for (int i = 1; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            boolean show = spec.shown() == Default.SHOWN
                    || spec.shown() == Default.WHERE_USEFUL && useful.getOrDefault(spec.heading(), false);
            if (show != shown.contains(spec.heading())) {
                show(i, show);
            }
        }
    }

    /** Shows or hides the column headed {@code heading} (the first column always shows) and keeps the choice. */
    public void setShown(String heading, boolean show) {
        int i = specs.stream().map(Spec::heading).toList().indexOf(heading);
        if (i <= 0) {
            return;
        }
        show(i, show);
        chosen = String.join(",", shown());
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).put(PREFERENCE, chosen);
    }

    private void show(int i, boolean show) {
        String heading = specs.get(i).heading();
        if (show) {
            shown.add(heading);
        } else {
            shown.remove(heading);
        }
        toggles.get(i).setChecked(show);
        apply(i);
        viewer.getTable().getParent().layout(true);
    }

    private void apply(int i) {
        TableColumn column = columns.get(i);
        boolean show = shown.contains(specs.get(i).heading());
        column.setResizable(show);
        if (show) {
            layout.setColumnData(column, new ColumnWeightData(specs.get(i).weight(), headingWidth(column), true));
        } else {
            layout.setColumnData(column, new ColumnPixelData(0, false));
        }
    }

    private static int headingWidth(TableColumn column) {
        GC gc = new GC(column.getParent());
        try {
            return gc.textExtent(column.getText()).x + PADDING;
        } finally {
            gc.dispose();
        }
    }

    private IAction defaults() {
        return new Action("&Default Columns") {
            @Override
            public void run() {
                useDefaults();
            }
        };
    }

    /** Puts the column choices into {@code menu} (the view menu). */
    public void fill(IMenuManager menu) {
        MenuManager sub = new MenuManager("&Columns");
        toggles.forEach(sub::add);
        sub.add(new org.eclipse.jface.action.Separator());
        sub.add(defaults());
        menu.add(sub);
    }

    /** Shows the column choices when the header is right-clicked, {@code rows} on the rows. */
    public void useHeaderMenu(Menu rows) {
        Table table = viewer.getTable();
        MenuManager choices = new MenuManager();
        toggles.forEach(choices::add);
        choices.add(new org.eclipse.jface.action.Separator());
        choices.add(defaults());
        Menu header = choices.createContextMenu(table);
        table.addListener(SWT.MenuDetect, e -> {
            Point at = table.toControl(e.x, e.y);
            Rectangle area = table.getClientArea();
            boolean onHeader = e.detail != SWT.MENU_KEYBOARD && area.y <= at.y && at.y < area.y + table.getHeaderHeight();
            table.setMenu(onHeader ? header : rows);
        });
        table.addListener(SWT.Dispose, e -> header.dispose());
    }
}
