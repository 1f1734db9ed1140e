package aurum.editor.identity;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks who is annotating. Shown on the first start of a workspace and by Annotate › Switch Annotator…;
 * OK is enabled only for a name that can name a layer ({@link AnnotatorIdentity#problem}).
 */
public final class AnnotatorDialog extends TitleAreaDialog {

    /** The title of the dialog's window, for tests that look for it. */
    public static final String TITLE = "Who Is Annotating?";

    private final String initial;
    private Text field;
    private String name;

    /** @param initial the name shown at first; empty on the first start */
    public AnnotatorDialog(Shell parent, String initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Your annotator name");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Label label = new Label(body, SWT.NONE);
        label.setText("&Name:");
        field = new Text(body, SWT.BORDER | SWT.SINGLE);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        field.setText(initial);
        field.selectAll();
        field.setMessage("e.g. alice");
        Label note = new Label(body, SWT.WRAP);
        note.setText("Your spans, suggestions and document states are kept in a layer under this name in every"
                + " corpus you open; your team lead sees it in the Corpus view and in agreement figures. You can"
                + " change it later with Annotate > Switch Annotator…");
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 420;
        note.setLayoutData(wide);
        field.addModifyListener(e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        String problem = AnnotatorIdentity.problem(field.getText().strip());
        if (problem == null) {
            setMessage("Who is annotating in this workspace?", IMessageProvider.INFORMATION);
            setErrorMessage(null);
        } else if (field.getText().isBlank()) {
            setErrorMessage(null);
            setMessage(problem, IMessageProvider.INFORMATION);
        } else {
            setErrorMessage(problem);
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        name = field.getText().strip();
        super.okPressed();
    }

    /** The name entered, once OK was pressed. */
    public String name() {
        return name;
    }
}
