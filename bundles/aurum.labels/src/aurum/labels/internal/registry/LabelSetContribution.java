package aurum.labels.internal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.osgi.framework.Bundle;

import aurum.core.model.LabelSet;
import aurum.labels.format.LabelSetJson;
import aurum.labels.registry.LabelSetProvider;

/** Turns one {@code <labelSet>} element into a label set, or logs why it cannot and yields nothing. */
final class LabelSetContribution {

    Optional<LabelSet> read(IConfigurationElement element) {
        String contributor = element.getContributor().getName();
        String file = element.getAttribute("file");
        String type = element.getAttribute("class");
        if ((file == null) == (type == null)) {
            log(contributor, "a <labelSet> needs exactly one of file or class", null);
            return Optional.empty();
        }
        return file != null ? fromFile(contributor, file) : fromClass(contributor, element);
    }

    private Optional<LabelSet> fromFile(String contributor, String file) {
        Bundle bundle = Platform.getBundle(contributor);
        URL entry = bundle == null ? null : bundle.getEntry(file);
        if (entry == null) {
            log(contributor, "label set file '" + file + "' is not in the bundle; check the path and build.properties",
                    null);
            return Optional.empty();
        }
        try (InputStream in = entry.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(LabelSetJson.read(reader, contributor + "/" + file));
        } catch (IOException e) {
            log(contributor, e.getMessage(), e);
            return Optional.empty();
        }
    }

    private Optional<LabelSet> fromClass(String contributor, IConfigurationElement element) {
        AtomicReference<LabelSet> result = new AtomicReference<>();
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                result.set(((LabelSetProvider) element.createExecutableExtension("class")).labelSet());
            }

            @Override
            public void handleException(Throwable e) {
                log(contributor, "label set class " + element.getAttribute("class") + " failed: " + e, e);
            }
        });
        return Optional.ofNullable(result.get());
    }

    private static void log(String contributor, String message, Throwable cause) {
        ILog.of(LabelSetContribution.class).warn("Skipped a label set contributed by " + contributor + ": " + message,
                cause);
    }
}
