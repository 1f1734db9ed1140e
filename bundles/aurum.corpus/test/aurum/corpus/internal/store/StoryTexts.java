package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Documents of one topic in stories: every document uses the topic's words; the documents of a story
 * share its invented names but are written independently (related, not near-duplicates); now and then a
 * document is an edited copy of an earlier one (a near-duplicate).
 */
final class StoryTexts {

    private static final String[] TOPIC = ("minister alliance defence budget troops missile base talks treaty navy"
            + " security region officials spending cost deployment agreement summit spokesman government").split(" ");
    private static final String[] FILLER = ("the of and to in a for on with by that from as at was is said would"
            + " will could after before over under new more").split(" ");

    private StoryTexts() {
    }

    /** {@code count} documents, ids {@code d0000}…, stories of {@code storySize}, every {@code copyEvery}-th a copy. */
    static List<Document> documents(int count, int storySize, int copyEvery, long seed) {
        Random random = new Random(seed);
        List<Document> documents = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            String text;
            if (copyEvery > 0 && d > 0 && d % copyEvery == 0) {
                String original = texts.get(random.nextInt(d));
                text = original.replaceFirst("minister", "secretary") + " Updated at noon.";
            } else {
                text = article(new Random(seed * 31 + d), storyWords(seed, d / storySize));
            }
            texts.add(text);
            documents.add(Document.imported(String.format("d%04d", d), text, DocumentMetadata.NONE));
        }
        return documents;
    }

    private static String[] storyWords(long seed, int story) {
        Random r = new Random(seed * 1_000_003 + story);
        String[] words = new String[5];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                w.append("bcdfgklmnprstvz".charAt(r.nextInt(15))).append("aeiou".charAt(r.nextInt(5)));
            }
            words[i] = w.append("x").toString();
        }
        return words;
    }

    private static String article(Random r, String[] story) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < 8; p++) {
            for (int s = 0; s < 4; s++) {
                int n = 10 + r.nextInt(8);
                for (int w = 0; w < n; w++) {
                    int k = r.nextInt(10);
                    String word = k < 4 ? FILLER[r.nextInt(FILLER.length)]
                            : k < 7 ? TOPIC[r.nextInt(TOPIC.length)]
                            : k < 8 ? story[r.nextInt(story.length)]
                            : "w" + Integer.toString(r.nextInt(50_000), 36);
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    sb.append(w == n - 1 ? ". " : " ");
                }
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }
}
