package aurum.labels.recognizer;

import java.util.List;
import java.util.Set;

/**
 * Pre-annotates a document with suggestions so that annotators confirm spans instead of tagging each
 * one by hand. Implementations are stateless between calls and safe to call from several threads.
 */
public interface Recognizer {

    /** A stable identifier, recorded on every suggestion so that reviewers can trace where it came from. */
    String id();

    /** A short human-readable name for menus and preference pages. */
    String displayName();

    /** The label ids this recognizer may propose; lets the workbench skip recognizers for unused labels. */
    Set<String> labelIds();

    /**
     * Finds suggestions in the input.
     *
     * @param input  the document to read
     * @param cancel polled regularly; when it reports cancellation the call ends with
     *               {@link RecognitionCancelledException}
     * @return suggestions ordered by start, then end; each satisfies {@link SpanRules#isWellFormed}
     * @throws RecognitionCancelledException if {@code cancel} asked to stop
     */
    List<Suggestion> recognize(RecognitionInput input, Cancellation cancel);
}
