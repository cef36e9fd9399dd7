package org.newsgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SPARQL query with a title, as kept in this package's {@code .rq} resources: each query begins with a
 * line {@code #> title} and runs to the next such line; lines before the first are the file's own comments.
 * Keeping queries in files, like markup in templates, leaves the Java short and the queries readable.
 */
record TitledQuery(String title, String query) {

    private static final String TITLE_MARK = "#>";

    /** The queries of resource {@code name} of this package, in file order. */
    static List<TitledQuery> load(String name) {
        return parse(Template.resourceText(name));
    }

    /** The queries of resource {@code name} keyed by title; fails on a title used twice. */
    static Map<String, String> loadByTitle(String name) {
        Map<String, String> byTitle = new LinkedHashMap<>();
        for (TitledQuery q : load(name))
            if (byTitle.put(q.title(), q.query()) != null)
                throw new IllegalStateException(name + ": two queries titled " + q.title());
        return byTitle;
    }

    static List<TitledQuery> parse(String text) {
        List<TitledQuery> queries = new ArrayList<>();
        String title = null;
        StringBuilder query = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            if (line.startsWith(TITLE_MARK)) {
                if (title != null)
                    queries.add(new TitledQuery(title, query.toString().strip()));
                title = line.substring(TITLE_MARK.length()).strip();
                query.setLength(0);
            } else if (title != null) {
                query.append(line).append('\n');
            }
        }
        if (title != null)
            queries.add(new TitledQuery(title, query.toString().strip()));
        return List.copyOf(queries);
    }
}
