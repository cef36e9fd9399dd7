package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.eval.FMeasure;

/**
 * Scores a name-finder model on a name-sample file: exact-match precision, recall and F1 overall and per type.
 * A predicted name counts as correct only if its first token, end token and type all equal a gold name's
 * (the CoNLL rule, as OpenNLP's {@code TokenNameFinderEvaluator}). Empty lines in the sample file clear the
 * finder's adaptive data, as they do in training.
 */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    /** True positives, false positives and false negatives of one type (or all). */
    public static final class Counts {
        private long tp;
        private long fp;
        private long fn;

        public Counts() {
        }

        public Counts(long tp, long fp, long fn) {
            this.tp = tp;
            this.fp = fp;
            this.fn = fn;
        }

        public long truePositives() {
            return tp;
        }

        public long falsePositives() {
            return fp;
        }

        public long falseNegatives() {
            return fn;
        }

        /** Gold names: true positives + false negatives. */
        public long gold() {
            return tp + fn;
        }

        /** Predicted names: true positives + false positives. */
        public long predicted() {
            return tp + fp;
        }

        /** Precision; 0 when nothing was predicted. */
        public double precision() {
            return predicted() == 0 ? 0 : (double) tp / predicted();
        }

        /** Recall; 0 when there is nothing to find. */
        public double recall() {
            return gold() == 0 ? 0 : (double) tp / gold();
        }

        /** Harmonic mean of precision and recall; 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(long tp, long fp, long fn) {
            this.tp += tp;
            this.fp += fp;
            this.fn += fn;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f (tp=%d fp=%d fn=%d)",
                    precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /**
     * The result of one evaluation.
     *
     * @param overall   counts over all types
     * @param byType    counts per type (types seen in gold or predictions), sorted by name
     * @param fMeasure  OpenNLP's own {@link FMeasure} over the same spans (a cross-check of {@code overall})
     * @param sentences sentences scored
     * @param tokens    tokens scored
     * @param millis    wall time spent in the name finder
     */
    public record Report(Counts overall, SortedMap<String, Counts> byType, FMeasure fMeasure, int sentences,
                         long tokens, long millis) {

        /** Counts of one type; all zero if the type never occurred. */
        public Counts type(String type) {
            return byType.getOrDefault(type, new Counts());
        }

        /** A small plain-text table. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "  %-14s %7s %7s %7s %7s %7s%n", "type", "P", "R", "F1", "gold",
                    "pred"));
            sb.append(row("overall", overall));
            byType.forEach((t, c) -> sb.append(row(t, c)));
            sb.append(String.format(Locale.ROOT, "  %d sentences, %d tokens, %.1f s (%.0f tokens/s)%n", sentences,
                    tokens, millis / 1000.0, millis == 0 ? 0.0 : tokens * 1000.0 / millis));
            return sb.toString();
        }

        /** One line: {@code F1 overall, per type}, for tables. */
        public String summary() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "all %.4f", overall.f1()));
            byType.forEach((t, c) -> sb.append(String.format(Locale.ROOT, " %s %.4f", t, c.f1())));
            return sb.toString();
        }

        private static String row(String name, Counts c) {
            return String.format(Locale.ROOT, "  %-14s %7.4f %7.4f %7.4f %7d %7d%n", name, c.precision(), c.recall(),
                    c.f1(), c.gold(), c.predicted());
        }
    }

    /** Evaluates a model on a name-sample file (UTF-8). */
    public static Report evaluate(TokenNameFinderModel model, Path sampleFile) throws IOException {
        try (ObjectStream<NameSample> samples = NerTrainer.open(sampleFile)) {
            return evaluate(new NameFinderME(model), samples);
        }
    }

    /**
     * Evaluates a finder on a stream of gold samples. Calls {@link TokenNameFinder#clearAdaptiveData()} before
     * every sample that starts a document; the caller owns (and closes) the stream.
     */
    public static Report evaluate(TokenNameFinder finder, ObjectStream<NameSample> samples) throws IOException {
        Counts overall = new Counts();
        SortedMap<String, Counts> byType = new TreeMap<>();
        FMeasure fm = new FMeasure();
        int sentences = 0;
        long tokens = 0;
        long nanos = 0;
        NameSample sample;
        while ((sample = samples.read()) != null) {
            if (sample.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            String[] words = sample.getSentence();
            long t0 = System.nanoTime();
            Span[] predicted = finder.find(words);
            nanos += System.nanoTime() - t0;
            Span[] gold = sample.getNames();
            score(gold, predicted, overall, byType);
            fm.updateScores(gold, predicted);
            sentences++;
            tokens += words.length;
        }
        return new Report(overall, Collections.unmodifiableSortedMap(byType), fm, sentences, tokens,
                nanos / 1_000_000);
    }

    /** Adds the exact-match counts of one sentence to {@code overall} and {@code byType}. */
    static void score(Span[] gold, Span[] predicted, Counts overall, Map<String, Counts> byType) {
        Set<Key> goldKeys = new HashSet<>();
        for (Span s : gold) {
            goldKeys.add(new Key(s));
        }
        Set<Key> predKeys = new HashSet<>();
        for (Span s : predicted) {
            predKeys.add(new Key(s));
        }
        for (Key k : predKeys) {
            boolean hit = goldKeys.contains(k);
            overall.add(hit ? 1 : 0, hit ? 0 : 1, 0);
            byType.computeIfAbsent(k.type, t -> new Counts()).add(hit ? 1 : 0, hit ? 0 : 1, 0);
        }
        for (Key k : goldKeys) {
            if (!predKeys.contains(k)) {
                overall.add(0, 0, 1);
                byType.computeIfAbsent(k.type, t -> new Counts()).add(0, 0, 1);
            }
        }
    }

    private record Key(int start, int end, String type) {
        Key(Span s) {
            this(s.getStart(), s.getEnd(), Objects.requireNonNullElse(s.getType(), "default"));
        }
    }

    public static void main(String[] args) throws IOException {
        String model = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--model")) {
                model = args[++i];
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                System.out.println("usage: NerEvaluator [--model MODEL.bin] SAMPLES.txt...  "
                        + "(default model: classpath " + NerTrainer.MODEL_RESOURCE + ")");
                return;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: NerEvaluator [--model MODEL.bin] SAMPLES.txt...");
            System.exit(2);
            return;
        }
        TokenNameFinderModel m;
        if (model != null) {
            m = new TokenNameFinderModel(Path.of(model));
        } else {
            try (InputStream in = NerTrainer.resource(NerTrainer.MODEL_RESOURCE)) {
                m = new TokenNameFinderModel(in);
            }
        }
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                throw new IOException("cannot read " + f);
            }
            Report r = evaluate(m, f);
            System.out.println("evaluation on " + f + ":");
            System.out.print(r.format());
        }
    }
}
