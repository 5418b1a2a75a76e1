package io.github.fazhi.cli.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds input files and reads each with the reader its content calls for. A folder is walked to the end:
 * each entry that cannot be read (a sub-folder without permission, a FIFO, socket or device, a broken link, a
 * link loop) becomes an input with its reason, and the walk goes on, so every file ends as checked or as a
 * read error.
 */
public final class Inputs {

    private static final ReadOptions OPTIONS = ReadOptions.defaults();
    private static final ReadOptions ENGLISH =
            ReadOptions.builder().locale(Locale.ENGLISH).build();

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFSOCK = 0140000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;

    private Inputs() {}

    /** One input: a file to read, or an entry that named nothing readable, with the reason. */
    public record Input(Path path, Path relative, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }

        public String name() {
            return path.toString();
        }
    }

    /** {@link #expand(List, Locale)} with Chinese reasons. */
    public static List<Input> expand(List<Path> args) {
        return expand(args, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Expands the arguments: files as given, folders recursively to every regular file in them (links
     * followed), whatever its name, in a stable (sorted) order; each is then read or refused by its content
     * ({@link Readers}), so a folder check names every file it did not check and why. A path that names no
     * readable file, and each entry of a folder that cannot be read, become inputs with their reason.
     */
    public static List<Input> expand(List<Path> args, Locale locale) {
        CliMessages messages = CliMessages.of(locale);
        List<Input> out = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                out.addAll(walk(arg, messages));
            } else if (Files.isRegularFile(arg)) {
                out.add(new Input(arg, fileName(arg), ""));
            } else {
                out.add(new Input(arg, fileName(arg), notAFile(arg, messages)));
            }
        }
        return out;
    }

    private static List<Input> walk(Path root, CliMessages messages) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(
                    root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                found.add(new Input(file, root.relativize(file), ""));
                            } else {
                                found.add(new Input(file, root.relativize(file), notAFile(file, messages)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String reason = e instanceof FileSystemLoopException
                                    ? messages.get(CliMessages.Key.LINK_LOOP)
                                    : e instanceof AccessDeniedException && Files.isDirectory(file)
                                            ? messages.get(CliMessages.Key.FOLDER_PERMISSION_DENIED)
                                            : Files.isDirectory(file)
                                                    ? messages.get(CliMessages.Key.FOLDER_UNREADABLE, describe(e))
                                                    : reason(e, file, messages);
                            found.add(new Input(file, root.relativize(file), reason));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                // the listing broke off part way: say so, keep what was found
                                found.add(new Input(
                                        dir,
                                        root.relativize(dir),
                                        messages.get(CliMessages.Key.FOLDER_UNREADABLE, describe(e))));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(new Input(root, fileName(root), messages.get(CliMessages.Key.FOLDER_UNREADABLE, describe(e))));
        }
        found.sort(Comparator.comparing(Input::path));
        return found;
    }

    /** Why {@code p}, which is not a regular file or a folder when links are followed, cannot be read. */
    static String notAFile(Path p, CliMessages messages) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            try {
                Path target = Files.readSymbolicLink(p);
                if (Files.isSymbolicLink(p.resolveSibling(target)) || loops(p)) {
                    return messages.get(CliMessages.Key.LINK_LOOP);
                }
                return messages.get(CliMessages.Key.BROKEN_LINK, target);
            } catch (IOException e) {
                return messages.get(CliMessages.Key.BROKEN_LINK, "?");
            }
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            if (p.getParent() != null && Files.isDirectory(p.getParent()) && !Files.isExecutable(p.getParent())) {
                return messages.get(CliMessages.Key.PERMISSION_DENIED);
            }
            return messages.get(CliMessages.Key.NO_SUCH_FILE);
        }
        try {
            Object mode = Files.getAttribute(p, "unix:mode");
            if (mode instanceof Integer m) {
                return switch (m & S_IFMT) {
                    case S_IFIFO -> messages.get(CliMessages.Key.FIFO);
                    case S_IFSOCK -> messages.get(CliMessages.Key.SOCKET);
                    case S_IFCHR, S_IFBLK -> messages.get(CliMessages.Key.DEVICE);
                    default -> messages.get(CliMessages.Key.SPECIAL);
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view on this file system: say what can be said
        }
        return messages.get(CliMessages.Key.SPECIAL);
    }

    /** Whether following {@code link} comes back to a link already passed. */
    private static boolean loops(Path link) {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        for (int i = 0; i < 64 && Files.isSymbolicLink(p); i++) {
            if (!seen.add(p)) {
                return true;
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath().normalize();
            } catch (IOException e) {
                return false;
            }
        }
        return Files.isSymbolicLink(p);
    }

    /** The reason an input could not be read, for a person: permission, no such file, a loop, or the system's words. */
    public static String reason(IOException e, Path file, CliMessages messages) {
        if (e instanceof AccessDeniedException) {
            return messages.get(CliMessages.Key.PERMISSION_DENIED);
        }
        if (e instanceof NoSuchFileException) {
            return notAFile(file, messages);
        }
        if (e instanceof FileSystemLoopException) {
            return messages.get(CliMessages.Key.LINK_LOOP);
        }
        return messages.get(CliMessages.Key.UNREADABLE, describe(e));
    }

    private static String describe(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fse ? fse.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    private static Path fileName(Path p) {
        return p.getFileName() == null ? p : p.getFileName();
    }

    /** The file's extension, lower case, without the dot. */
    public static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a report with the reader its content calls for ({@link Readers}), whatever its extension.
     *
     * @throws ReportReadException for content that is not a readable report, or in a format no reader reads
     * @throws IOException when the file cannot be read
     */
    public static AnnualReport read(Path file) throws IOException {
        return Readers.read(file, OPTIONS);
    }

    /** The readers' options for messages in {@code locale}'s language: English for English, Chinese otherwise. */
    private static ReadOptions options(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : OPTIONS;
    }

    /**
     * Reads a report; a file that cannot be read at all is a {@link ReportReadException} naming the file and
     * the real reason (permission, no such file, a FIFO, a broken link), in {@code locale}'s language; so is
     * the reader's own error for content it cannot read.
     */
    public static AnnualReport read(Path file, Locale locale) {
        CliMessages messages = CliMessages.of(locale);
        if (!Files.isRegularFile(file)) {
            // never open a FIFO or a device: reading it could block for ever
            throw ReportReadException.of(file.toString(), "", notAFile(file, messages), null);
        }
        try {
            return Readers.read(file, options(locale));
        } catch (IOException e) {
            throw ReportReadException.of(file.toString(), "", reason(e, file, messages), e);
        }
    }
}
