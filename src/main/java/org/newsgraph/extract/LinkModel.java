package org.newsgraph.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * One learned link decision (an OpenNLP maxent model over {@link LinkFeatures}) and the probability from
 * which a link is taken. Evaluation is thread-safe: the model is read-only once loaded.
 */
public record LinkModel(MaxentModel model, double threshold) {

    /** The outcome of a link that holds. */
    public static final String YES = "yes";
    /** The outcome of a link that does not. */
    public static final String NO = "no";

    /** The probability that the link described by these features holds. */
    public double probability(String[] features) {
        double[] p = model.eval(features);
        return p[model.getIndex(YES)];
    }

    public boolean accepts(double probability) {
        return probability >= threshold;
    }

    /** Reads a model written by {@link #write}. */
    public static LinkModel read(InputStream in, double threshold) throws IOException {
        AbstractModel model = new GenericModelReader(new BinaryFileDataReader(new DataInputStream(in))).getModel();
        return new LinkModel(model, threshold);
    }

    /** Writes the model in OpenNLP's binary format (the threshold is kept beside it, in relations.properties). */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        new GenericModelWriter((AbstractModel) model, data).persist();
        data.flush();
    }
}
