/** The team server's schema migrations, span encoding and error messages; not API. */
package aurum.corpus.server.internal;
