package aurum.labels.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import aurum.labels.registry.RecognizerContext;
import aurum.labels.registry.RecognizerDescriptor;

/** Small recognizers and descriptors for tests, standing in for contributed plugins. */
final class TestRecognizers {

    private TestRecognizers() {
    }

    /** Proposes {@code label} for every match of {@code regex}. */
    static Recognizer regex(String id, String label, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new Recognizer() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public Set<String> labelIds() {
                return Set.of(label);
            }

            @Override
            public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
                List<Suggestion> found = new ArrayList<>();
                Matcher m = pattern.matcher(input.text());
                while (m.find()) {
                    cancel.throwIfCancelled();
                    found.add(new Suggestion(label, m.start(), m.end(), 0.9, java.util.Map.of()));
                }
                return found;
            }
        };
    }

    /** Proposes {@code suggestions} for every document, whatever it says. */
    static Recognizer fixed(String id, Suggestion... suggestions) {
        return new Recognizer() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public Set<String> labelIds() {
                return Set.of();
            }

            @Override
            public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
                return List.of(suggestions);
            }
        };
    }

    /** A recognizer whose code throws on every document. */
    static Recognizer failing(String id) {
        return new Recognizer() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public Set<String> labelIds() {
                return Set.of();
            }

            @Override
            public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
                throw new IllegalStateException("broken on purpose");
            }
        };
    }

    static RecognizerDescriptor descriptor(Recognizer recognizer) {
        return descriptor(recognizer.id(), recognizer);
    }

    static RecognizerDescriptor descriptor(String id, Recognizer recognizer) {
        return new RecognizerDescriptor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return id;
            }

            @Override
            public String labelSetId() {
                return ANY_LABEL_SET;
            }

            @Override
            public String contributor() {
                return "test";
            }

            @Override
            public Optional<Recognizer> create(RecognizerContext context) {
                return Optional.ofNullable(recognizer);
            }
        };
    }
}
