package aurum.core.model;

/** The kinds of value a span attribute can hold; shared by label schemas and attribute values. */
public enum AttributeType {
    /** Free text, for example the currency written in a money amount. */
    STRING,
    /** A decimal number, kept exact for money amounts. */
    NUMBER,
    /** One of a fixed list of values named by the label's schema. */
    ENUM,
    /** Yes or no. */
    BOOLEAN
}
