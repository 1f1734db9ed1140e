package aurum.app.internal.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the workbench was asked to do at start: which corpus to show (the one asked for, else the one
 * shown last, else the sample), who is annotating, and whether to save a screenshot or the start-up timings
 * and exit. Parsed from the application arguments ({@code -corpus DIR}, {@code -annotator NAME},
 * {@code -screenshot FILE}, {@code -timings FILE}).
 *
 * @param corpus     the corpus folder to show
 * @param screenshot where to save a PNG of the workbench window before exiting, if asked
 * @param timings    where to append the start-up timings before exiting (the navigator benchmark), if asked
 * @param annotator  who is annotating, when given at start (a lab's start script, the UI tests): remembered as
 *                   if entered in the first-start dialog, which then does not ask
 */
public record StartupOptions(Path corpus, Optional<Path> screenshot, Optional<Path> timings,
        Optional<String> annotator) {

    /** The sample corpus, relative to the installation folder. */
    public static final String SAMPLE_CORPUS = "samples/us-japan-defense";

    /**
     * @param args        the application arguments
     * @param installation the product's installation folder, where the sample corpus ships
     */
    public static StartupOptions parse(String[] args, Path installation) {
        return parse(args, installation, Optional.empty());
    }

    /**
     * The options of {@code args}; without {@code -corpus}, the corpus opened last (if it still exists),
     * else the sample corpus.
     *
     * @param args        the application arguments
     * @param installation the product's installation folder, where the sample corpus ships
     * @param lastCorpus  the corpus the workbench showed when it was last closed
     */
    public static StartupOptions parse(String[] args, Path installation, Optional<Path> lastCorpus) {
        Path corpus = null;
        Path screenshot = null;
        Path timings = null;
        String annotator = null;
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
            case "-corpus" -> corpus = Path.of(args[++i]);
            case "-screenshot" -> screenshot = Path.of(args[++i]);
            case "-timings" -> timings = Path.of(args[++i]);
            case "-annotator" -> annotator = args[++i];
            default -> { /* other launcher arguments are not ours */ }
            }
        }
        if (corpus == null && lastCorpus.isPresent() && Files.isDirectory(lastCorpus.get())) {
            corpus = lastCorpus.get();
        }
        if (corpus == null) {
            corpus = installation.resolve(SAMPLE_CORPUS);
            if (!Files.isDirectory(corpus) && System.getProperty("aurum.samples") != null) {
                corpus = Path.of(System.getProperty("aurum.samples")).resolve("us-japan-defense");
            }
        }
        return new StartupOptions(corpus.toAbsolutePath().normalize(),
                Optional.ofNullable(screenshot).map(p -> p.toAbsolutePath().normalize()),
                Optional.ofNullable(timings).map(p -> p.toAbsolutePath().normalize()), Optional.ofNullable(annotator));
    }
}
