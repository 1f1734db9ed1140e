/**
 * Tokens and segments, label types, training samples, the recognizer contribution and the background
 * scheduler of the learning recognizer; not API.
 */
package aurum.learn.internal;
