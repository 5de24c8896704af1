-- SPDX-License-Identifier: Apache-2.0
-- Saved kiosk designs. SQL that H2 (MODE=PostgreSQL) and PostgreSQL both accept.

CREATE TABLE design (
    code            VARCHAR(7)   NOT NULL PRIMARY KEY,  -- display form, e.g. K7M-3QX
    catalog_id      VARCHAR(200) NOT NULL,
    catalog_version VARCHAR(100) NOT NULL,
    product_id      VARCHAR(200) NOT NULL,
    consent         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX design_created_at_idx ON design (created_at);

CREATE TABLE design_selection (
    design_code VARCHAR(7)    NOT NULL REFERENCES design (code) ON DELETE CASCADE,
    sort_order  INTEGER       NOT NULL,
    variable_id VARCHAR(400)  NOT NULL,
    value_id    VARCHAR(400)  NOT NULL,
    PRIMARY KEY (design_code, variable_id),
    UNIQUE (design_code, sort_order)
);
