package aurum.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags the tokens of a document for token formats. Spans handed to token formats are token-aligned,
 * never overlap and never cross a sentence, so each token is either wholly outside or wholly inside one
 * span.
 */
public final class TokenTags {

    /** The tag of tokens outside every span. */
    public static final String OUTSIDE = "O";

    private TokenTags() {
    }

    /** One array of tags per sentence, one tag per token, such as {@code B-PER}. */
    public static List<String[]> tag(ExportDocument document, TagScheme scheme) {
        List<ExportSpan> spans = document.spans();
        List<String[]> out = new ArrayList<>(document.sentences().size());
        int sp = 0;
        Map<String, String[]> byLabel = new HashMap<>(); // one string per tag, not one per token
        for (Sentence sentence : document.sentences()) {
            String[] tags = new String[sentence.tokens().size()];
            ExportSpan previous = null;
            for (int i = 0; i < tags.length; i++) {
                Sentence.Token token = sentence.tokens().get(i);
                while (sp < spans.size() && spans.get(sp).end() <= token.start()) {
                    sp++;
                }
                ExportSpan span = sp < spans.size() && spans.get(sp).start() <= token.start() ? spans.get(sp) : null;
                if (span == null) {
                    tags[i] = OUTSIDE;
                    previous = null;
                    continue;
                }
                boolean first = token.start() == span.start();
                boolean last = token.end() == span.end();
                String prefix = switch (scheme) {
                    case IOB2 -> first ? "B" : "I";
                    case BILOU -> first && last ? "U" : first ? "B" : last ? "L" : "I";
                    case IOB1 -> first && previous != null && previous != span && previous.label().equals(span.label()) ? "B" : "I";
                };
                tags[i] = tags(byLabel, span.label())[prefix.charAt(0) - 'B'];
                previous = span;
            }
            out.add(tags);
        }
        return out;
    }

    /** The tags of {@code label} indexed by prefix letter minus 'B' (B, I, L, U). */
    private static String[] tags(Map<String, String[]> byLabel, String label) {
        String[] tags = byLabel.get(label);
        if (tags == null) {
            tags = new String['U' - 'B' + 1];
            for (char p : "BILU".toCharArray()) {
                tags[p - 'B'] = p + "-" + label;
            }
            byLabel.put(label, tags);
        }
        return tags;
    }

    /** Every tag the scheme can give {@code labels}, {@link #OUTSIDE} first: the label list of integer-tag formats. */
    public static List<String> tagSet(List<String> labels, TagScheme scheme) {
        List<String> out = new ArrayList<>();
        out.add(OUTSIDE);
        String prefixes = scheme == TagScheme.BILOU ? "BILU" : "BI";
        for (String label : labels) {
            for (char p : prefixes.toCharArray()) {
                out.add(p + "-" + label);
            }
        }
        return out;
    }
}
