package aurum.corpus.internal.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Says what an I/O failure means in words, without the Java exception's class name. */
public final class IoFailures {

    private IoFailures() {
    }

    /** E.g. {@code no space left on the disk (documents/.a.txt.1f.tmp)}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "" : " (" + fs.getFile() + ")";
            String reason = fs.getReason() == null ? "" : fs.getReason();
            if (isDiskFull(e)) {
                return "no space left on the disk" + file;
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied" + file;
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or folder" + file;
            }
            return (reason.isEmpty() ? "the file system refused" : reason) + file;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message;
    }

    /** Whether {@code e} says the disk (or the quota) is full. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
            if (m != null) {
                String lower = m.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left") || lower.contains("disk quota exceeded")) {
                    return true;
                }
            }
        }
        return false;
    }
}
