package aurum.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;

/**
 * A corpus of one topic, as news on one subject is: every document uses the topic's words; most documents
 * come in stories of two to twelve independent write-ups (related: they share the story's names, not its
 * wording); a few are edited copies of an earlier document (near-duplicates). Imported in one batch, so
 * {@code clusters.json} is computed; each document gets a curated gold layer with one span.
 */
final class OneTopicCorpus {

    private static final String[] TOPIC = ("minister alliance defence budget troops missile base talks treaty navy"
            + " security region officials spending cost deployment agreement summit spokesman government").split(" ");
    private static final String[] FILLER = ("the of and to in a for on with by that from as at was is said would"
            + " will could after before over under new more").split(" ");

    /** What was generated: the ids of copies and their originals, and the story of each document. */
    record Made(CorpusStore store, List<String> ids, List<String[]> copies, List<Integer> storyOf) {
    }

    private OneTopicCorpus() {
    }

    static Made create(Path dir, int documents, long seed) throws IOException {
        CorpusStore store = Fixtures.corpus(dir);
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String[]> copies = new ArrayList<>();
        List<Integer> storyOf = new ArrayList<>();
        int story = 0;
        int left = 0;
        try (DocumentBatch batch = store.batch()) {
            for (int d = 0; d < documents; d++) {
                String id = String.format("d%04d", d);
                String text;
                if (d > 10 && random.nextInt(100) < 3) {
                    int original = random.nextInt(d);
                    text = texts.get(original).replaceFirst("minister", "secretary") + " Updated.";
                    copies.add(new String[] {ids.get(original), id});
                    storyOf.add(storyOf.get(original));
                } else {
                    if (left == 0) {
                        story++;
                        left = random.nextInt(10) < 2 ? 1 : 2 + random.nextInt(11);
                    }
                    left--;
                    text = article(new Random(seed * 7919 + d), storyWords(seed, story));
                    storyOf.add(story);
                }
                ids.add(id);
                texts.add(text);
                batch.add(Document.imported(id, text, DocumentMetadata.NONE));
            }
        }
        for (String id : ids) {
            Document document = store.document(id).orElseThrow();
            Layer gold = new Layer(document, LayerOwner.GOLD);
            int at = document.text().indexOf("budget");
            if (at >= 0) {
                gold.add(Span.builder().range(at, at + "budget".length()).label("TOPIC").created(Instant.EPOCH).build());
            }
            gold.setState(LayerState.CURATED);
            store.saveLayer(gold, 0);
        }
        return new Made(store, ids, copies, storyOf);
    }

    private static String[] storyWords(long seed, int story) {
        Random r = new Random(seed * 1_000_003 + story);
        String[] words = new String[5];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                w.append("bcdfgklmnprstvz".charAt(r.nextInt(15))).append("aeiou".charAt(r.nextInt(5)));
            }
            words[i] = w.append('x').toString();
        }
        return words;
    }

    private static String article(Random r, String[] story) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            for (int s = 0; s < 4; s++) {
                int n = 10 + r.nextInt(8);
                for (int w = 0; w < n; w++) {
                    int k = r.nextInt(10);
                    String word = k < 4 ? FILLER[r.nextInt(FILLER.length)]
                            : k < 7 ? TOPIC[r.nextInt(TOPIC.length)]
                            : k < 8 ? story[r.nextInt(story.length)]
                            : "w" + Integer.toString(r.nextInt(50_000), 36);
                    sb.append(word).append(w == n - 1 ? ". " : " ");
                }
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }
}
