-- SPDX-License-Identifier: Apache-2.0
-- Free texts (monogram initials) of saved designs, and contact details stored only with the customer's consent.

ALTER TABLE design ADD COLUMN contact_name VARCHAR(200);
ALTER TABLE design ADD COLUMN contact_email VARCHAR(320);

CREATE TABLE design_text (
    design_code VARCHAR(7)    NOT NULL REFERENCES design (code) ON DELETE CASCADE,
    text_id     VARCHAR(400)  NOT NULL,
    text_value  VARCHAR(400)  NOT NULL,
    PRIMARY KEY (design_code, text_id)
);
