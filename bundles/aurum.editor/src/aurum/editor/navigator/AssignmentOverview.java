package aurum.editor.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.assignment.AnnotatorProgress;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.index.CorpusIndex;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Who is assigned which documents (assignments.json) and how far each annotator has got, for the corpus
 * navigator. The states come from the corpus index, so no layer file is opened; reads files, so it is
 * made in a job.
 *
 * @param assignments the corpus's assignments, {@link Assignments#EMPTY} when it has none
 * @param progress    each assigned annotator's progress, in annotator order
 */
public record AssignmentOverview(Assignments assignments, List<AnnotatorProgress> progress) {

    /** No assignments. */
    public static final AssignmentOverview NONE = new AssignmentOverview(Assignments.EMPTY, List.of());

    /** Copies the list. */
    public AssignmentOverview {
        progress = List.copyOf(progress);
    }

    /**
     * Reads the assignments of {@code store} and counts the states of the assigned layers in its index
     * (no document is listed, so this costs the same for 100 or 100k documents).
     *
     * @throws CorpusStoreException if assignments.json or the index cannot be read; the message names the file
     */
    public static AssignmentOverview read(CorpusStore store) throws CorpusStoreException {
        Assignments assignments = AssignmentsFile.read(store.directory());
        if (assignments.isEmpty()) {
            return NONE;
        }
        CorpusIndex index = store.index();
        List<AnnotatorProgress> progress = new ArrayList<>();
        for (String annotator : assignments.annotators()) {
            Set<String> ids = assignments.documentsOf(annotator);
            DocumentQuery theirs = DocumentQuery.ALL.withIds(ids).withOwner(LayerOwner.annotator(annotator));
            int present = index.count(DocumentQuery.ALL.withIds(ids));
            int done = index.count(theirs.withState(LayerState.DONE));
            int inProgress = index.count(theirs.withState(LayerState.IN_PROGRESS));
            progress.add(new AnnotatorProgress(annotator, ids.size(), done, inProgress,
                    present - done - inProgress, ids.size() - present));
        }
        return new AssignmentOverview(assignments, progress);
    }

    /** Whether the corpus has assignments. */
    public boolean isEmpty() {
        return assignments.isEmpty();
    }

    /** The documents assigned to {@code annotator}. */
    public Set<String> documentsOf(String annotator) {
        return assignments.documentsOf(annotator);
    }

    /** The annotators of {@code documentId}, e.g. {@code alice, bob}; empty when none. */
    public String annotatorsText(String documentId) {
        return String.join(", ", assignments.annotatorsOf(documentId));
    }

    /** One line per annotator, e.g. {@code alice: 2 of 5 done · 1 in progress · 2 not started}. */
    public String progressText() {
        return progress.stream().map(AssignmentOverview::describe).collect(Collectors.joining("\n"));
    }

    /** The progress of {@code annotator}, or a note that nothing is assigned to them. */
    public String summaryOf(String annotator) {
        return progress.stream().filter(p -> p.annotator().equals(annotator)).findFirst()
                .map(AssignmentOverview::describe).orElse(annotator + ": nothing assigned");
    }

    static String describe(AnnotatorProgress p) {
        String text = String.format(Locale.ROOT, "%s: %d of %d done · %d in progress · %d not started", p.annotator(),
                p.done(), p.assigned(), p.inProgress(), p.notStarted());
        return p.missing() == 0 ? text : text + " · " + p.missing() + " no longer in the corpus";
    }
}
