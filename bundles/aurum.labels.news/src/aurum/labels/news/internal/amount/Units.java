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
            "ships?", "warships?", "vessels?", "submarines?", "tanks?", "bases?", "barrels?", "tonnes?", "tons?");

    /** Words allowed between the number and the unit ("1,784 new COVID-19 cases"). */
    static final String MODIFIER_PATTERN = "\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*|new|more|additional|confirmed|"
            + "active|active-duty|coronavirus|military|civilian|foreign|ballistic|cruise|nuclear|combat";

    private Units() {
    }
}
