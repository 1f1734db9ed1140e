package aurum.labels.internal.builtin;

import aurum.labels.dictionary.DictionaryRecognizer;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.registry.RecognizerContext;
import aurum.labels.registry.RecognizerFactory;

/**
 * Contributes the corpus dictionary ("annotate all occurrences"): built per corpus from the spans its
 * annotators made or accepted, matched case-sensitively so that "US" does not suggest every "us".
 */
public final class CorpusDictionaryFactory implements RecognizerFactory {

    @Override
    public Recognizer create(RecognizerContext context) {
        return DictionaryRecognizer.of(context.acceptedSpans(), false);
    }
}
