/**
 * The position index of a layer's spans: which spans overlap a range, contain an offset, or come next
 * in document order. The editor asks these questions for every repaint and caret move, and layers hold
 * up to millions of spans, so the index keeps only primitive arrays and reads span boundaries through
 * {@link aurum.core.index.SpanBounds} from the layer's own columns.
 */
package aurum.core.index;
