package aurum.editor.navigator;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import aurum.core.model.LayerState;

/**
 * Which document "Mark Done and Next" opens: the first one after the current in the navigator's order
 * (wrapping around) that the annotator has not finished and, when the corpus assigns them documents, is
 * assigned to them.
 */
public final class NextDocument {

    private NextDocument() {
    }

    /**
     * @param rows      the documents in the order the navigator shows them
     * @param currentId the document just finished (skipped, whatever its state in {@code rows})
     * @param assigned  the documents assigned to the annotator; empty when nothing is assigned to them
     */
    public static Optional<DocumentRow> after(List<DocumentRow> rows, String currentId, Set<String> assigned) {
        int here = rows instanceof ListedRows listed ? listed.positionOf(currentId) : -1; // the index knows, at 100k too
        for (int i = 0; here < 0 && !(rows instanceof ListedRows) && i < rows.size(); i++) {
            if (rows.get(i).id().equals(currentId)) {
                here = i;
            }
        }
        for (int step = 1; step <= rows.size(); step++) {
            DocumentRow row = rows.get(Math.floorMod(here + step, rows.size()));
            if (!row.id().equals(currentId) && row.state() != LayerState.DONE
                    && (assigned.isEmpty() || assigned.contains(row.id()))) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }
}
