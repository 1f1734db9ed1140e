package aurum.core.validation;

/** How bad a problem is: errors make a dataset wrong, warnings make it doubtful. */
public enum Severity {
    /** The span is wrong and an export would carry the error into the dataset. */
    ERROR,
    /** The span is probably not what the annotator meant. */
    WARNING
}
