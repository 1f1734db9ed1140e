package aurum.editor.labels;

/** Text broken into lines of at most a given width at spaces, for tooltips that must fit the screen. */
public final class Wrapped {

    private Wrapped() {
    }

    /**
     * {@code text} with each paragraph broken at spaces into lines of at most {@code columns} characters
     * (a longer word stands on its own line); existing line breaks are kept.
     */
    public static String lines(String text, int columns) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / columns + 1);
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append('\n');
            }
            int lineLength = 0;
            for (String word : paragraphs[p].split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (lineLength > 0 && lineLength + 1 + word.length() > columns) {
                    out.append('\n');
                    lineLength = 0;
                } else if (lineLength > 0) {
                    out.append(' ');
                    lineLength++;
                }
                out.append(word);
                lineLength += word.length();
            }
        }
        return out.toString();
    }
}
