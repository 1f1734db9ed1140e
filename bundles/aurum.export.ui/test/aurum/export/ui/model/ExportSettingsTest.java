package aurum.export.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import aurum.core.model.LayerState;
import aurum.corpus.importer.OffsetUnit;
import aurum.export.BoundaryPolicy;
import aurum.export.LayerSelection;
import aurum.export.OverlapPolicy;
import aurum.export.TagScheme;

class ExportSettingsTest {

    @Test
    void everySettingSurvivesTheDialogSettingsRoundTrip() {
        ExportSettings s = new ExportSettings();
        s.format = "conll";
        s.outputFolder = "/tmp/out put";
        s.layer = LayerSelection.Kind.ANNOTATOR;
        s.annotator = "alice";
        s.states = EnumSet.of(LayerState.DONE, LayerState.CURATED);
        s.labels = Set.of("PER", "LOC");
        s.labelMap.put("ORG", "ORGANIZATION");
        s.split = "90/10";
        s.seed = "7";
        s.stratify = true;
        s.boundary = BoundaryPolicy.DROP;
        s.overlap = OverlapPolicy.ONE_FILE_PER_LABEL;
        s.scheme = TagScheme.BILOU;
        s.offsets = OffsetUnit.CODE_POINTS;
        s.keepBoilerplate = true;

        ExportSettings back = ExportSettings.fromMap(s.toMap());
        assertEquals(s.toMap(), back.toMap());
        assertEquals(Set.of("PER", "LOC"), back.labels);
        assertEquals(Map.of("ORG", "ORGANIZATION"), back.labelMap);
        assertEquals(EnumSet.of(LayerState.DONE, LayerState.CURATED), back.states);
    }

    @Test
    void allLabelsStayAllSoLabelsAddedLaterAreExportedToo() {
        assertNull(ExportSettings.fromMap(new ExportSettings().toMap()).labels);
    }

    @Test
    void unreadableValuesFallBackToTheDefaults() {
        ExportSettings back = ExportSettings.fromMap(Map.of("layer", "SILVER", "states", "DONE,WAITING",
                "boundary", "", "scheme", "IOB9", "stratify", "maybe"));
        assertEquals(LayerSelection.Kind.GOLD, back.layer);
        assertEquals(EnumSet.of(LayerState.DONE), back.states);
        assertEquals(BoundaryPolicy.EXPAND, back.boundary);
        assertEquals(TagScheme.IOB2, back.scheme);
        assertEquals(false, back.stratify);
        assertEquals(ExportSettings.DEFAULT_SPLIT, back.split);
    }
}
