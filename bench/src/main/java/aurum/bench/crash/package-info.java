/**
 * The crash test of the corpus store (issue 3): {@link aurum.bench.crash.CrashCorpus} makes a corpus,
 * {@link aurum.bench.crash.SaveStream} saves annotations in a loop and acknowledges each save on
 * stdout until {@code bench/crash-test.sh} kills it with {@code kill -9}, and
 * {@link aurum.bench.crash.AckChecker} then checks that every acknowledged change survived and every
 * file parses.
 */
package aurum.bench.crash;
