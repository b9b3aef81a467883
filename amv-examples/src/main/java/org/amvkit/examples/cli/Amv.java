/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.amvkit.examples.PlugInFolder;
import org.amvkit.rules.registry.RuleRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code amv} command line: classifies the videos of an {@code amv-catalogue/1} file (or of the
 * embedded sample catalogue) and explains why.
 *
 * <p>Exit codes: {@value #EXIT_OK} when all went well, {@value #EXIT_BAD_INPUT} for input it cannot
 * use (a missing file, bad JSON, an unknown profile or video id) with one line on standard error
 * and no stack trace, {@value #EXIT_USAGE} for a command line it does not understand.
 * {@code amv contest} exits with {@value #EXIT_CONTEST_NOT_CLEAN} when its report leaves the
 * coordinator something to act on: an entry rejected or undetermined, or a limit broken. The help
 * of every command lists them.
 */
// scope = INHERIT: every subcommand gets --help and --version, the version provider and the exit
// code list from here; a subcommand that exits otherwise (contest) lists its own.
@Command(name = "amv", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = Amv.Version.class,
    description = "Decides what fan-made music videos are: Animash, \"<movie> music video\", "
        + "anime music video, fan vid, or not a music video, and says why.",
    exitCodeListHeading = Amv.EXIT_CODE_HEADING,
    exitCodeList = {
        Amv.EXIT_OK + ":all went well",
        Amv.EXIT_BAD_INPUT + ":bad input (a missing file, bad JSON, an unknown profile or video"
            + " id): one line on stderr says what is wrong",
        Amv.EXIT_USAGE + ":bad usage"},
    subcommands = {ClassifyCommand.class, ExplainCommand.class, ProfilesCommand.class,
        RulesCommand.class, StatsCommand.class, ContestCommand.class, ImportCommand.class,
        ConvertCommand.class, CommandLine.HelpCommand.class})
public final class Amv implements Runnable {

  /** Exit code: all went well. */
  public static final int EXIT_OK = 0;
  /** Exit code: the input could not be used. */
  public static final int EXIT_BAD_INPUT = 1;
  /** Exit code: the command line was not understood. */
  public static final int EXIT_USAGE = 2;
  /**
   * Exit code of {@code amv contest}: some entry is rejected or undetermined, or a limit is
   * broken across entries.
   */
  public static final int EXIT_CONTEST_NOT_CLEAN = 3;

  /** The heading of the exit code list in every command's help. */
  static final String EXIT_CODE_HEADING = "%nExit codes:%n";

  @Spec
  CommandSpec spec;

  // scope = INHERIT: "amv --plugins DIR classify" and "amv classify --plugins DIR" both set this.
  @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Also use the rule plug-ins in the jars of DIR (each jar lists its"
          + " providers in META-INF/services/org.amvkit.rules.spi.RuleProvider).")
  Path plugins;

  private RuleRegistry registry;

  private Amv() {}

  /**
   * Returns the registry of the command line being run: the built-in rules and profiles, those of
   * the class path, and those of {@code --plugins DIR}; says once, one line each on stderr, which
   * plug-ins were skipped and why.
   */
  static RuleRegistry registry(CommandSpec spec) {
    Amv amv = (Amv) spec.root().userObject();
    if (amv.registry == null) {
      amv.registry = amv.plugins == null ? RuleRegistry.load()
          : plugInFolder(amv.plugins).registry();
      for (String skipped : amv.registry.skipped()) {
        spec.commandLine().getErr().println("amv: skipped a plug-in: " + skipped);
      }
    }
    return amv.registry;
  }

  private static PlugInFolder plugInFolder(Path folder) {
    try {
      return PlugInFolder.of(folder);
    } catch (UncheckedIOException e) {
      String why = e.getCause() instanceof java.nio.file.NoSuchFileException ? "no such folder"
          : e.getCause() instanceof java.nio.file.NotDirectoryException ? "not a folder"
          : "cannot read folder (" + e.getCause().getMessage() + ")";
      throw new BadInputException("--plugins: " + why + ": " + folder, e);
    }
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    // JSON and CSV are UTF-8 by definition, whatever the locale (under LC_ALL=C the JVM's default
    // console charset is ASCII and would print every other character as '?'); so is the text.
    StandardOutput stdout = new StandardOutput();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      code = run(StandardInput.system(), out, err, args);
      out.flush();
    } catch (StandardOutput.WriteFailedException e) {
      code = EXIT_BAD_INPUT;
    } catch (OutOfMemoryError e) {
      // The input is bounded nowhere else: say so in one line rather than with a stack trace.
      err.println("amv: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MiB heap); give the JVM more with -Xmx, e.g. java -Xmx1g -jar amv.jar …");
      code = EXIT_BAD_INPUT;
    }
    Optional<IOException> failure = stdout.failure();
    if (failure.isPresent()) {
      // a closed pipe is the reader's choice, not an error worth a line
      if (!StandardOutput.isClosedPipe(failure.get())) {
        err.println("amv: cannot write output: " + failure.get().getMessage());
      }
      code = EXIT_BAD_INPUT;
    }
    System.exit(code);
  }

  /**
   * Runs the command line with the given output streams, for embedding and tests.
   *
   * @param out  where results go, not null
   * @param err  where messages and progress go, not null
   * @param args  the arguments, not null
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Amv());
    commandLine.setOut(out);
    commandLine.setErr(err);
    // An argument such as "@token.txt" is a video id or a file name, never a file of arguments to
    // expand: picocli's expansion would echo any readable file into an error message.
    commandLine.setExpandAtFiles(false);
    // Formats are enums: picocli converts them, in any case, and lists them in the help.
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    EnumValueMessage.install(commandLine);
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      if (!(exception instanceof StandardOutput.WriteFailedException)) {
        line.getErr().println("amv: " + message(exception));   // main says why a write failed
      }
      return EXIT_BAD_INPUT;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Runs the command line with the given standard input, for tests and embedding: the commands
   * read {@code -} from it, and note that they read the sample when it is not a terminal.
   */
  static int run(StandardInput in, PrintWriter out, PrintWriter err, String... args) {
    return in.during(err, () -> run(out, err, args));
  }

  /**
   * One line saying what is wrong with the input; never a stack trace. The line is all of the
   * message, its control characters escaped: a file name or a quoted value holding a newline or
   * ESC can neither break the line nor reach the terminal.
   */
  static String message(Throwable exception) {
    return Visible.text(describe(exception).strip());
  }

  private static String describe(Throwable exception) {
    Throwable shown = exception;
    if (shown instanceof UncheckedIOException && shown.getCause() != null) {
      shown = shown.getCause();
    }
    if (shown instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + shown.getMessage();
    }
    if (shown instanceof java.nio.file.AccessDeniedException) {
      return "cannot read file: " + shown.getMessage();
    }
    if (shown instanceof IOException) {
      return "cannot read input: " + shown.getMessage();
    }
    String text = shown.getMessage();
    if (text == null || text.isBlank()) {
      return "unexpected " + shown.getClass().getSimpleName();
    }
    return text;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Reads the version from the module descriptor on the module path (javac records the project's
   * version there), or else from the jar's manifest on the class path (the JDK gives packages of a
   * named module no manifest attributes, so each path has its own source).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Amv.class.getModule().getDescriptor() != null
          ? Amv.class.getModule().getDescriptor().rawVersion().orElse(null)
          : Amv.class.getPackage().getImplementationVersion();
      return new String[] {"amv " + (version == null ? "(development build)" : version)};
    }
  }
}
