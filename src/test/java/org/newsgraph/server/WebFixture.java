package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.Ingests;
import org.newsgraph.store.KnowledgeStore;

/**
 * The store the web page tests look at: the two seed articles (the demo's: Zarif meets Emomali Rahmon "on
 * Monday") and three short dated articles written here (Maria Lopez meets Olaf Brandt twice and Pierre
 * Martin once, so her network has three nodes and three edges and her timeline three dates), ingested by
 * the real pipeline into TDB2 and served on a free port. Ingesting loads the language models, so it is
 * done once per test run: test classes take a {@code WebFixture} parameter through {@link Resolver}, and
 * the fixture is closed when the run ends.
 */
final class WebFixture implements ExtensionContext.Store.CloseableResource {

    static final String NG = "https://w3id.org/newsgraph/";
    static final String ZARIF = NG + "person/mohammad-javad-zarif";
    static final String RAHMON = NG + "person/emomali-rahmon";
    static final String LOPEZ = NG + "person/maria-lopez";
    static final String BRANDT = NG + "person/olaf-brandt";
    static final String MARTIN = NG + "person/pierre-martin";
    static final String PARIS_ARTICLE = NG + "article/lopez-martin-paris";
    static final String SEED_000 = NG + "article/seed-000";

    /** The evidence sentence of Zarif's meeting with Emomali Rahmon in seed-000. */
    static final String RAHMON_SENTENCE = "As another part of his schedule in Dushanbe, Zarif on Monday conferred with"
        + " Tajik President Emomali Rahmon on bilateral relations as well as regional and international developments.";

    /** File name to news-please JSON: dated, so "on Monday" resolves to a calendar date. */
    private static final Map<String, String> ARTICLES = Map.of(
        "lopez-brandt-berlin.json", """
            {"title": "Energy prices on the agenda in Berlin", "date_publish": "2024-03-06 09:00:00",
             "source_domain": "example.org",
             "maintext": "German Chancellor Olaf Brandt met Spanish Foreign Minister Maria Lopez in Berlin on Monday. \
            Lopez called on the European Union to expand its support for refugees."}
            """,
        "lopez-martin-paris.json", """
            {"title": "Lopez holds talks in Paris", "date_publish": "2024-04-12 10:00:00", "source_domain": "example.org",
             "url": "https://example.org/2024/04/lopez-paris?a=1&b=2",
             "maintext": "Spanish Foreign Minister Maria Lopez held talks with French President Pierre Martin in Paris \
            on Tuesday. Martin urged Spain to increase its defence spending."}
            """,
        "lopez-brandt-madrid.json", """
            {"title": "Brandt visits Madrid", "date_publish": "2024-05-20 08:00:00", "source_domain": "example.org",
             "maintext": "German Chancellor Olaf Brandt met Spanish Foreign Minister Maria Lopez in Madrid on Friday. \
            The Red Cross called for a ceasefire in the region."}
            """);

    private final Path dir;
    private final KnowledgeStore store;
    private final NewsgraphServer server;

    private WebFixture() {
        try {
            dir = Files.createTempDirectory("newsgraph-web");
            Path articles = Files.createDirectories(dir.resolve("articles"));
            for (Map.Entry<String, String> a : ARTICLES.entrySet())
                Files.writeString(articles.resolve(a.getKey()), a.getValue(), StandardCharsets.UTF_8);
            store = KnowledgeStore.open(dir.resolve("store"));
            IngestReport report = Ingests.strictly(List.of("seeds", articles.toString()), store);
            if (report.articles() != 5)
                throw new IllegalStateException("expected 5 articles, ingested " + report.articles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = NewsgraphServer.create().dataset(store.dataset()).port(0).build().start();
    }

    /** The server's base URL, ending in "/". */
    String base() {
        return server.url();
    }

    /** The absolute URL of a page, such as {@code url("entity?iri=" + ...)}. */
    String url(String path) {
        return base() + path;
    }

    String entityUrl(String iri) {
        return url(Html.entityHref(iri));
    }

    String articleUrl(String iri) {
        return url(Html.articleHref(iri, null));
    }

    @Override
    public void close() throws IOException {
        server.stop();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Gives test classes the one fixture of the run. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
            return p.getParameter().getType() == WebFixture.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext c) {
            return c.getRoot().getStore(ExtensionContext.Namespace.create(WebFixture.class))
                .getOrComputeIfAbsent(WebFixture.class, k -> new WebFixture(), WebFixture.class);
        }
    }
}
