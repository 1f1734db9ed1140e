package aurum.export.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the conformance fixtures: unchanged files written by brat, DKPro Core, doccano and INCEpTION,
 * kept outside the repository (they are other projects' files, under their licenses) in
 * {@code shared/fixtures} beside the checkout, see its {@code SOURCES.md}. The system property
 * {@code aurum.fixtures} names the folder; without it the folders above the working directory are searched
 * for {@code shared/fixtures/SOURCES.md}, which finds {@code ../shared/fixtures} from the checkout (or a
 * worktree next to it) and from every bundle folder in it. Tests skip with a message when there is none, as
 * on a user's machine.
 */
public final class ConformanceFixtures {

    private static final Optional<Path> ROOT = locate();

    private ConformanceFixtures() {
    }

    /** The fixtures folder, or empty when it is not on this machine. */
    public static Optional<Path> root() {
        return ROOT;
    }

    /** A file or folder under the fixtures, skipping the calling test when the fixtures are absent. */
    public static Path require(String relative) {
        assumeTrue(ROOT.isPresent(), "conformance fixtures not found (no shared/fixtures/SOURCES.md above "
                + Path.of("").toAbsolutePath() + " and no -Daurum.fixtures): skipped");
        Path path = ROOT.get().resolve(relative);
        if (!Files.exists(path)) {
            throw new AssertionError("the conformance fixtures at " + ROOT.get() + " lack " + relative
                    + "; they are incomplete, see their SOURCES.md");
        }
        return path;
    }

    private static Optional<Path> locate() {
        String property = System.getProperty("aurum.fixtures");
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures");
            if (Files.isRegularFile(candidate.resolve("SOURCES.md"))) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
