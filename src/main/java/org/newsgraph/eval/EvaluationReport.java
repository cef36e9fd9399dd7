package org.newsgraph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of one evaluation run: counts and precision, recall, F1 per category, micro-averaged over
 * all articles (counts are summed first, then divided), with every miss and false alarm per article.
 */
public final class EvaluationReport {

    /** What is scored. ENTITY is the three entity types together. */
    public enum Category {
        ENTITY, PERSON, ORGANIZATION, LOCATION, MET_WITH, CALLED_FOR;

        /** The category of an entity type (PERSON, ORGANIZATION, LOCATION). */
        static Category ofType(String type) {
            return valueOf(type);
        }
    }

    /**
     * True positives, false positives (system items not matched), false negatives (gold items not
     * matched). A ratio whose denominator is zero is 1.0 when there was nothing to find and nothing
     * was claimed, else 0.0, so a report never holds NaN.
     */
    public record Counts(int tp, int fp, int fn) {

        public static final Counts ZERO = new Counts(0, 0, 0);

        public int gold() {
            return tp + fn;
        }

        public int system() {
            return tp + fp;
        }

        public double precision() {
            return ratio(tp, tp + fp);
        }

        public double recall() {
            return ratio(tp, tp + fn);
        }

        /** The harmonic mean of precision and recall, computed from the counts (2tp / (2tp + fp + fn)) to stay exact. */
        public double f1() {
            int denominator = 2 * tp + fp + fn;
            return denominator == 0 ? 1.0 : 2.0 * tp / denominator;
        }

        public Counts plus(Counts other) {
            return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
        }

        private double ratio(int numerator, int denominator) {
            if (denominator == 0) {
                return tp + fp + fn == 0 ? 1.0 : 0.0;
            }
            return (double) numerator / denominator;
        }
    }

    /** A gold item the system did not find (miss), or a system item no gold item matched (false alarm). */
    public record Item(Category category, String description) {
    }

    /** The result of one article: inStore is false when the store had no article with that identifier. */
    public record ArticleResult(String id, boolean inStore, Map<Category, Counts> counts,
                                List<Item> misses, List<Item> falseAlarms) {

        public ArticleResult {
            EnumMap<Category, Counts> all = new EnumMap<>(Category.class);
            for (Category category : Category.values()) {
                all.put(category, counts.getOrDefault(category, Counts.ZERO));
            }
            counts = Collections.unmodifiableMap(all);
            misses = List.copyOf(misses);
            falseAlarms = List.copyOf(falseAlarms);
        }

        public Counts counts(Category category) {
            return counts.get(category);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<ArticleResult> articles;
    private final List<String> skipped;
    private final Map<Category, Counts> totals = new EnumMap<>(Category.class);

    EvaluationReport(List<ArticleResult> articles, List<String> skipped) {
        this.articles = List.copyOf(articles);
        this.skipped = List.copyOf(skipped);
        for (Category category : Category.values()) {
            totals.put(category, this.articles.stream().map(a -> a.counts(category)).reduce(Counts.ZERO, Counts::plus));
        }
    }

    /** The micro-averaged counts of a category over all articles. */
    public Counts total(Category category) {
        return totals.get(category);
    }

    public List<ArticleResult> articles() {
        return articles;
    }

    /** Gold files that were not scored, with the reason (e.g. no X.txt beside X.json). */
    public List<String> skipped() {
        return skipped;
    }

    /** The scores as an aligned plain-text table, three decimals. */
    public String table() {
        long inStore = articles.stream().filter(ArticleResult::inStore).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d articles scored, %d found in the store%n", articles.size(), inStore));
        String row = "%-16s %6s %6s %6s %6s %6s %9s %7s %7s%n";
        out.append(String.format(Locale.ROOT, row, "category", "gold", "system", "tp", "fp", "fn", "precision", "recall", "f1"));
        for (Category category : Category.values()) {
            Counts c = total(category);
            out.append(String.format(Locale.ROOT, row, displayName(category), c.gold(), c.system(), c.tp(), c.fp(), c.fn(),
                    decimal(c.precision()), decimal(c.recall()), decimal(c.f1())));
        }
        skipped.forEach(reason -> out.append("skipped: ").append(reason).append(System.lineSeparator()));
        return out.toString();
    }

    /** Every miss and false alarm, per article, with the article's counts. */
    public String verbose() {
        StringBuilder out = new StringBuilder();
        for (ArticleResult article : articles) {
            out.append(articleHeader(article)).append(System.lineSeparator());
            article.misses().forEach(item -> out.append(itemLine("miss", item)));
            article.falseAlarms().forEach(item -> out.append(itemLine("false alarm", item)));
        }
        skipped.forEach(reason -> out.append("skipped: ").append(reason).append(System.lineSeparator()));
        return out.toString();
    }

    /** The report as JSON: totals per category, then per article its counts, misses and false alarms. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("articles", articles.size());
        root.put("articles_in_store", articles.stream().filter(ArticleResult::inStore).count());
        root.set("scores", scoresJson(totals));
        ArrayNode perArticle = root.putArray("per_article");
        for (ArticleResult article : articles) {
            ObjectNode node = perArticle.addObject();
            node.put("id", article.id());
            node.put("in_store", article.inStore());
            node.set("scores", scoresJson(article.counts()));
            node.set("misses", itemsJson(article.misses()));
            node.set("false_alarms", itemsJson(article.falseAlarms()));
        }
        ArrayNode skippedNode = root.putArray("skipped");
        skipped.forEach(skippedNode::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /** Writes {@link #toJson()} to a file (for --json FILE). */
    public void writeJson(Path file) throws IOException {
        Files.writeString(file, toJson() + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table();
    }

    private static String articleHeader(ArticleResult article) {
        if (!article.inStore()) {
            return article.id() + ": not in the store; all " + article.misses().size() + " gold items counted as misses";
        }
        Counts e = article.counts(Category.ENTITY);
        Counts m = article.counts(Category.MET_WITH);
        Counts c = article.counts(Category.CALLED_FOR);
        return String.format(Locale.ROOT, "%s: tp/fp/fn entities %d/%d/%d, met_with %d/%d/%d, called_for %d/%d/%d",
                article.id(), e.tp(), e.fp(), e.fn(), m.tp(), m.fp(), m.fn(), c.tp(), c.fp(), c.fn());
    }

    private static String itemLine(String kind, Item item) {
        return String.format(Locale.ROOT, "  %-11s  %-12s  %s%n", kind, item.category(), item.description());
    }

    private static String displayName(Category category) {
        return switch (category) {
            case PERSON, ORGANIZATION, LOCATION -> "  " + category;
            default -> category.name();
        };
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static ObjectNode scoresJson(Map<Category, Counts> counts) {
        ObjectNode scores = JSON.createObjectNode();
        for (Category category : Category.values()) {
            Counts c = counts.get(category);
            ObjectNode node = scores.putObject(category.name());
            node.put("tp", c.tp());
            node.put("fp", c.fp());
            node.put("fn", c.fn());
            node.put("precision", c.precision());
            node.put("recall", c.recall());
            node.put("f1", c.f1());
        }
        return scores;
    }

    private static ArrayNode itemsJson(List<Item> items) {
        ArrayNode array = JSON.createArrayNode();
        for (Item item : items) {
            ObjectNode node = array.addObject();
            node.put("category", item.category().name());
            node.put("item", item.description());
        }
        return array;
    }
}
