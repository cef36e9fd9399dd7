package org.newsgraph.pipeline;

import java.util.List;

import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.rdf.NKG;
import org.newsgraph.store.KnowledgeStore;

/** Test inputs are meant to be read whole: ingest them with the default settings and fail on any skip. */
public final class Ingests {

    private Ingests() {
    }

    public static IngestReport strictly(List<String> paths, KnowledgeStore store) {
        return new Ingest(new ArticlePipeline(NKG.DEFAULT_BASE), new ArticleReader(1 << 22), 2).run(paths, store,
                new Ingest.Listener() {
                    @Override
                    public void skipped(Rejected rejected) {
                        throw new AssertionError("test input skipped: " + rejected);
                    }
                });
    }
}
