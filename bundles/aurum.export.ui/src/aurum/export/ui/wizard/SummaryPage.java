package aurum.export.ui.wizard;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import aurum.export.ui.model.Message;
import aurum.export.ui.model.SettingsCheck;

/**
 * Page 4: everything the export will do, in words, before Finish. Finish is enabled only once this page
 * was shown, so nobody exports without having seen it.
 */
final class SummaryPage extends ExportPage {

    private Text summary;
    private boolean seen;

    SummaryPage(ExportWizard wizard) {
        super("summary", "Summary", "Check what will be exported, then press Finish. The export runs in the background.",
                wizard);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        // a read-only text rather than a label: it can be focused, scrolled and copied
        summary = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 240).applyTo(summary);
        setControl(area);
        setPageComplete(false);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            seen = true;
            summary.setText(wizard.summary());
            changed();
        }
        super.setVisible(visible);
    }

    @Override
    protected Optional<Message> check() {
        if (!seen) {
            return Optional.of(new Message(Message.Severity.ERROR, "Summary: not shown yet"));
        }
        return SettingsCheck.firstError(settings(), wizard.facts());
    }

    /** The summary as shown. */
    public String text() {
        return summary.getText();
    }
}
