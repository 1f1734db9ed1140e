/** Span editing, navigation, hotkeys and the message banner of the annotation editor. */
package aurum.editor.internal.edit;
