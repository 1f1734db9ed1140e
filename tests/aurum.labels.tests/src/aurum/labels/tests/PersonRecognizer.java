package aurum.labels.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;

/** A contributed recognizer as a plugin author would write it: two capitalised words are a PERSON. */
public class PersonRecognizer implements Recognizer {

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+\\b");

    @Override
    public String id() {
        return "aurum.labels.tests.persons";
    }

    @Override
    public String displayName() {
        return "Capitalised pairs";
    }

    @Override
    public Set<String> labelIds() {
        return Set.of("PERSON");
    }

    @Override
    public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
        List<Suggestion> found = new ArrayList<>();
        Matcher m = NAME.matcher(input.text());
        while (m.find()) {
            cancel.throwIfCancelled();
            found.add(new Suggestion("PERSON", m.start(), m.end(), 0.5, Map.of()));
        }
        return found;
    }
}
