package aurum.export.ui.wizard;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

import aurum.export.ExportResult;
import aurum.export.ui.model.ExportSummary;

/**
 * Says what a finished export wrote: counts per split and the folder. When spans were left out it
 * offers to open {@code report.jsonl}, which lists each with the reason. Does not block, so the
 * workbench stays usable while it is shown.
 */
public final class ExportResultDialog extends MessageDialog {

    /** The dialog's title, to find it. */
    public static final String TITLE = "Export Finished";

    private static final String OPEN_REPORT = "Open &Report";
    private static final String OPEN_FOLDER = "Open &Folder";

    private final ExportResult result;

    /** @param result what the export wrote */
    public ExportResultDialog(Shell parent, ExportResult result) {
        super(parent, TITLE, null, ExportSummary.after(result),
                result.dropped() > 0 ? MessageDialog.WARNING : MessageDialog.INFORMATION, 0,
                result.dropped() > 0 ? new String[] {IDialogConstants.CLOSE_LABEL, OPEN_REPORT, OPEN_FOLDER}
                        : new String[] {IDialogConstants.CLOSE_LABEL, OPEN_FOLDER});
        this.result = result;
        setBlockOnOpen(false);
    }

    /** The report file beside the export. */
    public Path report() {
        return result.directory().resolve("report.jsonl");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        String label = getButtonLabels()[buttonId];
        if (label.equals(OPEN_REPORT) && Files.exists(report())) {
            Program.launch(report().toString());
        } else if (label.equals(OPEN_FOLDER)) {
            Program.launch(result.directory().toString());
        } else {
            super.buttonPressed(buttonId);
        }
    }
}
