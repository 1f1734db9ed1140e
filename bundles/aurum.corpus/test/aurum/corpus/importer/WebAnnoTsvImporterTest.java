package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.AttributeValue;

class WebAnnoTsvImporterTest {

    private static final String NE = "#FORMAT=WebAnno TSV 3.3\n"
            + "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\n\n";

    @TempDir
    Path dir;

    private final Importer importer = Importers.webAnnoTsv();

    private Path file(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static List<String> covered(ImportedDocument imported) {
        return imported.spans().stream().map(s -> s.coveredText(imported.document().text()) + "/" + s.labelId()).toList();
    }

    @Test
    void rebuildsTheTextAndJoinsNumberedValuesIntoOneSpan() throws Exception {
        Path tsv = file("doc.tsv", NE + "#Text=Fumio Kishida met\n"
                + "1-1\t0-5\tFumio\tQ1[1]\tPER[1]\t\n1-2\t6-13\tKishida\tQ1[1]\tPER[1]\t\n1-3\t14-17\tmet\t_\t_\t\n\n"
                + "#Text=Biden \uD83D\uDE80 .\n"
                + "2-1\t19-24\tBiden\t*\tPER\t\n2-2\t25-27\t\uD83D\uDE80\t_\t_\t\n2-3\t28-29\t.\t_\t_\t\n");
        assertTrue(importer.accepts(tsv));
        ImportedDocument imported = CollectingSink.read(importer, tsv).only();
        assertEquals("Fumio Kishida met\n Biden \uD83D\uDE80 .\n", imported.document().text(),
                "the gap before the second sentence is filled with a space, as INCEpTION does");
        assertEquals(List.of("Fumio Kishida/PER", "Biden/PER"), covered(imported));
        assertEquals(AttributeValue.ofString("Q1"), imported.spans().get(0).attributes().get("identifier"));
        assertTrue(imported.annotated());
        assertEquals("doc", imported.document().id());
    }

    @Test
    void readsTheTrailingBlankLineOfEarlierAurumExportsAndAFolder() throws Exception {
        file("a/one.tsv", NE + "#Text=Tokyo\n1-1\t0-5\tTokyo\t*\tLOC\t\n\n");
        file("a/two.tsv", NE + "#Text=Osaka\n1-1\t0-5\tOsaka\t_\t_\t\n");
        assertTrue(importer.accepts(dir.resolve("a")));
        CollectingSink sink = CollectingSink.read(importer, dir.resolve("a"));
        assertEquals(List.of("one", "two"), sink.documents.stream().map(d -> d.document().id()).toList());
        assertEquals(List.of("Tokyo/LOC"), covered(sink.documents.get(0)));
        assertTrue(sink.documents.get(1).annotated(), "a file without annotations is a negative example");
    }

    @Test
    void keepsACarriageReturnEscapedInTheSentenceText() throws Exception {
        Path tsv = file("crlf.tsv", NE + "#Text=Tokyo\\r\n#Text=Osaka\n1-1\t0-5\tTokyo\t*\tLOC\t\n1-2\t7-12\tOsaka\t*\tLOC\t\n");
        ImportedDocument imported = CollectingSink.read(importer, tsv).only();
        assertEquals("Tokyo\r\nOsaka\n", imported.document().text());
        assertEquals(List.of("Tokyo/LOC", "Osaka/LOC"), covered(imported));
        assertTrue(imported.warnings().isEmpty(), imported.warnings().toString());
    }

    @Test
    void countsWhatItCannotHold() throws Exception {
        Path tsv = file("rel.tsv", "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n"
                + "#T_RL=webanno.custom.Relation|value|BT_webanno.custom.Span\n\n\n#Text=a b\n"
                + "1-1\t0-1\ta\tX\t_\t_\t\n1-1.1\t1-1\t\tY\t_\t_\t\n1-2\t2-3\tb\tX\tsubj\t1-1\t\n");
        ImportedDocument imported = CollectingSink.read(importer, tsv).only();
        assertEquals(List.of("a/X", "b/X"), covered(imported));
        assertEquals(List.of("relation 1", "zero-length-span 1"),
                imported.warnings().stream().map(w -> w.kind() + " " + w.count()).sorted().toList());
    }

    @Test
    void warnsWhenTokensDoNotMatchTheSentenceText() throws Exception {
        Path tsv = file("split.tsv", NE + "#Text=\uD83D\uDE80 Tokyo\n1-1\t0-1\t\uD83D\uDE80\t*\tEMOJI\t\n");
        ImportException splits = assertThrows(ImportException.class, () -> CollectingSink.read(importer, tsv));
        assertTrue(splits.getMessage().contains("line 6") && splits.getMessage().contains("UTF-16"), splits.getMessage());
        Path shifted = file("shifted.tsv", NE + "#Text=Tokyo Osaka\n1-1\t0-5\tTokyo\t*\tLOC\t\n1-2\t5-10\tOsaka\t_\t_\t\n");
        ImportedDocument imported = CollectingSink.read(importer, shifted).only();
        assertEquals(1, imported.warnings().size());
        assertTrue(imported.warnings().get(0).toString().contains("line 7: 1 token(s) differ"), imported.warnings().toString());
    }

    @Test
    void namesTheFileAndLineOfMalformedInput() throws Exception {
        ImportException fields = assertThrows(ImportException.class, () -> CollectingSink.read(importer,
                file("short.tsv", NE + "#Text=Tokyo\n1-1\t0-5\tTokyo\n")));
        assertTrue(fields.getMessage().startsWith(dir.resolve("short.tsv") + ", line 6")
                && fields.getMessage().contains("expected 5 tab-separated fields"), fields.getMessage());
        ImportException offsets = assertThrows(ImportException.class, () -> CollectingSink.read(importer,
                file("offsets.tsv", NE + "#Text=Tokyo\n1-1\t0-x\tTokyo\t_\t_\t\n")));
        assertTrue(offsets.getMessage().contains("line 6") && offsets.getMessage().contains("'0-x'"), offsets.getMessage());
        ImportException header = assertThrows(ImportException.class, () -> CollectingSink.read(importer,
                file("plain.tsv", "a\tb\n")));
        assertTrue(header.getMessage().contains("line 1") && header.getMessage().contains("#FORMAT=WebAnno TSV 3"),
                header.getMessage());
        assertFalse(importer.accepts(dir.resolve("plain.tsv")));
        ImportException beyond = assertThrows(ImportException.class, () -> CollectingSink.read(importer,
                file("beyond.tsv", NE + "#Text=Tokyo\n1-1\t0-9\tTokyo\t_\t_\t\n")));
        assertTrue(beyond.getMessage().contains("line 6") && beyond.getMessage().contains("beyond"), beyond.getMessage());
    }
}
