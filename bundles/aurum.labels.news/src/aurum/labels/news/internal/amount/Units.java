package aurum.labels.news.internal.amount;

/**
 * The unit nouns that make a number a counted quantity worth tagging (people, cases, weapons, ...),
 * as listed in the AMOUNT guideline; a number followed by any other noun ("two nations") is not an
 * amount, which keeps the label about sizes that readers compare.
 */
final class Units {

    static final String UNIT_PATTERN = String.join("|",
            "personnel", "troops?", "soldiers?", "sailors?", "marines?", "airmen", "service[ \\u00A0]members?",
            "employees?", "workers?", "people", "persons?", "civilians?", "refugees?", "residents?",
            "cases?", "infections?", "deaths?", "casualties", "patients?", "doses?", "vaccinations?",
            "missiles?", "warheads?", "rockets?", "drones?", "aircraft", "jets?", "planes?", "helicopters?",
            "ships?", "warships?", "vessels?", "submarines?", "tanks?", "bases?", "barrels?", "tonnes?", "tons?",
            "interceptors?", "launchers?", "rounds", "vehicles?", "radars?", "satellites?");

    /** Words allowed between the number and the unit ("1,784 new COVID-19 cases"). */
    static final String MODIFIER_PATTERN = "\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*|\\d+(?:-[\\p{L}\\d]+)*\\p{L}[\\p{L}\\d]*|"
            + "\\([\\p{L}\\d][\\p{L}\\d \\-]{0,30}\\)(?:-[\\p{L}]+)?|"
            + "(?!(?:of|the|a|an|and|or|to|in|on|for|with|by|from|at|as|that|which|were|are|is|was|be|been|than|"
            + "per|each|those|these|their|its|his|her|our|more|fewer|less|about|over|under|some|all|other|such|"
            + "only|just|nearly|almost|around|up|into|onto|across|between)(?![\\p{L}\\-]))"
            + "\\p{Ll}[\\p{Ll}]*(?:-[\\p{L}\\d]+)*|more|additional";

    private Units() {
    }
}
