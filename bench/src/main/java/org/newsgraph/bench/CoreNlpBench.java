package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newsgraph.nlp.NlpStages;

/**
 * The peer: the same texts through Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner; the ner annotator
 * needs lemmas). {@code fast} turns off fine-grained NER, SUTime and the numeric classifiers (the faster of
 * the two settings in shared/ANCHORS.md); {@code default} keeps CoreNLP's defaults. One pipeline shared by
 * {@code threads} workers, as the CoreNLP server does; model loading and a warm-up are left out of the rate.
 */
final class CoreNlpBench {

    private CoreNlpBench() {
    }

    static Map<String, Object> run(Path corpus, int n, int threads, String mode, int warm) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "corenlp-" + mode);
        r.put("loadavg_start", Util.loadAvg());
        List<Path> files = Util.corpusFiles(corpus, n);
        List<String> texts = new ArrayList<>();
        long ourTokens = 0;
        for (Path p : files) {
            String t = Util.text(p);
            texts.add(t);
            ourTokens += NlpStages.countTokens(t);
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        if (mode.equals("fast")) {
            props.setProperty("ner.applyFineGrained", "false");
            props.setProperty("ner.useSUTime", "false");
            props.setProperty("ner.applyNumericClassifiers", "false");
        }
        long l0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        long loadNanos = System.nanoTime() - l0;
        for (String t : texts.subList(0, Math.min(warm, texts.size()))) {
            pipeline.annotate(new Annotation(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long s0 = System.nanoTime();
        List<Future<Integer>> fs = new ArrayList<>();
        for (String t : texts) {
            fs.add(pool.submit(() -> {
                Annotation a = new Annotation(t);
                pipeline.annotate(a);
                return a.get(CoreAnnotations.TokensAnnotation.class).size();
            }));
        }
        long theirTokens = 0;
        for (Future<Integer> f : fs) {
            theirTokens += f.get();
        }
        long nanos = System.nanoTime() - s0;
        pool.shutdown();
        r.put("mode", mode);
        r.put("annotators", props.getProperty("annotators"));
        r.put("articles", texts.size());
        r.put("threads", threads);
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("model_load_ms", loadNanos / 1e6);
        r.put("seconds", nanos / 1e9);
        r.put("tokens", ourTokens);
        r.put("corenlp_tokens", theirTokens);
        r.put("tokens_per_s", Util.perSec(ourTokens, nanos));
        r.put("tokens_per_s_per_core", Util.perSec(ourTokens, nanos) / Math.min(threads,
                Runtime.getRuntime().availableProcessors()));
        r.put("corenlp_tokens_per_s_per_core", Util.perSec(theirTokens, nanos) / Math.min(threads,
                Runtime.getRuntime().availableProcessors()));
        return r;
    }
}
