package org.newsgraph.sparql;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code GROUP_CONCAT} with a bound on the characters one query may concatenate, over all its groups.
 * ARQ's own builds each string without limit, so a {@code GROUP_CONCAT} over a cross product fills the heap
 * long before the query timeout strikes; this one stops the query with {@link QueryTooLarge} instead.
 */
final class BoundedGroupConcat {

    private BoundedGroupConcat() {}

    /** The bounded version of a GROUP_CONCAT aggregator, or null when {@code agg} is none. */
    static Aggregator of(Aggregator agg, Budget budget) {
        if (agg instanceof AggGroupConcat a)
            return new Plain(a.getExprList().get(0), a.getSeparator(), budget);
        if (agg instanceof AggGroupConcatDistinct a)
            return new Distinct(a.getExprList().get(0), a.getSeparator(), budget);
        return null;
    }

    /** Characters left to the whole query, shared by its accumulators. */
    static final class Budget {
        private final long max;
        private final AtomicLong used = new AtomicLong();

        Budget(long max) {
            this.max = max;
        }

        void spend(long chars) {
            if (used.addAndGet(chars) > max)
                throw new QueryTooLarge(String.format("Query too large: GROUP_CONCAT over %,d characters", max));
        }
    }

    private static final class Plain extends AggGroupConcat {
        private final Budget budget;

        Plain(Expr expr, String separator, Budget budget) {
            super(expr, separator);
            this.budget = budget;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExprList().get(0), false, getSeparator(), budget);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), getSeparator(), budget);
        }
    }

    private static final class Distinct extends AggGroupConcatDistinct {
        private final Budget budget;

        Distinct(Expr expr, String separator, Budget budget) {
            super(expr, separator);
            this.budget = budget;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExprList().get(0), true, getSeparator(), budget);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), getSeparator(), budget);
        }
    }

    /** ARQ's concatenation (values as strings, errors left out), charging each piece to the budget. */
    private static final class Concatenation extends AccumulatorExpr {
        private final String separator;
        private final Budget budget;
        private final StringBuilder text = new StringBuilder();
        private boolean first = true;

        Concatenation(Expr expr, boolean distinct, String separator, Budget budget) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
            this.budget = budget;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            String s = nv.asString();
            budget.spend(s.length() + (first ? 0 : separator.length()));
            if (!first)
                text.append(separator);
            text.append(s);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // as in ARQ: a value that fails to evaluate is left out
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
