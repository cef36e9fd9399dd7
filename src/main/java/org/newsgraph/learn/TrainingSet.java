package org.newsgraph.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import opennlp.tools.ml.model.Event;
import org.newsgraph.document.Article;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.eval.GoldArticle;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.ner.SilverData;
import org.newsgraph.resolve.Resolver;

/**
 * The open sets' articles (X.txt with its X.json gold) and the own corpus's items, each run through nlp and
 * resolve once, with their labelled candidates.
 *
 * @param articles articles of the gold folders, in a fixed order (the folds depend on it)
 * @param corpus   items of the own corpus: always trained on, never held out
 * @param written  whole articles written and annotated for the project: always trained on, never held out
 * @param tuning   articles never trained on, scored by the models of all the others: with the held-out folds,
 *                 the evidence the thresholds are chosen on
 */
record TrainingSet(List<TrainingArticle> articles, List<TrainingArticle> corpus, List<TrainingArticle> written,
                   List<TrainingArticle> tuning) {

    /**
     * How many times each own-corpus event counts: the corpus states the guidelines' hard cases (same side,
     * letters, the press, plans) once each, and a handful of news articles would otherwise outvote them.
     */
    static final int CORPUS_WEIGHT = 3;

    /**
     * @param nerFolds null, or a folder of name-finder models fold0.bin … fold{K-1}.bin, each trained without
     *                 the articles of its fold (scripts/cross-validate-ner): each article is then read with the
     *                 model that never saw it, so that the link models learn from entities as good as those of
     *                 unseen news, not from the better ones of articles the shipped name finder learned
     * @param writtenDirs folders of articles written for the project (X.txt with its X.json gold), read with the
     *                    shipped name finder, which never saw them
     * @param tuningDirs  folders of such articles to choose the thresholds on, never to train on
     */
    static TrainingSet read(List<Path> goldDirs, Path corpusFile, Path nerFolds, List<Path> writtenDirs,
                            List<Path> tuningDirs) throws IOException {
        Extractor candidates = new Extractor(Lexicon.english(), null);
        Resolver resolver = new Resolver();
        Function<String, NlpPipeline> nlp = nerFolds == null ? id -> NlpPipeline.shared() : heldOut(goldDirs, nerFolds);
        List<TrainingArticle> articles = new ArrayList<>();
        for (Path dir : goldDirs) {
            articles.addAll(readDir(dir, resolver, candidates, nlp));
        }
        List<TrainingArticle> written = new ArrayList<>();
        for (Path dir : writtenDirs) {
            written.addAll(readDir(dir, resolver, candidates, id -> NlpPipeline.shared()));
        }
        List<TrainingArticle> tuning = new ArrayList<>();
        for (Path dir : tuningDirs) {
            tuning.addAll(readDir(dir, resolver, candidates, id -> NlpPipeline.shared()));
        }
        List<TrainingArticle> corpus = new ArrayList<>();
        if (corpusFile != null) {
            for (CorpusItem item : CorpusItem.read(corpusFile)) {
                Article article = new Article(item.id(), null, item.text(), null, null, null, null);
                var resolved = resolver.resolve(NlpPipeline.shared().annotate(article.text()));
                corpus.add(TrainingArticle.of(null, article, resolved, item.gold(),
                        candidates.candidates(resolved, null)));
            }
        }
        return new TrainingSet(List.copyOf(articles), List.copyOf(corpus), List.copyOf(written), List.copyOf(tuning));
    }

    private static List<TrainingArticle> readDir(Path dir, Resolver resolver, Extractor candidates,
                                                 Function<String, NlpPipeline> nlp) throws IOException {
        List<TrainingArticle> out = new ArrayList<>();
        for (Path txt : texts(dir)) {
            Article article = readArticle(txt);
            GoldArticle gold = GoldArticle.read(Path.of(txt.toString().replaceFirst("\\.txt$", ".json")));
            var resolved = resolver.resolve(nlp.apply(article.id()).annotate(article.text()));
            out.add(TrainingArticle.of(dir.toString(), article, resolved, gold,
                    candidates.candidates(resolved, article.date())));
        }
        return out;
    }

    /** For each article id, the pipeline whose name finder was trained without the article's fold. */
    private static Function<String, NlpPipeline> heldOut(List<Path> goldDirs, Path nerFolds) throws IOException {
        List<NlpPipeline> folds = new ArrayList<>();
        for (int k = 0; Files.exists(nerFolds.resolve("fold" + k + ".bin")); k++) {
            folds.add(NlpPipeline.withNameFinder(nerFolds.resolve("fold" + k + ".bin")));
        }
        if (folds.size() < 2) {
            throw new IOException("no fold0.bin, fold1.bin … in " + nerFolds + " (scripts/cross-validate-ner makes them)");
        }
        Map<String, Integer> foldOf = SilverData.folds(goldDirs, folds.size());
        return id -> {
            Integer fold = foldOf.get(id);
            if (fold == null) {
                throw new IllegalStateException("article " + id + " is in no fold of " + nerFolds);
            }
            return folds.get(fold);
        };
    }

    /** The events of one kind from the articles kept, from every written article and every corpus item. */
    List<Event> events(Function<TrainingArticle, List<Event>> kind, Predicate<TrainingArticle> keep) {
        List<Event> out = new ArrayList<>();
        articles.stream().filter(keep).forEach(a -> out.addAll(kind.apply(a)));
        written.forEach(a -> out.addAll(kind.apply(a)));
        for (int i = 0; i < CORPUS_WEIGHT; i++) {
            corpus.forEach(a -> out.addAll(kind.apply(a)));
        }
        return out;
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> Files.exists(Path.of(p.toString().replaceFirst("\\.txt$", ".json"))))
                    .sorted().toList();
        }
    }

    private static Article readArticle(Path txt) throws IOException {
        List<Article> read = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES).read(List.of(txt.toString()), new ArticleReader.Sink() {
            @Override
            public void article(Article article) {
                read.add(article);
            }

            @Override
            public void rejected(Rejected r) {
                rejected.add(r);
            }
        });
        if (read.size() != 1) {
            throw new IOException("cannot read " + txt + ": " + rejected);
        }
        return read.get(0);
    }
}
