package org.newsgraph.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats the whole store can be written in, see {@link Dumper}.
 *
 * <p>N-Quads and TriG keep the named graphs (one per article); Turtle has no named graphs and so
 * carries the union of them; JSON-LD keeps the named graphs. The names users type
 * ({@code nquads|trig|turtle|jsonld}) are {@link #cliName()}, parsed back by {@link #fromName(String)}.
 */
public enum DumpFormat {

    /** N-Quads, one quad a line: the format to stream, compress and bulk-load elsewhere. */
    NQUADS("nquads", "nq", Lang.NQUADS, RDFFormat.NQUADS_UTF8, true),
    /** TriG, each named graph a block; written block by block (no whole-store analysis). */
    TRIG("trig", "trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS, true),
    /** Turtle of the union of all named graphs (Turtle has no named graphs); written block by block. */
    TURTLE("turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, false),
    /** JSON-LD 1.1 of the dataset, compacted with the store's prefixes. */
    JSONLD("jsonld", "jsonld", Lang.JSONLD, RDFFormat.JSONLD, true);

    private final String cliName;
    private final String extension;
    private final Lang lang;
    private final RDFFormat rdfFormat;
    private final boolean namedGraphs;

    DumpFormat(String cliName, String extension, Lang lang, RDFFormat rdfFormat, boolean namedGraphs) {
        this.cliName = cliName;
        this.extension = extension;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.namedGraphs = namedGraphs;
    }

    /** The name on the command line: {@code nquads}, {@code trig}, {@code turtle} or {@code jsonld}. */
    public String cliName() {
        return cliName;
    }

    /** The usual file extension, without the dot: {@code nq}, {@code trig}, {@code ttl}, {@code jsonld}. */
    public String fileExtension() {
        return extension;
    }

    /** The registered media type, without parameters (all four are UTF-8 by definition). */
    public String mediaType() {
        // Jena's registry is the one source of truth for these; it is what Fuseki negotiates with too.
        return lang.getContentType().getContentTypeStr();
    }

    /** The Jena language, for parsing a dump back. */
    public Lang lang() {
        return lang;
    }

    /** The Jena writer format that {@link Dumper} uses. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Whether the format keeps the named graphs (false for Turtle, which carries their union). */
    public boolean hasNamedGraphs() {
        return namedGraphs;
    }

    /**
     * The format with this command-line name, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted names, if there is none
     */
    public static DumpFormat fromName(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (DumpFormat f : values())
                if (f.cliName.equals(n))
                    return f;
        }
        throw new IllegalArgumentException("Unknown dump format '" + name + "': expected one of " + names());
    }

    /** The command-line names, as {@code nquads|trig|turtle|jsonld}. */
    public static String names() {
        return Arrays.stream(values()).map(DumpFormat::cliName).collect(Collectors.joining("|"));
    }

    /** The command-line name, so that help texts and messages show what users type. */
    @Override
    public String toString() {
        return cliName;
    }
}
