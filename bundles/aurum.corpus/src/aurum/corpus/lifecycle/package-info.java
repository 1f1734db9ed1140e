/**
 * The lifecycle of a document's layers: an annotator marks a layer done or reopens it, a curator marks
 * gold curated or reopens it. {@link aurum.corpus.lifecycle.DocumentLifecycle} is the one operation the
 * workbench's commands and {@code aurum state} share; the states and their meaning are in
 * {@code docs/USER-GUIDE.md} ("Finishing a document") and {@code docs/FORMAT.md} (layer files).
 */
package aurum.corpus.lifecycle;
