package org.newsgraph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.server.AnnotatedText.Span;
import org.newsgraph.server.EntityFacts.Ref;

/**
 * The page of one article at {@code /article?iri=IRI}: its text with every entity mention highlighted by
 * type and linked to the entity, and the sentences that state meetings and calls marked (each with the id
 * {@code char=start,end}, so an evidence IRI's fragment scrolls to it); then its facts and its entities.
 */
final class ArticleServlet extends HttpServlet {

    static final String PATH = "/article";

    private static final Map<String, Template> PARTS = Template.fragments("article.html");
    private static final int EVIDENCE = 0;
    private static final int MENTION = 1;
    private static final List<String> KINDS = List.of("person", "organization", "location", "thing");
    private static final Map<String, String> GROUP_NAMES =
        Map.of("person", "People", "organization", "Organizations", "location", "Places", "thing", "Other");

    /**
     * The most of an article's text one page shows: about 300 printed pages, beyond anything read in a
     * browser; the whole text stays in the downloads and at the endpoint.
     */
    static final int MAX_TEXT_CHARS = 1_000_000;
    /** The most mentions one page marks: each is a link, and a page of more is too heavy for a browser. */
    static final int MAX_MENTIONS = 20_000;

    private final transient GraphReader reader;

    ArticleServlet(GraphReader reader) {
        this.reader = reader;
    }

    /** A meeting or a call of the article. */
    private record Fact(String kind, Set<Sentence> sentences, Set<Ref> who, String content, String dateText) {}

    private record Sentence(int start, int end) {

        String id() {
            return "char=" + start + "," + end;
        }
    }

    private record Rendered(String title, String body) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = req.getParameter("iri") == null ? "" : req.getParameter("iri").strip();
        if (iri.isEmpty()) {
            Page.sendMessage(resp, HttpServletResponse.SC_BAD_REQUEST, "Which article?",
                "This page shows one article: give its IRI as article?iri=….");
            return;
        }
        Map<String, Node> article = Map.of("article", NodeFactory.createURI(iri));
        Rendered page = reader.read(() -> {
            List<Row> found = reader.select("article", article);
            return found.isEmpty() ? null : render(iri, found.get(0), reader.select("article mentions", article),
                facts(reader.select("article facts", article)));
        });
        if (page == null)
            Page.sendMessage(resp, HttpServletResponse.SC_NOT_FOUND, "No such article",
                "The store holds no article " + iri + ".");
        else
            Page.of(page.title(), page.body()).send(resp, HttpServletResponse.SC_OK);
    }

    private Rendered render(String iri, Row a, List<Row> mentions, List<Fact> facts) {
        String title = a.has("articleTitle") ? a.text("articleTitle") : a.has("articleId") ? a.text("articleId") : iri;
        List<Span> spans = evidenceSpans(facts);
        Map<Ref, Integer> entities = new LinkedHashMap<>();
        int marked = 0;
        for (Row m : mentions) {
            Ref entity = Ref.of(m, "other");
            entities.merge(entity, 1, Integer::sum);
            String open = PARTS.get("mention").render("kind", entity.kind(), "href", Html.entityHref(entity.iri()),
                "title", Html.kindName(entity.kind()) + ": " + entity.label());
            if (marked++ < MAX_MENTIONS)
                spans.add(new Span((int) m.number("start"), (int) m.number("end"), MENTION, open, open,
                    PARTS.get("mention-end").render()));
        }
        String text = a.text("text");
        String shown = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        String body = PARTS.get("page").render("title", title, "iri", iri,
            "id", orDash(a.text("articleId")),
            "published", a.has("published") ? Html.date(a.text("published")) : "–",
            "source", source(a.text("source")),
            "text", AnnotatedText.render(shown, spans, 2),
            "cut", cut(text.length(), mentions.size()),
            "facts", factList(facts), "entities", entityList(entities));
        return new Rendered(title, body);
    }

    /** The article's meetings and calls, in the order of their first sentence. */
    private static List<Fact> facts(List<Row> rows) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Row r : rows) {
            Fact f = facts.computeIfAbsent(r.iri("fact"), k -> new Fact(
                r.iri("kind").endsWith("Meeting") ? "meeting" : "appeal",
                new LinkedHashSet<>(), new LinkedHashSet<>(), r.text("content"), r.text("dateText")));
            if (r.has("start"))
                f.sentences().add(new Sentence((int) r.number("start"), (int) r.number("end")));
            if (r.has("other"))
                f.who().add(Ref.of(r, "other"));
        }
        return List.copyOf(facts.values());
    }

    /** One mark per sentence, however many facts it states. */
    private static List<Span> evidenceSpans(List<Fact> facts) {
        Map<Sentence, Set<String>> kinds = new LinkedHashMap<>();
        Map<Sentence, List<String>> titles = new LinkedHashMap<>();
        for (Fact f : facts) {
            for (Sentence s : f.sentences()) {
                kinds.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(f.kind());
                titles.computeIfAbsent(s, k -> new ArrayList<>()).add((f.kind().equals("meeting") ? "Meeting: " : "Call: ")
                    + Html.list(f.who(), Ref::label));
            }
        }
        List<Span> spans = new ArrayList<>();
        kinds.forEach((s, k) -> {
            String classes = String.join(" ", k);
            String title = String.join("; ", titles.get(s));
            spans.add(new Span(s.start(), s.end(), EVIDENCE,
                PARTS.get("evidence").render("kinds", classes, "id", s.id(), "title", title),
                PARTS.get("evidence-continued").render("kinds", classes, "title", title),
                PARTS.get("evidence-end").render()));
        });
        return spans;
    }

    private static String factList(List<Fact> facts) {
        if (facts.isEmpty())
            return PARTS.get("none").render("text", "No meetings or calls were found in this article.");
        return PARTS.get("facts").render("items", Html.each(facts, ArticleServlet::fact));
    }

    private static String fact(Fact f) {
        String who = Html.list(f.who(), ArticleServlet::link);
        String href = f.sentences().isEmpty() ? "#article-text" : "#" + f.sentences().iterator().next().id();
        return f.kind().equals("meeting")
            ? PARTS.get("meeting").render("who", who,
                "when", f.dateText() == null ? "" : PARTS.get("when").render("text", f.dateText()), "href", href)
            : PARTS.get("call").render("who", who, "content", f.content() == null ? "" : f.content(), "href", href);
    }

    private static String entityList(Map<Ref, Integer> entities) {
        if (entities.isEmpty())
            return PARTS.get("none").render("text", "No entity mentions were found in this article.");
        StringBuilder groups = new StringBuilder();
        for (String kind : KINDS) {
            List<String> links = new ArrayList<>();
            entities.forEach((e, n) -> {
                if (e.kind().equals(kind))
                    links.add(PARTS.get("counted-link").render("kind", kind, "href", Html.entityHref(e.iri()),
                        "label", e.label(), "count", Integer.toString(n)));
            });
            if (!links.isEmpty())
                groups.append(PARTS.get("entity-group").render("name", GROUP_NAMES.get(kind), "links", String.join(", ", links)))
                    .append('\n');
        }
        return PARTS.get("entities").render("groups", groups.toString());
    }

    private static String link(Ref r) {
        return PARTS.get("link").render("kind", r.kind(), "href", Html.entityHref(r.iri()), "label", r.label());
    }

    /** The article's source: a link when it is a web address, else as it is. */
    private static String source(String source) {
        if (source == null)
            return Template.escape("–");
        boolean web = source.startsWith("https://") || source.startsWith("http://");
        return web ? PARTS.get("source-link").render("href", source) : Template.escape(source);
    }

    /** What the page leaves out of a very long article, said where the text is; empty when nothing. */
    private static String cut(int textChars, int mentions) {
        List<String> notes = new ArrayList<>();
        if (textChars > MAX_TEXT_CHARS)
            notes.add(String.format("This page shows the first %,d of the article's %,d characters.", MAX_TEXT_CHARS,
                textChars));
        if (mentions > MAX_MENTIONS)
            notes.add(String.format("Only the first %,d of its %,d mentions are marked.", MAX_MENTIONS, mentions));
        return notes.isEmpty() ? "" : PARTS.get("cut").render("text", String.join(" ", notes)
            + " The whole article is in the downloads and at the SPARQL endpoint.");
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }
}
