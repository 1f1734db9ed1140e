package aurum.app.internal.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownStylerTest {

    @Test
    void headingsLoseTheirMarksParagraphsJoinAndCodeIsMonospace() {
        MarkdownStyler.Styled styled = MarkdownStyler.style("# Aurum user guide\r\n\r\nOpen a corpus,\nthen tag.\n\n"
                + "- a list item\n- another\n\nRun `./aurum DIR` now.\n```\ncode block\n```\n");
        assertEquals("Aurum user guide\n\nOpen a corpus, then tag.\n\n- a list item\n- another\n\nRun ./aurum DIR now.\n"
                + "code block\n\n", styled.text());
        List<String> styledTexts = styled.styles().stream()
                .map(r -> styled.text().substring(r.start, r.start + r.length)).toList();
        assertEquals(List.of("Aurum user guide", "./aurum DIR", "code block"), styledTexts);
    }
}
