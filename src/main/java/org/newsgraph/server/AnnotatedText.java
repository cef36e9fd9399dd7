package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
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

    /**
     * The text with its spans marked, in time proportional to the spans (times a logarithm) plus the text:
     * one pass over the cuts where spans start or end, keeping per layer the spans under way.
     *
     * @param layers how many layers there are; layer 0 is outermost
     */
    static String render(String text, List<Span> spans, int layers) {
        List<Span> valid = new ArrayList<>();
        for (Span s : spans)
            if (s.start() >= 0 && s.end() <= text.length() && s.start() < s.end() && s.layer() < layers)
                valid.add(s);
        // Where spans of one layer overlap, the earlier (then the longer) wins: the first in this order.
        valid.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : valid) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        StringBuilder html = new StringBuilder(text.length() * 2);
        Span[] open = new Span[layers];
        Set<Span> started = new HashSet<>();
        Underway underway = new Underway(valid, layers);
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            Span[] wanted = underway.at(from);
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

    /**
     * The spans under way at each cut, visited in order. Per layer, a queue of the spans started so far by their
     * place in the sorted list; spans that have ended leave it when they come to its head. Between two cuts no
     * span starts or ends, so the head is the first span (in that order) covering the whole stretch.
     */
    private static final class Underway {
        private final List<Span> sorted;
        private final List<PriorityQueue<Integer>> started = new ArrayList<>();
        private int next;

        Underway(List<Span> sorted, int layers) {
            this.sorted = sorted;
            for (int i = 0; i < layers; i++)
                started.add(new PriorityQueue<>());
        }

        /** Per layer, the span that covers the stretch from {@code from} to the next cut, or null. */
        Span[] at(int from) {
            for (; next < sorted.size() && sorted.get(next).start() <= from; next++)
                started.get(sorted.get(next).layer()).add(next);
            Span[] covering = new Span[started.size()];
            for (int layer = 0; layer < covering.length; layer++) {
                PriorityQueue<Integer> q = started.get(layer);
                while (!q.isEmpty() && sorted.get(q.peek()).end() <= from)
                    q.poll();
                covering[layer] = q.isEmpty() ? null : sorted.get(q.peek());
            }
            return covering;
        }
    }
}
