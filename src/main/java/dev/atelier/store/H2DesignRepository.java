// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import dev.atelier.domain.design.CustomerContact;
import dev.atelier.domain.design.DesignCodes;
import dev.atelier.domain.design.DesignDraft;
import dev.atelier.domain.design.DesignRepository;
import dev.atelier.domain.design.DesignStorageException;
import dev.atelier.domain.design.SavedDesign;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Saved designs in tables {@code design} and {@code design_selection} (migration {@code V1__designs.sql}).
 * Plain JDBC in SQL that H2 and PostgreSQL both accept.
 */
public final class H2DesignRepository implements DesignRepository {

    /** How often {@link #save} draws a new code after a collision before it gives up. */
    static final int MAX_CODE_ATTEMPTS = 20;

    private static final Logger LOG = Logger.getLogger(H2DesignRepository.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final DesignCodes codes;
    private final Clock clock;

    /**
     * @param dataSource a data source on a migrated database
     * @param codes      draws new design codes
     * @param clock      stamps saved designs
     */
    public H2DesignRepository(DataSource dataSource, DesignCodes codes, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SavedDesign save(DesignDraft draft) {
        Objects.requireNonNull(draft, "draft");
        Instant created = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (int attempt = 1; attempt <= MAX_CODE_ATTEMPTS; attempt++) {
                    SavedDesign design = draft.saveAs(codes.next(), created);
                    if (insertDesign(c, design)) {
                        insertSelections(c, design);
                        insertTexts(c, design);
                        c.commit();
                        return design;
                    }
                    LOG.fine(() -> "Design code " + design.code() + " is taken; drawing another");
                }
                throw new DesignStorageException("No free design code after " + MAX_CODE_ATTEMPTS + " attempts", null);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DesignStorageException("Saving a design failed", e);
        }
    }

    private static boolean insertDesign(Connection c, SavedDesign d) throws SQLException {
        String sql = "INSERT INTO design (code, catalog_id, catalog_version, product_id, consent, created_at,"
                + " contact_name, contact_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        Savepoint beforeInsert = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, d.code());
            ps.setString(2, d.catalogId());
            ps.setString(3, d.catalogVersion());
            ps.setString(4, d.productId());
            ps.setBoolean(5, d.consent());
            ps.setObject(6, OffsetDateTime.ofInstant(d.created(), ZoneOffset.UTC));
            ps.setString(7, d.contact() == null ? null : d.contact().name());
            ps.setString(8, d.contact() == null ? null : d.contact().email());
            ps.executeUpdate();
            c.releaseSavepoint(beforeInsert);
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // PostgreSQL aborts the whole transaction on an error unless we roll back to a savepoint.
                c.rollback(beforeInsert);
                return false;
            }
            throw e;
        }
    }

    private static void insertSelections(Connection c, SavedDesign d) throws SQLException {
        String sql = "INSERT INTO design_selection (design_code, sort_order, variable_id, value_id) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int position = 0;
            for (Map.Entry<String, String> e : d.selections().entrySet()) {
                ps.setString(1, d.code());
                ps.setInt(2, position++);
                ps.setString(3, e.getKey());
                ps.setString(4, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertTexts(Connection c, SavedDesign d) throws SQLException {
        if (d.texts().isEmpty()) {
            return;
        }
        String sql = "INSERT INTO design_text (design_code, text_id, text_value) VALUES (?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<String, String> e : d.texts().entrySet()) {
                ps.setString(1, d.code());
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<SavedDesign> findByCode(String code) {
        Optional<String> normalized = DesignCodes.normalize(code);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        List<SavedDesign> found = query("WHERE d.code = ?", normalized.get(), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<SavedDesign> listRecent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return query("", null, limit);
    }

    private List<SavedDesign> query(String where, String code, int limit) {
        String sql = "SELECT d.code, d.catalog_id, d.catalog_version, d.product_id, d.consent, d.created_at,"
                + " d.contact_name, d.contact_email, s.variable_id, s.value_id"
                + " FROM (SELECT * FROM design d " + where + " ORDER BY d.created_at DESC, d.code LIMIT ?) d"
                + " LEFT JOIN design_selection s ON s.design_code = d.code"
                + " ORDER BY d.created_at DESC, d.code, s.sort_order";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (code != null) {
                ps.setString(i++, code);
            }
            ps.setInt(i, limit);
            List<SavedDesign> designs;
            try (ResultSet rs = ps.executeQuery()) {
                designs = collect(rs);
            }
            List<SavedDesign> withTexts = new ArrayList<>(designs.size());
            for (SavedDesign d : designs) {
                withTexts.add(withTexts(c, d));
            }
            return withTexts;
        } catch (SQLException e) {
            throw new DesignStorageException("Reading designs failed", e);
        }
    }

    private static SavedDesign withTexts(Connection c, SavedDesign d) throws SQLException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT text_id, text_value FROM design_text WHERE design_code = ? ORDER BY text_id")) {
            ps.setString(1, d.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return texts.isEmpty() ? d : new SavedDesign(d.code(), d.catalogId(), d.catalogVersion(), d.productId(),
                d.selections(), texts, d.consent(), d.contact(), d.created());
    }

    private static CustomerContact contact(ResultSet rs) throws SQLException {
        String name = rs.getString("contact_name");
        String email = rs.getString("contact_email");
        boolean none = (name == null || name.isBlank()) && (email == null || email.isBlank());
        return none ? null : new CustomerContact(name, email);
    }

    private static List<SavedDesign> collect(ResultSet rs) throws SQLException {
        List<SavedDesign> designs = new ArrayList<>();
        String current = null;
        String[] head = null;
        CustomerContact contact = null;
        boolean consent = false;
        Instant created = null;
        Map<String, String> selections = new LinkedHashMap<>();
        while (rs.next()) {
            String code = rs.getString("code");
            if (!code.equals(current)) {
                if (current != null) {
                    designs.add(new SavedDesign(current, head[0], head[1], head[2], selections, Map.of(), consent,
                            contact, created));
                }
                current = code;
                head = new String[] {rs.getString("catalog_id"), rs.getString("catalog_version"),
                    rs.getString("product_id")};
                consent = rs.getBoolean("consent");
                contact = contact(rs);
                created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
                selections = new LinkedHashMap<>();
            }
            String variable = rs.getString("variable_id");
            if (variable != null) {
                selections.put(variable, rs.getString("value_id"));
            }
        }
        if (current != null) {
            designs.add(new SavedDesign(current, head[0], head[1], head[2], selections, Map.of(), consent, contact,
                    created));
        }
        return designs;
    }

    @Override
    public boolean delete(String code) {
        Optional<String> normalized = DesignCodes.normalize(code);
        if (normalized.isEmpty()) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM design WHERE code = ?")) {
            ps.setString(1, normalized.get());
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new DesignStorageException("Deleting design " + code + " failed", e);
        }
    }
}
