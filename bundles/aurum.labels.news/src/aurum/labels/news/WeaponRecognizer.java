package aurum.labels.news;

import aurum.labels.gazetteer.Gazetteer;
import aurum.labels.gazetteer.MatchMode;
import aurum.labels.news.internal.SpanSelection;
import aurum.labels.news.internal.weapons.WeaponLexicon;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes {@code WEAPON} mentions of the defence topics news readers follow (hypersonic weapons,
 * ballistic missiles, nuclear-powered submarines, high-power microwaves, space-based and enemy-strike
 * capabilities, ...), with the sub-topic in the {@code topic} attribute so that articles can be grouped
 * by topic. Matching is case-insensitive and whole-word, longest phrase first.
 */
public final class WeaponRecognizer implements Recognizer {

    /** The recognizer id recorded on suggestions. */
    public static final String ID = "aurum.labels.news.weapons";
    /** Attribute name of the sub-topic, e.g. {@code HYPERSONIC}. */
    public static final String TOPIC = "topic";

    private static final Gazetteer<String> LEXICON = WeaponLexicon.build();

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
        return Set.of(NewsLabels.WEAPON);
    }

    /** The sub-topics this recognizer assigns, e.g. {@code HYPERSONIC}, {@code SUBMARINE}. */
    public static List<String> topics() {
        return WeaponLexicon.topics();
    }

    @Override
    public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
        List<Suggestion> found = new ArrayList<>();
        LEXICON.scan(input.text(), MatchMode.LEFTMOST_LONGEST, cancel,
                (start, end, topic) -> found.add(new Suggestion(NewsLabels.WEAPON, start, end, 0.85,
                        Map.of(TOPIC, topic)).withRecognizerId(ID)));
        return SpanSelection.leftmostLongest(input.text(), found);
    }
}
