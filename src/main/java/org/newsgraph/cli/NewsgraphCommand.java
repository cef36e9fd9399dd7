package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: wires the stages for each subcommand; computes nothing itself. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a knowledge graph of who met whom and who called for what from English news,"
                + " stores it in Apache Jena TDB2 and serves it over SPARQL.",
        subcommands = {DemoCommand.class, IngestCommand.class, ServeCommand.class, DumpCommand.class,
                QueryCommand.class, StatsCommand.class, ValidateCommand.class, EvaluateCommand.class,
                BackupCommand.class, RestoreCommand.class, CompactCommand.class, LoadCommand.class,
                CommandLine.HelpCommand.class})
public final class NewsgraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: user errors become one line on stderr and exit code 2, not a trace. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsgraphCommand());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("newsgraph: " + (e instanceof UserError || e.getMessage() != null
                    && !(e instanceof NullPointerException) ? e.getMessage() : e.toString()));
            return e instanceof UserError u ? u.exitCode() : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
