// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to reach the store.
 *
 * @param jdbcUrl  the JDBC URL; an H2 URL with {@code CIPHER=AES} is encrypted with the key in {@code keyFile}
 * @param user     the database user
 * @param password the user's password (not the file key); may be empty
 * @param keyFile  the key file for {@code CIPHER=AES} URLs (created on first use)
 */
public record StoreSettings(String jdbcUrl, String user, String password, Path keyFile) {

    /** H2 options that make it accept PostgreSQL-style SQL, as the H2 documentation recommends. */
    public static final String POSTGRES_COMPATIBILITY = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static final Pattern CIPHER = Pattern.compile(";\\s*CIPHER\\s*=\\s*AES", Pattern.CASE_INSENSITIVE);
    private static final Pattern H2_FILE = Pattern.compile("jdbc:h2:(?:file:)?([^;]+)", Pattern.CASE_INSENSITIVE);

    public StoreSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(keyFile, "keyFile");
        if (password.contains(" ") && encrypted(jdbcUrl)) {
            throw new IllegalArgumentException("the user password of an encrypted H2 database must not contain spaces");
        }
    }

    /**
     * The default: an encrypted H2 file database {@code atelier.mv.db} with key file {@code atelier.key}, both in
     * {@code dataDirectory}.
     */
    public static StoreSettings embedded(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath();
        String url = "jdbc:h2:file:" + dir.resolve("atelier") + ";CIPHER=AES" + POSTGRES_COMPATIBILITY;
        return new StoreSettings(url, "atelier", "", dir.resolve("atelier.key"));
    }

    /** Whether the URL asks H2 to encrypt the file. */
    public boolean encrypted() {
        return encrypted(jdbcUrl);
    }

    /**
     * The database file of an embedded H2 URL ({@code jdbc:h2:file:/x/atelier} → {@code /x/atelier.mv.db}), or
     * empty for server, in-memory and non-H2 URLs.
     */
    public Optional<Path> databaseFile() {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")
                || lower.startsWith("jdbc:h2:zip:")) {
            return Optional.empty();
        }
        Matcher m = H2_FILE.matcher(jdbcUrl);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String base = m.group(1);
        if (base.startsWith("~")) {
            base = System.getProperty("user.home") + base.substring(1);
        }
        return Optional.of(Path.of(base + ".mv.db").toAbsolutePath());
    }

    @Override
    public String toString() {
        return "StoreSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", keyFile=" + keyFile + "]";
    }

    private static boolean encrypted(String url) {
        return CIPHER.matcher(url).find();
    }
}
