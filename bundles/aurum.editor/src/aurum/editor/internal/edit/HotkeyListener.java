package aurum.editor.internal.edit;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;

/**
 * Turns a label's single-key hotkey, typed in the read-only text, into the Tag command with that label.
 * Hotkeys come from the label set and differ per corpus, so they cannot be static key bindings; going
 * through the command keeps one code path (handler, undo, save) for the keyboard, menus and tests.
 */
public final class HotkeyListener implements VerifyKeyListener {

    /** The Tag command and its parameter, as declared in plugin.xml. */
    public static final String TAG_COMMAND = "aurum.editor.tag";
    /** The label parameter of {@link #TAG_COMMAND}. */
    public static final String LABEL_PARAMETER = "aurum.editor.tag.label";

    private final IServiceLocator services;
    private final Supplier<LabelSet> labels;

    /** Runs the Tag command through {@code services} for hotkeys of {@code labels}. */
    public HotkeyListener(IServiceLocator services, Supplier<LabelSet> labels) {
        this.services = services;
        this.labels = labels;
    }

    @Override
    public void verifyKey(VerifyEvent event) {
        LabelSet set = labels.get();
        if (set == null || (event.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0 || event.character == 0
                || Character.isISOControl(event.character) || Character.isWhitespace(event.character)) {
            return;
        }
        Optional<LabelDefinition> label = set.byHotkey(event.character);
        if (label.isEmpty()) {
            return;
        }
        event.doit = false;
        runTag(label.get().id());
    }

    /** Runs the Tag command for {@code labelId}, as a hotkey does. */
    public void runTag(String labelId) {
        ICommandService commands = services.getService(ICommandService.class);
        IHandlerService handlers = services.getService(IHandlerService.class);
        try {
            ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(TAG_COMMAND),
                    Map.of(LABEL_PARAMETER, labelId));
            handlers.executeCommand(command, null);
        } catch (Exception e) {
            ILog.of(getClass()).error("Tagging with " + labelId + " failed", e);
        }
    }
}
