package org.newsgraph.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (an unknown path, a URI too long, a login refused, a failure outside any
 * servlet) in newsgraph's words rather than Jetty's HTML page: one line of plain text, or, for a browser asking
 * for an address that is not a file or an endpoint, the site's own page. Never the exception: a status of 500
 * says only that the server failed.
 */
final class OneLineErrors extends ErrorHandler {

    /** Addresses of programs and files, which get plain text even when a browser asks. */
    private static final Set<String> NOT_PAGES = Set.of("kg", "dump", "static", "ontology.ttl", "suggest");

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = Request.getPathInContext(request);
        String line = line(code, message, cause, path);
        boolean page = wantsHtml(request) && !NOT_PAGES.contains(firstSegment(path));
        String type = page ? "text/html;charset=utf-8" : "text/plain;charset=utf-8";
        byte[] body = (page ? Page.message(HttpStatus.getMessage(code), line, depth(path)).render() : line + "\n")
            .getBytes(StandardCharsets.UTF_8);
        HttpFields.Mutable headers = response.getHeaders();
        if (cause instanceof BadMessageException) // the parser gave up on the connection, and Jetty closes it:
            headers.put(HttpHeader.CONNECTION, "close"); // a client told so opens a new one for its next request
        headers.put(HttpHeader.CONTENT_TYPE, type);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        headers.put("X-Content-Type-Options", "nosniff");
        if (page)
            headers.put("Content-Security-Policy", Headers.CONTENT_SECURITY_POLICY);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        // a request too broken to be handled (URI too long, bad header): answered before any handler runs
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8"));
        return ByteBuffer.wrap((line(status, reason, null, null) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** What went wrong, in one line without the internals. */
    static String line(int code, String message, Throwable cause, String path) {
        if (code == HttpStatus.NOT_FOUND_404 && path != null)
            return "Not found: " + oneLine(path);
        boolean plain = cause == null && code < 500 && message != null && !message.isBlank();
        return plain ? oneLine(message) : HttpStatus.getMessage(code);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean wantsHtml(Request request) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static String firstSegment(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        return slash < 0 ? p : p.substring(0, slash);
    }

    /** Levels below the site's top: 0 for /nope, 1 for /no/pe. */
    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
