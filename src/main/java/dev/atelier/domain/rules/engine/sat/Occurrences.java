// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.FdModel;

/** For each variable of a model, the indices of the constraints whose scope contains it (each once). */
final class Occurrences {

    private final int[][] constraintsOf;

    Occurrences(FdModel model) {
        int[] count = new int[model.size()];
        for (int c = 0; c < model.constraints().size(); c++) {
            int[] scope = model.constraints().get(c).scope();
            for (int i = 0; i < scope.length; i++) {
                if (firstOccurrence(scope, i)) {
                    count[scope[i]]++;
                }
            }
        }
        constraintsOf = new int[model.size()][];
        for (int x = 0; x < count.length; x++) {
            constraintsOf[x] = new int[count[x]];
            count[x] = 0;
        }
        for (int c = 0; c < model.constraints().size(); c++) {
            int[] scope = model.constraints().get(c).scope();
            for (int i = 0; i < scope.length; i++) {
                if (firstOccurrence(scope, i)) {
                    constraintsOf[scope[i]][count[scope[i]]++] = c;
                }
            }
        }
    }

    /** Constraint indices whose scope contains the variable (shared array: do not modify). */
    int[] constraintsOf(int variable) {
        return constraintsOf[variable];
    }

    private static boolean firstOccurrence(int[] scope, int position) {
        for (int i = 0; i < position; i++) {
            if (scope[i] == scope[position]) {
                return false;
            }
        }
        return true;
    }
}
