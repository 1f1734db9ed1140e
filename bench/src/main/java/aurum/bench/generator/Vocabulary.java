package aurum.bench.generator;

/**
 * The word lists the templates draw from: titles and names (some accented), amounts, weapons, places.
 * Changing any list changes every generated corpus, so benchmark baselines must be regenerated.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static final String[] TITLES = {"Defense Secretary", "Defense Minister", "Foreign Minister", "Prime Minister",
        "Secretary of State", "General", "Admiral", "Ambassador", "Chief Cabinet Secretary", "Deputy Defense Minister",
        "Senator", "Navy Secretary", "National Security Adviser", "Lieutenant General", "Vice Admiral"};

    static final String[] FIRST_NAMES = {"Lloyd", "Antony", "Yoshimasa", "Nobuo", "Fumio", "Yasukazu", "Rahm",
        "Kurt", "Mira", "José", "Zoë", "Søren", "Łukasz", "Chloé", "Hiroshi", "Kenji", "Ana", "Renée", "Dmitri",
        "Björn", "Ngozi", "Priya", "Marisol", "Ōtomo", "Jürgen", "Aiko", "Seo-yeon", "Thomas", "Linda", "Carlos"};

    static final String[] SURNAMES = {"Austin", "Blinken", "Hayashi", "Kishi", "Kishida", "Hamada", "Emanuel",
        "Campbell", "Rapp-Hooper", "Álvarez", "Müller", "Ødegaard", "Wójcik", "Lefèvre", "Tanaka", "Sato", "Núñez",
        "Dupré", "Ivanov", "Sjöberg", "Okonjo", "Raman", "Ortega", "Takahashi", "Schäfer", "Nakamura", "Kim",
        "Greenfield", "O'Brien", "García"};

    /** Surnames written with 𠮷 (U+20BB7, outside the BMP: two UTF-16 units, one code point), used by stories only. */
    static final String[] ASTRAL_SURNAMES = {"\ud842\udfb7\u7530", "\ud842\udfb7\u5ddd", "\ud842\udfb7\u91ce"};

    static final String[] WEAPONS = {"hypersonic weapons", "ballistic missile", "ballistic missiles", "cruise missiles",
        "Tomahawk missiles", "F-35 fighter jets", "Aegis destroyers", "HIMARS rocket launchers", "attack submarines",
        "surface-to-air missiles", "hypersonic glide vehicle", "anti-ship missiles", "interceptor missiles",
        "stealth bombers", "drones", "nuclear-powered submarines", "counterstrike capabilities", "artillery shells"};

    /** Longer weapon names and the shorter weapon name inside each (a nested WEAPON span). */
    static final String[][] NESTED_WEAPONS = {{"intercontinental ballistic missile", "ballistic missile"},
        {"SM-3 Block IIA interceptor missiles", "interceptor missiles"},
        {"Aegis ballistic missile defense system", "ballistic missile"},
        {"submarine-launched cruise missiles", "cruise missiles"},
        {"long-range hypersonic weapons", "hypersonic weapons"}};

    static final String[] CURRENCIES = {"$", "$", "$", "¥", "€", "£"};
    static final String[] UNITS = {"personnel", "troops", "sailors", "Marines", "service members", "soldiers"};

    static final String[] PLACES = {"Tokyo", "Washington", "Okinawa", "Iwakuni", "Yokosuka", "Guam", "Canberra",
        "Seoul", "Manila", "Honolulu", "Sasebo", "Misawa", "Pyongyang", "Beijing", "Taipei", "Hokkaido"};

    static final String[] COUNTRIES = {"Japan", "the United States", "Australia", "South Korea", "China",
        "North Korea", "the Philippines", "Taiwan", "Britain", "India"};

    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    static final String[] TEASERS = {"Navy Expands Presence in Western Pacific", "Budget Talks Stall Over Base Costs",
        "Analysts Weigh Missile Defense Options", "Allies Hold Joint Drills Near Disputed Islands",
        "What the New Pact Means for Okinawa", "Opinion: A Turning Point for Regional Security"};

    static final String[] EMOJI = {"\ud83d\udcf0", "\ud83d\ude80", "\ud83c\uddef\ud83c\uddf5", "\ud83d\udce1",
        "\ud83d\udcaa"};
}
