package aurum.corpus.assignment;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Progress per annotator on an assignment list, read from the states of their stored layers. Loads
 * each assigned layer, so call it off the UI thread.
 */
public final class AssignmentProgress {

    private AssignmentProgress() {
    }

    /**
     * The progress of every annotator in {@code assignments}, in annotator order.
     *
     * @throws CorpusStoreException if a layer cannot be read; the message names the file
     */
    public static List<AnnotatorProgress> of(CorpusStore store, Assignments assignments) throws CorpusStoreException {
        Set<String> present = new HashSet<>();
        for (DocumentInfo info : store.documents()) {
            present.add(info.id());
        }
        List<AnnotatorProgress> result = new ArrayList<>();
        for (String annotator : assignments.annotators()) {
            int done = 0;
            int inProgress = 0;
            int notStarted = 0;
            int missing = 0;
            for (String id : assignments.documentsOf(annotator)) {
                if (!present.contains(id)) {
                    missing++;
                    continue;
                }
                LayerState state = store.loadLayer(id, LayerOwner.annotator(annotator)).state();
                switch (state) {
                case DONE -> done++;
                case IN_PROGRESS -> inProgress++;
                default -> notStarted++;
                }
            }
            result.add(new AnnotatorProgress(annotator, assignments.documentsOf(annotator).size(), done, inProgress,
                    notStarted, missing));
        }
        return result;
    }
}
