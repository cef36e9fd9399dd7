package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.newsgraph.document.Article;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.eval.GoldArticle;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.resolve.Titles;

/**
 * Silver name-finder training data projected from gold articles (GUIDELINES.md gold files beside their texts):
 * each article is cut into sentences and tokens exactly as the product cuts it, and every occurrence of an
 * entity's name or of an alias that is itself a proper name is tagged with the entity's type. Descriptions
 * ("the foreign minister", "The Prime Minister", "Kenyan President"), possessives and lower-case forms are not
 * names and are left untagged; titles and honorifics before a person's name ("Mr Wanjiru") are left outside the
 * span, as in GMB.
 *
 * <p>With {@code --folds K --hold-out I} the articles of fold {@code I} (article {@code n} of the sorted list
 * is in fold {@code n % K}) are left out, for article-level cross-validation; {@code --only-fold I} lists the
 * held-out articles' ids instead.
 */
public final class SilverData {

    private static final Map<String, String> MODEL_TYPES = Map.of(
            "PERSON", "person", "ORGANIZATION", "organization", "LOCATION", "location");
    /** Tokens that mark a description or a possessive rather than a name. */
    private static final Set<String> NOT_IN_NAMES = Set.of("'s", "'");
    /** Words that open a description of a person ("The Prime Minister"), never the person's name. */
    private static final Set<String> DETERMINERS = Set.of("The", "A", "An");

    private final NlpPipeline nlp;

    SilverData(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    /** One gold article with its text. */
    record Labelled(GoldArticle gold, String text) {
    }

    /** A name form to tag: its tokens in the name finder's forms and the model's type. */
    record Form(List<String> tokens, String type) {
    }

    /**
     * The fold of each gold article under the folders in a K-fold split ({@code --folds K}): article n of the
     * id-sorted list is in fold n % K. The name-finder models of scripts/cross-validate-ner follow it.
     */
    public static Map<String, Integer> folds(List<Path> folders, int k) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        List<Labelled> articles = read(folders);
        for (int n = 0; n < articles.size(); n++) {
            out.put(articles.get(n).gold().id(), n % k);
        }
        return out;
    }

    /** The gold articles under the folders, sorted by id, with the texts beside them. */
    static List<Labelled> read(List<Path> folders) throws IOException {
        List<Labelled> out = new ArrayList<>();
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES);
        for (Path folder : folders) {
            List<Path> golds;
            try (Stream<Path> files = Files.list(folder)) {
                golds = files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
            }
            for (Path gold : golds) {
                Path text = Path.of(gold.toString().replaceFirst("\\.json$", ".txt"));
                if (Files.isRegularFile(text)) {
                    out.add(new Labelled(GoldArticle.read(gold), articleText(reader, text)));
                }
            }
        }
        out.sort(Comparator.comparing(l -> l.gold().id()));
        return out;
    }

    private static String articleText(ArticleReader reader, Path file) {
        String[] text = new String[1];
        reader.read(List.of(file.toString()), new ArticleReader.Sink() {
            @Override
            public void article(Article article) {
                text[0] = article.text();
            }

            @Override
            public void rejected(Rejected rejected) {
                throw new UncheckedIOException(new IOException(rejected.toString()));
            }
        });
        return text[0];
    }

    /** The article's sentences in name-sample format, an empty line after them. */
    String samples(Labelled article) {
        List<Form> forms = forms(article.gold()).stream().filter(f -> !commonWord(f, article.text())).toList();
        StringBuilder out = new StringBuilder();
        for (String[] sentence : nlp.nameFinderSentences(article.text())) {
            out.append(tag(sentence, forms)).append('\n');
        }
        return out.append('\n').toString();
    }

    /**
     * A one-word form the article also writes in lower case is a common word, not a name: a pronoun an
     * annotator listed as an alias ("He"), say.
     */
    static boolean commonWord(Form form, String text) {
        if (form.tokens().size() != 1) {
            return false;
        }
        String lower = form.tokens().get(0).toLowerCase(Locale.ROOT);
        return !lower.equals(form.tokens().get(0))
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /** Longest form first at each token; tagged tokens are not matched again. */
    static String tag(String[] tokens, List<Form> forms) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Form match = longestAt(tokens, i, forms);
            if (match == null) {
                out.add(tokens[i++]);
            } else {
                out.add("<START:" + match.type() + ">");
                out.addAll(match.tokens());
                out.add("<END>");
                i += match.tokens().size();
            }
        }
        return String.join(" ", out);
    }

    private static Form longestAt(String[] tokens, int at, List<Form> forms) {
        Form best = null;
        for (Form f : forms) {
            int n = f.tokens().size();
            if (at + n <= tokens.length && (best == null || n > best.tokens().size())
                    && Arrays.asList(tokens).subList(at, at + n).equals(f.tokens())) {
                best = f;
            }
        }
        return best;
    }

    /** The taggable forms of the article's entities; a form two entities of different types share is dropped. */
    List<Form> forms(GoldArticle gold) {
        Map<List<String>, String> types = new HashMap<>();
        Set<List<String>> ambiguous = new HashSet<>();
        for (GoldArticle.Entity e : gold.entities()) {
            String type = MODEL_TYPES.get(e.type());
            List<String> all = new ArrayList<>(e.aliases());
            all.add(0, e.name());
            for (String written : all) {
                List<String> tokens = nameTokens(written, type);
                if (tokens.isEmpty()) {
                    continue;
                }
                String before = types.putIfAbsent(tokens, type);
                if (before != null && !before.equals(type)) {
                    ambiguous.add(tokens);
                }
            }
        }
        List<Form> out = new ArrayList<>();
        types.forEach((tokens, type) -> {
            if (!ambiguous.contains(tokens)) {
                out.add(new Form(tokens, type));
            }
        });
        out.sort(Comparator.comparing(f -> String.join(" ", f.tokens())));
        return out;
    }

    /**
     * A written name's tokens, or none when it is no proper name: it must begin and end with a capital or a
     * digit and hold no possessive. A person's leading titles and honorifics are taken off.
     */
    List<String> nameTokens(String written, String type) {
        List<String[]> sentences = nlp.nameFinderSentences(written);
        if (sentences.size() != 1) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(sentences.get(0)));
        while ("person".equals(type) && !tokens.isEmpty() && Titles.isTitleWord(tokens.get(0))) {
            tokens.remove(0);
        }
        if (tokens.isEmpty() || !properEdge(tokens.get(0)) || !properEdge(tokens.get(tokens.size() - 1))
                || "person".equals(type) && (DETERMINERS.contains(tokens.get(0)) || Titles.isTitleAlone(tokens))
                || tokens.stream().anyMatch(t -> NOT_IN_NAMES.contains(t.toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        return tokens;
    }

    private static boolean properEdge(String token) {
        int c = token.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static String usage() {
        return String.join("\n",
                "usage: SilverData --gold DIR... --out FILE [--folds K (--hold-out I | --only-fold I)]",
                "  writes name samples projected from the gold of DIR (GUIDELINES.md files beside their .txt)",
                "  --hold-out I   leaves out the articles of fold I (article n of the sorted list is in fold n % K)",
                "  --only-fold I  writes the ids of fold I's articles, one a line, instead of samples");
    }

    public static void main(String[] args) throws IOException {
        List<Path> gold = new ArrayList<>();
        Path out = null;
        int folds = 1;
        int holdOut = -1;
        int onlyFold = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold.add(Path.of(args[++i]));
                case "--out" -> out = Path.of(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--hold-out" -> holdOut = Integer.parseInt(args[++i]);
                case "--only-fold" -> onlyFold = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println(usage());
                    System.exit(2);
                    return;
                }
            }
        }
        if (gold.isEmpty() || out == null) {
            System.err.println(usage());
            System.exit(2);
            return;
        }
        List<Labelled> articles = read(gold);
        SilverData silver = new SilverData(NlpPipeline.shared());
        int written = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int n = 0; n < articles.size(); n++) {
                int fold = n % folds;
                if (onlyFold >= 0) {
                    if (fold == onlyFold) {
                        w.write(articles.get(n).gold().id() + "\n");
                        written++;
                    }
                } else if (fold != holdOut) {
                    w.write(silver.samples(articles.get(n)));
                    written++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d of %d articles%n", out, written, articles.size());
    }
}
