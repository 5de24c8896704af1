// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

public final class Main {
    public static void main(String[] args) {
    }
}
