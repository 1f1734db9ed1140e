package aurum.core.validation;

import java.util.Objects;

/**
 * One finding of the validator, precise enough to jump to (document and UTF-16 offset) and worded so
 * that the annotator knows what to do about it.
 *
 * @param severity how bad it is
 * @param code what kind of problem it is
 * @param documentId the document the span belongs to
 * @param offset the UTF-16 offset the problem is at, usually a span boundary
 * @param spanId the span concerned
 * @param message a sentence naming the document and offset and saying what to do
 */
public record Problem(Severity severity, ProblemCode code, String documentId, int offset, String spanId,
        String message) {

    /** Rejects missing parts. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(message, "message");
    }

    /** Creates a problem whose message starts with the document and offset, then {@code detail}. */
    static Problem of(Severity severity, ProblemCode code, String documentId, int offset, String spanId,
            String detail) {
        return new Problem(severity, code, documentId, offset, spanId,
                "Document '" + documentId + "', offset " + offset + ": " + detail);
    }

    /**
     * The message without its leading "Document '…', offset …: ", for callers that name the document and
     * place themselves (an import names the file and the span's text).
     */
    public String detail() {
        String prefix = "Document '" + documentId + "', offset " + offset + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    @Override
    public String toString() {
        return severity + " " + code + ": " + message;
    }
}
