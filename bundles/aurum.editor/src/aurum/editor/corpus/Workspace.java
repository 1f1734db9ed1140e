package aurum.editor.corpus;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/** The workspace folder ({@code -data}), where imported corpora are kept under {@code corpora/}. */
public final class Workspace {

    private Workspace() {
    }

    /** The instance location, or {@code ~/.aurum} when the platform has none (started with {@code -data @none}). */
    public static Path folder() {
        Location location = Platform.getInstanceLocation();
        if (location != null && location.getURL() != null) {
            try {
                return Path.of(location.getURL().toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // a URL with spaces is not a valid URI on some platforms: fall back to its path
                return Path.of(location.getURL().getPath());
            }
        }
        return Path.of(System.getProperty("user.home"), ".aurum");
    }
}
