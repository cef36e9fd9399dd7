package org.newsgraph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.server.EntityFacts.ArticleRef;
import org.newsgraph.server.EntityFacts.Evidence;
import org.newsgraph.server.EntityFacts.Fact;
import org.newsgraph.server.EntityFacts.Ref;
import org.newsgraph.server.EntityFacts.RoleFacts;

/**
 * The page of one person, organization or place at {@code /entity?iri=IRI}: names, roles, meetings
 * (with a network view and a timeline), calls, and the articles that mention it, each fact with its
 * sentence. Rendered on the server; {@code network.js} draws the network from the data in the page.
 * Any other IRI of the graph is sent on to the article page (an article, or the sentence a fact comes from).
 */
final class EntityServlet extends HttpServlet {

    static final String PATH = "/entity";

    private static final Map<String, Template> PARTS = Template.fragments("entity.html");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ARTICLES = 200;
    private static final String HEAD = Template.load("network-head.html").render();

    private final transient GraphReader reader;
    private final transient Timeline timeline = new Timeline(PARTS);

    EntityServlet(GraphReader reader) {
        this.reader = reader;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = req.getParameter("iri");
        if (iri == null || iri.isBlank()) {
            Page.sendMessage(resp, HttpServletResponse.SC_BAD_REQUEST, "Which entity?",
                "This page shows one entity: give its IRI as entity?iri=…, or search for it by name.");
            return;
        }
        Optional<EntityFacts> facts = EntityFacts.load(reader, iri.strip());
        if (facts.isPresent()) {
            Page.of(facts.get().entity().label(), render(facts.get()))
                .withHead(HEAD)
                .withScripts("lib/cytoscape.min.js", "network.js")
                .send(resp, HttpServletResponse.SC_OK);
        } else {
            sendOn(iri.strip(), resp);
        }
    }

    /** An article, a fact or a sentence: to the article page; anything else is not in the graph. */
    private void sendOn(String iri, HttpServletResponse resp) throws IOException {
        List<Row> where = reader.select("where it is stated", Map.of("entity", NodeFactory.createURI(iri)));
        if (where.isEmpty()) {
            Page.sendMessage(resp, HttpServletResponse.SC_NOT_FOUND, "Not in the graph",
                "Nothing in the store is about " + iri + ".");
            return;
        }
        Headers.common(resp);
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", Html.articleHref(where.get(0).iri("article"), where.get(0).iri("evidence")));
    }

    private String render(EntityFacts f) {
        Ref e = f.entity();
        String type = Html.kindName(e.kind());
        return PARTS.get("page").render("label", e.label(), "type", type, "kind", e.kind(), "iri", e.iri(),
            "other-names", f.otherNames().isEmpty() ? "none" : String.join(", ", f.otherNames()),
            "article-count", count(f.articles().size(), "article"),
            "role-count", Integer.toString(f.roles().size()),
            "meeting-count", Integer.toString(f.meetings().size()),
            "call-count", Integer.toString(f.calls().size()),
            "article-total", Integer.toString(f.articles().size()),
            "roles", roles(f),
            "meetings", meetings(f),
            "calls", calls(f.calls(), "calls", "No calls by " + e.label() + " were found.", "together-with"),
            "calls-on", calls(f.callsOn(), "calls-on", "No calls addressed to " + e.label() + " were found.",
                "called-by"),
            "articles", articles(f.articles()));
    }

    private String roles(EntityFacts f) {
        if (f.roles().isEmpty())
            return none("No roles of " + f.entity().label() + " were found.");
        return PARTS.get("roles").render("items", Html.each(f.roles(), this::role));
    }

    private String role(RoleFacts r) {
        String of = r.of() == null ? "" : PARTS.get("role-of").render("link", link(r.of()));
        return PARTS.get("role").render("title", r.title(), "of", of, "evidence", Html.each(r.evidence(), this::evidence));
    }

    private String meetings(EntityFacts f) {
        List<Fact> meetings = f.meetings();
        if (meetings.isEmpty())
            return none("No meetings of " + f.entity().label() + " were found.");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= meetings.size(); i++)
            ids.add("meeting-" + i);
        List<Timeline.Mark> marks = Timeline.marks(meetings, ids);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < meetings.size(); i++)
            items.append(meeting(meetings.get(i), ids.get(i))).append('\n');
        Network network = Network.of(f.entity(), meetings, ids);
        return PARTS.get("meetings").render("graph", json(network), "summary", network.summary(),
            "timeline", timeline.render(marks, meetings.size() - marks.size(), f.entity().label()),
            "items", items.toString());
    }

    private String meeting(Fact m, String id) {
        String place = m.place() == null ? "" : PARTS.get("place").render("link", link(m.place()));
        return PARTS.get("meeting").render("id", id, "others", Html.list(m.others(), this::link), "place", place,
            "when", when(dateOf(m)), "evidence", Html.each(m.evidence(), this::evidence));
    }

    /** "on Monday · 17 May 2024", either part alone, or nothing. */
    private static String dateOf(Fact m) {
        List<String> parts = new ArrayList<>();
        if (m.dateText() != null)
            parts.add(m.dateText());
        if (m.date() != null)
            parts.add(Html.date(m.date()));
        return String.join(" · ", parts);
    }

    /**
     * @param others how the fact's other entities read: "together-with" for the co-agents of a call the
     *               entity made, "called-by" for the agents of a call on it
     */
    private String calls(List<Fact> calls, String id, String noneText, String others) {
        if (calls.isEmpty())
            return none(noneText);
        return PARTS.get("calls").render("id", id, "items", Html.each(calls, c -> call(c, others)));
    }

    private String call(Fact c, String others) {
        List<String> meta = new ArrayList<>();
        if (c.addressee() != null && others.equals("together-with"))
            meta.add(PARTS.get("addressed-to").render("link", link(c.addressee())));
        if (!c.others().isEmpty())
            meta.add(PARTS.get(others).render("links", Html.list(c.others(), this::link)));
        return PARTS.get("call").render("content", c.content(), "meta", String.join(" · ", meta),
            "evidence", Html.each(c.evidence(), this::evidence));
    }

    private String articles(List<ArticleRef> articles) {
        if (articles.isEmpty())
            return none("No article mentions it by name.");
        // A country can be named in most of a large store; the page lists the newest, the endpoint has all.
        String more = articles.size() <= MAX_ARTICLES ? ""
            : none("And " + (articles.size() - MAX_ARTICLES) + " more: ask the SPARQL endpoint for all of them.");
        return PARTS.get("articles").render("items", Html.each(articles.subList(0, Math.min(MAX_ARTICLES, articles.size())),
            a -> PARTS.get("article").render(
            "href", Html.articleHref(a.iri(), null), "label", a.label(),
            "meta", (a.published() == null ? "" : Html.date(a.published()) + " · ") + count(a.mentions(), "mention"))))
            + more;
    }

    private String evidence(Evidence e) {
        return PARTS.get("evidence").render("sentence", e.sentence(), "href", Html.articleHref(e.article().iri(), e.iri()),
            "article", e.article().label(),
            "published", when(Html.date(e.article().published())));
    }

    private String link(Ref r) {
        return PARTS.get("link").render("kind", r.kind(), "href", Html.entityHref(r.iri()), "label", r.label());
    }

    /** " · text" after a fact, or nothing when there is no text. */
    private static String when(String text) {
        return text == null || text.isEmpty() ? "" : PARTS.get("when").render("text", text);
    }

    private String none(String text) {
        return PARTS.get("none").render("text", text);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
