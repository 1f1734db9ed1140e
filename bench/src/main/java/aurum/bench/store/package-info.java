/** Benchmarks of the corpus store's layer saves and loads at the editor's scale target (issue 5). */
package aurum.bench.store;
