package org.newsgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An HTML page in the site's layout ({@code page.html}: header with the search box, the body, the footer).
 * Every page links only this server's own styles and scripts; each script enhances content that is
 * already in the HTML, so the pages read the same without JavaScript.
 *
 * @param title   the page's title, before " · newsgraph" (null: just "newsgraph")
 * @param body    the HTML inside {@code <main>}
 * @param head    extra HTML for {@code <head>} (stylesheets)
 * @param scripts names of files under {@code static/} to load at the end of the body
 * @param root    the way from the page's address to the site's top, for its links: "" for the site's own
 *                pages, which all sit there; {@code ../} for each level deeper of an address that is none of them
 */
record Page(String title, String body, String head, List<String> scripts, String root) {

    private static final Template LAYOUT = Template.load("page.html");
    private static final Template SCRIPT = Template.load("script.html");
    private static final Template MESSAGE = Template.load("message.html");

    static Page of(String title, String body) {
        return new Page(title, body, "", List.of(), "");
    }

    Page withHead(String html) {
        return new Page(title, body, html, scripts, root);
    }

    Page withScripts(String... names) {
        return new Page(title, body, head, List.of(names), root);
    }

    /** The same page served at an address {@code depth} levels below the site's top. */
    Page atDepth(int depth) {
        return new Page(title, body, head, scripts, "../".repeat(Math.max(0, depth)));
    }

    String render() {
        StringBuilder js = new StringBuilder();
        for (String name : scripts)
            js.append(SCRIPT.render("src", root + "static/" + name));
        return LAYOUT.render("title", title == null ? "newsgraph" : title + " · newsgraph",
            "head", head, "body", body, "scripts", js.toString(), "root", root);
    }

    void send(HttpServletResponse resp, int status) throws IOException {
        byte[] html = render().getBytes(StandardCharsets.UTF_8);
        Headers.html(resp);
        // Every page shows the store, which changes with each ingest.
        resp.setHeader("Cache-Control", "no-cache");
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(html.length);
        resp.getOutputStream().write(html);
    }

    /** A short page that says what went wrong, such as an unknown IRI, with the status that says it too. */
    static void sendMessage(HttpServletResponse resp, int status, String title, String message) throws IOException {
        message(title, message, 0).send(resp, status);
    }

    /** The page {@link #sendMessage} sends, for an address {@code depth} levels below the site's top. */
    static Page message(String title, String message, int depth) {
        return of(title, MESSAGE.render("title", title, "message", message, "root", "../".repeat(depth)))
            .atDepth(depth);
    }
}
