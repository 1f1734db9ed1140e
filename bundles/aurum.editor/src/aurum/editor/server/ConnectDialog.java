package aurum.editor.server;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import aurum.corpus.server.ServerAddress;

/**
 * File &gt; Connect to Team Server…: the server's address, the login and password, and the corpus to open.
 * Connecting runs in a job; a refusal shows as one line in the dialog, which stays open to correct it.
 * A remembered password goes to Eclipse secure storage ({@link SavedLogins}), never to plain preferences.
 */
public final class ConnectDialog extends TitleAreaDialog {

    private final SavedLogins logins;
    private final Path workspace;
    private final Consumer<String> storageWarning;
    private Text server;
    private Text port;
    private Text database;
    private Text user;
    private Text password;
    private Text corpus;
    private Button remember;
    private ServerCorpus connected;
    private String errorLine;

    /**
     * @param logins         the remembered logins, read to fill the fields and written after a login
     * @param workspace      the workspace folder, for the corpus's local work folder
     * @param storageWarning told (on the UI thread) when the password could not be kept in secure storage
     */
    public ConnectDialog(Shell parent, SavedLogins logins, Path workspace, Consumer<String> storageWarning) {
        super(parent);
        this.logins = logins;
        this.workspace = workspace;
        this.storageWarning = storageWarning;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Connect to Team Server");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Connect to Team Server");
        setMessage("Log in to a team server (PostgreSQL) and open its corpus in the Corpus navigator.");
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        server = field(fields, "&Server:", SWT.NONE, "a host name, or postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA-FILE");
        port = field(fields, "P&ort:", SWT.NONE, "5432");
        database = field(fields, "&Database:", SWT.NONE, "aurum");
        user = field(fields, "&User:", SWT.NONE, "your annotator id");
        password = field(fields, "&Password:", SWT.PASSWORD, "");
        corpus = field(fields, "&Corpus:", SWT.NONE, "empty: the server's only corpus");
        new Label(fields, SWT.NONE);
        remember = new Button(fields, SWT.CHECK);
        remember.setText("&Remember the password (in Eclipse secure storage)");
        fill();
        return area;
    }

    private static Text field(Composite parent, String label, int style, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** The last login's address and corpus, and its password when it was remembered. */
    private void fill() {
        logins.lastAddress().ifPresent(last -> {
            try {
                ServerAddress address = ServerAddress.parse(last);
                // TLS settings have no field of their own: then the server field holds the whole address
                server.setText(address.tls().equals(ServerAddress.Tls.DEFAULT) ? address.host() : address.toString());
                port.setText(Integer.toString(address.port()));
                database.setText(address.database());
                user.setText(address.user());
                logins.password(address).ifPresent(saved -> {
                    password.setText(saved);
                    remember.setSelection(true);
                });
            } catch (IllegalArgumentException e) {
                // a stored address this version cannot read: start with empty fields
            }
        });
        logins.lastCorpus().ifPresent(corpus::setText);
    }

    /** Fills the fields, for tests and for callers that know the server. */
    public void setFields(String serverText, String portText, String databaseText, String userText,
            String passwordText, String corpusText, boolean rememberPassword) {
        server.setText(serverText);
        port.setText(portText);
        database.setText(databaseText);
        user.setText(userText);
        password.setText(passwordText);
        corpus.setText(corpusText);
        remember.setSelection(rememberPassword);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "C&onnect", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        ServerAddress address;
        try {
            address = TeamServerLogin.address(server.getText(), port.getText(), database.getText(), user.getText());
        } catch (TeamServerLogin.Refused e) {
            setErrorMessage(e.getMessage());
            return;
        }
        char[] secret = password.getText().toCharArray();
        String corpusId = corpus.getText().strip();
        boolean keep = remember.getSelection();
        setErrorMessage(null);
        setMessage("Connecting to " + address.host() + ":" + address.port() + " as " + address.user() + "…");
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Job job = Job.create("Connecting to the team server", (IProgressMonitor monitor) -> {
            try {
                ServerCorpus opened = TeamServerLogin.connect(address, secret, corpusId, workspace);
                String warning = null;
                try {
                    logins.connected(address, opened.serverStore().corpusId(), secret, keep);
                } catch (Exception e) { // StorageException, IOException: connected all the same
                    warning = "Connected, but the password could not be kept in secure storage; it will be asked"
                            + " again next time.";
                }
                String shown = warning;
                ui(() -> done(opened, shown), opened);
            } catch (TeamServerLogin.Refused e) {
                ui(() -> refused(e.getMessage()), null);
            } finally {
                Arrays.fill(secret, '\0');
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Runs {@code action} on the UI thread while the dialog is open; closes {@code opened} when it is gone. */
    private void ui(Runnable action, ServerCorpus opened) {
        Shell shell = getShell();
        if (shell == null || shell.isDisposed()) {
            if (opened != null) {
                opened.close();
            }
            return;
        }
        shell.getDisplay().asyncExec(() -> {
            if (getShell() == null || getShell().isDisposed()) {
                if (opened != null) {
                    opened.close();
                }
                return;
            }
            action.run();
        });
    }

    private void refused(String message) {
        setMessage("Log in to a team server (PostgreSQL) and open its corpus in the Corpus navigator.");
        setErrorMessage(message);
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        password.setFocus();
    }

    private void done(ServerCorpus opened, String warning) {
        connected = opened;
        if (warning != null) {
            storageWarning.accept(warning);
        }
        super.okPressed();
    }

    @Override
    public void setErrorMessage(String message) {
        errorLine = message;
        super.setErrorMessage(message);
    }

    /** The one line the dialog shows about the last failed Connect, or {@code null}. */
    public String errorLine() {
        return errorLine;
    }

    /** The corpus opened by the last successful Connect, or {@code null}. */
    public ServerCorpus connected() {
        return connected;
    }
}
