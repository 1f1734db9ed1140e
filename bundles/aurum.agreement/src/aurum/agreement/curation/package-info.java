/**
 * Headless curation: building a document's gold layer from its annotators' layers. Spans every
 * annotator made identically are pre-accepted; the rest are grouped into {@link
 * aurum.agreement.curation.Disagreement}s (connected regions of overlapping spans) in text order, so
 * a curation editor can jump from one to the next, accept one annotator's version, reject all, or
 * edit the gold layer by hand, and finally mark it {@link aurum.core.model.LayerState#CURATED}.
 * {@link aurum.agreement.curation.StoredCuration} loads and saves through the corpus store.
 */
package aurum.agreement.curation;
