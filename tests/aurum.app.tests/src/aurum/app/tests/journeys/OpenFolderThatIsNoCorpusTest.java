package aurum.app.tests.journeys;

import static aurum.app.tests.journeys.Journey.screenshot;
import static aurum.app.tests.journeys.Journey.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import aurum.core.model.LabelDefinition;
import aurum.corpus.store.CorpusStore;
import aurum.editor.corpus.CorpusActions;
import aurum.editor.corpus.NewCorpusWizard;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.labels.corpus.CorpusLabelSets;

/**
 * File › Open Corpus… on a folder that is not a corpus (a home folder with hidden folders, pictures, a
 * binary .txt and a CoNLL file) shows what it would import and asks; Finish imports into a new corpus whose
 * own label set holds the CoNLL labels.
 */
class OpenFolderThatIsNoCorpusTest {

    private final Journey journey = new Journey();
    private WizardDialog dialog;

    @AfterEach
    void restore() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        journey.restore();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path homeFolder(boolean binary) throws Exception {
        Path home = Files.createTempDirectory("aurum-home").resolve("maria");
        write(home.resolve(".cache/pip/log.txt"), "cached\n");
        write(home.resolve(".config/app/notes.txt"), "config\n");
        write(home.resolve(".bashrc"), "alias ll='ls -l'\n");
        write(home.resolve("Documents/reuters.conll"), """
                -DOCSTART- -X- -X- O

                EU NNP B-NP B-ORG
                rejects VBZ B-VP O
                German JJ B-NP B-MISC
                call NN I-NP O
                to TO B-VP O
                boycott VB I-VP O
                British JJ B-NP B-MISC
                lamb NN I-NP O
                . . O O

                Peter NNP B-NP B-PER
                Blackburn NNP I-NP I-PER
                in IN B-PP O
                Brussels NNP B-NP B-LOC
                """);
        Files.createDirectories(home.resolve("Pictures"));
        Files.write(home.resolve("Pictures/cat.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Files.write(home.resolve("Pictures/dog.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 3});
        if (binary) {
            Files.write(home.resolve("Documents/core.txt"), new byte[] {'E', 'L', 'F', 0, 0});
        }
        return home;
    }

    private String surveyText() {
        return first(dialog.getShell(), Text.class).getText();
    }

    @Test
    void aHomeFolderShowsWhatWouldBeImportedAndImportsWithItsOwnLabelSet() throws Exception {
        journey.sampleCorpusInTheNavigator();
        CorpusNavigatorView navigator = journey.navigator();
        Path home = homeFolder(false);
        dialog = CorpusActions.openOrAsk(journey.page(), home, false);
        waitUntil("the folder is surveyed", () -> surveyText().startsWith("Found in"), 60_000);
        String survey = surveyText();
        assertTrue(survey.contains("1 CoNLL file\n"), survey);
        assertTrue(survey.contains("2 hidden folders and 1 hidden file (names"), survey);
        assertTrue(survey.contains("2 files of other formats (2 .png)"), survey);
        assertFalse(navigator.store().directory().startsWith(home), "nothing is opened or imported yet");
        screenshot("open-folder-1-what-would-be-imported.png");

        button(IDialogConstants.NEXT_LABEL).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        waitUntil("the labels of the CoNLL file are read", () -> labelNote().contains("The files carry spans"), 60_000);
        assertTrue(labelNote().contains("LOC (1), MISC (2), ORG (1), PER (1)"), labelNote());
        assertTrue(createChoice().getSelection(), "the corpus's own label set is proposed: news lacks PER, LOC, MISC");
        screenshot("open-folder-2-label-set.png");

        Job[] job = new Job[1];
        NewCorpusWizard wizard = (NewCorpusWizard) dialog.getCurrentPage().getWizard();
        button(IDialogConstants.FINISH_LABEL).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        job[0] = wizard.job();
        waitUntil("the import ended", () -> job[0].getResult() != null, 120_000);
        assertTrue(job[0].getResult().isOK(), job[0].getResult().toString());
        waitUntil("the Corpus view shows the new corpus", () -> navigator.store() != null
                && navigator.store().settings().name().equals("maria") && navigator.documents().size() == 1, 60_000);
        CorpusStore store = navigator.store();
        List<String> labels = CorpusLabelSets.readCorpusFile(store.directory()).orElseThrow().labels().stream()
                .map(LabelDefinition::id).toList();
        assertEquals(List.of("LOC", "MISC", "ORG", "PER"), labels);
        assertEquals("maria", store.settings().labelSet().id());
        screenshot("open-folder-3-imported.png");
    }

    @Test
    void aBinaryTextFileStopsTheWizardBeforeAnythingIsImported() throws Exception {
        journey.sampleCorpusInTheNavigator();
        dialog = CorpusActions.openOrAsk(journey.page(), homeFolder(true), false);
        waitUntil("the folder is surveyed", () -> surveyText().startsWith("Found in"), 60_000);
        assertTrue(dialog.getCurrentPage().getErrorMessage().contains("1 .txt file holds binary data"),
                dialog.getCurrentPage().getErrorMessage());
        assertFalse(button(IDialogConstants.NEXT_LABEL).isEnabled());
        assertFalse(button(IDialogConstants.FINISH_LABEL).isEnabled());
    }

    @Test
    void aCorpusFolderOpensWithoutAsking() throws Exception {
        CorpusStore store = journey.sampleCorpusInTheNavigator();
        CorpusNavigatorView navigator = journey.navigator();
        assertNull(CorpusActions.openOrAsk(journey.page(), store.directory(), false));
        waitUntil("the corpus is opened again, without a wizard", () -> navigator.store() != store
                && navigator.store().directory().equals(store.directory()), 60_000);
    }

    private String labelNote() {
        return all(dialog.getShell(), org.eclipse.swt.widgets.Label.class).stream().map(l -> l.getText())
                .filter(t -> t.startsWith("The files") || t.startsWith("Looking")).findFirst().orElse("");
    }

    private Button createChoice() {
        return all(dialog.getShell(), Button.class).stream().filter(b -> b.getText().startsWith("&Create this corpus"))
                .findFirst().orElseThrow();
    }

    private Button button(String label) {
        return all(dialog.getShell(), Button.class).stream().filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow();
    }

    private static <T extends Control> T first(Control root, Class<T> type) {
        return all(root, type).get(0);
    }

    private static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new java.util.ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control) && control.isVisible()) {
            found.add(type.cast(control));
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }
}
