package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the news label set resource against the rules its README states and against the recognizers. */
class LabelSetTest {

    private static Map<String, Object> set;
    private static List<Map<String, Object>> labels;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        try (InputStream in = NewsLabels.openLabelSet()) {
            set = (Map<String, Object>) TestJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        labels = (List<Map<String, Object>>) set.get("labels");
    }

    private static Map<String, Object> label(String id) {
        return labels.stream().filter(l -> id.equals(l.get("id"))).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void declaresIdVersionAndTheSixTopLevelLabels() {
        assertEquals(NewsLabels.LABEL_SET_ID, set.get("id"));
        assertEquals(NewsLabels.VERSION, set.get("version"));
        Set<String> topLevel = labels.stream().filter(l -> l.get("parent") == null).map(l -> (String) l.get("id"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(NewsLabels.AMOUNT, NewsLabels.OFFICIAL, NewsLabels.WEAPON, NewsLabels.ORG, NewsLabels.GPE,
                NewsLabels.DATE), topLevel);
    }

    @Test
    void everyLabelHasNameColourUniqueSingleKeyHotkeyAndAGuidelineParagraph() {
        Set<String> hotkeys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> l : labels) {
            String id = (String) l.get("id");
            assertTrue(ids.add(id), "unique id " + id);
            assertNotNull(l.get("name"), id);
            assertTrue(((String) l.get("color")).matches("#[0-9A-Fa-f]{6}"), id);
            String hotkey = (String) l.get("hotkey");
            assertTrue(hotkey.matches("[a-z]"), id + " hotkey " + hotkey);
            assertTrue(hotkeys.add(hotkey), "hotkey " + hotkey + " used twice");
            // mnemonic: a letter of the name the Labels view shows beside it
            String name = ((String) l.get("name")).toLowerCase(java.util.Locale.ROOT);
            assertTrue(name.contains(hotkey), id + ": hotkey " + hotkey + " is not a letter of '" + name + "'");
            assertTrue(((String) l.get("guideline")).length() >= 80, id + " guideline is a paragraph");
            Object parent = l.get("parent");
            assertTrue(parent == null || labels.stream().anyMatch(p -> parent.equals(p.get("id"))), id + " parent");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void attributesHaveAKnownTypeAndEnumsListTheirValues() {
        for (Map<String, Object> l : labels) {
            for (Map<String, Object> a : (List<Map<String, Object>>) l.get("attributes")) {
                String type = (String) a.get("type");
                assertTrue(Set.of("STRING", "NUMBER", "ENUM", "BOOLEAN").contains(type), l.get("id") + "." + a.get("name"));
                assertEquals("ENUM".equals(type), a.get("values") instanceof List<?> v && !v.isEmpty(),
                        l.get("id") + "." + a.get("name") + " values");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void weaponSubTopicsAreTheChildLabelsTheRecognizerProposesAndNotAnAttribute() {
        Set<String> children = labels.stream().filter(l -> NewsLabels.WEAPON.equals(l.get("parent")))
                .map(l -> (String) l.get("id")).collect(Collectors.toSet());
        assertEquals(new WeaponRecognizer().labelIds(), children);
        assertEquals(List.of(), label(NewsLabels.WEAPON).get("attributes"),
                "one representation of sub-types: child labels, so WEAPON has no topic attribute");
    }

    @Test
    @SuppressWarnings("unchecked")
    void recognizersOnlyProposeLabelsAndAttributesTheSetDeclares() {
        Map<String, Set<String>> attributes = labels.stream().collect(Collectors.toMap(l -> (String) l.get("id"),
                l -> ((List<Map<String, Object>>) l.get("attributes")).stream().map(a -> (String) a.get("name"))
                        .collect(Collectors.toSet())));
        for (SampleCorpus.Document d : SampleCorpus.load()) {
            for (var recognizer : NewsRecognizers.all()) {
                assertTrue(attributes.keySet().containsAll(recognizer.labelIds()));
                recognizer.recognize(new aurum.labels.recognizer.RecognitionInput(d.id(), d.text()),
                        aurum.labels.recognizer.Cancellation.NONE).forEach(s -> assertTrue(
                                attributes.get(s.labelId()).containsAll(s.attributes().keySet()), s.toString()));
            }
        }
    }
}
