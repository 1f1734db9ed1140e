package aurum.export;

import java.util.List;
import java.util.Optional;

/**
 * The exporters plugins contribute through {@code aurum.export.exporters}, published as an OSGi service.
 * Each call answers from an immutable snapshot. Outside OSGi use {@link #builtIn()}.
 */
public interface ExporterRegistry {

    /** Every valid exporter, sorted by id. */
    List<Exporter> exporters();

    /** The exporter with this id. */
    default Optional<Exporter> find(String id) {
        return exporters().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** A registry of the built-in formats only, for tests and programs that run without OSGi. */
    static ExporterRegistry builtIn() {
        List<Exporter> all = List.of(new aurum.export.formats.BratExporter(), new aurum.export.formats.ConllExporter(),
                new aurum.export.formats.HuggingFaceExporter(), new aurum.export.formats.JsonlExporter(),
                new aurum.export.formats.OpenNlpExporter(), new aurum.export.formats.WebAnnoTsvExporter());
        return () -> all;
    }
}
