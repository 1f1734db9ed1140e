/** The handler of File &gt; Export Training Data…; not API. */
package aurum.export.ui.internal.handlers;
