package aurum.corpus.store;

import aurum.core.model.LabelSetRef;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a corpus records about itself in {@code corpus.json}: its name, the label set version its
 * spans refer to, and free-form settings. Settings are sorted so the file diffs cleanly.
 *
 * @param name a human-readable name
 * @param labelSet the label set the corpus is annotated with, or {@code null} if not chosen yet
 * @param settings further key/value settings, never {@code null}
 */
public record CorpusSettings(String name, LabelSetRef labelSet, Map<String, String> settings) {

    /** Rejects a blank name and copies the settings in key order. */
    public CorpusSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a corpus needs a name");
        }
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /** Settings with just a name and label set. */
    public static CorpusSettings of(String name, LabelSetRef labelSet) {
        return new CorpusSettings(name, labelSet, Map.of());
    }
}
