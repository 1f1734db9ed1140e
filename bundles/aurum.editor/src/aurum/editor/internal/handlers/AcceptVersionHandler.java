package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.curation.CurationCommands;

/** Settles the disagreement under the caret with one annotator's version (digit keys 1–9). */
public final class AcceptVersionHandler extends CurationHandler {

    /** The parameter naming the annotator's lane, 1 for the first. */
    public static final String LANE = "aurum.editor.curation.acceptVersion.lane";

    @Override
    void run(CurationCommands commands, ExecutionEvent event) {
        String lane = event.getParameter(LANE);
        if (lane != null && lane.matches("[1-9]")) {
            commands.accept(Integer.parseInt(lane));
        }
    }
}
