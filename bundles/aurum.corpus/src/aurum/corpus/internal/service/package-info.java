/** The {@link aurum.corpus.store.CorpusService} component. Internal. */
package aurum.corpus.internal.service;
