/**
 * The weapons-topic word list and how its variants are generated; not API.
 */
package aurum.labels.news.internal.weapons;
