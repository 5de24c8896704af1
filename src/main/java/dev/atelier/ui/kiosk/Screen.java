// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

/** The kiosk's screens, in the order a customer meets them. */
public enum Screen {
    /** Brand screen while nobody uses the kiosk: "Touch to start". */
    ATTRACT,
    /** The products, with pictures and "from" prices. */
    GALLERY,
    /** A few questions that lead to starting designs (optional). */
    QUIZ,
    /** The guided steps with live 3D and price. */
    CONFIGURE,
    /** Summary, price breakdown and 3D before saving. */
    REVIEW,
    /** The saved design's code and QR code. */
    SAVED
}
