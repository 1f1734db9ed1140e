package aurum.app.internal.help;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;

/**
 * Where the user guide is: {@code docs/USER-GUIDE.md} in the product's installation folder (the product
 * feature puts it there with its pictures), or in the source checkout named by {@code -Daurum.root}
 * when running from a build (the UI tests do).
 */
final class UserGuideFile {

    static final String RELATIVE = "docs/USER-GUIDE.md";

    private UserGuideFile() {
    }

    /** The guide, if it is installed. */
    static Optional<Path> find() {
        try {
            if (Platform.getInstallLocation() != null) {
                Path installed = Path.of(Platform.getInstallLocation().getURL().toURI()).resolve(RELATIVE);
                if (Files.isRegularFile(installed)) {
                    return Optional.of(installed);
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // an installation folder that is not a file: look in the checkout
        }
        String root = System.getProperty("aurum.root");
        if (root != null && Files.isRegularFile(Path.of(root).resolve(RELATIVE))) {
            return Optional.of(Path.of(root).resolve(RELATIVE));
        }
        return Optional.empty();
    }
}
