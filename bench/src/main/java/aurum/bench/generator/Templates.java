package aurum.bench.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence templates, parsed once. Syntax: {@code {OFF}} an official (titled name at first mention,
 * surname after), {@code {AMT}} a money amount, {@code {CNT}} a head count, {@code {WPN}} a weapon,
 * {@code {PLC}} a place, {@code {CTY}} a country, {@code {DAY}} a weekday, {@code [a|b]} a choice of
 * wording (what near-duplicates change); curly quotes are straightened in plain-quote documents.
 */
final class Templates {

    /** One piece of a parsed template. */
    sealed interface Part permits Literal, Choice, Slot {
    }

    record Literal(String text) implements Part {
    }

    record Choice(String[] options) implements Part {
    }

    record Slot(String kind) implements Part {
    }

    static final List<List<Part>> HEADLINES = parse(
            "{CTY} and {CTY} [agree|sign deal|move] to counter {WPN}",
            "{OFF} [warns|says|signals] {CTY} will boost spending on {WPN}",
            "Talks in {PLC} [yield|end with|produce] {AMT} [pact|deal|package]");

    static final List<List<Part>> SENTENCES = parse(
            "{OFF} [said|told reporters|announced] on {DAY} that {CTY} would spend {AMT} on {WPN}.",
            "The [agreement|deal|accord] covers the basing of {CNT} in {PLC} over the next five years.",
            "“We [will|must] work together to deter {WPN},” {OFF} said in {PLC}.",
            "{OFF} [met|held talks with|spoke with] {OFF} in {PLC} ahead of the [summit|meeting|conference].",
            "According to {OFF}, the [plan|proposal|budget] includes {AMT} for new {WPN}.",
            "{CTY} [launched|tested|fired] a {WPN} into the sea on {DAY}, officials in {PLC} said.",
            "The [ministry|department|government] has [asked for|requested|set aside] {AMT} to station {CNT} near {PLC}.",
            "[Critics|Analysts|Opposition lawmakers] say the cost of {WPN} could exceed {AMT} by the end of the decade.",
            "{OFF}’s [office|spokesman|aides] declined to comment on the [report|figures|claims].",
            "Officials [said|stressed|noted] that {CNT} are already deployed in {PLC} and {PLC}.",
            "The [move|decision|step] follows months of [talks|negotiations|pressure] between {CTY} and {CTY}.",
            "“This is a [turning point|new chapter|historic moment] for the alliance,” {OFF} [said|added|told reporters].",
            "Under the [deal|plan|arrangement], {CTY} will [pay|contribute|provide] {AMT} a year.",
            "{OFF} [warned|cautioned|argued] that {WPN} [pose|present|represent] a growing threat to {PLC}.",
            "The [exercise|drill|deployment] near {PLC} involved {CNT}, {WPN} and {WPN}.",
            "It was not [immediately|yet] clear whether {CTY} would [respond|react|object] to the [plan|move|announcement].");

    /** Background sentences without spans, so span density is about one per hundred characters. */
    static final List<List<Part>> FILLERS = parse(
            "The [talks|discussions|negotiations] come at a time of rising tension in the region.",
            "[Residents|Local officials|Business leaders] in {PLC} have long [complained about|objected to|debated] the noise and traffic around the bases.",
            "The [issue|question|matter] is expected to dominate the agenda when lawmakers return next month.",
            "Neither side gave details on how the [costs|burden|expenses] would be shared in practice.",
            "Relations between {CTY} and {CTY} have [improved|warmed|stabilized] over the past two years, diplomats say.",
            "A [senior|veteran|former] diplomat in {PLC} described the mood at the meeting as cautious but [constructive|positive|businesslike].",
            "The [announcement|statement|news] was welcomed by some allies and criticized by others.",
            "Public opinion on the [alliance|agreement|deployment] remains divided, according to recent polls.",
            "The [ministry|embassy|government] in {PLC} did not immediately respond to a request for comment.",
            "Further [talks|meetings|consultations] are scheduled for later this year in {PLC}.");

    private Templates() {
    }

    private static List<List<Part>> parse(String... templates) {
        List<List<Part>> parsed = new ArrayList<>();
        for (String t : templates) {
            parsed.add(parse(t));
        }
        return List.copyOf(parsed);
    }

    static List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' || c == '[') {
                if (!literal.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                int close = template.indexOf(c == '{' ? '}' : ']', i);
                String inside = template.substring(i + 1, close);
                parts.add(c == '{' ? new Slot(inside) : new Choice(inside.split("\\|")));
                i = close;
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return List.copyOf(parts);
    }
}
