package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Bench only: the sub-steps of {@link NlpPipeline#annotate} timed one by one, with the same classes and
 * models (the product's {@link SentenceSplitter} and {@link NewsTokenizer}, OpenNLP's POS tagger and name
 * finder on the same model resources), one thread. Lives in the nlp package to reach the package-private
 * splitter and tokenizer without changing the product; if the product's model resources move, this fails
 * loudly (the bench smoke test runs it).
 */
public final class NlpStages {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceSplitter splitter;
    private final POSTaggerME tagger;
    private final NameFinderME finder;

    private NlpStages(SentenceModel s, POSModel p, TokenNameFinderModel n) {
        this.splitter = new SentenceSplitter(s, SentenceSplitter.englishTitleAbbreviations(),
                SentenceSplitter.englishSentenceOpeners());
        this.tagger = new POSTaggerME(p);
        this.finder = new NameFinderME(n);
    }

    public static NlpStages load() {
        try (InputStream s = res(SENTENCE_MODEL); InputStream p = res(POS_MODEL);
             InputStream n = res(NlpPipeline.NER_MODEL_RESOURCE)) {
            return new NlpStages(new SentenceModel(s), NlpPipeline.greedy(new POSModel(p)), new TokenNameFinderModel(n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream res(String name) throws IOException {
        InputStream in = NlpPipeline.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model not on the classpath: " + name + " (did the product's models change?)");
        }
        return in;
    }

    /** Tokens of a text as the product counts them (the news tokenizer over each sentence). */
    public static int countTokens(String text) {
        return NewsTokenizer.tokenize(text, 0, text.length()).size();
    }

    /** Time in nanoseconds of each sub-step over a list of texts, and the tokens seen. */
    public record Timing(long splitNanos, long tokenizeNanos, long posNanos, long nerNanos, long tokens,
                         long sentences) {
    }

    /** Runs split, tokenize, tag and find over all texts, each step over all texts before the next. */
    public Timing time(List<String> texts) {
        long t0 = System.nanoTime();
        List<List<Span>> sents = new ArrayList<>(texts.size());
        long nSent = 0;
        for (String t : texts) {
            List<Span> s = splitter.split(t);
            sents.add(s);
            nSent += s.size();
        }
        long t1 = System.nanoTime();
        List<List<String[]>> norms = new ArrayList<>(texts.size());
        long tokens = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<String[]> doc = new ArrayList<>();
            for (Span span : sents.get(i)) {
                List<int[]> spans = NewsTokenizer.tokenize(text, span.getStart(), span.getEnd());
                String[] n = new String[spans.size()];
                for (int k = 0; k < n.length; k++) {
                    n[k] = NewsTokenizer.normalize(text.substring(spans.get(k)[0], spans.get(k)[1]));
                }
                doc.add(n);
                tokens += n.length;
            }
            norms.add(doc);
        }
        long t2 = System.nanoTime();
        long sink = 0;
        for (List<String[]> doc : norms) {
            for (String[] n : doc) {
                if (n.length > 0) {
                    sink += tagger.tag(n).length;
                }
            }
        }
        long t3 = System.nanoTime();
        for (List<String[]> doc : norms) {
            finder.clearAdaptiveData();
            for (String[] n : doc) {
                if (n.length > 0) {
                    sink += finder.find(n).length;
                }
            }
        }
        long t4 = System.nanoTime();
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return new Timing(t1 - t0, t2 - t1, t3 - t2, t4 - t3, tokens, nSent);
    }
}
