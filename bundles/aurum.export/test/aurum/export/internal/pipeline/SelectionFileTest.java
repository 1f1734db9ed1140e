package aurum.export.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionFileTest {

    @TempDir
    Path tmp;

    @Test
    void givesBackEveryDocumentsSpansInOrderWithMappedLabels() throws Exception {
        Map<String, String> mapping = Map.of("ORG", "ORGANIZATION", "GPE", "LOC");
        SelectionFile file = new SelectionFile(tmp.resolve("sel"), label -> mapping.getOrDefault(label, label));
        SplittableRandom random = new SplittableRandom(3);
        String[] labels = {"PER", "ORG", "GPE", "LOC", "MONEY", "Ünïcode label"};
        List<List<Candidate>> written = new ArrayList<>();
        for (int d = 0; d < 500; d++) {
            List<Candidate> spans = new ArrayList<>();
            int n = d % 7 == 0 ? 0 : random.nextInt(40); // some documents select no span
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(1_000_000);
                String label = labels[random.nextInt(labels.length)];
                int end = start + 1 + random.nextInt(50);
                spans.add(new Candidate(start, end, mapping.getOrDefault(label, label), start, end, label));
            }
            file.append(spans);
            written.add(spans);
        }
        file.finishWriting();
        assertEquals(500, file.documents());
        for (int pass = 0; pass < 2; pass++) { // a reader starts from the beginning each time
            try (SelectionFile.Reader reader = file.reader()) {
                for (List<Candidate> spans : written) {
                    assertEquals(spans, reader.next());
                }
                assertThrows(IOException.class, reader::next, "nothing after the last document");
            }
        }
        file.delete();
        assertFalse(Files.exists(tmp.resolve("sel")));
    }

    @Test
    void cannotBeReadWhileWrittenAndDeletingAnUnfinishedFileRemovesIt() throws Exception {
        SelectionFile file = new SelectionFile(tmp.resolve("sel"), label -> label);
        file.append(List.of(new Candidate(0, 3, "PER", 0, 3, "PER")));
        assertThrows(IllegalStateException.class, file::reader);
        assertTrue(Files.exists(tmp.resolve("sel")));
        file.delete();
        assertFalse(Files.exists(tmp.resolve("sel")));
    }
}
