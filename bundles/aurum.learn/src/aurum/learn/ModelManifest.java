package aurum.learn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a stored model was trained on, kept beside it as {@code .aurum/learn/manifest.json}
 * (docs/FORMAT.md, "The learning recognizer's model"). A model whose manifest is missing, unreadable or
 * does not match the model file's hash is not used.
 *
 * @param format          manifest format, {@link #FORMAT}
 * @param library         the library that trained and reads the model, with its version
 * @param trainedAt       when training finished
 * @param labelSetId      the corpus's label set when trained
 * @param labelSetVersion its version
 * @param labels          the labels the model proposes, in the model's type order
 * @param summary         documents, segments and spans learned from
 * @param decidedSpans    spans people had decided in the corpus when training started; later decisions
 *                        count towards the next training
 * @param fingerprint     SHA-256 of the training data (documents' ids, text hashes and spans), to tell
 *                        whether training again would learn anything new
 * @param parameters      the training parameters
 * @param modelSha256     SHA-256 of {@code model.bin}
 */
public record ModelManifest(int format, String library, Instant trainedAt, String labelSetId, String labelSetVersion,
        List<String> labels, TrainingSummary summary, int decidedSpans, String fingerprint, ModelParameters parameters,
        String modelSha256) {

    /** The manifest format this version writes and reads. */
    public static final int FORMAT = 1;

    /** Checks required parts and copies the label list. */
    public ModelManifest {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(trainedAt, "trainedAt");
        Objects.requireNonNull(labelSetId, "labelSetId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(modelSha256, "modelSha256");
        labels = List.copyOf(labels);
    }

    /** Spans per label learned from. */
    public Map<String, Integer> spansPerLabel() {
        return summary.spansPerLabel();
    }
}
