// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.pricing;

/**
 * A price rule cannot be priced: it does not parse, names something the product does not have, or evaluates to
 * something that is not an amount. The message names the rule (and the instance, for per-instance rules).
 */
public class PricingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public PricingException(String ruleId, String message, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
    }

    public PricingException(String ruleId, String message) {
        this(ruleId, message, null);
    }

    /** The price rule at fault, or null when the problem is not one rule's. */
    public String ruleId() {
        return ruleId;
    }
}
