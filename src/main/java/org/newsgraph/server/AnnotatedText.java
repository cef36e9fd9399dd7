package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A text as HTML with spans of it marked, as the annotation viewers of NLP toolkits show them. Spans come
 * in layers (here: evidence sentences outside, entity mentions inside). Where spans cross, an element is
 * closed and opened again, so the HTML always nests; a span opened again uses its {@code reopen} markup
 * (without the id that only its first part may carry).
 */
final class AnnotatedText {

    /** One marked span, {@code [start, end)} in UTF-16 units (as the store's offsets are). */
    record Span(int start, int end, int layer, String open, String reopen, String close) {}

    private AnnotatedText() {}

    /** @param layers how many layers there are; layer 0 is outermost */
    static String render(String text, List<Span> spans, int layers) {
        List<Span> valid = new ArrayList<>();
        for (Span s : spans)
            if (s.start() >= 0 && s.end() <= text.length() && s.start() < s.end() && s.layer() < layers)
                valid.add(s);
        // Where spans of one layer overlap, the earlier (then the longer) wins.
        valid.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : valid) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        StringBuilder html = new StringBuilder(text.length() * 2);
        Span[] open = new Span[layers];
        Set<Span> started = new HashSet<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            Span[] wanted = covering(valid, from, to, layers);
            int changed = 0;
            while (changed < layers && open[changed] == wanted[changed])
                changed++;
            for (int layer = layers - 1; layer >= changed; layer--)
                if (open[layer] != null)
                    html.append(open[layer].close());
            for (int layer = changed; layer < layers; layer++) {
                open[layer] = wanted[layer];
                if (wanted[layer] != null)
                    html.append(started.add(wanted[layer]) ? wanted[layer].open() : wanted[layer].reopen());
            }
            html.append(Template.escape(text.substring(from, to)));
        }
        for (int layer = layers - 1; layer >= 0; layer--)
            if (open[layer] != null)
                html.append(open[layer].close());
        return html.toString();
    }

    /** Per layer, the first span that covers {@code [from, to)}, or null. */
    private static Span[] covering(List<Span> spans, int from, int to, int layers) {
        Span[] covering = new Span[layers];
        for (Span s : spans) {
            if (s.start() > from)
                break;
            if (s.end() >= to && covering[s.layer()] == null)
                covering[s.layer()] = s;
        }
        return covering;
    }
}
