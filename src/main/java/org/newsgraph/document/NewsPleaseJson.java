package org.newsgraph.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A news-please record ({@code title}, {@code maintext}, {@code date_publish}, {@code source_domain},
 * {@code url}, {@code language}); {@code text} is accepted where {@code maintext} is missing.
 * The article text is the headline, a blank line, then the main text, so that calls made in a
 * headline are found and offsets refer to one string.
 */
final class NewsPleaseJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsPleaseJson() {
    }

    static ArticleReader.Parsed article(String json, String fallbackId, String origin) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return ArticleReader.Parsed.no(origin, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return ArticleReader.Parsed.no(origin, "malformed JSON: expected an object");
        }
        String language = text(node, "language");
        if (language != null && !language.toLowerCase().startsWith("en")) {
            return ArticleReader.Parsed.no(origin, "language '" + language + "' is not English");
        }
        String title = text(node, "title");
        String body = firstText(node, "maintext", "text");
        if (body == null) {
            return ArticleReader.Parsed.no(origin, "no text: 'maintext' is missing or empty");
        }
        String id = firstText(node, "id", "identifier");
        if (id == null && fallbackId == null) {
            return ArticleReader.Parsed.no(origin, "no identifier: the record has no 'id' and none was given");
        }
        String fullText = title == null || body.startsWith(title) ? body : title + "\n\n" + body;
        return ArticleReader.Parsed.ok(new Article(id != null ? id : fallbackId, title, fullText,
                date(firstText(node, "date_publish", "date")), firstText(node, "source_domain", "source"),
                text(node, "url"), origin));
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = text(node, f);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** news-please writes "2019-11-12 08:30:00"; ISO dates and date-times also work. Unknown stays null. */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
