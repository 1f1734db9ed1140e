package aurum.editor.internal.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

class UnderlineLanesTest {

    private static final Rectangle LINE = new Rectangle(40, 100, 120, 17);

    @Test
    void insideTheLineEveryLaneStaysInTheLowerHalfOfTheLineBox() {
        UnderlineLanes lanes = UnderlineLanes.INSIDE_LINE;
        assertEquals(0, lanes.lineSpacing());
        for (int depth = 0; depth < 10; depth++) {
            int y = lanes.y(LINE, depth);
            assertTrue(y >= lanes.bracketTop(LINE) && y < LINE.y + LINE.height, "depth " + depth + " at " + y);
        }
        assertEquals(LINE.y + LINE.height - 1, lanes.y(LINE, 0), "the outermost span on the line box's bottom row");
    }

    @Test
    void belowTheTextEveryLaneFitsInTheLineSpacing() {
        UnderlineLanes lanes = UnderlineLanes.BELOW_TEXT;
        for (int depth = 0; depth < 10; depth++) {
            int y = lanes.y(LINE, depth);
            assertTrue(y > LINE.y + LINE.height && y + lanes.lineWidth() <= LINE.y + LINE.height + lanes.lineSpacing(),
                    "depth " + depth + " at " + y);
        }
    }

    @Test
    void depthsUpToTheDeepestGetLanesOfTheirOwnAndDeeperOnesShareIt() {
        for (UnderlineLanes lanes : UnderlineLanes.values()) {
            for (int depth = 1; depth <= lanes.maxDepth(); depth++) {
                assertNotEquals(lanes.y(LINE, depth - 1), lanes.y(LINE, depth), lanes + " depth " + depth);
                assertEquals(lanes.step(), Math.abs(lanes.y(LINE, depth) - lanes.y(LINE, depth - 1)));
            }
            assertEquals(lanes.y(LINE, lanes.maxDepth()), lanes.y(LINE, lanes.maxDepth() + 5));
        }
    }

    @Test
    void wrappedTextsGetLanesBelowAndLongUnwrappedOnesInsideTheLine() {
        assertEquals(UnderlineLanes.BELOW_TEXT, UnderlineLanes.forDocument(true));
        assertEquals(UnderlineLanes.INSIDE_LINE, UnderlineLanes.forDocument(false));
    }
}
