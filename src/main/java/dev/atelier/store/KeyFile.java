// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The secret that encrypts the database file: 32 random bytes as 64 hex digits in a file readable only by its
 * owner (mode 0600 where the file system knows POSIX permissions).
 */
final class KeyFile {

    private static final Logger LOG = Logger.getLogger(KeyFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyFile() {
    }

    /**
     * Reads the key, creating the file with a fresh key if it does not exist.
     *
     * @param path            the key file
     * @param mayCreate       false when a database already exists that an invented key could not open
     * @return the key (hex digits, no white space)
     */
    static String loadOrCreate(Path path, boolean mayCreate) {
        if (Files.notExists(path)) {
            if (!mayCreate) {
                throw new StoreException(StoreException.Reason.KEY_MISSING,
                        "The database exists but its key file " + path + " is missing", null);
            }
            create(path);
        }
        return read(path);
    }

    private static void create(Path path) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        byte[] content = HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII);
        try {
            Path dir = path.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
            FileAttribute<?>[] attrs = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            // Created with owner-only permissions from the start, never world-readable in between.
            Files.createFile(path, attrs);
            Files.write(path, content);
            LOG.info(() -> "Created database key file " + path);
        } catch (FileAlreadyExistsException raced) {
            LOG.fine(() -> "Key file " + path + " was created concurrently; using it");
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.KEY_UNREADABLE, "Cannot create key file " + path, e);
        }
    }

    private static String read(Path path) {
        try {
            warnIfReadableByOthers(path);
            String key = Files.readString(path, StandardCharsets.US_ASCII).strip();
            if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
                throw new StoreException(StoreException.Reason.KEY_UNREADABLE,
                        "Key file " + path + " is empty or contains white space", null);
            }
            return key;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.KEY_UNREADABLE, "Cannot read key file " + path, e);
        }
    }

    private static void warnIfReadableByOthers(Path path) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
        if (!OWNER_ONLY.containsAll(perms)) {
            LOG.warning(() -> "Key file " + path + " is accessible by others (" + PosixFilePermissions.toString(perms)
                    + "); run: chmod 600 " + path);
        }
    }
}
