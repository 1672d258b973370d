package com.carbon254.observability.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --out} option. Without it the folder is {@code generated/} of the repository in the
 * working directory; anywhere else the command refuses rather than create a stray folder.
 */
final class OutputFolder {
  /** Only the root pom lists the program's module; every module's pom names the parent. */
  private static final String ROOT_POM_MARK = "<module>cli</module>";

  @Option(
      names = "--out",
      paramLabel = "<folder>",
      description =
          "The generated folder (default: generated/ of the repository in the working directory).")
  Path out;

  Path resolve(CommandLine command) {
    if (out != null) {
      return out;
    }
    Path pom = Path.of("pom.xml");
    try {
      if (Files.isRegularFile(pom)
          && Files.readString(pom, StandardCharsets.UTF_8).contains(ROOT_POM_MARK)) {
        return Path.of("generated");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new CommandLine.ParameterException(
        command,
        "the working directory is not the 254carbon-observability repository; run from its root or pass --out <folder>");
  }
}
