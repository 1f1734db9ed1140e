package aurum.app.internal.help;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** About Aurum: what Aurum is and the versions of its parts, in a text that can be selected and copied. */
public class AboutDialog extends Dialog {

    private Text versions;

    /** @param parent the workbench window's shell */
    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About Aurum");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label title = new Label(area, SWT.NONE);
        title.setText("Aurum — an annotation workbench for gold datasets");
        title.setFont(JFaceResources.getBannerFont());
        versions = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        versions.setText(String.join("\n", Versions.lines()));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 520;
        data.heightHint = 300;
        versions.setLayoutData(data);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The versions text, for tests. */
    public String versionsText() {
        return versions.getText();
    }
}
