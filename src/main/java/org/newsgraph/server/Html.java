package org.newsgraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Links between the pages and how values read on them. */
final class Html {

    static final String NKG = "https://w3id.org/newsgraph/ontology#";
    /** The data's namespace under the default base IRI. */
    static final String NG = "https://w3id.org/newsgraph/";

    /** Prefixes for showing IRIs short. IRIs of these vocabularies have no page here (but nkg: terms do). */
    private static final Map<String, String> VOCABULARIES = vocabularies();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Html() {}

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The page of any IRI: entities have theirs; the entity page sends articles, facts and sentences on
     * to their article. Relative, so the pages also work behind a proxy that mounts them under a path.
     */
    static String entityHref(String iri) {
        return "entity?iri=" + enc(iri);
    }

    /** The article page, scrolled to the sentence when the evidence IRI names one ({@code #char=s,e}). */
    static String articleHref(String articleIri, String evidenceIri) {
        String href = "article?iri=" + enc(articleIri);
        int hash = evidenceIri == null ? -1 : evidenceIri.indexOf('#');
        return hash < 0 ? href : href + evidenceIri.substring(hash);
    }

    /** The editor with a query in it, run. */
    static String editorHref(String query) {
        return "sparql?query=" + enc(query);
    }

    /** "person", "organization", "location" for the entity classes (CSS classes, colours); else "thing". */
    static String kind(String typeIri) {
        if (typeIri == null || !typeIri.startsWith(NKG))
            return "thing";
        return switch (typeIri.substring(NKG.length())) {
            case "Person" -> "person";
            case "Organization" -> "organization";
            case "Location" -> "location";
            default -> "thing";
        };
    }

    /** "Person", "Organization", "Location", "Entity". */
    static String kindName(String kind) {
        return switch (kind) {
            case "person" -> "Person";
            case "organization" -> "Organization";
            case "location" -> "Location";
            default -> "Entity";
        };
    }

    /** An xsd:date as people write it ("17 May 2024"); anything else as it is. */
    static String date(String xsdDate) {
        if (xsdDate == null)
            return null;
        try {
            return LocalDate.parse(xsdDate).format(DAY);
        } catch (DateTimeParseException e) {
            return xsdDate;
        }
    }

    private static Map<String, String> vocabularies() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("nkg:", NKG);
        v.put("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        v.put("rdfs:", "http://www.w3.org/2000/01/rdf-schema#");
        v.put("owl:", "http://www.w3.org/2002/07/owl#");
        v.put("xsd:", "http://www.w3.org/2001/XMLSchema#");
        v.put("skos:", "http://www.w3.org/2004/02/skos/core#");
        v.put("dcterms:", "http://purl.org/dc/terms/");
        v.put("prov:", "http://www.w3.org/ns/prov#");
        v.put("schema:", "https://schema.org/");
        v.put("foaf:", "http://xmlns.com/foaf/0.1/");
        v.put("nif:", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        v.put("vann:", "http://purl.org/vocab/vann/");
        return Collections.unmodifiableMap(v);
    }

    /** The vocabularies' prefixes and {@code ng:}, without the colons, for queries that leave them out. */
    static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        VOCABULARIES.forEach((prefix, ns) -> p.put(prefix.substring(0, prefix.length() - 1), ns));
        p.put("ng", NG);
        return p;
    }

    /** {@code nkg:Meeting}, {@code ng:person/x} for data under the default base, else {@code <iri>}. */
    static String shortIri(String iri) {
        for (Map.Entry<String, String> e : VOCABULARIES.entrySet())
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length())
                return e.getKey() + iri.substring(e.getValue().length());
        return iri.startsWith(NG) && !iri.startsWith(NKG) ? "ng:" + iri.substring(NG.length()) : "<" + iri + ">";
    }

    /**
     * Where a link on an IRI goes: nkg: terms to the ontology page, terms of the other vocabularies nowhere
     * (null: this server knows nothing more of them), anything else to its page here.
     */
    static String iriHref(String iri) {
        if (iri.startsWith(NKG))
            return "ontology#" + iri.substring(NKG.length());
        for (String ns : VOCABULARIES.values())
            if (iri.startsWith(ns))
                return null;
        return entityHref(iri);
    }

    /** Each item rendered, one after the other. */
    static <T> String each(Collection<T> items, Function<T, String> render) {
        return items.stream().map(render).collect(Collectors.joining("\n"));
    }

    /** Each item rendered, separated by ", " and the last by " and ". */
    static <T> String list(Collection<T> items, Function<T, String> render) {
        var parts = items.stream().map(render).toList();
        if (parts.size() < 2)
            return String.join("", parts);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
