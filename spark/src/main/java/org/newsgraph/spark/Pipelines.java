package org.newsgraph.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.newsgraph.pipeline.ArticlePipeline;

/**
 * One {@link ArticlePipeline} per executor JVM and base IRI, made on first use. The models behind it
 * ({@code NlpPipeline.shared()}) load once per JVM and are thread-safe, so every task an executor runs shares
 * them: nothing large is shipped from the driver, and no task pays the model load twice.
 */
final class Pipelines {

    private static final ConcurrentMap<String, ArticlePipeline> BY_BASE = new ConcurrentHashMap<>();

    private Pipelines() {
    }

    static ArticlePipeline forBase(String base) {
        return BY_BASE.computeIfAbsent(base, ArticlePipeline::new);
    }
}
