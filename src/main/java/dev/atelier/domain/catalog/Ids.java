// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.regex.Pattern;

/** Rules for ids in catalogs: lower-case letters, digits and dashes, starting with a letter or digit. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Ids that name built-in things and may not be used for groups, parameters or components. */
    public static final java.util.Set<String> RESERVED = java.util.Set.of("count", "none", "index", "true", "false",
            "and", "or", "not", "implies", "iff", "requires", "excludes", "in", "when", "default", "visible", "table",
            "allow", "forbid", "atleast", "atmost", "exactly", "of");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Throws if {@code id} is not a valid id; {@code what} names it in the message. */
    public static String require(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " id '" + id
                    + "' must be lower-case letters, digits and dashes");
        }
        return id;
    }
}
