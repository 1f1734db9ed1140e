package aurum.labels.internal.registry;

import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;

import aurum.labels.registry.RecognizerDescriptor;

/** Turns one {@code <recognizer>} element into a descriptor, or logs what is missing and yields nothing. */
final class RecognizerContribution {

    Optional<RecognizerDescriptor> read(IConfigurationElement element) {
        String contributor = element.getContributor().getName();
        String id = trimmed(element.getAttribute("id"));
        String labelSet = trimmed(element.getAttribute("labelSet"));
        String type = trimmed(element.getAttribute("class"));
        if (id == null || labelSet == null || type == null) {
            log(contributor, "a <recognizer> needs id, labelSet and class; got id=" + id + ", labelSet=" + labelSet
                    + ", class=" + type);
            return Optional.empty();
        }
        String name = trimmed(element.getAttribute("name"));
        return Optional.of(new ContributedRecognizer(id, name == null ? id : name, labelSet, contributor, element));
    }

    static void log(String contributor, String message) {
        ILog.of(RecognizerContribution.class).warn("Skipped a recognizer contributed by " + contributor + ": "
                + message);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
