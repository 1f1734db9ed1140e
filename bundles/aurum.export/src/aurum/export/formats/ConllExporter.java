package aurum.export.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import aurum.export.DocumentWriter;
import aurum.export.ExportDocument;
import aurum.export.ExportOptions;
import aurum.export.ExportOutput;
import aurum.export.Exporter;
import aurum.export.Sentence;
import aurum.export.TokenTags;

/**
 * CoNLL-2003: {@code <split>.conll}, one token per line as {@code token _ _ TAG} (the POS and chunk
 * columns are unknown and written as {@code _}), a blank line after each sentence, and a
 * {@code -DOCSTART- -X- -X- O} line before each document. Tags in IOB1, IOB2 or BILOU.
 */
public class ConllExporter implements Exporter {

    @Override
    public String id() {
        return "conll";
    }

    @Override
    public String description() {
        return "CoNLL-2003 token per line, IOB1 / IOB2 / BILOU tags, -DOCSTART- and blank-line separators";
    }

    @Override
    public boolean tokenBased() {
        return true;
    }

    @Override
    public boolean allowsOverlaps() {
        return false;
    }

    @Override
    public DocumentWriter open(ExportOutput output, String split, List<String> labels, ExportOptions options)
            throws IOException {
        Writer out = output.create(split + ".conll");
        return new DocumentWriter() {
            @Override
            public void write(ExportDocument document) throws IOException {
                out.write("-DOCSTART- -X- -X- O\n\n");
                List<String[]> tags = TokenTags.tag(document, options.tagScheme());
                String text = document.text();
                for (int s = 0; s < tags.size(); s++) {
                    Sentence sentence = document.sentences().get(s);
                    for (int t = 0; t < sentence.tokens().size(); t++) {
                        Sentence.Token token = sentence.tokens().get(t);
                        // write(String, off, len) copies no substring, unlike append(CharSequence, start, end)
                        out.write(text, token.start(), token.end() - token.start());
                        out.write(" _ _ ");
                        out.write(tags.get(s)[t]);
                        out.write('\n');
                    }
                    out.write('\n');
                }
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
