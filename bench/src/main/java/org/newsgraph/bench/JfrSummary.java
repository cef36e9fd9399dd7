package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Hot spots of a JFR recording of an ingest run ({@code jdk.ExecutionSample}, Java code on CPU): samples by
 * pipeline stage (the stage entry point nearest the top of the stack), by leaf method (self time), and by
 * the product's own method nearest the top (self time plus the library code it calls).
 */
final class JfrSummary {

    private JfrSummary() {
    }

    private static final Map<String, String> STAGES = Map.of(
            "org.newsgraph.nlp.NlpPipeline", "nlp",
            "org.newsgraph.resolve.Resolver", "resolve",
            "org.newsgraph.extract.Extractor", "extract",
            "org.newsgraph.rdf.ArticleGraphBuilder", "rdf",
            "org.newsgraph.store.KnowledgeStore", "store write",
            "org.newsgraph.document.ArticleReader", "read");

    static Map<String, Object> run(Path file, int top) throws Exception {
        Map<String, Integer> byStage = new HashMap<>();
        Map<String, Integer> byLeaf = new HashMap<>();
        Map<String, Integer> byOwn = new HashMap<>();
        Map<String, Integer> byThread = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = st.getFrames(); // top (leaf) first
            var thread = e.getThread("sampledThread");
            String tname = thread == null ? "?" : thread.getJavaName();
            byThread.merge(tname == null ? "?" : tname.replaceAll("-\\d+$", "-N"), 1, Integer::sum);
            byLeaf.merge(name(frames.get(0)), 1, Integer::sum);
            String own = null;
            String stage = null;
            for (RecordedFrame f : frames) {
                String cls = f.getMethod().getType().getName();
                String m = f.getMethod().getName();
                if (stage == null && (cls.equals("org.newsgraph.nlp.NlpPipeline") && m.equals("load")
                        || cls.equals("org.newsgraph.store.KnowledgeStore") && m.equals("open")
                        || m.equals("<init>") && (cls.startsWith("org.newsgraph.resolve.")
                        || cls.startsWith("org.newsgraph.extract.") || cls.startsWith("org.newsgraph.pipeline.")))) {
                    stage = "setup (models, gazetteers, store open)";
                }
                if (own == null && cls.startsWith("org.newsgraph.") && !cls.startsWith("org.newsgraph.bench")) {
                    own = name(f);
                }
                if (stage == null && STAGES.containsKey(cls)) {
                    stage = STAGES.get(cls);
                }
            }
            if ("nlp".equals(stage)) {
                stage = nlpPart(frames);
            }
            byStage.merge(stage == null ? "other (" + tname + ")" : stage, 1, Integer::sum);
            byOwn.merge(own == null ? "(no newsgraph frame)" : own, 1, Integer::sum);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "jfr");
        r.put("file", file.toString());
        r.put("samples", total);
        r.put("by_stage", topN(byStage, total, 100));
        r.put("by_own_method", topN(byOwn, total, top));
        r.put("by_leaf_method", topN(byLeaf, total, top));
        r.put("by_thread", topN(byThread, total, 10));
        return r;
    }

    private static String nlpPart(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String cls = f.getMethod().getType().getName();
            if (cls.startsWith("opennlp.tools.namefind")) {
                return "nlp: name finder";
            }
            if (cls.startsWith("opennlp.tools.postag")) {
                return "nlp: POS tag";
            }
            if (cls.startsWith("opennlp.tools.sentdetect") || cls.equals("org.newsgraph.nlp.SentenceSplitter")) {
                return "nlp: sentence split";
            }
            if (cls.equals("org.newsgraph.nlp.NewsTokenizer")) {
                return "nlp: tokenize";
            }
        }
        return "nlp: other";
    }

    private static String name(RecordedFrame f) {
        String cls = f.getMethod().getType().getName();
        return cls + "." + f.getMethod().getName();
    }

    private static List<Map<String, Object>> topN(Map<String, Integer> m, int total, int n) {
        List<Map.Entry<String, Integer>> es = new ArrayList<>(m.entrySet());
        es.sort((a, b) -> b.getValue() - a.getValue());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : es.subList(0, Math.min(n, es.size()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", e.getKey());
            row.put("samples", e.getValue());
            row.put("share", total == 0 ? 0 : e.getValue() / (double) total);
            out.add(row);
        }
        return out;
    }
}
