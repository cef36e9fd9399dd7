package org.newsgraph.sparql;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's optimizer, followed by a rewrite of the algebra that swaps the functions that can run away for
 * bounded ones: {@code REGEX} for {@link CancellableRegex}, which the timeout stops in mid-match, and
 * {@code GROUP_CONCAT} for {@link BoundedGroupConcat}, which stops the query before its strings fill the
 * heap. Installed in a query's context ({@code ARQConstants.sysOptimizerFactory}), it runs for each execution,
 * so every execution gets a budget of its own.
 */
final class Safeguards implements RewriteFactory {

    private final RewriteFactory optimizer = Optimize.getFactory();
    private final long maxConcatChars;

    Safeguards(long maxConcatChars) {
        this.maxConcatChars = maxConcatChars;
    }

    @Override
    public Rewrite create(Context context) {
        Rewrite optimize = optimizer.create(context);
        BoundedGroupConcat.Budget budget = new BoundedGroupConcat.Budget(maxConcatChars);
        return op -> Transformer.transform(new Aggregates(budget), new Functions(), optimize.rewrite(op));
    }

    private static final class Functions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof CancellableRegex))
                return new CancellableRegex(args);
            return super.transform(func, args);
        }
    }

    private static final class Aggregates extends TransformCopy {
        private final BoundedGroupConcat.Budget budget;

        Aggregates(BoundedGroupConcat.Budget budget) {
            this.budget = budget;
        }

        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            for (ExprAggregator a : group.getAggregators()) {
                Aggregator bounded = BoundedGroupConcat.of(a.getAggregator(), budget);
                aggregators.add(bounded == null ? a : new ExprAggregator(a.getVar(), bounded));
            }
            return OpGroup.create(sub, group.getGroupVars(), aggregators);
        }
    }
}
