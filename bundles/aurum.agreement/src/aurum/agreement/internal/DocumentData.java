package aurum.agreement.internal;

import aurum.agreement.tokens.WordTokens;
import aurum.core.model.Span;
import java.util.List;

/**
 * One document prepared for the calculator: its tokens and, per annotator index, the spans (already
 * restricted to the report's label) or {@code null} when that annotator did not annotate it.
 *
 * @param id document id
 * @param length text length in UTF-16 units
 * @param tokens the word tokens
 * @param spans per annotator index; {@code null} entries for annotators without a layer
 */
public record DocumentData(String id, int length, WordTokens tokens, List<List<Span>> spans) {

    /** How many annotators annotated the document. */
    public int present() {
        int n = 0;
        for (List<Span> s : spans) {
            if (s != null) {
                n++;
            }
        }
        return n;
    }
}
