// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.bom;

/**
 * A geometry binding or BOM line cannot become a part: it does not parse, names something the product does not
 * have, or gives an impossible size or quantity. The message names the catalog entry and the instance.
 */
public class BomException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BomException(String message, Throwable cause) {
        super(message, cause);
    }

    public BomException(String message) {
        super(message);
    }
}
