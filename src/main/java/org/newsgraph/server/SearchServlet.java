package org.newsgraph.server;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.server.EntitySearch.Hit;

/**
 * Search by name. {@code /search?q=} is a page of results (works without JavaScript); {@code /suggest?q=}
 * is the same search as JSON for the search box's type-ahead ({@code search.js}).
 */
final class SearchServlet extends HttpServlet {

    static final String PAGE_PATH = "/search";
    static final String SUGGEST_PATH = "/suggest";

    private static final Map<String, Template> PARTS = Template.fragments("search.html");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_LIMIT = 50;
    private static final int SUGGEST_LIMIT = 8;
    /** Suggestions start with the second letter typed: one letter matches nearly everything. */
    private static final int SUGGEST_MIN = 2;

    /** One suggestion as search.js reads it. */
    record Suggestion(String label, String type, String kind, String matched, String href) {}

    private final transient EntitySearch search;
    private final boolean json;

    /** @param json true for /suggest, false for the page */
    SearchServlet(EntitySearch search, boolean json) {
        this.search = search;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (json)
            suggest(q, resp);
        else
            Page.of(q.isEmpty() ? "Search" : "Search: " + q, PARTS.get("page").render("q", q, "results", results(q)))
                .send(resp, HttpServletResponse.SC_OK);
    }

    private String results(String q) {
        if (q.isEmpty())
            return PARTS.get("empty").render();
        List<Hit> hits = search.find(q, PAGE_LIMIT);
        if (hits.isEmpty())
            return PARTS.get("none").render("q", q);
        String count = hits.size() == PAGE_LIMIT ? "The first " + PAGE_LIMIT + " matches."
            : hits.size() == 1 ? "1 match." : hits.size() + " matches.";
        return PARTS.get("results").render("count", count, "items", Html.each(hits, h -> PARTS.get("hit").render(
            "kind", h.kind(), "href", h.href(), "label", h.label(), "type", Html.kindName(h.kind()),
            "matched", h.matched() == null ? "" : PARTS.get("matched").render("name", h.matched()))));
    }

    private void suggest(String q, HttpServletResponse resp) throws IOException {
        List<Hit> hits = q.length() < SUGGEST_MIN ? List.of() : search.find(q, SUGGEST_LIMIT);
        byte[] body = JSON.writeValueAsBytes(hits.stream()
            .map(h -> new Suggestion(h.label(), Html.kindName(h.kind()), h.kind(), h.matched(), h.href())).toList());
        Headers.common(resp);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentType("application/json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
