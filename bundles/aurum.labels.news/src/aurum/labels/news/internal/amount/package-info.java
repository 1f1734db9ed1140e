/**
 * How the amount recognizer reads numbers, currencies and units; not API.
 */
package aurum.labels.news.internal.amount;
