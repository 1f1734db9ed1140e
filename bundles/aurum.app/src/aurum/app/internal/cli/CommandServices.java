package aurum.app.internal.cli;

import java.util.List;
import java.util.function.Supplier;

import aurum.export.ExporterRegistry;
import aurum.labels.registry.LabelSetRegistry;
import aurum.labels.registry.RecognizerRegistry;

/**
 * The OSGi services that commands look up, each behind a supplier so that a command that does not need a
 * service never waits for it to start.
 *
 * @param labelSets   the label-set registry
 * @param recognizers the recognizer registry
 * @param exporters   the exporter registry
 */
public record CommandServices(Supplier<LabelSetRegistry> labelSets, Supplier<RecognizerRegistry> recognizers,
        Supplier<ExporterRegistry> exporters) {

    /** Given label sets, no recognizers and the built-in exporters: what most tests need. */
    public static CommandServices of(Supplier<LabelSetRegistry> labelSets) {
        return new CommandServices(labelSets, () -> List::of, ExporterRegistry::builtIn);
    }

    /** These services with {@code registry} as the recognizers. */
    public CommandServices withRecognizers(Supplier<RecognizerRegistry> registry) {
        return new CommandServices(labelSets, registry, exporters);
    }
}
