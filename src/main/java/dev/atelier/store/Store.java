// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import dev.atelier.domain.design.DesignCodes;
import dev.atelier.domain.design.DesignRepository;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The opened store: a connection pool on a migrated database and the repositories on top of it.
 *
 * <p>{@link #open(StoreSettings)} blocks (the first open of an H2 file in a fresh JVM takes about half a second,
 * a migration longer): call it off the UI thread.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Store.class.getName());

    private final JdbcConnectionPool pool;
    private final StoreSettings settings;
    private final DesignRepository designs;

    private Store(JdbcConnectionPool pool, StoreSettings settings, Clock clock) {
        this.pool = pool;
        this.settings = settings;
        this.designs = new H2DesignRepository(pool, new DesignCodes(), clock);
    }

    /**
     * Opens the store, creating the database, its key and its schema on first use.
     *
     * @param settings where the store is
     * @return the open store; close it when done
     * @throws StoreException with a {@link StoreException.Reason} if it cannot be opened
     */
    public static Store open(StoreSettings settings) {
        return open(settings, Clock.systemUTC());
    }

    /** As {@link #open(StoreSettings)}, with the clock that stamps saved designs. */
    public static Store open(StoreSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        if (!settings.jdbcUrl().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            throw new StoreException(StoreException.Reason.UNSUPPORTED_URL,
                    "Only H2 URLs (jdbc:h2:...) are supported by this build: " + settings.jdbcUrl(), null);
        }
        long start = System.nanoTime();
        String password = settings.password();
        if (settings.encrypted()) {
            boolean databaseExists = settings.databaseFile().map(Files::exists).orElse(false);
            String key = KeyFile.loadOrCreate(settings.keyFile(), !databaseExists);
            // H2 wants "<file password> <user password>" for CIPHER=AES.
            password = key + " " + settings.password();
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(settings.jdbcUrl(), settings.user(), password);
        try {
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            migrate(pool);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, settings);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        LOG.info(() -> String.format("Opened store %s in %d ms", settings.jdbcUrl(),
                (System.nanoTime() - start) / 1_000_000));
        return new Store(pool, settings, clock);
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(StoreException.Reason.MIGRATION_FAILED,
                    "Migrating the database schema failed: " + e.getMessage(), e);
        }
    }

    private static StoreException translate(SQLException e, StoreSettings settings) {
        String where = settings.databaseFile().map(Object::toString).orElse(settings.jdbcUrl());
        switch (e.getErrorCode()) {
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.WRONG_PASSWORD_FORMAT:
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return new StoreException(StoreException.Reason.WRONG_KEY,
                        "The key in " + settings.keyFile() + " does not open " + where, e);
            case ErrorCode.FILE_CORRUPTED_1:
                return new StoreException(StoreException.Reason.UNREADABLE,
                        where + " is damaged, or its encryption setting does not match the URL", e);
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new StoreException(StoreException.Reason.IN_USE,
                        where + " is in use by another program", e);
            default:
                return new StoreException(StoreException.Reason.UNAVAILABLE,
                        "Cannot open " + where + ": " + e.getMessage(), e);
        }
    }

    /** Saved designs. */
    public DesignRepository designs() {
        return designs;
    }

    /** The pooled data source, for further repositories. */
    public DataSource dataSource() {
        return pool;
    }

    /** Where this store is. */
    public StoreSettings settings() {
        return settings;
    }

    /** Closes all connections; an embedded H2 database closes its file with the last one. */
    @Override
    public void close() {
        pool.dispose();
    }
}
