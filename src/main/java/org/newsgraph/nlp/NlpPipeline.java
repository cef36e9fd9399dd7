package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The NLP stage: sentences, tokens with character offsets, UD part-of-speech tags and statistical names.
 * Models are loaded once per JVM ({@link #shared()}) and used through OpenNLP's thread-safe wrappers,
 * so one instance serves every ingest thread.
 */
public final class NlpPipeline {

    /** Set this system property to a model file to try another name finder without rebuilding. */
    public static final String NER_MODEL_PROPERTY = "newsgraph.ner.model";
    static final String NER_MODEL_RESOURCE = "/org/newsgraph/nlp/ner/en-ner-news.bin";
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** The universal tag of punctuation. */
    private static final String PUNCT = "PUNCT";
    /** The name of the maximum-entropy model inside an OpenNLP POS model file. */
    private static final String POS_MODEL_ENTRY = "pos.model";

    /** Tokens tagged as one sentence at most; news sentences run to 80 or so, a longer run is split. */
    static final int MAX_SENTENCE_TOKENS = 400;

    /** Combining marks left by canonical decomposition: the accents folded away for the name finder. */
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static volatile NlpPipeline shared;

    private final SentenceSplitter sentences;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeNameFinderME names;

    private NlpPipeline(SentenceModel sentenceModel, POSModel posModel, TokenNameFinderModel nerModel) {
        this.sentences = new SentenceSplitter(sentenceModel, SentenceSplitter.englishTitleAbbreviations(),
                SentenceSplitter.englishSentenceOpeners(), SentenceSplitter.englishMonthAbbreviations());
        this.tagger = new ThreadSafePOSTaggerME(posModel);
        this.names = new ThreadSafeNameFinderME(nerModel);
    }

    /** The JVM-wide pipeline, loading the models on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = load();
                    shared = p;
                }
            }
        }
        return p;
    }

    /**
     * A pipeline with another name-finder model than the shipped one (the cross-validation folds of
     * scripts/cross-validate-ner, which never saw some articles, for training the link models on those).
     */
    public static NlpPipeline withNameFinder(Path model) throws IOException {
        try (InputStream s = resource(SENTENCE_MODEL); InputStream pos = resource(POS_MODEL);
             InputStream ner = Files.newInputStream(model)) {
            return new NlpPipeline(new SentenceModel(s), greedy(new POSModel(pos)), new TokenNameFinderModel(ner));
        }
    }

    private static NlpPipeline load() {
        try (InputStream s = resource(SENTENCE_MODEL); InputStream pos = resource(POS_MODEL);
             InputStream ner = nerModelStream()) {
            return new NlpPipeline(new SentenceModel(s), greedy(new POSModel(pos)), new TokenNameFinderModel(ner));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NLP models", e);
        }
    }

    /**
     * The tagger without its beam search (OpenNLP's models ship with a beam of 3): the same entities and
     * relations on the dev set in less tagging time. The name finder keeps its beam, which it needs (with a
     * beam of 1 it finds 3 of the dev set's 81 persons fewer).
     */
    static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact(POS_MODEL_ENTRY);
        return new POSModel(model.getLanguage(), maxent, 1, Map.of(), model.getFactory());
    }

    private static InputStream nerModelStream() throws IOException {
        String override = System.getProperty(NER_MODEL_PROPERTY);
        return override != null ? Files.newInputStream(Path.of(override)) : resource(NER_MODEL_RESOURCE);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = NlpPipeline.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model not on the classpath: " + name);
        }
        return in;
    }

    /** Annotates one article's text. Thread-safe. */
    public AnnotatedText annotate(String text) {
        names.clearAdaptiveData(); // the adaptive features belong to one document
        List<Sentence> out = new ArrayList<>();
        List<NameMention> found = new ArrayList<>();
        for (Span span : sentences.split(text)) {
            List<int[]> tokens = NewsTokenizer.tokenize(text, span.getStart(), span.getEnd());
            // a run of tokens the splitter did not end ("U.S." after "U.S." ...) is tagged in parts, since the
            // tagger's and name finder's beam search take time in the square of a sentence's length
            for (int from = 0; from == 0 || from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                int to = Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS);
                int start = from == 0 ? span.getStart() : tokens.get(from)[0];
                int end = to == tokens.size() ? span.getEnd() : tokens.get(to - 1)[1];
                Sentence sentence = tag(text, out.size(), start, end, tokens.subList(from, to));
                out.add(sentence);
                found.addAll(findNames(sentence));
            }
        }
        return new AnnotatedText(text, out, found);
    }

    /**
     * The token sequences the name finder is given for a text, one per sentence part as {@link #annotate} cuts
     * them, in the name finder's forms ({@link #nameFinderForm}): training data made from articles must be cut
     * exactly as the product cuts them at run time.
     */
    public List<String[]> nameFinderSentences(String text) {
        List<String[]> out = new ArrayList<>();
        for (Span span : sentences.split(text)) {
            List<int[]> tokens = NewsTokenizer.tokenize(text, span.getStart(), span.getEnd());
            for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                List<int[]> part = tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS));
                out.add(part.stream()
                        .map(t -> nameFinderForm(NewsTokenizer.normalize(text.substring(t[0], t[1]))))
                        .toArray(String[]::new));
            }
        }
        return out;
    }

    /**
     * The form of a token the name finder sees: accents folded ("Raşit" → "Rasit"), so that a name spelt with
     * letters outside ASCII gets the word shape (capitalised, letters only) of the English-shaped names the
     * model learned from. Training applies the same folding to every sample.
     */
    public static String nameFinderForm(String norm) {
        for (int k = 0; k < norm.length(); k++) {
            if (norm.charAt(k) > 0x7f) {
                String folded = COMBINING_MARKS.matcher(Normalizer.normalize(norm, Normalizer.Form.NFD)).replaceAll("");
                return folded.isEmpty() ? norm : folded;
            }
        }
        return norm;
    }

    private Sentence tag(String text, int index, int start, int end, List<int[]> spans) {
        String[] norms = new String[spans.size()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = NewsTokenizer.normalize(text.substring(spans.get(i)[0], spans.get(i)[1]));
        }
        String[] tags = norms.length == 0 ? new String[0] : tagger.tag(norms);
        retagCompounds(norms, tags);
        List<Token> tokens = new ArrayList<>(norms.length);
        for (int i = 0; i < norms.length; i++) {
            int[] s = spans.get(i);
            tokens.add(new Token(text.substring(s[0], s[1]), norms[i], s[0], s[1], tags[i]));
        }
        return new Sentence(index, start, end, text.substring(start, end), tokens);
    }

    /**
     * The tagger learned from a treebank that splits "long-time" into three tokens, so it tags our one hyphenated
     * word as punctuation: such a word is a proper noun when capitalised ("Abdel-Fattah"), an adjective before a
     * noun or adjective ("a long-time parliament speaker", "a two-day visit"), else a noun ("a cease-fire").
     */
    static void retagCompounds(String[] norms, String[] tags) {
        for (int i = 0; i < norms.length; i++) {
            if (!tags[i].equals(PUNCT) || !isCompound(norms[i])) {
                continue;
            }
            String next = i + 1 < tags.length ? tags[i + 1] : PUNCT;
            tags[i] = Character.isUpperCase(norms[i].codePointAt(0)) ? "PROPN"
                    : next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ") ? "ADJ" : "NOUN";
        }
    }

    /** Letters or digits on both sides of a hyphen: "long-time", "two-day", "COVID-19". */
    private static boolean isCompound(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1 && Character.isLetterOrDigit(word.charAt(hyphen - 1))
                && Character.isLetterOrDigit(word.charAt(hyphen + 1)) && word.chars().anyMatch(Character::isLetter);
    }

    private List<NameMention> findNames(Sentence sentence) {
        if (sentence.size() == 0) {
            return List.of();
        }
        String[] norms = sentence.tokens().stream().map(t -> nameFinderForm(t.norm())).toArray(String[]::new);
        List<NameMention> out = new ArrayList<>();
        for (Span s : names.find(norms)) {
            out.add(new NameMention(sentence.index(), s.getStart(), s.getEnd(),
                    sentence.token(s.getStart()).start(), sentence.token(s.getEnd() - 1).end(), s.getType(),
                    s.getProb()));
        }
        return out;
    }
}
