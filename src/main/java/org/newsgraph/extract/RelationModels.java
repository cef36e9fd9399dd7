package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The two learned decisions of the extract stage: who met whom at a meeting trigger, and who made the call of
 * a call trigger. The shipped models are trained by {@code scripts/train-relations} from the open evaluation
 * sets and the project's own corpus (docs/accuracy.md).
 */
public record RelationModels(LinkModel meet, LinkModel call) {

    private static final String DIR = "/org/newsgraph/extract/";
    /** The thresholds the training chose, by cross-validation, beside the model files. */
    public static final String SETTINGS = "relations.properties";
    public static final String MEET_FILE = "meet.bin";
    public static final String CALL_FILE = "call.bin";

    /** The models that ship with newsgraph. */
    public static RelationModels shipped() {
        try (InputStream settings = open(SETTINGS); InputStream meet = open(MEET_FILE);
             InputStream call = open(CALL_FILE)) {
            Properties p = new Properties();
            p.load(settings);
            return new RelationModels(LinkModel.read(meet, Double.parseDouble(p.getProperty("meet.threshold"))),
                    LinkModel.read(call, Double.parseDouble(p.getProperty("call.threshold"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped relation models", e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = RelationModels.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("no " + name + " in the jar (train it with scripts/train-relations)");
        }
        return in;
    }
}
