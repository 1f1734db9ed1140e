package aurum.editor.server;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * The master password of Eclipse secure storage, asked from the user once per session. The product has
 * no operating-system keyring module (and no Equinox security UI), so without this provider secure storage
 * could not encrypt anything and "Remember the password" could not work.
 */
public final class MasterPasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        // IProviderHints.PROMPT_USER is not honoured: Equinox sets it to false whenever its own security UI
        // bundle is absent (as in this product), although the workbench can ask perfectly well
        if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getDisplay().isDisposed()) {
            return null;
        }
        boolean create = (passwordType & CREATE_NEW_PASSWORD) != 0;
        String message = create
                ? "Choose a master password for Aurum's secure storage. It encrypts the team-server passwords you ask"
                        + " Aurum to remember; Aurum asks for it once per session."
                : "Aurum's secure storage holds a remembered team-server password. Enter the master password to use it.";
        String[] answer = {null};
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            Shell parent = display.getActiveShell();
            InputDialog dialog = new InputDialog(parent, "Secure Storage", message, "",
                    text -> text.isEmpty() ? "The master password cannot be empty." : null) {
                @Override
                protected int getInputTextStyle() {
                    return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
                }
            };
            if (dialog.open() == Window.OK) {
                answer[0] = dialog.getValue();
            }
        });
        return answer[0] == null ? null : new PBEKeySpec(answer[0].toCharArray());
    }
}
