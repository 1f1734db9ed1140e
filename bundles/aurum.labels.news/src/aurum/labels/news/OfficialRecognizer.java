package aurum.labels.news;

import aurum.labels.news.internal.SpanSelection;
import aurum.labels.news.internal.officials.OfficialFinder;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import java.util.List;
import java.util.Set;

/**
 * Proposes {@code OFFICIAL}s: names introduced by a title ("Secretary of State Antony Blinken", "the
 * Secretary of State, Antony Blinken") and the other mentions of the same people in the document
 * ("Blinken", "Blinken’s" as "Blinken"). The span is the name only; attributes {@code title},
 * {@code fullName} and {@code titled} carry the rest.
 */
public final class OfficialRecognizer implements Recognizer {

    /** The recognizer id recorded on suggestions. */
    public static final String ID = "aurum.labels.news.officials";
    /** Attribute name of the title, e.g. "Defense Secretary". */
    public static final String TITLE = OfficialFinder.TITLE;
    /** Attribute name of the full name given with the title. */
    public static final String FULL_NAME = OfficialFinder.FULL_NAME;
    /** Attribute name of the flag telling a titled mention from a later bare one. */
    public static final String TITLED = OfficialFinder.TITLED;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Titled officials and their mentions";
    }

    @Override
    public Set<String> labelIds() {
        return Set.of(NewsLabels.OFFICIAL);
    }

    @Override
    public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
        List<Suggestion> candidates = OfficialFinder.find(input.text(), NewsLabels.OFFICIAL, cancel);
        return SpanSelection.leftmostLongest(input.text(), candidates).stream().map(s -> s.withRecognizerId(ID))
                .toList();
    }
}
