package aurum.bench.crash;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a corpus after a crash: opens it with a fresh {@link CorpusStore} (which sweeps temporary
 * files), finds no temporary file left, reads every document and loads every layer the save stream
 * writes, and finds each acknowledged span in its layer at a revision at least the acknowledged one.
 * Only complete lines of the acknowledgement files count: the last line may have been cut by the kill.
 * Prints one summary line; exits 1 if anything is lost or unreadable.
 *
 * <p>Usage: {@code AckChecker CORPUS_DIR ACK_FILE...}
 */
public final class AckChecker {

    private AckChecker() {
    }

    public static void main(String[] args) throws Exception {
        // temporary files before opening tell that kills landed in the middle of a write
        int interrupted = temporaryFiles(Path.of(args[0])).size();
        int torn = tornJournals(Path.of(args[0]));
        CorpusStore store = CorpusStore.open(Path.of(args[0]));
        List<String> problems = new ArrayList<>();
        List<Path> leftovers = temporaryFiles(store.directory());
        for (Path leftover : leftovers) {
            problems.add("temporary file left after open: " + leftover);
        }
        Map<String, Layer> layers = new HashMap<>();
        int unparsable = 0;
        for (DocumentInfo info : store.documents()) {
            try {
                store.document(info.id()).orElseThrow();
                for (String annotator : SaveStream.ANNOTATORS) {
                    layers.put(info.id() + " " + annotator, store.loadLayer(info.id(), LayerOwner.annotator(annotator)));
                }
            } catch (CorpusStoreException | RuntimeException e) {
                unparsable++;
                problems.add("cannot read document " + info.id() + ": " + e.getMessage());
            }
        }
        long acknowledged = 0;
        long lost = 0;
        for (int i = 1; i < args.length; i++) {
            for (String[] ack : acknowledgements(Path.of(args[i]))) {
                acknowledged++;
                Layer layer = layers.get(ack[1] + " " + ack[2]);
                long revision = Long.parseLong(ack[3]);
                if (layer == null || layer.revision() < revision || !layer.contains(ack[4])) {
                    lost++;
                    problems.add("lost: span " + ack[4] + " acknowledged at revision " + revision + " of " + ack[1]
                            + "/" + ack[2] + (layer == null ? " (layer unreadable)" : ", layer is at revision "
                            + layer.revision()));
                }
            }
        }
        problems.stream().limit(20).forEach(p -> System.out.println("PROBLEM " + p));
        System.out.printf("checked: %d acknowledged saves, %d lost, %d unparsable, %d layers; temporary files:"
                + " %d before open, %d after; journals with a torn last line: %d%n", acknowledged, lost, unparsable,
                layers.size(), interrupted, leftovers.size(), torn);
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static List<String[]> acknowledgements(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int complete = content.lastIndexOf('\n') + 1;
        List<String[]> acks = new ArrayList<>();
        for (String line : content.substring(0, complete).split("\n")) {
            if (line.startsWith("ACK ")) {
                String[] parts = line.split(" ");
                if (parts.length != 5) {
                    throw new IOException(file + ": malformed acknowledgement '" + line + "'");
                }
                acks.add(parts);
            }
        }
        return acks;
    }

    /** Change journals whose last line was cut by the kill (readers ignore it; the next append cuts it off). */
    private static int tornJournals(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            int torn = 0;
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".journal.jsonl")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                    torn++;
                }
            }
            return torn;
        }
    }

    private static List<Path> temporaryFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(".") && name.endsWith(".tmp");
            }).toList();
        }
    }
}
