package aurum.labels.news;

import aurum.labels.news.internal.SpanSelection;
import aurum.labels.news.internal.amount.AmountFinder;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import java.util.List;
import java.util.Set;

/**
 * Proposes {@code AMOUNT}s: sums of money ({@code $9.3 billion}, {@code €300m}, {@code two billion
 * dollars}, rates such as {@code $1.82 billion a year}) and counted quantities ({@code 55,000
 * personnel}). Attributes: {@code value} (exact number, scale applied), then {@code currency} (ISO 4217)
 * or {@code unit}, and {@code per} for rates; the AMOUNT guideline in the label set fixes the
 * boundaries.
 */
public final class AmountRecognizer implements Recognizer {

    /** The recognizer id recorded on suggestions. */
    public static final String ID = "aurum.labels.news.amounts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Amounts of money and counted quantities";
    }

    @Override
    public Set<String> labelIds() {
        return Set.of(NewsLabels.AMOUNT);
    }

    @Override
    public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
        cancel.throwIfCancelled();
        List<Suggestion> candidates = AmountFinder.find(input.text(), NewsLabels.AMOUNT, cancel);
        return SpanSelection.leftmostLongest(input.text(), candidates).stream().map(s -> s.withRecognizerId(ID))
                .toList();
    }
}
