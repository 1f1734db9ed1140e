package aurum.labels.format;

import java.io.IOException;

/** A label-set file that cannot be used; the message names the file, the place in it and what to change. */
public class LabelSetFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message names the source, the JSON path and what to do */
    public LabelSetFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
