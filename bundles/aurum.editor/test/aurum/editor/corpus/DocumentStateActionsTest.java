package aurum.editor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentStateActionsTest {

    @Test
    void theSummarySaysHowManyChangedAndHowManyWereSoAlready() {
        assertEquals("3 documents marked done.", DocumentStateActions.summary(true, 3, 3));
        assertEquals("1 document marked done; 2 were done already.", DocumentStateActions.summary(true, 1, 3));
        assertEquals("0 documents reopened; 1 was not marked done.", DocumentStateActions.summary(false, 0, 1));
    }
}
