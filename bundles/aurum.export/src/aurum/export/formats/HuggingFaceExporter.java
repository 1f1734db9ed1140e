package aurum.export.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import aurum.export.DocumentWriter;
import aurum.export.ExportDocument;
import aurum.export.ExportOptions;
import aurum.export.ExportOutput;
import aurum.export.Exporter;
import aurum.export.Sentence;
import aurum.export.TokenTags;

/**
 * Hugging Face token classification: {@code <split>.jsonl} with one sentence per line,
 * {@code {"id":"doc-3","document":"doc","sentence":3,"tokens":[…],"ner_tags":[0,1,2…]}}, and
 * {@code labels.json}, the tag names in integer order ({@code "O"} is 0), which is what
 * {@code datasets.ClassLabel(names=…)} takes.
 */
public class HuggingFaceExporter implements Exporter {

    @Override
    public String id() {
        return "hf";
    }

    @Override
    public String description() {
        return "Hugging Face token classification JSON lines (tokens, integer ner_tags) plus labels.json";
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
        Writer out = output.create(split + ".jsonl");
        List<String> tagSet = TokenTags.tagSet(labels, options.tagScheme());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < tagSet.size(); i++) {
            index.put(tagSet.get(i), i);
        }
        return new DocumentWriter() {
            @Override
            public void write(ExportDocument document) throws IOException {
                List<String[]> tags = TokenTags.tag(document, options.tagScheme());
                for (int s = 0; s < tags.size(); s++) {
                    Sentence sentence = document.sentences().get(s);
                    JsonWriter json = new JsonWriter(out);
                    json.setHtmlSafe(false);
                    json.beginObject().name("id").value(document.id() + "-" + s).name("document").value(document.id())
                            .name("sentence").value(s);
                    json.name("tokens").beginArray();
                    for (Sentence.Token token : sentence.tokens()) {
                        json.value(token.text(document.text()));
                    }
                    json.endArray().name("ner_tags").beginArray();
                    for (String tag : tags.get(s)) {
                        json.value(index.get(tag));
                    }
                    json.endArray().endObject().flush();
                    out.write('\n');
                }
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    @Override
    public void finish(ExportOutput output, List<String> splits, List<String> labels, ExportOptions options)
            throws IOException {
        try (Writer out = output.create("labels.json"); JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginArray();
            for (String tag : TokenTags.tagSet(labels, options.tagScheme())) {
                json.value(tag);
            }
            json.endArray();
            json.flush();
            out.write('\n');
        }
    }
}
