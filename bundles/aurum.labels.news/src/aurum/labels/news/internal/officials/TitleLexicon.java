package aurum.labels.news.internal.officials;

import aurum.labels.gazetteer.Gazetteer;
import aurum.labels.gazetteer.GazetteerBuilder;
import java.util.List;

/**
 * The titles that introduce an official's name, with the nationality and organisation qualifiers news
 * writes before them ("Japanese Prime Minister", "Foreign Ministry spokesman"). The qualifiers are
 * composed into the entries so that the gazetteer's leftmost-longest match gives the whole title.
 */
final class TitleLexicon {

    private static final List<String> TITLES = List.of("Secretary of State", "Deputy Secretary of State",
            "Secretary of Defense", "Secretary of Defence", "Defense Secretary", "Defence Secretary",
            "Foreign Secretary", "Home Secretary", "Treasury Secretary", "Press Secretary", "Chief Cabinet Secretary",
            "Secretary-General", "Secretary General", "Under Secretary", "Assistant Secretary", "Prime Minister",
            "Deputy Prime Minister", "Minister", "Foreign Minister", "Defense Minister", "Defence Minister",
            "Foreign Affairs Minister", "Finance Minister", "Trade Minister", "Minister of Foreign Affairs",
            "Minister of Defense", "Minister of Defence", "President", "Vice President", "Vice-President", "Chancellor",
            "Premier", "Ambassador", "Envoy", "Special Envoy", "Senator", "Sen.", "Representative", "Rep.",
            "Governor", "Gov.", "Mayor", "spokesman", "spokeswoman", "spokesperson", "Pentagon chief",
            "Pentagon Press Secretary", "National Security Adviser", "National Security Advisor", "Chief of Staff",
            "General", "Gen.", "Lieutenant General", "Lt. Gen.", "Major General", "Maj. Gen.", "Admiral", "Adm.",
            "Colonel", "Col.", "Chairman", "Chairwoman", "Director", "King", "Queen", "Crown Prince", "Emperor",
            "Supreme Leader", "Administrator", "Secretary", "Deputy Secretary", "Deputy Secretary of Defense",
            "Under Secretary of Defense", "Secretary of State for Defence", "Secretary of State for Defense",
            "Minister of National Defense", "Minister of National Defence", "Defense Minister", "Chargé",
            "Chargé d’Affaires", "Chargé d'Affaires", "Chairman of the Joint Chiefs of Staff",
            "Vice Chairman of the Joint Chiefs of Staff", "Commander", "Vice Adm.", "Rear Adm.", "Vice Admiral",
            "Rear Admiral", "Brig. Gen.", "Brigadier General", "Lt. Col.", "Lieutenant Colonel", "Spokesperson",
            "Deputy Pentagon Press Secretary", "Press Secretary", "defense minister", "foreign minister");

    private static final List<String> NATIONALITIES = List.of("US", "U.S.", "American", "Japanese", "Chinese",
            "Australian", "British", "UK", "South Korean", "North Korean", "Korean", "Russian", "Indian", "French",
            "German", "Iranian", "Israeli", "Taiwanese", "Ukrainian", "Philippine", "Egyptian", "Saudi", "Turkish",
            "Canadian", "Polish", "Italian", "Spanish", "Dutch", "Pakistani", "Afghan", "Iraqi", "Syrian", "Jordanian",
            "Qatari", "Emirati", "Indonesian", "Vietnamese", "Thai", "Singaporean", "Malaysian", "New Zealand",
            "NATO", "UN", "U.N.", "EU", "U.K.", "Republic of Korea", "ROK", "former", "acting", "Acting", "Former");

    private static final List<String> ORGANISATIONS = List.of("Foreign Ministry", "Defense Ministry",
            "Defence Ministry", "State Department", "White House", "Kremlin", "Pentagon", "Cabinet", "NASA", "MDA",
            "DOD", "DoD", "Army", "Navy", "Air Force", "Space Force", "Marine Corps");

    private TitleLexicon() {
    }

    /** A case-insensitive, whole-word gazetteer whose payload is the entry itself. */
    static Gazetteer<String> build() {
        GazetteerBuilder<String> builder = Gazetteer.<String>builder().caseInsensitive(true).wholeWords(true)
                .foldWhitespace(true);
        for (String title : TITLES) {
            add(builder, title);
            for (String organisation : ORGANISATIONS) {
                add(builder, organisation + " " + title);
                for (String nationality : NATIONALITIES) {
                    add(builder, nationality + " " + organisation + " " + title);
                }
            }
            for (String nationality : NATIONALITIES) {
                add(builder, nationality + " " + title);
            }
        }
        return builder.build();
    }

    private static void add(GazetteerBuilder<String> builder, String title) {
        builder.add(title, title);
    }
}
