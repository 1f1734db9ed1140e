package aurum.editor.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import aurum.core.model.LayerState;

class DocumentRowTest {

    @Test
    void everyLayersStateIsListedGoldFirstForTheLead() {
        Map<String, LayerState> team = new LinkedHashMap<>();
        team.put("gold", LayerState.CURATED);
        team.put("alice", LayerState.DONE);
        team.put("bob", LayerState.IN_PROGRESS);
        DocumentRow row = new DocumentRow("d", "D", 5, LayerState.NEW, Map.of(), 0, 0, team);
        assertEquals("gold curated · alice done · bob in progress", row.teamText());
    }

    @Test
    void theAnnotatorsOwnChangeIsPlacedInIdOrderAfterGold() {
        Map<String, LayerState> team = new LinkedHashMap<>();
        team.put("gold", LayerState.IN_PROGRESS);
        team.put("bob", LayerState.DONE);
        DocumentRow row = new DocumentRow("d", "D", 5, LayerState.NEW, Map.of(), 0, 0, team)
                .withTeamState("alice", LayerState.DONE).withTeamState("carol", LayerState.IN_PROGRESS);
        assertEquals("gold in progress · alice done · bob done · carol in progress", row.teamText());
        assertEquals("", new DocumentRow("d", "D", 5, LayerState.NEW, Map.of(), 0, 0).teamText());
    }
}
