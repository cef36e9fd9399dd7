package org.newsgraph.learn;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.extract.LinkModel;
import org.newsgraph.extract.RelationModels;

/**
 * Trains the two link models of the extract stage from the open evaluation sets (and the project's own
 * corpus), chooses their thresholds by article-level cross-validation, and writes the models with the
 * figures that chose them. {@code scripts/train-relations} runs it; the same input gives the same files. The
 * held-out counts of every article go to {@code --cv-articles} (default {@code target/relations-cv.tsv}), so that
 * two runs can be compared article by article ({@link CompareRuns}).
 *
 * <pre>RelationTrainer --gold DIR [--gold DIR …] [--corpus corpus.tsv] [--written DIR …] [--ner-folds DIR]
 *                 [--tune DIR …] --out DIR [--folds 5] [--cv-articles FILE]</pre>
 * {@code --written} adds articles written for the project (eval/written) to every fold's training, never held out;
 * {@code --tune} scores such articles instead, never training on them, and chooses the thresholds on them together
 * with the held-out folds.
 */
public final class RelationTrainer {

    private static final String USAGE = "--gold DIR … [--corpus FILE] [--written DIR …] [--tune DIR …]"
            + " [--ner-folds DIR] --out DIR [--folds N] [--cv-articles FILE]";

    /**
     * GIS iterations. GIS takes the same small steps whatever the data, so a model trained on slightly other data
     * is a slightly other model; OpenNLP's L-BFGS trainer (MAXENT_QN, used before) stops as soon as one line search
     * moves the loss by less than 0.01 %, often after 20 to 60 iterations with the loss still falling by 1 % an
     * iteration, so one training candidate more or less moved the held-out F1 by up to 0.04 (docs/accuracy.md).
     */
    private static final int ITERATIONS = 1000;
    /** The Gaussian prior's standard deviation (an L2 penalty): 0.5 and 1.0 scored within 0.01 held-out F1 of it. */
    private static final double SIGMA = 2.0;

    /** GIS maxent with a Gaussian prior, run for a fixed number of iterations: a steady, smooth model. */
    static TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put("GaussianSmoothing", true);
        p.put("GaussianSmoothingSigma", SIGMA);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    private RelationTrainer() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> gold = new ArrayList<>();
        Path corpus = null;
        Path out = null;
        Path nerFolds = null;
        List<Path> written = new ArrayList<>();
        List<Path> tuning = new ArrayList<>();
        Path cvArticles = Path.of("target", "relations-cv.tsv");
        int folds = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold.add(Path.of(args[++i]));
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--written" -> written.add(Path.of(args[++i]));
                case "--tune" -> tuning.add(Path.of(args[++i]));
                case "--out" -> out = Path.of(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--ner-folds" -> nerFolds = Path.of(args[++i]);
                case "--cv-articles" -> cvArticles = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (usage: " + USAGE + ")");
            }
        }
        if (gold.isEmpty() || out == null) {
            throw new IllegalArgumentException("usage: " + USAGE);
        }
        TrainingSet set = TrainingSet.read(gold, corpus, nerFolds, written, tuning);
        System.err.printf("%d articles, %d written articles, %d tuning articles, %d corpus items: %d meeting and %d"
                + " call candidates%n", set.articles().size(), set.written().size(), set.tuning().size(),
                set.corpus().size(),
                set.events(TrainingArticle::meetEvents, a -> true).size(),
                set.events(TrainingArticle::callEvents, a -> true).size());
        TrainingArticle.Coverage cover = set.articles().stream().map(TrainingArticle::coverage)
                .reduce(new TrainingArticle.Coverage(0, 0, 0, 0, 0, 0), TrainingArticle.Coverage::plus);
        System.err.printf("gold meeting pairs %d, both sides resolved %d, with a candidate in the evidence %d;"
                + " gold calls %d, agents resolved %d, with a candidate %d%n", cover.goldPairs(), cover.resolvedPairs(),
                cover.candidatePairs(), cover.goldCalls(), cover.resolvedCalls(), cover.candidateCalls());
        CrossValidation.Result cv = new CrossValidation(set, folds).run();
        System.out.println(cv.table());
        System.out.println(cv.intervals());
        System.out.println(cv.bySet());
        RelationModels models = new RelationModels(
                new LinkModel(train(set.events(TrainingArticle::meetEvents, a -> true)), cv.meetThreshold()),
                new LinkModel(train(set.events(TrainingArticle::callEvents, a -> true)), cv.callThreshold()));
        write(models, cv, out);
        Path errors = Path.of("target", "relations-errors.txt");
        Files.createDirectories(errors.getParent());
        Files.writeString(errors, cv.errors()[cv.bestMeet()]);
        System.err.println("held-out misses and false alarms at the meeting threshold: " + errors);
        Files.createDirectories(cvArticles.toAbsolutePath().getParent());
        Files.writeString(cvArticles, cv.articleTable(), StandardCharsets.UTF_8);
        System.err.println("held-out counts per article (scripts/compare-relations reads them): " + cvArticles);
    }

    static MaxentModel train(List<Event> events) throws IOException {
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters(), null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    private static void write(RelationModels models, CrossValidation.Result cv, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream o = Files.newOutputStream(dir.resolve(RelationModels.MEET_FILE))) {
            models.meet().write(o);
        }
        try (OutputStream o = Files.newOutputStream(dir.resolve(RelationModels.CALL_FILE))) {
            models.call().write(o);
        }
        String settings = "# Written by scripts/train-relations: thresholds chosen by article-level cross-validation.\n"
                + (cv.table() + cv.intervals() + cv.bySet()).lines().map(l -> "# " + l).reduce("", (a, b) -> a + b + "\n")
                + String.format(Locale.ROOT, "meet.threshold=%.2f%ncall.threshold=%.2f%n",
                models.meet().threshold(), models.call().threshold());
        Files.writeString(dir.resolve(RelationModels.SETTINGS), settings, StandardCharsets.UTF_8);
    }
}
