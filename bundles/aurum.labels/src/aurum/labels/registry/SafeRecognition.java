package aurum.labels.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

import aurum.core.model.LabelSet;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.SpanRules;
import aurum.labels.recognizer.Suggestion;

/**
 * Runs contributed recognizer code so that it cannot take the caller down: exceptions (and errors such
 * as a missing class) are caught by {@link SafeRunner}, which logs them, and come back as a failed
 * {@link RecognitionResult}; suggestions that break the span rules or use labels outside the label set
 * are dropped and counted, except that a sub-type the set lacks is lifted to its nearest ancestor the set
 * has ({@link #nearestLabel}). A cancellation is not a failure: it is thrown on to the caller.
 */
public final class SafeRecognition {

    private SafeRecognition() {
    }

    /**
     * @param recognizer the recognizer, usually contributed code
     * @param input      the document
     * @param labelSet   the labels suggestions may use
     * @param cancel     passed on to the recognizer
     * @return the well-formed suggestions, each attributed to the recognizer, or the failure
     * @throws RecognitionCancelledException if {@code cancel} asked to stop
     */
    public static RecognitionResult run(Recognizer recognizer, RecognitionInput input, LabelSet labelSet,
            Cancellation cancel) {
        AtomicReference<List<Suggestion>> found = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<RecognitionCancelledException> cancelled = new AtomicReference<>();
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                try {
                    found.set(recognizer.recognize(input, cancel));
                } catch (RecognitionCancelledException e) {
                    cancelled.set(e); // kept from SafeRunner, which would log it as an error
                }
            }

            @Override
            public void handleException(Throwable e) {
                failure.set(e);
            }
        });
        if (cancelled.get() != null) {
            throw cancelled.get();
        }
        if (failure.get() != null) {
            return new RecognitionResult(List.of(), 0, Optional.of(failure.get()));
        }
        if (found.get() == null) {
            return new RecognitionResult(List.of(), 0, Optional.of(
                    new IllegalStateException(recognizer.getClass().getName() + ".recognize returned null")));
        }
        return keepWellFormed(found.get(), recognizer.id(), input.text(), labelSet);
    }

    private static RecognitionResult keepWellFormed(List<Suggestion> suggestions, String recognizerId, String text,
            LabelSet labelSet) {
        List<Suggestion> kept = new ArrayList<>(suggestions.size());
        int dropped = 0;
        for (Suggestion s : suggestions) {
            Optional<String> label = s == null ? Optional.empty() : nearestLabel(labelSet, s.labelId());
            if (label.isPresent() && SpanRules.isWellFormed(text, s.start(), s.end())) {
                Suggestion fitting = label.get().equals(s.labelId()) ? s
                        : new Suggestion(label.get(), s.start(), s.end(), s.confidence(), s.attributes(), s.recognizerId());
                kept.add(fitting.recognizerId().isPresent() ? fitting : fitting.withRecognizerId(recognizerId));
            } else {
                dropped++;
            }
        }
        return new RecognitionResult(List.copyOf(kept), dropped, Optional.empty());
    }

    /**
     * {@code labelId} if the set has it, else its nearest ancestor by id that the set has: sub-types are
     * child labels {@code PARENT.CHILD} (docs/LABELS.md), so {@code WEAPON.SPACE} becomes {@code WEAPON}
     * in a set without the sub-type; empty when no ancestor is in the set either.
     */
    public static Optional<String> nearestLabel(LabelSet labelSet, String labelId) {
        for (String id = labelId; ; id = id.substring(0, id.lastIndexOf('.'))) {
            if (labelSet.contains(id)) {
                return Optional.of(id);
            }
            if (id.lastIndexOf('.') <= 0) {
                return Optional.empty();
            }
        }
    }

    /**
     * What one recognizer made of one document.
     *
     * @param suggestions the suggestions kept, in the recognizer's order
     * @param dropped     how many suggestions broke the span rules or used a label (and no ancestor) outside the set
     * @param failure     what the recognizer threw, if it failed; then there are no suggestions
     */
    public record RecognitionResult(List<Suggestion> suggestions, int dropped, Optional<Throwable> failure) {

        /** Whether the recognizer threw. */
        public boolean failed() {
            return failure.isPresent();
        }
    }
}
