package aurum.export.ui.wizard;

import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;

import aurum.export.ui.model.ExportSettings;
import aurum.export.ui.model.Message;

/** A page of the export wizard: edits the shared settings and shows its check in the message area. */
abstract class ExportPage extends WizardPage {

    protected final ExportWizard wizard;
    /** Whether the user changed something here; errors stay quiet until then, as Eclipse wizards do. */
    private boolean touched;

    ExportPage(String name, String title, String description, ExportWizard wizard) {
        super(name);
        this.wizard = wizard;
        setTitle(title);
        setDescription(description);
    }

    protected ExportSettings settings() {
        return wizard.settings();
    }

    /** What is wrong with this page, if anything. */
    protected abstract Optional<Message> check();

    /** Called by the page's widgets when the user changed a value. */
    protected void changed() {
        touched = true;
        update();
    }

    /**
     * Re-checks the page and shows the result; errors keep the page from completing. Before the first
     * change an error only keeps the page incomplete, so a new wizard does not open in red.
     */
    protected void update() {
        Optional<Message> message = check();
        boolean quiet = !touched && message.filter(Message::isError).isPresent();
        if (quiet) {
            setErrorMessage(null);
            setMessage(null);
            setPageComplete(false);
            return;
        }
        setErrorMessage(message.filter(Message::isError).map(Message::text).orElse(null));
        setMessage(message.filter(m -> !m.isError()).map(Message::text).orElse(null),
                message.isPresent() ? IMessageProvider.WARNING : IMessageProvider.NONE);
        setPageComplete(message.filter(Message::isError).isEmpty());
    }
}
