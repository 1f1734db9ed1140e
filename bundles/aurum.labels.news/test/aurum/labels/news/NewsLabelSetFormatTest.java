package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.core.model.LabelSet;
import aurum.labels.format.LabelSetJson;

/** The shipped news label set is a consistent label set in Aurum's own format, not only valid JSON. */
class NewsLabelSetFormatTest {

    private static LabelSet newsLabelSet() throws Exception {
        try (Reader in = new InputStreamReader(NewsLabels.openLabelSet(), StandardCharsets.UTF_8)) {
            return LabelSetJson.read(in, NewsLabels.RESOURCE);
        }
    }

    @Test
    void readsAsTheNewsLabelSetWithEveryTopLevelLabel() throws Exception {
        LabelSet set = newsLabelSet();
        assertEquals(NewsLabels.LABEL_SET_ID, set.id());
        assertEquals(NewsLabels.VERSION, set.version());
        for (String id : List.of(NewsLabels.AMOUNT, NewsLabels.OFFICIAL, NewsLabels.WEAPON, NewsLabels.ORG,
                NewsLabels.GPE, NewsLabels.DATE)) {
            assertTrue(set.contains(id), id);
            assertTrue(set.label(id).orElseThrow().guideline().length() > 100, "guideline for " + id);
        }
    }

    @Test
    void weaponSubTopicsAreChildrenOfWeapon() throws Exception {
        LabelSet set = newsLabelSet();
        assertTrue(set.children(NewsLabels.WEAPON).size() >= 5, set.children(NewsLabels.WEAPON).toString());
        set.children(NewsLabels.WEAPON).forEach(child -> assertTrue(set.isA(child.id(), NewsLabels.WEAPON)));
    }

    @Test
    void everyLabelHasItsOwnHotkey() throws Exception {
        LabelSet set = newsLabelSet();
        set.labels().forEach(label -> assertEquals(label, set.byHotkey(label.hotkey()).orElseThrow()));
    }
}
