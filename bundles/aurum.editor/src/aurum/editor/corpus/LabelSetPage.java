package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import aurum.core.model.LabelSet;
import aurum.corpus.importer.FolderSurvey;
import aurum.corpus.importer.ImportProgress;
import aurum.labels.corpus.ImportedLabelSet;

/**
 * Page 2 of {@link NewCorpusWizard}: the label set of the new corpus. One of the installed sets, or the
 * corpus's own made from the labels the imported spans carry; when the files carry labels the default set
 * lacks, creating the corpus's own is proposed, so that validation passes on a fresh import.
 */
final class LabelSetPage extends WizardPage {

    /** The set a corpus gets when nothing suggests another, as on the command line. */
    static final String DEFAULT_SET = OpenCorpusJob.DEFAULT_LABEL_SET.id();

    private final List<LabelSet> installed;
    private final Supplier<FolderSurvey> survey;
    private final List<Button> choices = new ArrayList<>();
    private Button create;
    private Label found;
    private volatile Map<String, Integer> labels;
    private Job scanning;

    LabelSetPage(List<LabelSet> installed, Supplier<FolderSurvey> survey) {
        super("labelSet");
        this.installed = List.copyOf(installed);
        this.survey = survey;
        setTitle("Label Set");
        setDescription("Choose the labels annotators tag with in this corpus.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        for (LabelSet set : installed) {
            Button choice = new Button(area, SWT.RADIO);
            choice.setText(set.name() + " (" + set.ref() + "): " + String.join(", ", set.labels().stream().limit(8)
                    .map(l -> l.id()).toList()) + (set.labels().size() > 8 ? ", …" : ""));
            choice.setData(set);
            choice.setSelection(set.id().equals(DEFAULT_SET));
            choices.add(choice);
        }
        create = new Button(area, SWT.RADIO);
        create.setText("&Create this corpus's own label set from the labels in the imported files");
        create.setSelection(installed.stream().noneMatch(s -> s.id().equals(DEFAULT_SET)));
        found = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).indent(0, 10).applyTo(found);
        found.setText("Looking for labels in the imported files…");
        setControl(area);
        setPageComplete(false); // the choice depends on the labels found: Finish waits until they are read
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && labels == null && scanning == null) {
            scan();
        }
        super.setVisible(visible);
    }

    /** Reads the spans of annotated files (brat, JSON lines, CoNLL) to list their labels; plain text has none. */
    private void scan() {
        FolderSurvey folder = survey.get();
        if (folder == null || folder.formats().keySet().stream().noneMatch(f -> List.of("brat", "jsonl", "conll")
                .contains(f))) {
            labels = Map.of();
            showFound();
            return;
        }
        Path source = folder.folder();
        scanning = Job.create("Reading the labels in " + source, (IProgressMonitor monitor) -> {
            Map<String, Integer> counts = new TreeMap<>();
            try {
                FolderImport.read(source, document -> document.spans().forEach(s -> counts.merge(s.labelId(), 1,
                        Integer::sum)), new ImportProgress() {
                            @Override
                            public void worked(long done, long total) {
                                monitor.subTask(done + " of " + total);
                            }

                            @Override
                            public boolean isCancelled() {
                                return monitor.isCanceled();
                            }
                        }, false);
            } catch (aurum.corpus.importer.ImportException | RuntimeException e) {
                // the import itself reports a malformed file; here only the labels are wanted
            }
            labels = counts;
            found.getDisplay().asyncExec(this::showFound);
            return Status.OK_STATUS;
        });
        scanning.setSystem(true);
        scanning.schedule();
    }

    private void showFound() {
        if (found.isDisposed()) {
            return;
        }
        setPageComplete(true);
        if (labels.isEmpty()) {
            found.setText("The files carry no spans, so any label set will do; the news label set suits news articles.");
            create.setEnabled(false);
            if (create.getSelection() && !choices.isEmpty()) {
                create.setSelection(false);
                choices.get(0).setSelection(true);
            }
        } else {
            LabelSet standard = installed.stream().filter(s -> s.id().equals(DEFAULT_SET)).findFirst().orElse(null);
            SortedSet<String> missing = ImportedLabelSet.missing(labels.keySet(), Optional.ofNullable(standard));
            StringBuilder text = new StringBuilder("The files carry spans labelled ");
            List<String> parts = new ArrayList<>();
            labels.forEach((label, n) -> parts.add(String.format(Locale.ROOT, "%s (%,d)", label, n)));
            text.append(String.join(", ", parts)).append('.');
            if (!missing.isEmpty() && standard != null) {
                text.append(" The ").append(standard.name()).append(" label set lacks ").append(String.join(", ", missing))
                        .append(", so validation would report those spans: the corpus's own label set is proposed.");
                choices.forEach(b -> b.setSelection(false));
                create.setSelection(true);
            }
            found.setText(text.toString());
        }
        found.getParent().layout(true, true);
    }

    /** The choice made. */
    LabelSetChoice choice() {
        if (create.getSelection()) {
            return LabelSetChoice.CREATE;
        }
        return choices.stream().filter(Button::getSelection).findFirst()
                .map(b -> new LabelSetChoice(((LabelSet) b.getData()).ref())).orElse(LabelSetChoice.CREATE);
    }

    @Override
    public void dispose() {
        if (scanning != null) {
            scanning.cancel();
        }
        super.dispose();
    }
}
