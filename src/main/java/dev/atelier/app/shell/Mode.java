// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

/** The three ways to use Atelier (see DESIGN.md §1). */
public enum Mode {
    /** Customers configure products on a locked, full-screen touch station. */
    KIOSK(true),
    /** Sales staff turn designs into quotes and orders. Not built yet. */
    SALES(false),
    /** Catalog designers edit and publish catalogs. Not built yet. */
    DESIGNER(false);

    private final boolean available;

    Mode(boolean available) {
        this.available = available;
    }

    /** Whether this build offers the mode; the others show as "coming soon". */
    public boolean isAvailable() {
        return available;
    }

    /** Key prefix of the mode's texts in {@code dev.atelier.app.messages}: {@code mode.kiosk}. */
    public String textKey() {
        return "mode." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
