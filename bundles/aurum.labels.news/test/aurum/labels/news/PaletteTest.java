package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The news label set's colours keep siblings apart (issue 21): the six top-level labels among
 * themselves, and the weapon topics among themselves and from WEAPON, for normal vision and for each
 * dichromacy. "Weapon topic" and "Hypersonic" were ΔE 9.5 apart, under 7 for some topics with
 * deuteranopia.
 */
class PaletteTest {

    private static final double NORMAL_MIN = 20;
    private static final double DICHROMACY_MIN = 15;

    @Test
    @SuppressWarnings("unchecked")
    void siblingLabelsLookApartWithNormalVisionAndEachColourVisionDeficiency() throws IOException {
        List<Map<String, Object>> labels;
        try (InputStream in = NewsLabels.openLabelSet()) {
            labels = (List<Map<String, Object>>) ((Map<String, Object>) TestJson.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8))).get("labels");
        }
        List<List<Map<String, Object>>> groups = new ArrayList<>();
        groups.add(labels.stream().filter(l -> l.get("parent") == null).toList());
        List<Map<String, Object>> weapons = new ArrayList<>(labels.stream()
                .filter(l -> NewsLabels.WEAPON.equals(l.get("parent"))).toList());
        weapons.addAll(labels.stream().filter(l -> NewsLabels.WEAPON.equals(l.get("id"))).toList());
        groups.add(weapons);
        List<String> tooClose = new ArrayList<>();
        for (List<Map<String, Object>> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    for (ColourVision.Vision vision : ColourVision.Vision.values()) {
                        double distance = ColourVision.distance((String) group.get(i).get("color"),
                                (String) group.get(j).get("color"), vision);
                        double min = vision == ColourVision.Vision.NORMAL ? NORMAL_MIN : DICHROMACY_MIN;
                        if (distance < min) {
                            tooClose.add(group.get(i).get("id") + " / " + group.get(j).get("id") + " " + vision
                                    + String.format(" ΔE %.1f", distance));
                        }
                    }
                }
            }
        }
        assertTrue(weapons.size() >= 9, "WEAPON and its topics: " + weapons.size());
        assertTrue(tooClose.isEmpty(), "colours too close: " + tooClose);
    }

    @Test
    void theOldRedsWereTooClose() {
        // the pair the issue names, with the colours news 2.0.0 had before: the check does catch it
        assertTrue(ColourVision.distance("#C62828", "#E53935", ColourVision.Vision.NORMAL) < NORMAL_MIN);
        assertTrue(ColourVision.distance("#6A1B9A", "#3949AB", ColourVision.Vision.DEUTERANOPIA) < DICHROMACY_MIN);
    }
}
