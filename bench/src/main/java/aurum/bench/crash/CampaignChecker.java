package aurum.bench.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;

/**
 * Checks a corpus and an export folder after a kill of the crash campaign (bench/crash-campaign.sh): every document
 * and every layer of every owner parses, an acknowledged import's documents are all there (by count), an
 * acknowledged export folder is complete (its manifest exists), and — with {@code --final}, after ageing what the
 * kills left by the store's ten minutes and one more export run — no temporary file and no export staging folder
 * is left. Prints one line; exits 1 on any problem.
 *
 * <p>Usage: {@code CampaignChecker [--final] CORPUS_DIR EXPORTS_DIR MIN_DOCUMENTS ACKED_EXPORT...}
 */
public final class CampaignChecker {

    private static final Duration STALE = Duration.ofMinutes(10);

    private CampaignChecker() {
    }

    public static void main(String[] args) throws Exception {
        boolean last = args[0].equals("--final");
        int a = last ? 1 : 0;
        Path corpus = Path.of(args[a]);
        Path exports = Path.of(args[a + 1]);
        long minimum = Long.parseLong(args[a + 2]);
        List<String> problems = new ArrayList<>();
        if (last) {
            for (Path p : temporary(corpus)) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(STALE.plusMinutes(1))));
            }
        }
        long documents = 0;
        long layers = 0;
        long unparsable = 0;
        try (CorpusStore store = CorpusStore.open(corpus)) {
            for (DocumentInfo info : store.documents()) {
                documents++;
                try {
                    store.document(info.id()).orElseThrow();
                    for (LayerOwner owner : store.layers(info.id())) {
                        store.loadLayer(info.id(), owner);
                        layers++;
                    }
                } catch (CorpusStoreException | RuntimeException e) {
                    unparsable++;
                    problems.add("unparsable: " + info.id() + ": " + e.getMessage());
                }
            }
        }
        boolean interrupted = Files.exists(corpus.resolve(".aurum/import/running.json"));
        if (documents < minimum && !interrupted) {
            problems.add("lost: " + documents + " documents, but an acknowledged import stored " + minimum);
        }
        for (int i = a + 3; i < args.length; i++) {
            if (!Files.isRegularFile(exports.resolve(args[i]).resolve("manifest.json"))) {
                problems.add("lost: acknowledged export " + args[i] + " has no manifest.json");
            }
        }
        long staleTemp = temporary(corpus).stream().filter(CampaignChecker::stale).count();
        long staging = staging(exports);
        if (last && (staleTemp > 0 || staging > 0)) {
            problems.add("leftovers after the sweep: " + staleTemp + " temporary files, " + staging
                    + " export staging folders");
        }
        problems.stream().limit(10).forEach(p -> System.out.println("PROBLEM " + p));
        System.out.printf("checked: %d documents (acknowledged at least %d), %d layers, %d unparsable, %d lost;"
                + " interrupted import marker: %s; temporary files: %d (%d stale); export staging folders: %d%n",
                documents, minimum, layers, unparsable, problems.stream().filter(p -> p.startsWith("lost")).count(),
                interrupted ? "yes" : "no", temporary(corpus).size(), staleTemp, staging);
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static boolean stale(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(STALE));
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> temporary(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(".") && name.endsWith(".tmp");
            }).toList();
        }
    }

    private static long staging(Path exports) throws IOException {
        if (!Files.isDirectory(exports)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(exports)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
