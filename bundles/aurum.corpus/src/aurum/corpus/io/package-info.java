/**
 * Writing files so that a crash or a power cut at any moment leaves either the old content or the new,
 * never half of it. {@link aurum.corpus.io.DurableFiles} is the one way Aurum's bundles (and plug-ins)
 * replace a file that users rely on: corpus files, label sets, models, reports.
 */
package aurum.corpus.io;
