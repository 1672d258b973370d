package com.carbon254.observability.cli.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads the rendered folder as a git revision holds it, with the git program: no checkout, and
 * nothing in the working tree is touched. One {@code git cat-file --batch} reads every file.
 */
public final class GitRevisions {
  private final Path repository;
  private final String folder;

  /** {@code folder} is the rendered folder's path in the repository, e.g. {@code generated}. */
  public GitRevisions(Path repository, String folder) {
    this.repository = repository;
    this.folder = folder;
  }

  /**
   * The rendered folder {@code folder} (e.g. {@code generated} in the working directory) as git
   * names it: its repository's top level, and its path from there.
   */
  public static GitRevisions of(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    String top = run(parent, null, "rev-parse", "--show-toplevel").strip();
    String prefix = run(parent, null, "rev-parse", "--show-prefix").strip();
    return new GitRevisions(Path.of(top), prefix + absolute.getFileName());
  }

  /** The files of {@code folder} at {@code revision}, by path relative to the folder. */
  public Map<String, String> read(String revision) {
    String commit = resolve(revision);
    String listing =
        run(repository, null, "ls-tree", "-r", "-z", "--name-only", commit, "--", folder + "/");
    List<String> paths = new ArrayList<>();
    for (String path : listing.split("\0")) {
      if (!path.isEmpty()) {
        paths.add(path);
      }
    }
    if (paths.isEmpty()) {
      throw new ReviewInputException(
          "revision '"
              + revision
              + "' ("
              + commit.substring(0, 12)
              + ") has no "
              + folder
              + "/ folder; pick a revision made after generated/ was committed");
    }
    StringBuilder requests = new StringBuilder();
    paths.forEach(p -> requests.append(commit).append(':').append(p).append('\n'));
    byte[] batch = runBytes(repository, requests.toString(), "cat-file", "--batch");
    Map<String, String> files = new TreeMap<>();
    int at = 0;
    for (String path : paths) {
      int eol = indexOf(batch, (byte) '\n', at);
      String header = new String(batch, at, eol - at, StandardCharsets.UTF_8);
      String[] parts = header.split(" ");
      if (parts.length != 3 || !parts[1].equals("blob")) {
        throw new ReviewInputException(
            "git could not read " + path + " at '" + revision + "': " + header);
      }
      int size = Integer.parseInt(parts[2]);
      files.put(
          path.substring(folder.length() + 1),
          new String(batch, eol + 1, size, StandardCharsets.UTF_8));
      at = eol + 1 + size + 1;
    }
    return files;
  }

  /** The commit a revision names, or a one-line reason why it names none. */
  String resolve(String revision) {
    if (revision.startsWith("-")) {
      throw new ReviewInputException("unknown revision '" + revision + "'");
    }
    try {
      return run(
              repository,
              null,
              "rev-parse",
              "--verify",
              "--quiet",
              "--end-of-options",
              revision + "^{commit}")
          .strip();
    } catch (ReviewInputException e) {
      throw new ReviewInputException(
          "unknown revision '"
              + revision
              + "' in "
              + repository
              + " (git rev-parse finds no commit by that name)");
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new ReviewInputException("git cat-file ended early");
  }

  private static String run(Path dir, String input, String... args) {
    return new String(runBytes(dir, input, args), StandardCharsets.UTF_8);
  }

  private static byte[] runBytes(Path dir, String input, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Path stdin = null;
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
      // A file, not a pipe: git may answer before it has read everything, and a full pipe both
      // ways would block.
      if (input != null) {
        stdin = Files.createTempFile("git-batch", ".txt");
        Files.writeString(stdin, input, StandardCharsets.UTF_8);
        builder.redirectInput(stdin.toFile());
      }
      Process process = builder.start();
      if (input == null) {
        process.getOutputStream().close();
      }
      byte[] out;
      try (InputStream stream = process.getInputStream()) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        stream.transferTo(buffer);
        out = buffer.toByteArray();
      }
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new ReviewInputException("git " + args[0] + " did not finish within 60 s");
      }
      if (process.exitValue() != 0) {
        throw new ReviewInputException(
            "git "
                + String.join(" ", args)
                + " failed in "
                + dir
                + " (exit "
                + process.exitValue()
                + "); is it a git clone?");
      }
      return out;
    } catch (IOException e) {
      throw new ReviewInputException(
          "cannot run git (" + e.getMessage() + "); install git or run from a clone");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReviewInputException("interrupted while running git");
    } finally {
      if (stdin != null) {
        try {
          Files.deleteIfExists(stdin);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless
        }
      }
    }
  }
}
