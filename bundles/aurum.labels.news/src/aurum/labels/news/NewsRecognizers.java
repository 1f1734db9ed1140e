package aurum.labels.news;

import aurum.labels.recognizer.Recognizer;
import java.util.List;

/**
 * The built-in news recognizers in one place, for the registry contribution and for batch runs that do
 * not go through the extension registry.
 */
public final class NewsRecognizers {

    private NewsRecognizers() {
    }

    /** New instances of every news recognizer: amounts, officials, weapons. */
    public static List<Recognizer> all() {
        return List.of(new AmountRecognizer(), new OfficialRecognizer(), new WeaponRecognizer());
    }
}
