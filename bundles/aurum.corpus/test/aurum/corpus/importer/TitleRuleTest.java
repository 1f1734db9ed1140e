package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import aurum.corpus.folder.DocumentEntry;
import aurum.corpus.folder.TextFolderCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Importers and the folder listing title a document by one boilerplate-aware rule. */
class TitleRuleTest {

    private static final Path SAMPLES = Path.of(System.getProperty("aurum.samples", "../../samples"), "us-japan-defense");

    @Test
    void importerSkipsBoilerplateAboveTheHeadline() throws ImportException {
        CollectingSink sink = CollectingSink.read(Importers.plainText(), SAMPLES);
        assertEquals("U.S. and Japan Strengthen Defense Alliance With New Agreements",
                sink.documents.get(3).document().metadata().title(), "003 starts with \"Connect with us\"");
    }

    @Test
    void importerAndFolderListingAgreeOnEverySample() throws ImportException, IOException {
        CollectingSink sink = CollectingSink.read(Importers.plainText(), SAMPLES);
        List<DocumentEntry> listed = new TextFolderCorpus(SAMPLES).list();
        assertEquals(listed.stream().map(DocumentEntry::title).toList(),
                sink.documents.stream().map(d -> d.document().metadata().title()).toList());
    }

    @Test
    void allBoilerplateFallsBackToTheFirstLineAndBlankHasNone() {
        assertEquals("Share this", aurum.corpus.boilerplate.PageTitle.of("Share this\n"));
        assertNull(aurum.corpus.boilerplate.PageTitle.of(" \r\n\t"));
        assertEquals(200, aurum.corpus.boilerplate.PageTitle.of("x".repeat(300)).length());
    }
}
