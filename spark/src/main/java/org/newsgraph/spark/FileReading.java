package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.newsgraph.document.Article;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;

/**
 * Executor side of reading: one listed file through {@link ArticleReader#readFile}, so .txt, news-please JSON
 * and JSON lines are decoded, limited and rejected exactly as single-machine ingest does.
 */
final class FileReading {

    private FileReading() {
    }

    static List<Parsed> read(InputFile file, long maxArticleBytes, Configuration hadoop) {
        List<Parsed> out = new ArrayList<>();
        new ArticleReader(maxArticleBytes).readFile(file.path(), source(file, hadoop), new ArticleReader.Sink() {
            @Override
            public void article(Article article) {
                out.add(Parsed.article(article, file.order(), out.size()));
            }

            @Override
            public void rejected(Rejected rejected) {
                out.add(Parsed.rejected(rejected));
            }
        });
        return out;
    }

    private static ArticleReader.Source source(InputFile file, Configuration hadoop) {
        return new ArticleReader.Source() {
            @Override
            public long size() {
                return file.size();
            }

            @Override
            public InputStream open() throws IOException {
                Path path = new Path(file.path());
                return path.getFileSystem(hadoop).open(path);
            }
        };
    }
}
