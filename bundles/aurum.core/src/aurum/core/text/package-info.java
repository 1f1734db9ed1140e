/**
 * Text measurement shared by the model, importers and exporters: converting offsets between UTF-16
 * (what Java and the editor use), code points (what brat counts) and UTF-8 bytes (what some JSON
 * consumers count), and recognising the characters that must not sit at the edge of a span.
 *
 * <p>Offsets in the rest of Aurum are always UTF-16 indices into the document text; the other units
 * appear only at the borders where a file format demands them.
 */
package aurum.core.text;
