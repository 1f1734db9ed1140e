/** Painting spans, suggestions and excluded regions over the text, visible range only. */
package aurum.editor.internal.paint;
