package aurum.editor.problems;

import aurum.core.validation.Severity;

/**
 * One problem of the open document as the Problems view lists it.
 *
 * @param severity error or warning
 * @param source   what found it: "validation" or "consistency"
 * @param message  what is wrong and what to do
 * @param offset   where, as a UTF-16 offset into the text
 * @param spanId   the span concerned
 */
public record Finding(Severity severity, String source, String message, int offset, String spanId) {
}
