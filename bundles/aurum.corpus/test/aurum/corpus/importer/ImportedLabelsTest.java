package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;

class ImportedLabelsTest {

    @TempDir
    Path dir;

    private ImportedDocument brat() throws Exception {
        Files.writeString(dir.resolve("doc.txt"), "Kishida met Austin in Tokyo");
        Files.writeString(dir.resolve("doc.ann"), "T1\tPER 0 7\tKishida\nA1\tIndividual T1\nT2\tPER 12 18\tAustin\n"
                + "A2\tMention T2 Name\nA3\tMention T1 Nominal\nT3\tLOC 22 27\tTokyo\nN1\tReference T3 Wikidata:Q1490\tTokyo\n");
        return CollectingSink.read(Importers.brat(), dir.resolve("doc.txt")).only();
    }

    @Test
    void collectsLabelsAndTheAttributesTheyCarry() throws Exception {
        ImportedLabels labels = new ImportedLabels();
        labels.add(brat());
        assertEquals(Map.of("LOC", 1L, "PER", 2L), labels.labels());
        assertEquals(List.of(AttributeDefinition.of("Individual", AttributeType.BOOLEAN),
                new AttributeDefinition("Mention", AttributeType.ENUM, List.of("Nominal", "Name"))), labels.attributes("PER"));
        assertEquals(List.of(AttributeDefinition.of("normalization", AttributeType.STRING)), labels.attributes("LOC"));
        LabelSet made = labels.toLabelSet("imported", "Imported", "1.0.0");
        assertEquals(List.of("LOC", "PER"), made.labels().stream().map(LabelDefinition::id).toList());
        ImportedDocument kept = DeclaredAttributes.keep(brat(), made);
        assertEquals(brat().spans().stream().map(s -> s.attributes()).toList(),
                kept.spans().stream().map(s -> s.attributes()).toList(), "a label set made from the data keeps it all");
    }

    @Test
    void keepsOnlyAttributesTheLabelSetDeclaresAndCountsTheRest() throws Exception {
        LabelSet labelSet = new LabelSet("ner", "NER", "1.0.0", List.of(
                LabelDefinition.of("PER", "Person").withAttributes(AttributeDefinition.ofEnum("Mention", "Name")),
                LabelDefinition.of("LOC", "Location")));
        ImportedDocument kept = DeclaredAttributes.keep(brat(), labelSet);
        assertEquals(List.of(Map.of(), Map.of("Mention", AttributeValue.ofEnum("Name")), Map.of()),
                kept.spans().stream().map(s -> s.attributes()).toList(),
                "Individual is not declared, Mention=Nominal is not an allowed value, normalization is not declared");
        assertEquals(List.of("attribute 1 LOC.normalization", "attribute 1 PER.Individual", "attribute 1 PER.Mention"),
                kept.warnings().stream().map(w -> w.kind() + " " + w.count() + " " + w.message().split(" ")[5]).toList());
        ImportedDocument plain = CollectingSink.read(Importers.plainText(), dir.resolve("doc.txt")).only();
        assertSame(plain, DeclaredAttributes.keep(plain, labelSet), "nothing to take off");
    }
}
