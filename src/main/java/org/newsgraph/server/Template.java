package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML template read from this package on the classpath, so that markup lives in resource files
 * and not in Java strings. {@code {{name}}} is replaced by the value HTML-escaped;
 * {@code {{{name}}}} by the value as it is (for HTML rendered by another template). Nothing else:
 * no loops, no conditions.
 */
final class Template {

    private static final Pattern SLOT = Pattern.compile("\\{\\{\\{([a-z][a-z0-9-]*)}}}|\\{\\{([a-z][a-z0-9-]*)}}");

    private final String name;
    private final String text;

    private Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The template in resource {@code name} of this package; fails at once if it is missing. */
    static Template load(String name) {
        return new Template(name, resourceText(name));
    }

    /** The text of resource {@code name} of this package, as UTF-8. */
    static String resourceText(String name) {
        try (InputStream in = Template.class.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("Missing resource " + name + " in package " + Template.class.getPackageName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template with every slot filled; a slot without a value is a bug, so it throws. */
    String render(Map<String, String> values) {
        Matcher m = SLOT.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 1024);
        while (m.find()) {
            boolean raw = m.group(1) != null;
            String key = raw ? m.group(1) : m.group(2);
            String value = values.get(key);
            if (value == null)
                throw new IllegalArgumentException("Template " + name + ": no value for {{" + key + "}}");
            m.appendReplacement(sb, Matcher.quoteReplacement(raw ? value : escape(value)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
