// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

/** The family a product belongs to; decides how it is previewed and what its bill of materials holds. */
public enum ProductKind { FURNITURE, CLOTHING }
