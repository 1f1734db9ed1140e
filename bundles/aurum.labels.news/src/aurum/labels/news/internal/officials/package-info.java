/**
 * How the officials recognizer finds titles, reads the names after them and re-finds those names;
 * not API.
 */
package aurum.labels.news.internal.officials;
