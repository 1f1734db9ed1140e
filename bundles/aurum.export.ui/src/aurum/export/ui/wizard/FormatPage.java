package aurum.export.ui.wizard;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import aurum.export.Exporter;
import aurum.export.ui.model.Message;
import aurum.export.ui.model.SettingsCheck;

/** Page 1: the format, from every installed exporter, and the output folder. */
final class FormatPage extends ExportPage {

    private TableViewer formats;
    private Text folder;

    FormatPage(ExportWizard wizard) {
        super("format", "Format and Destination",
                "Choose the training-data format and the folder to write it to.", wizard);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        Label label = new Label(area, SWT.NONE);
        label.setText("For&mat:");
        GridDataFactory.swtDefaults().span(3, 1).applyTo(label);
        formats = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        formats.getTable().setHeaderVisible(true);
        formats.getTable().setLinesVisible(true);
        column("Format", 90, Exporter::id);
        column("Description", 460, Exporter::description);
        formats.setContentProvider(ArrayContentProvider.getInstance());
        formats.setInput(wizard.exporters());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(560, 170).applyTo(formats.getTable());
        Label hint = new Label(area, SWT.WRAP);
        hint.setText("Plugins add formats through the extension point aurum.export.exporters.");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(hint);

        new Label(area, SWT.NONE).setText("&Output folder:");
        folder = new Text(area, SWT.BORDER | SWT.SINGLE);
        folder.setMessage("a new or empty folder outside the corpus");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("B&rowse…");
        browse.addListener(SWT.Selection, e -> browse());

        wizard.exporters().stream().filter(x -> x.id().equals(settings().format)).findFirst()
                .ifPresent(x -> formats.setSelection(new StructuredSelection(x), true));
        folder.setText(settings().outputFolder);
        formats.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            settings().format = first == null ? "" : ((Exporter) first).id();
            changed();
        });
        formats.addDoubleClickListener(e -> {
            if (isPageComplete()) {
                getContainer().showPage(getNextPage());
            }
        });
        folder.addListener(SWT.Modify, e -> {
            settings().outputFolder = folder.getText();
            changed();
        });
        setControl(area);
        update();
    }

    private void column(String title, int width, java.util.function.Function<Exporter, String> text) {
        TableViewerColumn column = new TableViewerColumn(formats, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Exporter) element);
            }
        });
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
        dialog.setText("Output Folder");
        dialog.setMessage("Choose a new or empty folder outside the corpus for the training data.");
        if (!folder.getText().isBlank()) {
            dialog.setFilterPath(folder.getText());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    @Override
    protected Optional<Message> check() {
        return SettingsCheck.formatPage(settings(), wizard.facts());
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            formats.getControl().setFocus();
        }
    }
}
