package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.Names;

/**
 * The one place IRIs are minted (see docs/rdf-model.md). Entity IRIs depend only on type and canonical
 * name, so the same entity from two articles, threads or machines is one node.
 */
final class Iris {

    private final String base;

    Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    String article(String id) {
        return base + "article/" + encode(id);
    }

    String entity(EntityType type, String canonical) {
        return base + type.name().toLowerCase(Locale.ROOT) + "/" + slug(canonical);
    }

    /** Meetings, appeals and roles are numbered in text order inside their article. */
    static String member(String article, String kind, int n) {
        return article + "/" + kind + "/" + n;
    }

    /** A span of the article text, as an RFC 5147 fragment the way NIF names strings. */
    static String span(String article, int start, int end) {
        return article + "#char=" + start + "," + end;
    }

    /** "Gökhan Dağlı" → "gokhan-dagli"; names in other scripts keep their letters, percent-encoded. */
    static String slug(String name) {
        String slug = Names.key(name).replace(' ', '-'); // the resolver's identity key, so one key → one IRI
        return slug.isEmpty() ? "_" : encode(slug);
    }

    /** Percent-encodes all but the unreserved characters of RFC 3986, so any identifier makes a valid IRI. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        String out = b.toString();
        return out.equals(".") || out.equals("..") ? out.replace(".", "%2E") : out;
    }
}
