package aurum.export.internal.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The spans the planning pass selected, kept on disk for the writing pass so that each layer is read and
 * parsed once per export, not twice, while the heap holds no more than a window of documents. A scratch file
 * beside the export's staging folder, deleted with it; its layout is private to one run: per selected
 * document in plan order, the span count, then per span start, end, the index of its corpus label in a
 * table kept in memory (labels are few), and the span's attributes and note ({@link SpanExtrasCodec}).
 */
final class SelectionFile {

    private final Path file;
    private final UnaryOperator<String> outputLabel;
    private final Map<String, Integer> labelIndex = new HashMap<>();
    private final List<String> corpusLabels = new ArrayList<>();
    private DataOutputStream out;
    private int documents;

    /** @param outputLabel the output label of a corpus label (after {@code --map}) */
    SelectionFile(Path file, UnaryOperator<String> outputLabel) throws IOException {
        this.file = file;
        this.outputLabel = outputLabel;
        this.out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16));
    }

    /** Appends the selected spans of the next document (as they came from selection, stored range = range). */
    void append(List<Candidate> selected) throws IOException {
        out.writeInt(selected.size());
        for (Candidate c : selected) {
            out.writeInt(c.start());
            out.writeInt(c.end());
            out.writeInt(labelIndex.computeIfAbsent(c.corpusLabel(), label -> {
                corpusLabels.add(label);
                return corpusLabels.size() - 1;
            }));
            SpanExtrasCodec.write(out, c.attributes(), c.note());
        }
        documents++;
    }

    /** Ends writing; call once, before {@link #reader()}. */
    void finishWriting() throws IOException {
        out.close();
        out = null;
    }

    /** How many documents were appended. */
    int documents() {
        return documents;
    }

    /** Reads the documents back in the order they were appended; one reader at a time, on one thread. */
    Reader reader() throws IOException {
        if (out != null) {
            throw new IllegalStateException("the selection is still being written");
        }
        List<String> outputs = corpusLabels.stream().map(outputLabel).toList();
        return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)),
                List.copyOf(corpusLabels), outputs);
    }

    /** Deletes the file. */
    void delete() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        Files.deleteIfExists(file);
    }

    /** Reads one document's selection after the other. */
    static final class Reader implements AutoCloseable {
        private final DataInputStream in;
        private final List<String> corpusLabels;
        private final List<String> outputLabels;

        private Reader(DataInputStream in, List<String> corpusLabels, List<String> outputLabels) {
            this.in = in;
            this.corpusLabels = corpusLabels;
            this.outputLabels = outputLabels;
        }

        /** The next document's selected spans, in the order they were appended. */
        List<Candidate> next() throws IOException {
            try {
                int n = in.readInt();
                List<Candidate> spans = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int start = in.readInt();
                    int end = in.readInt();
                    int label = in.readInt();
                    SpanExtrasCodec.Extras extras = SpanExtrasCodec.read(in);
                    spans.add(new Candidate(start, end, outputLabels.get(label), start, end, corpusLabels.get(label),
                            extras.attributes(), extras.note()));
                }
                return spans;
            } catch (EOFException e) {
                throw new IOException("the export's selection file ended early; was it removed during the export?", e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
