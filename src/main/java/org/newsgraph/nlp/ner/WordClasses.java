package org.newsgraph.nlp.ner;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * The word classes of the name finder's features ({@code word-classes.txt}, written by
 * {@code scripts/gen-word-classes}), embedded in the model as an artifact.
 *
 * <p>It is OpenNLP's {@link WordClusterDictionary} with a serializer that leaves the model's zip stream open:
 * OpenNLP 2.5.4's own closes it after writing the entry (and after reading it), so a model holding word classes
 * could be neither written nor read.
 */
public final class WordClasses extends WordClusterDictionary {

    /** Reads "word class" lines (lower-cased words, one space). */
    public WordClasses(InputStream in) throws IOException {
        super(in);
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Writes and reads the classes inside a model's zip stream without closing it. */
    public static final class Serializer implements ArtifactSerializer<WordClasses> {

        @Override
        public WordClasses create(InputStream in) throws IOException {
            return new WordClasses(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the model's zip stream goes on with the next entry
                }
            });
        }

        @Override
        public void serialize(WordClasses classes, OutputStream out) throws IOException {
            classes.serialize(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }
    }
}
