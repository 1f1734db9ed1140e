/** The corpus navigator: the documents of the open corpus, opened from here into the editor. */
package aurum.editor.navigator;
