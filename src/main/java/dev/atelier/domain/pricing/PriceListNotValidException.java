// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.pricing;

import dev.atelier.domain.catalog.PriceList;

import java.time.LocalDate;

/** A price list was used on a day outside its validity (expired or not yet valid). */
public class PriceListNotValidException extends PricingException {

    private static final long serialVersionUID = 1L;

    private final String priceListId;
    private final LocalDate day;

    public PriceListNotValidException(PriceList list, LocalDate day) {
        super(null, message(list, day));
        this.priceListId = list.id();
        this.day = day;
    }

    private static String message(PriceList list, LocalDate day) {
        String state = list.validTo() != null && day.isAfter(list.validTo()) ? "expired" : "not yet valid";
        String from = list.validFrom() == null ? "" : " from " + list.validFrom();
        String to = list.validTo() == null ? "" : " until " + list.validTo();
        return "price list " + list.id() + " is " + state + " on " + day + " (valid" + from + to + ")";
    }

    /** The price list that was refused. */
    public String priceListId() {
        return priceListId;
    }

    /** The day it was asked for. */
    public LocalDate day() {
        return day;
    }
}
