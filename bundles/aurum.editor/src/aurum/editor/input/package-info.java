/** Editor inputs naming documents of a corpus store. */
package aurum.editor.input;
