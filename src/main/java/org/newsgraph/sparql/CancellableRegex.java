package org.newsgraph.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code REGEX}, matched over {@link CancellableText} so that the query's cancellation (its timeout)
 * stops a match in progress. Same semantics as ARQ's own (Java regular expressions, XPath flags); it prints
 * as {@code REGEX} too.
 */
final class CancellableRegex extends E_Regex {

    private final Pattern constant;

    CancellableRegex(ExprList args) {
        super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        this.constant = constantPattern(args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        // a string literal, plain or with a language, as ARQ checks it (else an evaluation error)
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern p = constant != null ? constant : pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
        AtomicBoolean cancelled = env instanceof ExecutionContext ec && ec.getCancelSignal() != null
            ? ec.getCancelSignal() : new AtomicBoolean();
        return NodeValue.booleanReturn(p.matcher(new CancellableText(text, cancelled)).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs);
    }

    /** The pattern compiled once when pattern and flags are constants, as ARQ does; else null. */
    private static Pattern constantPattern(ExprList args) {
        boolean constant = args.get(1).isConstant() && (args.size() < 3 || args.get(2).isConstant());
        if (!constant)
            return null;
        try {
            return pattern(args.get(1).getConstant(), args.size() > 2 ? args.get(2).getConstant() : null);
        } catch (ExprEvalException e) {
            return null; // a bad constant pattern is reported on evaluation, like any other
        }
    }

    private static Pattern pattern(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString())
            throw new ExprEvalException("REGEX: pattern is not a string: " + pattern);
        if (flags != null && !flags.isString())
            throw new ExprEvalException("REGEX: flags are not a string: " + flags);
        return RegexEngine.makePattern("REGEX", pattern.getString(), flags == null ? null : flags.getString());
    }
}
