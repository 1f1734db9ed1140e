package aurum.export;

import java.util.List;

/**
 * A sentence with its tokens, in UTF-16 units of the exported text. Tokens never contain whitespace
 * and never are empty.
 */
public record Sentence(int start, int end, List<Token> tokens) {

    /** Copies the token list. */
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** A token: {@code [start, end)} of the exported text. */
    public record Token(int start, int end) {

        /** The token's characters. */
        public String text(String documentText) {
            return documentText.substring(start, end);
        }
    }
}
