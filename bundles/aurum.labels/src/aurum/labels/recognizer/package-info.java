/**
 * The headless recognizer API: a {@link aurum.labels.recognizer.Recognizer} reads a document's text and
 * proposes {@link aurum.labels.recognizer.Suggestion}s that an annotator accepts or rejects, so that
 * fewer spans have to be tagged by hand.
 * <p>
 * The API uses plain JDK types only so that recognizers can be written, run and tested without the
 * core model or OSGi. Offsets are Java {@code String} (UTF-16) indices, end exclusive; a suggestion
 * never cuts a surrogate pair and never begins or ends with whitespace (see {@link
 * aurum.labels.recognizer.SpanRules}). Long-running recognizers poll a {@link
 * aurum.labels.recognizer.Cancellation} and give up by throwing {@link
 * aurum.labels.recognizer.RecognitionCancelledException}.
 */
package aurum.labels.recognizer;
