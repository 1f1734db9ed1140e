package aurum.export.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import aurum.export.DocumentWriter;
import aurum.export.ExportDocument;
import aurum.export.ExportOptions;
import aurum.export.ExportOutput;
import aurum.export.ExportSpan;
import aurum.export.Exporter;
import aurum.export.Sentence;

/**
 * Apache OpenNLP name finder training format: {@code <split>.train}, one sentence per line, tokens
 * separated by single spaces, names marked {@code <START:label> tokens <END>}, and an empty line after
 * each document (OpenNLP then clears its adaptive document features).
 */
public class OpenNlpExporter implements Exporter {

    @Override
    public String id() {
        return "opennlp";
    }

    @Override
    public String description() {
        return "Apache OpenNLP name finder (<START:label> … <END>, one sentence per line)";
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
        Writer out = output.create(split + ".train");
        return new DocumentWriter() {
            @Override
            public void write(ExportDocument document) throws IOException {
                String text = document.text();
                List<ExportSpan> spans = document.spans();
                int sp = 0;
                for (Sentence sentence : document.sentences()) {
                    StringBuilder line = new StringBuilder();
                    for (Sentence.Token token : sentence.tokens()) {
                        while (sp < spans.size() && spans.get(sp).end() <= token.start()) {
                            sp++;
                        }
                        if (!line.isEmpty()) {
                            line.append(' ');
                        }
                        if (sp < spans.size() && spans.get(sp).start() == token.start()) {
                            line.append("<START:").append(spans.get(sp).label()).append("> ");
                        }
                        line.append(text, token.start(), token.end());
                        if (sp < spans.size() && spans.get(sp).end() == token.end()) {
                            line.append(" <END>");
                        }
                    }
                    out.append(line).append('\n');
                }
                out.write('\n');
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
