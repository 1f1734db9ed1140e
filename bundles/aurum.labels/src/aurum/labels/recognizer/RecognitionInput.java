package aurum.labels.recognizer;

import java.util.Objects;

/**
 * The document a recognizer reads. Kept to an id and the text so that recognizers do not depend on the
 * core model; offsets into {@code text} are UTF-16 indices as in {@link String#charAt(int)}.
 *
 * @param documentId identifies the document within its corpus, never {@code null}
 * @param text       the full text as annotators see it, never {@code null}
 */
public record RecognitionInput(String documentId, String text) {

    /** Rejects {@code null} components so recognizers need not check. */
    public RecognitionInput {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
    }
}
