package aurum.editor.identity;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnnotatorIdentityTest {

    @Test
    void aNameThatCanNameAFolderInEveryCorpusIsAccepted() {
        assertNull(AnnotatorIdentity.problem("alice"));
        assertNull(AnnotatorIdentity.problem("a.sato-2"));
    }

    @Test
    void blankNamesAndNamesThatAreNotFileNamesAreRefusedWithASuggestion() {
        assertNotNull(AnnotatorIdentity.problem(""));
        assertNotNull(AnnotatorIdentity.problem("  "));
        String spaced = AnnotatorIdentity.problem("Alice Smith");
        assertTrue(spaced.contains("Alice_Smith"), spaced);
        assertNotNull(AnnotatorIdentity.problem(".hidden"));
        assertNotNull(AnnotatorIdentity.problem("CON"));
    }

    @Test
    void theMachinesLayersAreNoPersonsName() {
        for (String reserved : new String[] {"suggestions", "import", "gold"}) {
            String problem = AnnotatorIdentity.problem(reserved);
            assertTrue(problem != null && problem.contains("person"), reserved + ": " + problem);
        }
    }
}
