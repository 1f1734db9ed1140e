package aurum.agreement.internal;

import aurum.agreement.ConfusionMatrix;
import aurum.agreement.tokens.WordTokens;
import aurum.core.model.Span;
import java.util.Arrays;
import java.util.List;

/**
 * Turns an annotator's spans into one category per token. A token takes the label of the shortest
 * span that overlaps it (the innermost when spans nest; on a tie the earlier start, then the smaller
 * label id), or {@link ConfusionMatrix#NONE}. For one label's binary figures a token is that label
 * when any span of the label overlaps it. A span boundary inside a token still labels the whole token.
 */
public final class TokenCoding {

    private TokenCoding() {
    }

    /** The category of each token for {@code spans}; {@code onlyLabel} {@code null} for all labels. */
    public static String[] categories(WordTokens tokens, List<Span> spans, String onlyLabel) {
        String[] result = new String[tokens.size()];
        Arrays.fill(result, ConfusionMatrix.NONE);
        int[] chosenLength = new int[tokens.size()];
        int[] chosenStart = new int[tokens.size()];
        Arrays.fill(chosenLength, Integer.MAX_VALUE);
        for (Span span : spans) {
            if (onlyLabel != null && !onlyLabel.equals(span.labelId())) {
                continue;
            }
            for (int t = tokens.firstEndingAfter(span.start()); t < tokens.size() && tokens.start(t) < span.end(); t++) {
                if (better(span, chosenLength[t], chosenStart[t], result[t])) {
                    result[t] = span.labelId();
                    chosenLength[t] = span.length();
                    chosenStart[t] = span.start();
                }
            }
        }
        return result;
    }

    private static boolean better(Span span, int length, int start, String label) {
        if (span.length() != length) {
            return span.length() < length;
        }
        if (span.start() != start) {
            return span.start() < start;
        }
        return span.labelId().compareTo(label) < 0;
    }
}
