/**
 * The team server: a corpus kept in PostgreSQL behind the same {@link aurum.corpus.store.CorpusStore} API as a
 * folder corpus ({@link aurum.corpus.server.ServerCorpusStore}), people and roles enforced by the database
 * ({@link aurum.corpus.server.ServerAdministration}), and moving corpora between a folder and a server
 * (CorpusTransfer). Design, setup and operation: docs/TEAM-SERVER.md.
 */
package aurum.corpus.server;
