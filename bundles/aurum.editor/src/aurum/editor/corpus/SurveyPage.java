package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import aurum.corpus.importer.FolderSurvey;

/**
 * Page 1 of {@link NewCorpusWizard}: what importing the folder would take in and what it skips, counted in
 * a job (a home folder holds many files) before anything is imported.
 */
final class SurveyPage extends WizardPage {

    private final Path source;
    private Text text;
    private volatile FolderSurvey survey;
    private Job counting;

    SurveyPage(Path source) {
        super("survey");
        this.source = source;
        setTitle("What Would Be Imported");
        setDescription(source + " is not an Aurum corpus. Check what importing it would take in.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 260).applyTo(text);
        text.setText("Looking through " + source + "…");
        setControl(area);
        setPageComplete(false);
        count();
    }

    private void count() {
        counting = Job.create("Looking through " + source, (IProgressMonitor monitor) -> {
            try {
                FolderSurvey found = FolderSurvey.of(source, monitor::isCanceled);
                survey = found;
                show(describe(found), problem(found));
            } catch (java.io.IOException e) {
                show("", source + " cannot be read: " + e.getMessage() + ". Choose another folder.");
            }
            return Status.OK_STATUS;
        });
        counting.setSystem(true);
        counting.schedule();
    }

    private void show(String description, String problem) {
        if (text.isDisposed()) {
            return;
        }
        text.getDisplay().asyncExec(() -> {
            if (!text.isDisposed()) {
                text.setText(description);
                setErrorMessage(problem);
                setPageComplete(problem == null);
                getContainer().updateButtons();
            }
        });
    }

    /** The survey, or null while it runs. */
    FolderSurvey survey() {
        return survey;
    }

    /** What stops the import, or null. */
    static String problem(FolderSurvey survey) {
        if (survey.importable() == 0) {
            return "Nothing here is a format Aurum imports (.txt, brat .ann, .jsonl, CoNLL, .zip). Choose another folder.";
        }
        if (survey.binaryFiles() > 0) {
            return survey.binaryFiles() + " .txt file" + (survey.binaryFiles() == 1 ? " holds" : "s hold")
                    + " binary data (NUL bytes), which would stop the import; move " + (survey.binaryFiles() == 1
                            ? "it" : "them") + " out of the folder first.";
        }
        return null;
    }

    /** The survey in words, one line per fact. */
    static String describe(FolderSurvey s) {
        StringBuilder b = new StringBuilder();
        b.append(s.complete() ? "Found in " : "Found so far (the folder holds more than Aurum counts) in ")
                .append(s.folder()).append(":\n");
        Map<String, String> names = Map.of("text", "text file%s (.txt)", "brat", "brat annotation file%s (.ann)",
                "jsonl", "JSON lines file%s (.jsonl)", "conll", "CoNLL file%s", "zip", "zip archive%s");
        s.formats().forEach((format, count) -> b.append(String.format(Locale.ROOT, "  %,d %s%n", count,
                String.format(Locale.ROOT, names.getOrDefault(format, format + "%s"), count == 1 ? "" : "s"))));
        if (s.importable() > 0) {
            b.append(String.format(Locale.ROOT, "  %s in all%n", size(s.bytes())));
        }
        b.append("\nSkipped:\n");
        b.append(String.format(Locale.ROOT, "  %,d hidden folder%s and %,d hidden file%s (names starting with a dot)%n",
                s.hiddenFolders(), s.hiddenFolders() == 1 ? "" : "s", s.hiddenFiles(), s.hiddenFiles() == 1 ? "" : "s"));
        b.append(String.format(Locale.ROOT, "  %,d binary .txt file%s%n", s.binaryFiles(), s.binaryFiles() == 1 ? "" : "s"));
        b.append(String.format(Locale.ROOT, "  %,d file%s of other formats%s%n", s.other(), s.other() == 1 ? "" : "s",
                others(s.otherFiles())));
        if (!s.examples().isEmpty()) {
            b.append("  for example: ").append(String.join(", ", s.examples())).append('\n');
        }
        b.append("\nThe documents are imported into a new corpus in the workspace; the folder itself is not changed.");
        return b.toString();
    }

    private static String others(Map<String, Integer> byExtension) {
        if (byExtension.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, Integer>> top = byExtension.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6).toList();
        return " (" + String.join(", ", top.stream().map(e -> e.getValue() + " " + e.getKey()).toList())
                + (byExtension.size() > top.size() ? ", …" : "") + ")";
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024)
                : String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024));
    }

    @Override
    public void dispose() {
        if (counting != null) {
            counting.cancel();
        }
        super.dispose();
    }
}
