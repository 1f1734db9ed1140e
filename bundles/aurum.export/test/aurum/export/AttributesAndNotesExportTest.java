package aurum.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.importer.DeclaredAttributes;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusStore;

/**
 * A span's attributes (of every type) and its note leave in brat (A, N and # lines) and JSONL
 * ({@code "attributes"}, {@code "note"}) and come back from Aurum's importers, into a corpus whose label set
 * declares them, as they were (brat drops a false boolean, which brat expresses by absence).
 */
class AttributesAndNotesExportTest {

    private static final String TEXT = "Secretary of State Antony Blinken met\r\nLloyd Austin 🚀 in Tokyo.";

    private static final LabelSet LABELS = new LabelSet("test", "Test", "1.0.0", List.of(
            LabelDefinition.of("OFFICIAL", "Official").withAttributes(AttributeDefinition.of("title", AttributeType.STRING),
                    AttributeDefinition.of("titled", AttributeType.BOOLEAN), AttributeDefinition.of("absent", AttributeType.BOOLEAN),
                    AttributeDefinition.of("rank", AttributeType.NUMBER), AttributeDefinition.ofEnum("side", "US", "JP"),
                    AttributeDefinition.of("normalization", AttributeType.STRING)),
            LabelDefinition.of("LOC", "Location")));

    @TempDir
    Path tmp;
    private CorpusStore store;
    private Span blinken;
    private Span tokyo;

    @BeforeEach
    void corpus() throws Exception {
        store = Fixtures.corpus(tmp.resolve("corpus"));
        Document document = Document.imported("d1", TEXT, DocumentMetadata.NONE);
        store.addDocument(document);
        Map<String, AttributeValue> attributes = new TreeMap<>();
        attributes.put("title", AttributeValue.ofString("Secretary of State"));
        attributes.put("titled", AttributeValue.ofBoolean(true));
        attributes.put("absent", AttributeValue.ofBoolean(false));
        attributes.put("rank", AttributeValue.ofNumber(new BigDecimal("71.5")));
        attributes.put("side", AttributeValue.ofEnum("US"));
        attributes.put("normalization", AttributeValue.ofString("Wikidata:Q1 GND:123"));
        int start = TEXT.indexOf("Antony");
        blinken = Span.builder().range(start, start + "Antony Blinken".length()).label("OFFICIAL").created(Instant.EPOCH)
                .build().withAttributes(attributes).withNote("the 71st\nsworn in 2021");
        int loc = TEXT.indexOf("Tokyo");
        tokyo = Span.builder().range(loc, loc + 5).label("LOC").created(Instant.EPOCH).build().withNote("capital");
        Layer layer = new Layer(document, LayerOwner.GOLD);
        layer.add(blinken);
        layer.add(tokyo);
        layer.setState(LayerState.CURATED);
        store.saveLayer(layer, store.loadLayer("d1", LayerOwner.GOLD).revision());
    }

    private Path export(String format) throws Exception {
        Path out = tmp.resolve(format);
        CorpusExport.run(store, ExporterRegistry.builtIn().find(format).orElseThrow(),
                ExportOptions.defaults().withExcludeRegions(false), out, ExportProgress.NONE);
        return out;
    }

    private static ImportedDocument read(Importer importer, Path source) throws Exception {
        List<ImportedDocument> documents = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        importer.read(source, new ImportSink() {
            @Override
            public void accept(ImportedDocument document) {
                documents.add(document);
            }

            @Override
            public void warning(ImportWarning warning) {
                warnings.add(warning);
            }
        }, ImportProgress.NONE);
        assertEquals(1, documents.size());
        assertTrue(warnings.isEmpty() && documents.get(0).warnings().isEmpty(), "a clean round trip: " + warnings
                + documents.get(0).warnings());
        return DeclaredAttributes.keep(documents.get(0), LABELS);
    }

    private static Span find(ImportedDocument document, String label) {
        return document.spans().stream().filter(s -> s.labelId().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void bratWritesAttributesNormalizationsAndNotesAsBratDoes() throws Exception {
        Path out = export("brat");
        String ann = Files.readString(out.resolve("all/d1.ann"), StandardCharsets.UTF_8);
        assertTrue(ann.contains("\tOFFICIAL ") && ann.contains("\tLOC "), ann);
        assertTrue(ann.contains("\ttitle T1 Secretary of State\n"), ann);
        assertTrue(ann.contains("\ttitled T1\n"), "a true boolean is a binary attribute: " + ann);
        assertFalse(ann.contains("absent"), "a false one is not written: " + ann);
        assertTrue(ann.contains("\trank T1 71.5\n") && ann.contains("\tside T1 US\n"), ann);
        assertTrue(ann.contains("N1\tReference T1 Wikidata:Q1\t\n") && ann.contains("N2\tReference T1 GND:123\t\n"), ann);
        assertTrue(ann.contains("#1\tAnnotatorNotes T1\tthe 71st\n#2\tAnnotatorNotes T1\tsworn in 2021\n"), ann);
        assertTrue(ann.contains("\tAnnotatorNotes T2\tcapital\n"), ann);
        String conf = Files.readString(out.resolve("annotation.conf"), StandardCharsets.UTF_8);
        assertTrue(conf.contains("[attributes]\n") && conf.contains("titled\tArg:<ENTITY>\n")
                && conf.contains("side\tArg:<ENTITY>, Value:US\n"), conf);
    }

    @Test
    void bratComesBackWithTheAttributesAndNotes() throws Exception {
        ImportedDocument again = read(Importers.brat(), export("brat").resolve("all/d1.txt"));
        assertEquals(TEXT, again.document().text());
        Span official = find(again, "OFFICIAL");
        assertEquals(blinken.withoutAttribute("absent").attributes(), official.attributes());
        assertEquals(blinken.note(), official.note());
        assertEquals("capital", find(again, "LOC").note());
    }

    @Test
    void jsonlWritesTypedAttributesAndTheNote() throws Exception {
        String line = Files.readString(export("jsonl").resolve("all.jsonl"), StandardCharsets.UTF_8).strip();
        JsonObject span = JsonParser.parseString(line).getAsJsonObject().getAsJsonArray("spans").get(0).getAsJsonObject();
        JsonObject attributes = span.getAsJsonObject("attributes");
        assertTrue(attributes.get("titled").getAsJsonPrimitive().isBoolean() && !attributes.get("absent").getAsBoolean());
        assertTrue(attributes.get("rank").getAsJsonPrimitive().isNumber(), line);
        assertEquals("71.5", attributes.get("rank").getAsString());
        assertEquals("US", attributes.get("side").getAsString());
        assertEquals("the 71st\nsworn in 2021", span.get("note").getAsString());
    }

    @Test
    void jsonlComesBackWithTheAttributesAndNotes() throws Exception {
        ImportedDocument again = read(Importers.jsonl(), export("jsonl").resolve("all.jsonl"));
        assertEquals(TEXT, again.document().text());
        Span official = find(again, "OFFICIAL");
        assertEquals(blinken.attributes(), official.attributes(), "every type as declared, the false boolean too");
        assertEquals(blinken.note(), official.note());
        assertEquals("capital", find(again, "LOC").note());
    }
}
