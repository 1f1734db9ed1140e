package aurum.export.ui.wizard;

import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;

import aurum.export.ui.model.ExportSettings;
import aurum.export.ui.model.Message;

/** A page of the export wizard: edits the shared settings and shows its check in the message area. */
abstract class ExportPage extends WizardPage {

    protected final ExportWizard wizard;

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

    /** Re-checks the page after a change and shows the result; errors keep the page from completing. */
    protected void update() {
        Optional<Message> message = check();
        setErrorMessage(message.filter(Message::isError).map(Message::text).orElse(null));
        setMessage(message.filter(m -> !m.isError()).map(Message::text).orElse(null),
                message.isPresent() ? IMessageProvider.WARNING : IMessageProvider.NONE);
        setPageComplete(message.filter(Message::isError).isEmpty());
    }
}
