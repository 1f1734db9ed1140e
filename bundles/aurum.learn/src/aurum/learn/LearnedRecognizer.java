package aurum.learn;

import java.util.List;
import java.util.Set;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;

/**
 * Proposes what a corpus's learned model finds, with the model's probability as confidence. Stateless
 * and thread-safe like every recognizer (the model pools its finders).
 */
public final class LearnedRecognizer implements Recognizer {

    /** The recognizer id, recorded on the spans it suggests. */
    public static final String ID = "aurum.learn.model";

    private final LearnedModel model;

    /** A recognizer proposing what {@code model} finds. */
    public LearnedRecognizer(LearnedModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Learned from this corpus";
    }

    @Override
    public Set<String> labelIds() {
        return model.labelIds();
    }

    @Override
    public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
        return model.suggest(input.text(), cancel).stream().map(s -> s.withRecognizerId(ID)).toList();
    }
}
