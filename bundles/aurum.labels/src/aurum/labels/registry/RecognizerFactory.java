package aurum.labels.registry;

import aurum.labels.recognizer.Recognizer;

/**
 * Builds a recognizer for one corpus, for recognizers that learn from the corpus before they run (the
 * corpus dictionary reads the spans annotators already accepted). A contribution names either a
 * {@link Recognizer} or a factory; plain recognizers need no factory.
 */
public interface RecognizerFactory {

    /**
     * @param context what the recognizer may know about the corpus it is run on
     * @return a recognizer ready to run over that corpus's documents
     * @throws Exception if it cannot be built; the registry logs it and the run goes on without it
     */
    Recognizer create(RecognizerContext context) throws Exception;
}
