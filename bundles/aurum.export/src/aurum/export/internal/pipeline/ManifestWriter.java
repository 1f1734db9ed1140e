package aurum.export.internal.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import aurum.core.model.LabelSetRef;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusSettings;
import aurum.export.ExportOptions;
import aurum.export.Exporter;
import aurum.export.SplitCounts;
import aurum.export.SplitReport;

/**
 * Writes {@code manifest.json}: what was exported from which corpus state with which options, what each
 * split holds, and the SHA-256 of every file, so the dataset can be reproduced and audited. The fields
 * are listed in {@code docs/EXPORT.md}.
 */
final class ManifestWriter {

    record Source(CorpusSettings settings, String corpusPath, long documents, String fingerprint) {
    }

    private ManifestWriter() {
    }

    static void write(Writer out, Exporter exporter, ExportOptions options, Source source,
            Map<String, SplitCounts> splits, SplitReport split, long skipped, long reported, long dropped,
            List<StagingOutput.FileRecord> files) throws IOException {
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("formatVersion").value(1);
            json.name("aurumVersion").value(options.aurumVersion());
            json.name("format").value(exporter.id());
            json.name("corpus").beginObject();
            json.name("name").value(source.settings().name());
            json.name("path").value(source.corpusPath());
            json.name("documents").value(source.documents());
            json.name("fingerprint").value(source.fingerprint());
            json.endObject();
            LabelSetRef labelSet = source.settings().labelSet();
            if (labelSet != null) {
                json.name("labelSet").beginObject().name("id").value(labelSet.id()).name("version")
                        .value(labelSet.version()).endObject();
            }
            options(json, options, exporter);
            json.name("splits").beginObject();
            for (Map.Entry<String, SplitCounts> e : splits.entrySet()) {
                SplitCounts c = e.getValue();
                json.name(e.getKey()).beginObject();
                json.name("documents").value(c.documents());
                json.name("sentences").value(c.sentences());
                json.name("tokens").value(c.tokens());
                json.name("spans").beginObject();
                for (Map.Entry<String, Long> s : c.spans().entrySet()) {
                    json.name(s.getKey()).value(s.getValue());
                }
                json.endObject();
                json.endObject();
            }
            json.endObject();
            splitShares(json, split);
            json.name("skippedDocuments").value(skipped);
            json.name("report").beginObject().name("file").value("report.jsonl").name("entries").value(reported)
                    .name("dropped").value(dropped).endObject();
            json.name("files").beginArray();
            for (StagingOutput.FileRecord f : files) {
                json.beginObject().name("path").value(f.path()).name("bytes").value(f.bytes()).name("sha256")
                        .value(f.sha256()).endObject();
            }
            json.endArray();
            json.endObject();
            out.write('\n');
        }
    }

    /** The shares requested and achieved, and the largest group of documents kept in one split. */
    private static void splitShares(JsonWriter json, SplitReport split) throws IOException {
        json.name("splitShares").beginObject();
        for (String which : List.of("requested", "achieved")) {
            json.name(which).beginObject();
            for (Map.Entry<String, Double> e : (which.equals("requested") ? split.requested() : split.achieved()).entrySet()) {
                json.name(e.getKey()).value(Math.round(e.getValue() * 10000) / 10000.0);
            }
            json.endObject();
        }
        json.endObject();
        json.name("largestGroup").beginObject().name("id").value(split.largestGroup()).name("documents")
                .value(split.largestGroupSize()).endObject();
        json.name("splitWarnings").beginArray();
        for (String w : split.warnings()) {
            json.value(w);
        }
        json.endArray();
    }

    private static void options(JsonWriter json, ExportOptions o, Exporter exporter) throws IOException {
        json.name("options").beginObject();
        json.name("layer").value(o.layer().toString());
        json.name("states").beginArray();
        for (var s : o.states()) {
            json.value(s.name());
        }
        json.endArray();
        json.name("labels").beginArray();
        for (String l : o.labels()) {
            json.value(l);
        }
        json.endArray();
        json.name("labelMap").beginObject();
        for (Map.Entry<String, String> e : o.labelMap().entrySet()) {
            json.name(e.getKey()).value(e.getValue());
        }
        json.endObject();
        json.name("split").value(String.join("/", o.split().names()) + " " + o.split());
        json.name("seed").value(o.seed());
        json.name("stratify").value(o.stratify());
        json.name("keepRelatedUpTo").value(o.splitRules().keepRelatedUpTo());
        json.name("allowUnevenSplit").value(o.splitRules().allowUneven());
        json.name("boundary").value(o.boundary().name());
        json.name("overlap").value(o.overlap().name());
        json.name("tagScheme").value(o.tagScheme().name());
        OffsetUnit unit = o.offsetUnitOr(exporter.defaultOffsetUnit());
        json.name("offsetUnit").value(unit == null ? null : unit.name());
        json.name("excludeRegions").value(o.excludeRegions());
        json.endObject();
    }
}
