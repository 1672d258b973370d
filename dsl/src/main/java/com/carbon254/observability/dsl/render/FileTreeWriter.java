package com.carbon254.observability.dsl.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a {@link RenderedTree} into the generated folder and nowhere else.
 *
 * <p>Each file goes to a temporary file beside it and is then moved into place, so a reader (or a
 * crash) never sees half a file. Files in the folder that the tree no longer holds are removed. The
 * folder must carry the marker file the generator writes, so that pointing {@code --out} at a
 * folder of anything else cannot delete it.
 */
public final class FileTreeWriter {
  /** Written into every generated folder; its presence is what allows the writer to prune. */
  public static final String MARKER = "README.md";

  public static final String MARKER_FIRST_LINE = "# generated/ (do not edit by hand)";

  private static final String TEMP_SUFFIX = ".writing";

  /** Held while writing; ignored by git and never pruned. */
  public static final String LOCK = ".generating.lock";

  private final Path root;

  public FileTreeWriter(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    try {
      // A link to the folder itself is fine; links inside it are refused when written through.
      this.root = Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + absolute + ": " + e, e);
    }
  }

  /** What a write did, for the summary line. */
  public record Summary(
      List<String> created, List<String> changed, List<String> removed, int unchanged) {
    public Summary {
      created = List.copyOf(created);
      changed = List.copyOf(changed);
      removed = List.copyOf(removed);
    }

    public int total() {
      return created.size() + changed.size() + unchanged;
    }

    public String describe(String folderName) {
      return String.format(
          java.util.Locale.ROOT,
          "%s: %d files, %d written (%d new, %d changed), %d removed, %d unchanged",
          folderName,
          total(),
          created.size() + changed.size(),
          created.size(),
          changed.size(),
          removed.size(),
          unchanged);
    }
  }

  /** What writing {@code tree} would change, without writing anything. */
  public Summary plan(RenderedTree tree) {
    guardOwnership();
    return apply(tree, false);
  }

  public Summary write(RenderedTree tree) {
    if (!tree.contains(MARKER) || !tree.files().get(MARKER).startsWith(MARKER_FIRST_LINE)) {
      throw new IllegalArgumentException(
          "a rendered tree must carry the generated/ marker " + MARKER);
    }
    guardOwnership();
    try {
      Files.createDirectories(root);
      // Two generators at once (two builds, an IDE and a terminal) take turns instead of racing.
      try (FileChannel lockFile =
          FileChannel.open(
              root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        lockFile.lock(); // released when the channel closes
        guardOwnership(); // again: another generator may have written the folder while we waited
        return apply(tree, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + root + ": " + e, e);
    }
  }

  private Summary apply(RenderedTree tree, boolean write) {
    List<String> created = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    int unchanged = 0;
    try {
      for (Map.Entry<String, String> file : tree.files().entrySet()) {
        Path target = resolveInside(file.getKey());
        byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
          if (java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            unchanged++;
            continue;
          }
          changed.add(file.getKey());
        } else {
          created.add(file.getKey());
        }
        if (write) {
          writeAtomically(target, bytes);
        }
      }
      List<String> removed = new ArrayList<>();
      for (String existing : existingFiles()) {
        if (!tree.contains(existing)) {
          removed.add(existing);
          if (write) {
            Files.delete(resolveInside(existing));
          }
        }
      }
      if (write) {
        removeEmptyDirectories();
      }
      return new Summary(created, changed, removed, unchanged);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + root + ": " + e, e);
    }
  }

  /**
   * Relative paths of every regular file now in the folder, leftovers of interrupted writes too.
   */
  public TreeSet<String> existingFiles() {
    TreeSet<String> paths = new TreeSet<>();
    if (!Files.isDirectory(root)) {
      return paths;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals(LOCK))
          .forEach(paths::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths;
  }

  /** The folder's current files and their text, to compare with a rendering. */
  public Map<String, String> readExisting() {
    Map<String, String> contents = new java.util.TreeMap<>();
    try {
      for (String path : existingFiles()) {
        // A stray file that is not UTF-8 still shows up in the comparison, with replacement
        // characters.
        contents.put(
            path, new String(Files.readAllBytes(resolveInside(path)), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return contents;
  }

  private void guardOwnership() {
    if (!Files.exists(root)) {
      return;
    }
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalStateException(
          root + " is not a folder; refusing to write generated files there");
    }
    // Only the folder's own entries are looked at (pointing --out at / must not walk the disk),
    // and before the marker: a generator running beside us may write the marker in between.
    java.util.Optional<String> foreign;
    try (Stream<Path> entries = Files.list(root)) {
      // A generator's own lock and half-written files do not make a folder somebody else's.
      foreign =
          entries
              .map(p -> p.getFileName().toString())
              .filter(name -> !name.equals(LOCK) && !name.endsWith(TEMP_SUFFIX))
              .sorted()
              .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root + ": " + e, e);
    }
    Path marker = root.resolve(MARKER);
    boolean owned;
    try {
      owned =
          Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
              && Files.readString(marker, StandardCharsets.UTF_8).startsWith(MARKER_FIRST_LINE);
    } catch (IOException e) {
      owned = false;
    }
    if (owned) {
      return;
    }
    if (foreign.isPresent()) {
      throw new IllegalStateException(
          root
              + " holds files ("
              + foreign.get()
              + ", ...) but no generator marker ("
              + MARKER
              + " starting with '"
              + MARKER_FIRST_LINE
              + "'); refusing to prune a folder the generator did not create. Point --out at generated/ or an empty folder.");
    }
  }

  private Path resolveInside(String relativePath) {
    Path target = root.resolve(relativePath).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException("refusing to touch " + target + ": outside " + root);
    }
    // A symbolic link inside the folder could lead a write outside it.
    for (Path part = target.getParent();
        part != null && !part.equals(root);
        part = part.getParent()) {
      if (Files.isSymbolicLink(part)) {
        throw new IllegalStateException(
            "refusing to write through the symbolic link "
                + part
                + "; generated/ must hold plain folders only");
      }
    }
    return target;
  }

  private void writeAtomically(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    // Unique per process and call; created with the usual permissions (not createTempFile's 0600).
    Path temp =
        target.resolveSibling(
            "."
                + target.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "."
                + System.nanoTime()
                + TEMP_SUFFIX);
    try {
      try (FileChannel out =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        // On disk before the rename, so a crash leaves the old file or the new one, never a torn
        // one.
        out.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void removeEmptyDirectories() throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> directories;
    try (Stream<Path> walk = Files.walk(root)) {
      directories =
          walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(root))
              .sorted(Comparator.reverseOrder())
              .toList();
    }
    for (Path directory : directories) {
      try (Stream<Path> children = Files.list(directory)) {
        if (children.findAny().isEmpty()) {
          Files.delete(directory);
        }
      }
    }
  }
}
