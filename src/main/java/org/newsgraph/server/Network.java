package org.newsgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.server.EntityFacts.Fact;
import org.newsgraph.server.EntityFacts.Ref;

/**
 * The network view's data, as JSON in the entity page for {@code network.js}: the entity and everyone
 * it met are nodes; each meeting is one edge to each other participant (two meetings with one person are
 * two edges). Node links open entity pages; edge links point at the meeting in the page's list.
 */
record Network(List<Node> nodes, List<Edge> edges) {

    record Node(String id, String label, String kind, String href, boolean self) {}

    record Edge(String id, String source, String target, String label, String href) {}

    /** @param ids the element ids of the meetings on the page, in the same order */
    static Network of(Ref self, List<Fact> meetings, List<String> ids) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put(self.iri(), node(self, true));
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Fact m = meetings.get(i);
            String label = m.date() != null ? Html.date(m.date()) : m.dateText() != null ? m.dateText() : "";
            for (Ref other : m.others()) {
                nodes.putIfAbsent(other.iri(), node(other, false));
                edges.add(new Edge(ids.get(i) + "/" + other.iri(), self.iri(), other.iri(), label, "#" + ids.get(i)));
            }
        }
        return new Network(List.copyOf(nodes.values()), List.copyOf(edges));
    }

    private static Node node(Ref r, boolean self) {
        return new Node(r.iri(), r.label(), r.kind(), Html.entityHref(r.iri()), self);
    }

    /** What the drawing shows, for readers that do not see it. */
    String summary() {
        int others = nodes.size() - 1;
        return "Network of meetings: " + nodes.get(0).label() + " and " + others + (others == 1 ? " other" : " others")
            + ", " + edges.size() + (edges.size() == 1 ? " edge" : " edges");
    }
}
