package org.newsgraph.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import opennlp.tools.ml.model.MaxentModel;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.EvaluationReport;
import org.newsgraph.eval.EvaluationReport.Category;
import org.newsgraph.eval.EvaluationReport.Counts;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.LinkModel;
import org.newsgraph.extract.RelationModels;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleGraphBuilder;
import org.newsgraph.rdf.NKG;
import org.newsgraph.store.KnowledgeStore;

/**
 * Article-level k-fold cross-validation of the link models: article i is held out in fold i mod k, the models
 * are trained on the other folds (and the own corpus), and the held-out articles go through the whole
 * extractor and the store into {@code newsgraph evaluate}'s scorer, once per candidate threshold. The tuning
 * articles, which no model trains on, are scored the same way by the models of all the open articles: the
 * thresholds are chosen on both.
 */
final class CrossValidation {

    /** The thresholds tried: the one with the best held-out F1 among those precise enough ships. */
    static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    /**
     * The held-out precisions a shipped threshold must reach, the first any threshold reaches: issue 16's bar for
     * unseen news (0.80), since a wrong fact in the graph costs its users more than a missing one, with margins
     * first, because held-out precision has run above unseen-news precision in every build: 0.80 to 0.87 against
     * blind's 0.48 to 0.79 over the sessions of 2026-12-07, and 0.88 against 0.59 on Voice of America news judged
     * pair by pair (bench/voa-meetings, 2026-12-08).
     */
    static final double[] PRECISION_FLOORS = {0.90, 0.85, 0.80};
    /**
     * Held-out F1s closer than this are a tie, which the more precise threshold wins: a pair or two over 240
     * articles, where the rule otherwise chose 0.70 over 0.80 for calls by 0.0003 (eighth session of 2026-12-07).
     */
    static final double F1_TIE = 0.005;

    private final TrainingSet set;
    private final int folds;
    private final Lexicon lexicon = Lexicon.english();

    CrossValidation(TrainingSet set, int folds) {
        this.set = set;
        this.folds = folds;
    }

    /** One held-out article's counts per threshold, and the set it comes from (its gold folder's name). */
    record ArticleCounts(String id, String set, Counts[] meet, Counts[] call) {
    }

    /** Held-out counts per article and threshold, for meetings and calls, and the errors at each threshold. */
    record Result(int folds, String[] errors, List<ArticleCounts> articles) {

        /** The meeting counts of all articles at each threshold. */
        Counts[] meet() {
            return totals(ArticleCounts::meet);
        }

        /** The call counts of all articles at each threshold. */
        Counts[] call() {
            return totals(ArticleCounts::call);
        }

        private Counts[] totals(Function<ArticleCounts, Counts[]> relation) {
            Counts[] out = zeros();
            for (ArticleCounts a : articles) {
                for (int t = 0; t < out.length; t++) {
                    out[t] = out[t].plus(relation.apply(a)[t]);
                }
            }
            return out;
        }

        /**
         * The best held-out F1 among the thresholds that reach the first precision floor any reaches; where none
         * reaches the last, the best F1 of all (the most precise one would give up much recall for a few points of
         * a precision still short of the bar). Until the seventh session of 2026-12-07 the rule took the most
         * precise threshold whose F1 the articles did not surely put below the best one at a floor of 0.80: its
         * choice swung between 0.50 and 0.80 with changes that moved no figure (docs/accuracy.md).
         */
        private static int best(Counts[] counts) {
            for (double floor : PRECISION_FLOORS) {
                int best = bestF1(counts, floor);
                if (best >= 0) {
                    return best;
                }
            }
            return bestF1(counts, 0);
        }

        /** The index of the meeting threshold that ships. */
        int bestMeet() {
            return best(meet());
        }

        /** The index of the call threshold that ships. */
        int bestCall() {
            return best(call());
        }

        /**
         * The threshold of the best F1 among those whose precision reaches the floor; of thresholds within
         * {@value #F1_TIE} of that F1, the highest (the more precise), or -1 where none reaches the floor.
         */
        private static int bestF1(Counts[] counts, double floor) {
            int best = -1;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i].precision() >= floor && (best < 0 || counts[i].f1() > counts[best].f1())) {
                    best = i;
                }
            }
            for (int i = counts.length - 1; i > best && best >= 0; i--) {
                if (counts[i].precision() >= floor && counts[i].f1() >= counts[best].f1() - F1_TIE) {
                    return i;
                }
            }
            return best;
        }

        double meetThreshold() {
            return THRESHOLDS[bestMeet()];
        }

        double callThreshold() {
            return THRESHOLDS[bestCall()];
        }

        String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%d-fold cross-validation by article, with the tuning articles (held-out P / R / F1, %d articles)%n",
                    folds, articles.size()));
            b.append("threshold   met_with                 called_for\n");
            Counts[] meet = meet();
            Counts[] call = call();
            for (int i = 0; i < THRESHOLDS.length; i++) {
                b.append(String.format(Locale.ROOT, "%.2f        %s     %s%n", THRESHOLDS[i], prf(meet[i]), prf(call[i])));
            }
            return b.toString();
        }

        /** The 95% intervals of the chosen thresholds' F1 when the articles are drawn again (bootstrap). */
        String intervals() {
            int m = bestMeet();
            int c = bestCall();
            double[] mi = Bootstrap.interval(articles.stream().map(a -> a.meet()[m]).toList());
            double[] ci = Bootstrap.interval(articles.stream().map(a -> a.call()[c]).toList());
            return String.format(Locale.ROOT, "95%% interval over articles (bootstrap): met_with F1 %.3f to %.3f at"
                    + " %.2f, called_for F1 %.3f to %.3f at %.2f%n", mi[0], mi[1], THRESHOLDS[m], ci[0], ci[1],
                    THRESHOLDS[c]);
        }

        /**
         * The held-out figures of each set at the shipped thresholds: the train articles, on which no rule was
         * written, apart from dev, on which the cue rules were.
         */
        String bySet() {
            int m = bestMeet();
            int c = bestCall();
            Map<String, List<ArticleCounts>> sets = new LinkedHashMap<>();
            articles.forEach(a -> sets.computeIfAbsent(a.set(), k -> new ArrayList<>()).add(a));
            StringBuilder b = new StringBuilder("held out, by set, at the shipped thresholds (P / R / F1):\n");
            sets.forEach((set, in) -> b.append(String.format(Locale.ROOT, "%-6s %3d articles  met_with %s  called_for %s%n",
                    set, in.size(), prf(total(in, a -> a.meet()[m])), prf(total(in, a -> a.call()[c])))));
            return b.toString();
        }

        private static Counts total(List<ArticleCounts> articles, Function<ArticleCounts, Counts> counts) {
            return articles.stream().map(counts).reduce(Counts.ZERO, Counts::plus);
        }

        /**
         * One line per held-out article and threshold: id, threshold, met_with tp fp fn, called_for tp fp fn
         * (tab-separated, after a header line naming the chosen thresholds); what {@link CompareRuns} reads.
         */
        String articleTable() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "# meet.threshold=%.2f call.threshold=%.2f%n", meetThreshold(), callThreshold()));
            for (ArticleCounts a : articles) {
                for (int i = 0; i < THRESHOLDS.length; i++) {
                    Counts x = a.meet()[i];
                    Counts y = a.call()[i];
                    b.append(String.format(Locale.ROOT, "%s\t%.2f\t%d\t%d\t%d\t%d\t%d\t%d%n", a.id(), THRESHOLDS[i],
                            x.tp(), x.fp(), x.fn(), y.tp(), y.fp(), y.fn()));
                }
            }
            return b.toString();
        }

        private static String prf(Counts c) {
            return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", c.precision(), c.recall(), c.f1());
        }
    }

    Result run() throws IOException {
        StringBuilder[] errors = new StringBuilder[THRESHOLDS.length];
        java.util.Arrays.setAll(errors, i -> new StringBuilder());
        List<TrainingArticle> articles = set.articles();
        Map<String, ArticleCounts> byArticle = new LinkedHashMap<>();
        for (TrainingArticle a : articles) {
            byArticle.put(a.id(), zeroCounts(a));
        }
        for (int f = 0; f < folds; f++) {
            int fold = f;
            Set<TrainingArticle> heldOut = new LinkedHashSet<>();
            for (int i = 0; i < articles.size(); i++) {
                if (i % folds == fold) {
                    heldOut.add(articles.get(i));
                }
            }
            scoreAtEachThreshold(a -> !heldOut.contains(a), heldOut, byArticle, errors);
            System.err.printf("fold %d of %d scored%n", f + 1, folds);
        }
        if (!set.tuning().isEmpty()) {
            set.tuning().forEach(a -> byArticle.put(a.id(), zeroCounts(a)));
            scoreAtEachThreshold(a -> true, new LinkedHashSet<>(set.tuning()), byArticle, errors);
            System.err.printf("%d tuning articles scored%n", set.tuning().size());
        }
        return new Result(folds,
                java.util.Arrays.stream(errors).map(StringBuilder::toString).toArray(String[]::new),
                List.copyOf(byArticle.values()));
    }

    private static ArticleCounts zeroCounts(TrainingArticle a) {
        return new ArticleCounts(a.id(), Path.of(a.group()).getFileName().toString(), zeros(), zeros());
    }

    /** Trains the models on the articles kept and adds the counts of the scored articles at each threshold. */
    private void scoreAtEachThreshold(java.util.function.Predicate<TrainingArticle> keep, Set<TrainingArticle> scored,
                                      Map<String, ArticleCounts> byArticle, StringBuilder[] errors) throws IOException {
        MaxentModel meetModel = RelationTrainer.train(set.events(TrainingArticle::meetEvents, keep));
        MaxentModel callModel = RelationTrainer.train(set.events(TrainingArticle::callEvents, keep));
        for (int t = 0; t < THRESHOLDS.length; t++) {
            RelationModels models = new RelationModels(new LinkModel(meetModel, THRESHOLDS[t]),
                    new LinkModel(callModel, THRESHOLDS[t]));
            for (EvaluationReport.ArticleResult r : score(new Extractor(lexicon, models), scored, errors[t])) {
                ArticleCounts a = byArticle.get(r.id());
                a.meet()[t] = a.meet()[t].plus(r.counts(Category.MET_WITH));
                a.call()[t] = a.call()[t].plus(r.counts(Category.CALLED_FOR));
            }
        }
    }

    /** The held-out articles' results, scored as {@code newsgraph evaluate} scores. */
    private static List<EvaluationReport.ArticleResult> score(Extractor extractor, Set<TrainingArticle> heldOut,
                                                              StringBuilder errors) throws IOException {
        ArticleGraphBuilder rdf = new ArticleGraphBuilder(NKG.DEFAULT_BASE, "cross-validation");
        List<ArticleGraph> graphs = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        for (TrainingArticle a : heldOut) {
            Extraction x = extractor.extract(a.resolved(), a.article().date());
            graphs.add(rdf.build(a.article(), x));
            groups.add(a.group());
            ids.add(a.id());
        }
        List<EvaluationReport.ArticleResult> out = new ArrayList<>();
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.replace(graphs);
            for (String group : groups) {
                EvaluationReport r = Evaluation.score(Path.of(group), store.dataset(), ids::contains);
                out.addAll(r.articles());
                r.verbose().lines().filter(l -> !l.contains("  miss    ") && !l.contains("  false alarm  ")
                        || l.contains("MET_WITH") || l.contains("CALLED_FOR")).forEach(l -> errors.append(l).append('\n'));
            }
        }
        return out;
    }

    private static Counts[] zeros() {
        Counts[] out = new Counts[THRESHOLDS.length];
        java.util.Arrays.fill(out, Counts.ZERO);
        return out;
    }
}
