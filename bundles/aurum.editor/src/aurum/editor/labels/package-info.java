/** The Labels view: the label palette with hotkeys, counts and guidelines. */
package aurum.editor.labels;
