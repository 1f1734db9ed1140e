package aurum.editor.navigator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.assignment.AnnotatorProgress;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
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
     * Reads the assignments of {@code store} and the states of the assigned layers from its index, which
     * must be up to date (the navigator refreshes it first).
     *
     * @throws CorpusStoreException if assignments.json or the index cannot be read; the message names the file
     */
    public static AssignmentOverview read(CorpusStore store) throws CorpusStoreException {
        Assignments assignments = AssignmentsFile.read(store.directory());
        if (assignments.isEmpty()) {
            return NONE;
        }
        Map<String, IndexedDocument> documents = new HashMap<>();
        for (IndexedDocument document : store.index().find(DocumentQuery.ALL)) {
            documents.put(document.id(), document);
        }
        return of(assignments, documents);
    }

    /** The overview of {@code assignments} over the indexed {@code documents} (by id). */
    static AssignmentOverview of(Assignments assignments, Map<String, IndexedDocument> documents) {
        List<AnnotatorProgress> progress = new ArrayList<>();
        for (String annotator : assignments.annotators()) {
            LayerOwner owner = LayerOwner.annotator(annotator);
            int[] counts = new int[4]; // done, in progress, not started, missing
            for (String id : assignments.documentsOf(annotator)) {
                IndexedDocument document = documents.get(id);
                LayerState state = document == null ? null
                        : document.layer(owner).map(LayerSummary::state).orElse(LayerState.NEW);
                counts[state == null ? 3 : state == LayerState.DONE ? 0 : state == LayerState.IN_PROGRESS ? 1 : 2]++;
            }
            progress.add(new AnnotatorProgress(annotator, assignments.documentsOf(annotator).size(), counts[0],
                    counts[1], counts[2], counts[3]));
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
