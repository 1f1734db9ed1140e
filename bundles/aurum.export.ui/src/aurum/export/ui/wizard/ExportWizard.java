package aurum.export.ui.wizard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import aurum.corpus.store.CorpusStore;
import aurum.export.ExportOptions;
import aurum.export.Exporter;
import aurum.export.ui.model.CorpusFacts;
import aurum.export.ui.model.ExportSettings;
import aurum.export.ui.model.ExportSummary;
import aurum.export.ui.model.OptionsMapper;
import aurum.export.ui.model.OutputFolder;
import aurum.export.ui.model.SettingsCheck;

/**
 * File &gt; Export Training Data…: format and folder, what to export, splits and options, summary. Finish
 * starts an {@link ExportJob} and returns at once; the last choices are remembered per corpus in the
 * dialog settings.
 */
public final class ExportWizard extends Wizard {

    private final CorpusStore store;
    private final CorpusFacts facts;
    private final List<Exporter> exporters;
    private final IDialogSettings corpusSection;
    private final ExportSettings settings;
    private ExportJob job;

    /**
     * @param store     the corpus to export
     * @param facts     its annotators and labels, read beforehand in a job
     * @param exporters the installed formats
     * @param section   the wizard's dialog settings; a subsection per corpus folder is kept in it
     */
    public ExportWizard(CorpusStore store, CorpusFacts facts, List<Exporter> exporters, IDialogSettings section) {
        this.store = store;
        this.facts = facts;
        this.exporters = List.copyOf(exporters);
        String key = facts.corpus().toString();
        this.corpusSection = section.getSection(key) != null ? section.getSection(key) : section.addNewSection(key);
        this.settings = ExportSettings.fromMap(read(corpusSection));
        if (exporters.stream().noneMatch(e -> e.id().equals(settings.format))) {
            // JSONL keeps every span with its offsets, the safest first choice; else the first format
            settings.format = exporters.stream().map(Exporter::id).filter("jsonl"::equals).findFirst()
                    .orElse(exporters.isEmpty() ? "" : exporters.get(0).id());
        }
        setWindowTitle("Export Training Data");
        setNeedsProgressMonitor(false);
        setHelpAvailable(false);
    }

    @Override
    public void addPages() {
        addPage(new FormatPage(this));
        addPage(new SelectionPage(this));
        addPage(new OptionsPage(this));
        addPage(new SummaryPage(this));
    }

    ExportSettings settings() {
        return settings;
    }

    CorpusFacts facts() {
        return facts;
    }

    List<Exporter> exporters() {
        return exporters;
    }

    /** The chosen exporter, if any. */
    Optional<Exporter> exporter() {
        return exporters.stream().filter(e -> e.id().equals(settings.format)).findFirst();
    }

    /** What the summary page shows: the export in words, or what still stops it. */
    String summary() {
        Optional<aurum.export.ui.model.Message> error = SettingsCheck.firstError(settings, facts);
        if (error.isPresent()) {
            return "Nothing can be exported yet.\n\n" + error.get().text();
        }
        return ExportSummary.before(facts, exporter().orElseThrow(), options(), target().target());
    }

    /** The corpus being exported. */
    CorpusStore store() {
        return store;
    }

    ExportOptions options() {
        return OptionsMapper.toOptions(settings, facts, aurumVersion());
    }

    private OutputFolder target() {
        return OutputFolder.check(settings.outputFolder, facts.corpus(), SettingsCheck.subfolderName(settings, facts));
    }

    @Override
    public boolean performFinish() {
        Optional<aurum.export.ui.model.Message> error = SettingsCheck.firstError(settings, facts);
        if (error.isPresent()) {
            if (getContainer().getCurrentPage() instanceof ExportPage page) {
                page.setErrorMessage(error.get().text());
            }
            return false;
        }
        settings.toMap().forEach(corpusSection::put);
        Shell shell = getShell();
        Display display = shell.getDisplay();
        job = new ExportJob(store, exporter().orElseThrow(), options(), target().target(), display, result -> {
            Shell parent = Display.getCurrent().getActiveShell();
            new ExportResultDialog(parent, result).open();
        });
        job.schedule();
        return true;
    }

    /** The export started by Finish, or {@code null} before. */
    public ExportJob job() {
        return job;
    }

    private static Map<String, String> read(IDialogSettings section) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String key : new ExportSettings().toMap().keySet()) {
            if (section.get(key) != null) {
                map.put(key, section.get(key));
            }
        }
        return map;
    }

    /** The wizard's section of this bundle's dialog settings, which holds one subsection per corpus. */
    public static IDialogSettings dialogSection() {
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportWizard.class))
                .getDialogSettings();
        IDialogSettings section = all.getSection("ExportWizard");
        return section != null ? section : all.addNewSection("ExportWizard");
    }

    /** The version recorded in the manifest: the application's, as {@code aurum export} records it. */
    static String aurumVersion() {
        Bundle app = Platform.getBundle("aurum.app");
        Bundle own = app != null ? app : Platform.getBundle("aurum.export.ui");
        return own == null ? "dev (not running in OSGi)" : own.getVersion().toString();
    }
}
