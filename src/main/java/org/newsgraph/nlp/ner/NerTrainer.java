package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.FilterObjectStream;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Trains an OpenNLP name-finder model from a name-sample file (one tokenized sentence per line,
 * {@code <START:type> … <END>} around names, an empty line between documents).
 *
 * <p>The shipped model {@value #MODEL_RESOURCE} is trained with the defaults of this class:
 * the feature generator {@value #FEATURES_RESOURCE} and the parameters {@value #PARAMS_RESOURCE}
 * on {@code gmb-kaggle-ner/train.txt}; {@code scripts/train-ner} reproduces it.
 *
 * <p>The parameter file is an OpenNLP training-parameter file ({@code Key=Value} lines:
 * {@code Algorithm}, {@code Iterations}, {@code Cutoff}, {@code Threads}, {@code BeamSize}, …). It may also hold
 * {@code SequenceCodec=BIO|BILOU}, which is taken out before the rest reaches OpenNLP.
 */
public final class NerTrainer {

    /** Classpath location of the shipped model. */
    public static final String MODEL_RESOURCE = "/org/newsgraph/nlp/ner/en-ner-news.bin";
    /** Classpath location of the feature-generator descriptor the shipped model was trained with. */
    public static final String FEATURES_RESOURCE = "/org/newsgraph/nlp/ner/features.xml";
    /** Classpath location of the training parameters the shipped model was trained with. */
    public static final String PARAMS_RESOURCE = "/org/newsgraph/nlp/ner/training.params";
    /** Extra key of the parameter file: the sequence codec, {@code BIO} (default) or {@code BILOU}. */
    public static final String CODEC_PARAM = "SequenceCodec";

    private NerTrainer() {
    }

    /** What a training run produced. */
    public record Result(TokenNameFinderModel model, Path modelFile, long trainMillis, long modelBytes,
                         int sentences) {
    }

    /**
     * Trains a model and writes it to {@code modelOut}.
     *
     * @param data         name-sample file, UTF-8
     * @param featuresXml  feature-generator descriptor; {@code null} for the shipped {@value #FEATURES_RESOURCE}
     * @param paramsFile   training parameters; {@code null} for the shipped {@value #PARAMS_RESOURCE}
     * @param modelOut     where the model .bin goes (parent directories are created)
     * @param language     language code written into the model, e.g. {@code en}
     */
    public static Result train(Path data, Path featuresXml, Path paramsFile, Path modelOut, String language)
            throws IOException {
        byte[] features = featuresXml != null ? Files.readAllBytes(featuresXml) : resourceBytes(FEATURES_RESOURCE);
        Map<String, String> params;
        if (paramsFile != null) {
            try (InputStream in = Files.newInputStream(paramsFile)) {
                params = readParams(in);
            }
        } else {
            try (InputStream in = resource(PARAMS_RESOURCE)) {
                params = readParams(in);
            }
        }
        return train(data, features, params, modelOut, language);
    }

    /**
     * Trains a model from in-memory settings and writes it to {@code modelOut} (if not {@code null}).
     *
     * @param params OpenNLP training parameters plus the optional {@value #CODEC_PARAM}
     */
    public static Result train(Path data, byte[] featuresXml, Map<String, String> params, Path modelOut,
                               String language) throws IOException {
        Map<String, String> p = new LinkedHashMap<>(params);
        SequenceCodec<String> codec = codec(p.remove(CODEC_PARAM));
        TrainingParameters tp = new TrainingParameters();
        p.forEach(tp::put);

        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, featuresXml,
                Collections.emptyMap(), codec);
        int[] count = new int[1];
        long t0 = System.nanoTime();
        TokenNameFinderModel model;
        try (ObjectStream<NameSample> samples = new CountingStream(open(data), count)) {
            model = NameFinderME.train(language, null, samples, tp, factory);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long bytes = -1;
        if (modelOut != null) {
            if (modelOut.toAbsolutePath().getParent() != null) {
                Files.createDirectories(modelOut.toAbsolutePath().getParent());
            }
            try (OutputStream out = Files.newOutputStream(modelOut)) {
                model.serialize(out);
            }
            bytes = Files.size(modelOut);
        }
        // the sample stream is read once per pass for some trainers; count one pass
        return new Result(model, modelOut, millis, bytes, count[0]);
    }

    /**
     * Reads name samples (UTF-8) from a file; empty lines set the clear-adaptive-data flag. Tokens come out in the
     * name finder's forms ({@link NlpPipeline#nameFinderForm}), as the product gives them at run time.
     */
    public static ObjectStream<NameSample> open(Path file) throws IOException {
        return new NameFinderForms(new NameSampleDataStream(new PlainTextByLineStream(
                new MarkableFileInputStreamFactory(file.toFile()), StandardCharsets.UTF_8)));
    }

    /** Parses a {@code Key=Value} parameter file, keeping its order. */
    public static Map<String, String> readParams(InputStream in) throws IOException {
        Properties props = new Properties();
        props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> out = new TreeMap<>();
        for (String k : props.stringPropertyNames()) {
            out.put(k, props.getProperty(k).trim());
        }
        return out;
    }

    static SequenceCodec<String> codec(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("BIO")) {
            return new BioCodec();
        }
        if (name.equalsIgnoreCase("BILOU")) {
            return new BilouCodec();
        }
        throw new IllegalArgumentException("unknown " + CODEC_PARAM + ": " + name + " (BIO or BILOU)");
    }

    static InputStream resource(String name) throws IOException {
        InputStream in = NerTrainer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("resource not on the classpath: " + name);
        }
        return in;
    }

    static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static String usage() {
        return String.join("\n",
                "usage: NerTrainer --data TRAIN.txt --model OUT.bin [--features features.xml] [--params training.params]",
                "                  [--lang en] [--eval TEST.txt]... [--verbose]",
                "  defaults: features and params as shipped (" + FEATURES_RESOURCE + ", " + PARAMS_RESOURCE + ")",
                "  --param Key=Value   overrides one training parameter (repeatable)",
                "  --eval FILE         evaluates the new model on FILE afterwards (repeatable)");
    }

    public static void main(String[] args) throws IOException {
        Path data = null;
        Path model = null;
        Path features = null;
        Path paramsFile = null;
        String lang = "en";
        List<Path> evals = new ArrayList<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data" -> data = Path.of(args[++i]);
                case "--model" -> model = Path.of(args[++i]);
                case "--features" -> features = Path.of(args[++i]);
                case "--params" -> paramsFile = Path.of(args[++i]);
                case "--lang" -> lang = args[++i];
                case "--eval" -> evals.add(Path.of(args[++i]));
                case "--param" -> {
                    String kv = args[++i];
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--param wants Key=Value, got " + kv);
                    }
                    overrides.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                case "--verbose" -> verbose = true;
                case "-h", "--help" -> {
                    System.out.println(usage());
                    return;
                }
                default -> {
                    System.err.println("unknown argument: " + a);
                    System.err.println(usage());
                    System.exit(2);
                    return;
                }
            }
        }
        if (data == null || model == null) {
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (verbose && System.getProperty("org.slf4j.simpleLogger.log.opennlp") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.opennlp", "info");
        }
        byte[] featureBytes = features != null ? Files.readAllBytes(features) : resourceBytes(FEATURES_RESOURCE);
        Map<String, String> params;
        try (InputStream in = paramsFile != null ? Files.newInputStream(paramsFile) : resource(PARAMS_RESOURCE)) {
            params = readParams(in);
        }
        params.putAll(overrides);

        PrintStream out = System.out;
        out.printf(Locale.ROOT, "training on %s%n  features: %s%n  params:   %s%n", data,
                features != null ? features : "classpath:" + FEATURES_RESOURCE, params);
        Result r = train(data, featureBytes, params, model, lang);
        out.printf(Locale.ROOT, "trained in %.1f s (%d sentences); model %s: %,d bytes (%.1f MB)%n",
                r.trainMillis() / 1000.0, r.sentences(), r.modelFile(), r.modelBytes(),
                r.modelBytes() / (1024.0 * 1024.0));
        for (Path e : evals) {
            NerEvaluator.Report rep = NerEvaluator.evaluate(r.model(), e);
            out.println("evaluation on " + e + ":");
            out.print(rep.format());
        }
    }

    /** Samples with their tokens folded to the name finder's forms. */
    private static final class NameFinderForms extends FilterObjectStream<NameSample, NameSample> {

        NameFinderForms(ObjectStream<NameSample> samples) {
            super(samples);
        }

        @Override
        public NameSample read() throws IOException {
            NameSample s = samples.read();
            if (s == null) {
                return null;
            }
            String[] tokens = s.getSentence().clone();
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = NlpPipeline.nameFinderForm(tokens[i]);
            }
            return new NameSample(s.getId(), tokens, s.getNames(), s.getAdditionalContext(),
                    s.isClearAdaptiveDataSet());
        }
    }

    /** Counts the samples of the first pass over the data. */
    private static final class CountingStream implements ObjectStream<NameSample> {
        private final ObjectStream<NameSample> in;
        private final int[] count;
        private boolean firstPass = true;

        CountingStream(ObjectStream<NameSample> in, int[] count) {
            this.in = in;
            this.count = count;
        }

        @Override
        public NameSample read() throws IOException {
            NameSample s = in.read();
            if (s != null && firstPass) {
                count[0]++;
            }
            return s;
        }

        @Override
        public void reset() throws IOException {
            firstPass = false;
            in.reset();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
