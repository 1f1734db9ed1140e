package aurum.labels.news;

import aurum.labels.gazetteer.Gazetteer;
import aurum.labels.gazetteer.MatchMode;
import aurum.labels.news.internal.SpanSelection;
import aurum.labels.news.internal.weapons.NamedSystems;
import aurum.labels.news.internal.weapons.WeaponLexicon;
import aurum.labels.news.internal.weapons.WeaponPhrases;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proposes mentions of the defence topics news readers follow (hypersonic weapons, ballistic missiles,
 * nuclear-powered submarines, high-power microwaves, space-based and enemy-strike capabilities, ...),
 * each with the child label of {@code WEAPON} that names its topic ({@code WEAPON.HYPERSONIC}): sub-types
 * are labels, not attributes (docs/LABELS.md, "Sub-types"). Three sources, the longest match winning where
 * they overlap: a word list of phrases (case-insensitive, whole-word), phrase shapes (modifiers, a topic
 * word, a head noun: {@code WeaponPhrases}) and named systems ({@code NamedSystems}, e.g. "SM-3 Block IB",
 * "Ground-Based Interceptor").
 */
public final class WeaponRecognizer implements Recognizer {

    /** The recognizer id recorded on suggestions. */
    public static final String ID = "aurum.labels.news.weapons";
    private static final Gazetteer<String> LEXICON = WeaponLexicon.build();
    private static final Set<String> LABELS = WeaponLexicon.topics().stream().map(WeaponRecognizer::labelOf)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Weapons topics";
    }

    @Override
    public Set<String> labelIds() {
        return LABELS;
    }

    /** The sub-topics this recognizer assigns, e.g. {@code HYPERSONIC}, {@code SUBMARINE}. */
    public static List<String> topics() {
        return WeaponLexicon.topics();
    }

    /** The label of a sub-topic: {@code HYPERSONIC} is {@code WEAPON.HYPERSONIC}. */
    public static String labelOf(String topic) {
        return NewsLabels.WEAPON + "." + topic;
    }

    @Override
    public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
        List<Suggestion> found = new ArrayList<>();
        LEXICON.scan(input.text(), MatchMode.LEFTMOST_LONGEST, cancel,
                (start, end, topic) -> found.add(weapon(start, end, topic)));
        cancel.throwIfCancelled();
        WeaponPhrases.find(input.text()).forEach(f -> found.add(weapon(f.start(), f.end(), f.topic())));
        cancel.throwIfCancelled();
        NamedSystems.find(input.text()).forEach(f -> found.add(weapon(f.start(), f.end(), f.topic())));
        return SpanSelection.leftmostLongest(input.text(), found);
    }

    private static Suggestion weapon(int start, int end, String topic) {
        return new Suggestion(labelOf(topic), start, end, 0.85, Map.of()).withRecognizerId(ID);
    }
}
