package aurum.core.validation;

import aurum.core.model.Document;
import aurum.core.model.Span;
import java.util.function.Consumer;

/** One rule that looks at a single span in its document; the validator runs them in turn. */
interface SpanCheck {

    /** Reports the span's violations of this rule to {@code problems}. */
    void check(Document document, Span span, Consumer<Problem> problems);
}
