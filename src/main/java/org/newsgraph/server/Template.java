package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** A fragment's first line; the line break after it is not part of the fragment. */
    private static final Pattern FRAGMENT = Pattern.compile("^<!--# ([a-z][a-z0-9-]*) -->\\R", Pattern.MULTILINE);
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

    /**
     * The fragments of resource {@code name}: each begins with a line {@code <!--# fragment-name -->} and
     * runs to the next such line, so that the small pieces of markup of one page live in one file.
     */
    static Map<String, Template> fragments(String name) {
        Map<String, Template> fragments = new LinkedHashMap<>();
        String text = resourceText(name);
        Matcher m = FRAGMENT.matcher(text);
        String fragment = null;
        int from = 0;
        while (m.find()) {
            if (fragment != null)
                fragments.put(fragment, new Template(name + "#" + fragment, chomp(text.substring(from, m.start()))));
            fragment = m.group(1);
            from = m.end();
        }
        if (fragment != null)
            fragments.put(fragment, new Template(name + "#" + fragment, chomp(text.substring(from))));
        return Map.copyOf(fragments);
    }

    /** Without its last line break: inline fragments must not bring a space along. */
    private static String chomp(String s) {
        return s.endsWith("\r\n") ? s.substring(0, s.length() - 2) : s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
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

    /** The template with slots filled from name, value pairs: {@code render("title", t, "body", b)}. */
    String render(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0)
            throw new IllegalArgumentException("Template " + name + ": names and values must come in pairs");
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2)
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        return render(values);
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
