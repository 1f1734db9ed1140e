package aurum.labels.tests;

import java.util.List;
import java.util.Set;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;

/** Contributed code that throws: the run must log it, report it and go on with the other recognizers. */
public class FailingRecognizer implements Recognizer {

    @Override
    public String id() {
        return "aurum.labels.tests.failing";
    }

    @Override
    public String displayName() {
        return "Throws";
    }

    @Override
    public Set<String> labelIds() {
        return Set.of("PERSON");
    }

    @Override
    public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
        throw new IllegalStateException("this recognizer is broken on purpose");
    }
}
