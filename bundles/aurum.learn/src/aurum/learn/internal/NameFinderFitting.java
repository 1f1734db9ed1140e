package aurum.learn.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import aurum.labels.recognizer.Cancellation;
import aurum.learn.ModelParameters;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Fits OpenNLP's name finder to samples along the path {@code NameFinderME.train} takes for an event
 * trainer (the same default features, BIO codec, trainer and indexing rules, so the same model), with
 * three costs taken out, measured in docs/PERFORMANCE.md: the training events are generated on several
 * threads (one share of whole documents each, since a document's earlier decisions are features of its
 * later tokens), no MD5 checksum of every event's text is computed (OpenNLP only reports it), and the
 * events are indexed by {@link MergingIndexer} instead of OpenNLP's one-pass indexer.
 */
public final class NameFinderFitting {

    /** The name finder decodes greedily: a third of the beam-3 cost, the same suggestions on the dev set. */
    public static final int BEAM_SIZE = 1;

    private NameFinderFitting() {
    }

    /**
     * Fits a model.
     *
     * @param samples    the samples, a document's first sample marked by {@link NameSample#isClearAdaptiveDataSet()}
     * @param parameters algorithm, iterations, cutoff and threads
     * @throws UncheckedIOException if OpenNLP refuses the data (e.g. a single outcome)
     * @throws aurum.labels.recognizer.RecognitionCancelledException if cancelled before the trainer runs
     */
    public static TokenNameFinderModel fit(List<NameSample> samples, ModelParameters parameters, Cancellation cancel) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, parameters.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, parameters.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, parameters.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, parameters.threads());
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        params.put("BeamSize", BEAM_SIZE);
        TokenNameFinderFactory factory = new TokenNameFinderFactory();
        List<Event> events = events(samples, factory, parameters.threads());
        cancel.throwIfCancelled();
        Map<String, String> manifestEntries = new HashMap<>();
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(params, manifestEntries);
            DataIndexer indexer = trainer instanceof AbstractEventTrainer t && !t.isSortAndMerge()
                    ? t.getDataIndexer(ObjectStreamUtils.createObjectStream(events))
                    : MergingIndexer.of(events, parameters.cutoff());
            events = null; // the indexer keeps what it needs; let the events go before the trainer's arrays
            cancel.throwIfCancelled();
            MaxentModel model = trainer.train(indexer);
            return new TokenNameFinderModel("und", model, BEAM_SIZE, null, new HashMap<>(), manifestEntries,
                    factory.createSequenceCodec(), factory);
        } catch (IOException e) {
            throw new UncheckedIOException("training failed: " + e.getMessage(), e);
        }
    }

    /** The training events of all samples in order, generated in shares of whole documents on {@code threads} threads. */
    static List<Event> events(List<NameSample> samples, TokenNameFinderFactory factory, int threads) {
        List<List<NameSample>> shares = shares(samples, Math.max(1, threads));
        if (shares.size() == 1) {
            return eventsOf(shares.get(0), factory);
        }
        ExecutorService pool = Executors.newFixedThreadPool(shares.size(), r -> {
            Thread t = new Thread(r, "aurum.learn events");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Event>>> futures = new ArrayList<>();
            for (List<NameSample> share : shares) {
                futures.add(pool.submit(() -> eventsOf(share, factory)));
            }
            List<Event> all = new ArrayList<>();
            for (Future<List<Event>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the training data", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Splits the samples into at most {@code n} runs of whole documents of about equal size. */
    static List<List<NameSample>> shares(List<NameSample> samples, int n) {
        List<List<NameSample>> out = new ArrayList<>();
        int target = Math.max(1, (samples.size() + n - 1) / n);
        int from = 0;
        for (int i = 1; i <= samples.size(); i++) {
            boolean documentStarts = i == samples.size() || samples.get(i).isClearAdaptiveDataSet();
            if (documentStarts && (i - from >= target || i == samples.size())) {
                out.add(samples.subList(from, i));
                from = i;
            }
        }
        return out.isEmpty() ? List.of(samples) : out;
    }

    private static List<Event> eventsOf(List<NameSample> share, TokenNameFinderFactory factory) {
        List<Event> out = new ArrayList<>();
        try (NameFinderEventStream stream = new NameFinderEventStream(ObjectStreamUtils.createObjectStream(share),
                null, factory.createContextGenerator(), factory.createSequenceCodec())) {
            for (Event e = stream.read(); e != null; e = stream.read()) {
                out.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
