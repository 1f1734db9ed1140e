package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.wizard.Wizard;

import aurum.core.model.LabelSet;
import aurum.corpus.importer.FolderSurvey;
import aurum.corpus.store.CorpusStore;

/**
 * Turns a folder that is not a corpus into one: shows what would be imported (files per format, what is
 * skipped and why), lets the user pick an installed label set or create the corpus's own from the labels
 * in the files, then imports into a new corpus in the workspace in a job ({@link OpenCorpusJob}). Opened
 * by File › Open Corpus… on a folder without {@code corpus.json}, so nothing is imported unseen.
 */
public final class NewCorpusWizard extends Wizard {

    private final Path source;
    private final Path workspace;
    private final List<LabelSet> installed;
    private final Consumer<CorpusStore> opened;
    private SurveyPage survey;
    private LabelSetPage labels;
    private OpenCorpusJob job;

    /**
     * @param source    the folder to import
     * @param workspace where the new corpus goes ({@code corpora/} under it)
     * @param installed the installed label sets to choose from
     * @param opened    told the new store on the UI thread once imported
     */
    public NewCorpusWizard(Path source, Path workspace, List<LabelSet> installed, Consumer<CorpusStore> opened) {
        this.source = source;
        this.workspace = workspace;
        this.installed = List.copyOf(installed);
        this.opened = opened;
        setWindowTitle("Import into a New Corpus");
        setNeedsProgressMonitor(false);
        setHelpAvailable(false);
    }

    @Override
    public void addPages() {
        survey = new SurveyPage(source);
        labels = new LabelSetPage(installed, () -> survey.survey());
        addPage(survey);
        addPage(labels);
    }

    @Override
    public boolean canFinish() {
        return survey.isPageComplete() && labels.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        FolderSurvey found = survey.survey();
        if (found == null || found.importable() == 0) {
            return false;
        }
        job = new OpenCorpusJob(source, workspace, getShell().getDisplay(), opened, labels.choice());
        job.schedule();
        return true;
    }

    /** The import started by Finish, or null. */
    public OpenCorpusJob job() {
        return job;
    }
}
