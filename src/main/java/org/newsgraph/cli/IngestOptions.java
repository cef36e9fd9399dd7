package org.newsgraph.cli;

import org.newsgraph.document.ArticleReader;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.rdf.NKG;
import picocli.CommandLine.Option;

/** Options that shape how articles become graph: shared by ingest, demo and evaluate. */
final class IngestOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Cores to keep busy: N extraction threads, the store writer taking a thread's place while it writes (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of entities and articles (default: ${DEFAULT-VALUE}).")
    String base = NKG.DEFAULT_BASE;

    @Option(names = "--max-article-bytes", paramLabel = "N",
            description = "Skip articles (files, JSON Lines lines, POST /kg/ingest bodies) larger than this"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxArticleBytes = ArticleReader.DEFAULT_MAX_ARTICLE_BYTES;

    @Option(names = "--max-sentence-chars", paramLabel = "N",
            description = {"Skip articles with a stretch longer than this without . ! ? or a line break, which would"
                    + " be one sentence: the NLP's time grows with the square of a sentence's length"
                    + " (default: ${DEFAULT-VALUE})."})
    int maxSentenceChars = ArticleReader.DEFAULT_MAX_SENTENCE_CHARS;

    @Option(names = "--force", description = "Extract and write again articles the store already holds unchanged.")
    boolean force;

    Ingest ingest() {
        return ingest(null);
    }

    /** @param stdinId the identifier of the article on standard input, or null for one made from its text */
    Ingest ingest(String stdinId) {
        ArticleReader reader = new ArticleReader(maxArticleBytes, maxSentenceChars);
        return new Ingest(new ArticlePipeline(base), stdinId == null ? reader : reader.withStdinId(stdinId), threads,
                force);
    }
}
