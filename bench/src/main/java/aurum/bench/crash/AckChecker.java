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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a corpus after a crash: opens it with a fresh {@link CorpusStore} (which sweeps temporary
 * files older than 10 minutes), finds no stale temporary file left (with {@code --final}, after ageing the
 * files the kills left by those 10 minutes: none at all), reads every document and loads every layer the save stream
 * writes, and finds each acknowledged span in its layer at a revision at least the acknowledged one.
 * Only complete lines of the acknowledgement files count: the last line may have been cut by the kill.
 * Prints one summary line; exits 1 if anything is lost or unreadable.
 *
 * <p>Usage: {@code AckChecker [--final] CORPUS_DIR ACK_FILE...}
 */
public final class AckChecker {

    /** The store's rule: temporary files older than this are a crash's leftovers, swept on open. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private AckChecker() {
    }

    public static void main(String[] args) throws Exception {
        boolean last = args[0].equals("--final");
        if (last) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        // temporary files before opening tell that kills landed in the middle of a write
        List<Path> before = temporaryFiles(Path.of(args[0]));
        int interrupted = before.size();
        int torn = tornJournals(Path.of(args[0]));
        if (last) {
            // the store sweeps temporary files older than 10 minutes (a younger one may belong to a writer at
            // work, docs/FORMAT.md): after the campaign, let that time pass for the files the kills left
            for (Path p : before) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(STALE.plusMinutes(1))));
            }
        }
        CorpusStore store = CorpusStore.open(Path.of(args[0]));
        List<String> problems = new ArrayList<>();
        List<Path> leftovers = temporaryFiles(store.directory());
        for (Path leftover : leftovers) {
            // a young temporary file may be a writer's at work, so the sweep keeps it: only stale ones are lost
            if (Files.getLastModifiedTime(leftover).toInstant().isBefore(Instant.now().minus(STALE))) {
                problems.add("temporary file older than " + STALE.toMinutes() + " minutes left after open: " + leftover);
            }
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
                + " %d before open, %d after%s; journals with a torn last line: %d%n", acknowledged, lost, unparsable,
                layers.size(), interrupted, leftovers.size(), last ? " (final sweep)" : " (younger than 10 minutes)",
                torn);
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
