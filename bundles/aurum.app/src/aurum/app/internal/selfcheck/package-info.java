/**
 * The installation self-check ({@code aurum-product selfcheck}): starts the installed workbench as a user's
 * start does and walks a document through it, so that a product whose bundles start in a broken order fails
 * the build instead of the user's first minute.
 */
package aurum.app.internal.selfcheck;
