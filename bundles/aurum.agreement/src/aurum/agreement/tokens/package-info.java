/**
 * Word tokens for token-level agreement. The rules are those of {@link aurum.agreement.tokens.WordTokens}:
 * ICU's word break iterator (Unicode UAX #29 word boundaries, root locale), keeping each segment that
 * holds a non-whitespace character. Offsets are UTF-16 indices like everywhere in Aurum.
 */
package aurum.agreement.tokens;
