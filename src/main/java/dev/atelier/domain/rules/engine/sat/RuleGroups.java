// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.FdModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model's constraints grouped by rule id: explanations name rules, and a rule may span several constraints. */
final class RuleGroups {

    private final List<String> ruleIds = new ArrayList<>();
    private final int[] groupOfConstraint;

    RuleGroups(FdModel model) {
        Map<String, Integer> groups = new HashMap<>();
        groupOfConstraint = new int[model.constraints().size()];
        for (int c = 0; c < groupOfConstraint.length; c++) {
            String id = model.constraints().get(c).ruleId();
            groupOfConstraint[c] = groups.computeIfAbsent(id, key -> {
                ruleIds.add(key);
                return ruleIds.size() - 1;
            });
        }
    }

    int count() {
        return ruleIds.size();
    }

    int groupOf(int constraint) {
        return groupOfConstraint[constraint];
    }

    String ruleId(int group) {
        return ruleIds.get(group);
    }
}
