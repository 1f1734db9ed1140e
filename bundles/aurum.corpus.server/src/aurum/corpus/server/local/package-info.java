/**
 * A PostgreSQL server of this machine's installation run from a data folder of its own: the local team server
 * of {@code aurum server local} and the real database of the team server's tests.
 */
package aurum.corpus.server.local;
