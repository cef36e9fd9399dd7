package org.newsgraph.pipeline;

import org.newsgraph.document.Article;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleGraphBuilder;
import org.newsgraph.resolve.Resolver;

/**
 * The stages of DESIGN.md composed, for one article: nlp → resolve → extract → rdf. A pure function of the
 * article and the JVM-wide models, so the same call runs in one thread, many, or a Spark executor.
 */
public final class ArticlePipeline {

    private final NlpPipeline nlp;
    private final Resolver resolver = new Resolver();
    private final Extractor extractor = new Extractor();
    private final ArticleGraphBuilder rdf;
    private final String baseIri;

    public ArticlePipeline(String baseIri) {
        this.nlp = NlpPipeline.shared();
        this.rdf = new ArticleGraphBuilder(baseIri, Fingerprint.value());
        this.baseIri = baseIri;
    }

    public String baseIri() {
        return baseIri;
    }

    public Extraction extract(Article article) {
        return extractor.extract(resolver.resolve(nlp.annotate(article.text())), article.date());
    }

    /** The article's IRI and the hash its text would be stored with, to skip what the store already has. */
    public org.apache.jena.graph.Node articleNode(String id) {
        return org.apache.jena.graph.NodeFactory.createURI(rdf.articleIri(id));
    }

    public static String contentHash(Article article) {
        return ArticleGraphBuilder.contentHash(article.text());
    }

    /** The build that extracts: a store holding an article from another build gets it extracted again. */
    public static String extractor() {
        return Fingerprint.value();
    }

    public ArticleGraph process(Article article) {
        return rdf.build(article, extract(article));
    }
}
