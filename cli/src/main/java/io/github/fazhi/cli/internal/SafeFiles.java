package io.github.fazhi.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Writes outputs safely: into a temporary file in the target's own folder, then moved into place in one
 * step, so that a reader never sees half a file, a failed write leaves the old file as it was, and a link
 * planted at the target is replaced, never followed. Folders below the output folder that are links are
 * not followed either.
 */
public final class SafeFiles {

    private SafeFiles() {}

    /** Why a write failed, for a person: no permission, or the system's words ({@code File name too long}). */
    public static String reason(IOException e, CliMessages messages) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return messages.get(CliMessages.Key.WRITE_PERMISSION_DENIED);
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** What writes an output's bytes. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** A link on the way from the output folder to a target: the write is refused. */
    public static final class LinkInPathException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        private final transient Path link;

        LinkInPathException(Path target, Path link) {
            super(target.toString(), link.toString(), "symbolic link in the output path");
            this.link = link;
        }

        /** The link found. */
        public Path link() {
            return link;
        }
    }

    /**
     * The first symbolic link among the folders from {@code root} (not included: the user named it) down to
     * {@code target}'s folder, if any.
     */
    public static Optional<Path> linkOnTheWay(Path root, Path target) {
        Path base = root.toAbsolutePath().normalize();
        Path t = target.toAbsolutePath().normalize();
        if (!t.startsWith(base)) {
            return Optional.empty();
        }
        Path rel = base.relativize(t);
        Path p = base;
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            p = p.resolve(rel.getName(i));
            if (Files.isSymbolicLink(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes {@code target} (below {@code root}) from {@code content}: through a temporary file in the same
     * folder, moved over the target atomically.
     *
     * @throws LinkInPathException when a folder between {@code root} and the target is a symbolic link
     * @throws IOException when the file cannot be written; the target is then as it was
     */
    public static void write(Path root, Path target, Content content) throws IOException {
        Optional<Path> link = linkOnTheWay(root, target);
        if (link.isPresent()) {
            throw new LinkInPathException(target, link.get());
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".fazhi-", ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp, LinkOption.NOFOLLOW_LINKS)) {
                content.writeTo(out);
            }
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file keeps the system's default permissions
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
