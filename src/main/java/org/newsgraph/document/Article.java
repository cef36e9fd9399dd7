package org.newsgraph.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article: the text every character offset refers to, and what is known about it. Serializable so
 * that a distributed engine (the Spark job) can move articles between machines.
 *
 * @param id     identifier: the file's base name, or the record's {@code id}
 * @param title  headline, or null
 * @param text   full text (for news-please JSON: title, blank line, main text)
 * @param date   publication date, or null when unknown
 * @param source outlet or source domain, or null
 * @param url    address of the original, or null
 * @param origin where it was read from, for messages ("dir/a.jsonl:12")
 */
public record Article(String id, String title, String text, LocalDate date, String source, String url,
                      String origin) implements java.io.Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
