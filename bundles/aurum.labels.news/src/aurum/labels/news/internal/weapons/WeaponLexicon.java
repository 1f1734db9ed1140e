package aurum.labels.news.internal.weapons;

import aurum.labels.gazetteer.Gazetteer;
import aurum.labels.gazetteer.GazetteerBuilder;
import java.util.List;
import java.util.Map;

/**
 * The weapons topics and their phrases, written once in base form and expanded into the variants news
 * text uses: plural heads ("missiles", "capabilities") and hyphenated compounds written with a space
 * or closed up ("space-based", "space based"; "counter-strike", "counterstrike"). Built from the sample
 * corpus and common defence reporting.
 */
public final class WeaponLexicon {

    private static final Map<String, List<String>> PHRASES = Map.of(
            "HYPERSONIC", List.of("hypersonic weapon", "hypersonic missile", "hypersonic threat",
                    "hypersonic glide vehicle", "hypersonic cruise missile", "hypersonic capability",
                    "hypersonic technology", "hypersonic system", "hypersonic vehicle", "hypersonics",
                    "counter-hypersonic capability", "counter-hypersonic system", "counter-hypersonic technology",
                    "counter-hypersonic weapon", "hypersonic missile defense"),
            "BALLISTIC_MISSILE", List.of("ballistic missile", "intercontinental ballistic missile",
                    "short-range ballistic missile", "medium-range ballistic missile",
                    "intermediate-range ballistic missile", "submarine-launched ballistic missile", "ICBM", "SLBM",
                    "ballistic missile defense", "ballistic missile defence"),
            "SUBMARINE", List.of("nuclear-powered submarine", "nuclear submarine", "attack submarine",
                    "ballistic missile submarine", "submarine"),
            "DIRECTED_ENERGY", List.of("high-power microwave", "high-powered microwave", "directed-energy weapon",
                    "directed-energy capability", "laser weapon", "high-energy laser"),
            "SPACE", List.of("space-based capability", "space-based weapon", "space-based sensor",
                    "space capability", "anti-satellite weapon", "anti-satellite missile", "counterspace capability"),
            "STRIKE", List.of("enemy-strike capability", "enemy base strike capability", "strike-back capability",
                    "counter-strike capability", "long-range strike capability", "first-strike capability",
                    "cruise missile", "Tomahawk missile", "Tomahawk"),
            "AUTONOMOUS", List.of("autonomous system", "autonomous weapon", "unmanned system",
                    "lethal autonomous weapon"),
            "NUCLEAR", List.of("nuclear weapon", "nuclear warhead", "nuclear capability", "nuclear arsenal",
                    "nuclear missile", "atomic bomb"));

    private WeaponLexicon() {
    }

    /** A case-insensitive, whole-word gazetteer whose payload is the topic name. */
    public static Gazetteer<String> build() {
        GazetteerBuilder<String> builder = Gazetteer.<String>builder().caseInsensitive(true).wholeWords(true)
                .foldWhitespace(true);
        PHRASES.forEach((topic, phrases) -> phrases.forEach(
                phrase -> Variants.of(phrase).forEach(variant -> builder.add(variant, topic))));
        return builder.build();
    }

    /** The topics, for the label set and tests. */
    public static List<String> topics() {
        return PHRASES.keySet().stream().sorted().toList();
    }
}
