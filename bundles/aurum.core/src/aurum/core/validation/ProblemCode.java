package aurum.core.validation;

/** What kind of problem was found; stable, so reports and filters can refer to it. */
public enum ProblemCode {
    /** The span ends beyond the end of the document text. */
    SPAN_OUT_OF_BOUNDS,
    /** A span boundary falls between the two halves of a character outside the BMP. */
    SPLIT_SURROGATE_PAIR,
    /** The span's label is not in the label set. */
    UNKNOWN_LABEL,
    /** Another span of the layer has the same start, end and label. */
    DUPLICATE_SPAN,
    /** The span starts or ends with whitespace or an invisible separator. */
    WHITESPACE_AT_EDGE,
    /** The span has an attribute its label's schema does not define. */
    UNKNOWN_ATTRIBUTE,
    /** The attribute value has another type than the schema says. */
    WRONG_ATTRIBUTE_TYPE,
    /** The enumeration value is not one of the schema's allowed values. */
    ENUM_VALUE_NOT_ALLOWED,
    /** An attribute value names a child label of the span's label: the sub-type belongs in the label. */
    SUBTYPE_AS_ATTRIBUTE
}
