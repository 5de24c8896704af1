// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.geometry;

/** An OBJ file that cannot be read as a mesh; the message names the file and line. */
public final class ObjFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ObjFormatException(String message) {
        super(message);
    }
}
