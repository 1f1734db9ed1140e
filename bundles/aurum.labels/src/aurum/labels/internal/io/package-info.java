/** File helpers shared by the corpus label set and the migration journal. */
package aurum.labels.internal.io;
