package aurum.labels.dictionary;

import aurum.labels.gazetteer.Gazetteer;
import aurum.labels.gazetteer.GazetteerBuilder;
import aurum.labels.gazetteer.MatchMode;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.SpanRules;
import aurum.labels.recognizer.Suggestion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proposes every further occurrence of strings already accepted elsewhere in the corpus, with the label
 * they were accepted with most often. The confidence is that label's share of the acceptances, so a
 * string the corpus labels inconsistently comes with a low confidence ({@link ConsistencyCheck} lists such
 * strings). Suggestions carry no attributes: how often a string was accepted is the recognizer's
 * bookkeeping, not an annotation, and would not validate against the label set once accepted.
 * Occurrences that are themselves already accepted with that label are not proposed again.
 */
public final class DictionaryRecognizer implements Recognizer {

    /** The recognizer id recorded on suggestions. */
    public static final String ID = "aurum.labels.dictionary";

    private final Gazetteer<LabelVotes> gazetteer;
    private final Set<String> labelIds;
    private final Set<String> alreadyAccepted;

    private DictionaryRecognizer(Gazetteer<LabelVotes> gazetteer, Set<String> labelIds, Set<String> alreadyAccepted) {
        this.gazetteer = gazetteer;
        this.labelIds = labelIds;
        this.alreadyAccepted = alreadyAccepted;
    }

    /**
     * Builds the dictionary from the corpus's accepted spans.
     *
     * @param accepted        accepted spans from all documents
     * @param caseInsensitive whether "AUSTIN" should be found from an accepted "Austin"
     */
    public static DictionaryRecognizer of(Collection<AcceptedSpan> accepted, boolean caseInsensitive) {
        GazetteerBuilder<LabelVotes> builder = Gazetteer.<LabelVotes>builder().caseInsensitive(caseInsensitive)
                .wholeWords(true).foldWhitespace(true);
        Set<String> labels = new TreeSet<>();
        for (LabelVotes votes : ConsistencyCheck.group(accepted, caseInsensitive).values()) {
            for (String spelling : votes.spellings()) {
                builder.add(SurfaceKey.of(spelling, false), votes);
            }
            labels.add(votes.winner());
        }
        Set<String> done = new HashSet<>();
        accepted.forEach(a -> done.add(key(a.documentId(), a.start(), a.end(), a.labelId())));
        return new DictionaryRecognizer(builder.build(), Set.copyOf(labels), done);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Corpus dictionary (annotate all occurrences)";
    }

    @Override
    public Set<String> labelIds() {
        return labelIds;
    }

    @Override
    public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
        List<Suggestion> suggestions = new ArrayList<>();
        int[] last = {-1, -1};
        String text = input.text();
        gazetteer.scan(text, MatchMode.LEFTMOST_LONGEST, cancel, (start, end, votes) -> {
            if (start == last[0] && end == last[1]) {
                return; // several spellings folded to one key: one suggestion per span
            }
            last[0] = start;
            last[1] = end;
            String label = votes.winner();
            if (alreadyAccepted.contains(key(input.documentId(), start, end, label))
                    || !SpanRules.isWellFormed(text, start, end)) {
                return;
            }
            int count = votes.ranked().get(label);
            suggestions.add(new Suggestion(label, start, end, (double) count / votes.total(), Map.of())
                    .withRecognizerId(ID));
        });
        return suggestions;
    }

    private static String key(String documentId, int start, int end, String labelId) {
        return documentId + '\u0000' + start + '\u0000' + end + '\u0000' + labelId;
    }
}
