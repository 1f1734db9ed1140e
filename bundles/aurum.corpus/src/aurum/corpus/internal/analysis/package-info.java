/**
 * The corpus analysis behind {@code clusters.json}: features of each document (MinHash signature, content
 * terms), the near-duplicate and related relations computed from them, kept in {@code .aurum/analysis/}
 * and updated for added documents only. Layout and rules: docs/FORMAT.md, "clusters.json" and
 * ".aurum/analysis/".
 */
package aurum.corpus.internal.analysis;
