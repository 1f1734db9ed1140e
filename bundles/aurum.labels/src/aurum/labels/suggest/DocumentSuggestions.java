package aurum.labels.suggest;

import java.util.List;
import java.util.Set;

import aurum.labels.recognizer.Suggestion;

/**
 * What the recognizers of a run proposed for one document, before it is merged into a layer.
 *
 * @param documentId  the document
 * @param suggestions every recognizer's well-formed suggestions, in the order the recognizers ran (the
 *                    merge ranks them: of overlapping proposals the surer one wins, ties to the one run first)
 * @param recognizers the ids of the recognizers that ran successfully on the document; open suggestions
 *                    of these that they no longer make are withdrawn
 * @param dropped     suggestions dropped because they broke the span rules or used labels outside the set
 */
public record DocumentSuggestions(String documentId, List<Suggestion> suggestions, Set<String> recognizers,
        int dropped) {

    /** Takes immutable copies. */
    public DocumentSuggestions {
        suggestions = List.copyOf(suggestions);
        recognizers = Set.copyOf(recognizers);
    }
}
