package aurum.corpus.internal.importer;

import java.io.IOException;

/** Input refused while it is read (a zip entry larger than it says, a bad checksum): the message says which. */
final class InputLimitException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String remedy;

    InputLimitException(String message, String remedy) {
        super(message);
        this.remedy = remedy;
    }

    String remedy() {
        return remedy;
    }
}
