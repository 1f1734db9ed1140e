package aurum.app.internal.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The user guide shipped with the product, read-only and wrapped, opened from Help > User Guide. */
public class UserGuideView extends ViewPart {

    /** The view id, as contributed in plugin.xml. */
    public static final String ID = "aurum.app.userGuide";

    private StyledText text;

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(12, 8, 12, 8);
        Optional<Path> guide = UserGuideFile.find();
        if (guide.isEmpty()) {
            text.setText("The user guide (" + UserGuideFile.RELATIVE + ") is not installed with this copy of Aurum."
                    + " It is in the source repository under docs/.");
            return;
        }
        setContentDescription(guide.get().toString());
        try {
            MarkdownStyler.Styled styled = MarkdownStyler.style(Files.readString(guide.get(), StandardCharsets.UTF_8));
            text.setText(styled.text());
            for (StyleRange range : styled.styles()) {
                if ("monospace".equals(range.data)) {
                    range.font = JFaceResources.getTextFont();
                }
                text.setStyleRange(range);
            }
        } catch (IOException e) {
            text.setText("Cannot read the user guide " + guide.get() + ": " + e.getMessage());
        }
    }

    /** The guide's text as shown, for tests. */
    public String text() {
        return text.getText();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
