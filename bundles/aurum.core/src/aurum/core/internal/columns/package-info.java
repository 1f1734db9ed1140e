/**
 * Primitive column storage behind {@code aurum.core.model.Layer}: a layer holding a million spans keeps
 * them in a few arrays instead of a million objects. Not API; the package may change without notice.
 */
package aurum.core.internal.columns;
