// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Children are made to match what is wanted without re-adding the nodes that stay in order. */
class UiSyncChildrenTest {

    @Property(tries = 300)
    void childrenEndAsWantedAndKeptNodesAreNotReAdded(@ForAll @Size(max = 12) List<@IntRange(max = 15) Integer> now,
                                                        @ForAll @Size(max = 12) List<@IntRange(max = 15) Integer> want) {
        Region[] pool = new Region[16];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new Region();
        }
        Pane pane = new Pane();
        pane.getChildren().setAll(distinct(now).stream().map(i -> (Node) pool[i]).toList());
        List<Node> wanted = distinct(want).stream().map(i -> (Node) pool[i]).toList();
        List<Node> added = new ArrayList<>();
        pane.getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                added.addAll(c.getAddedSubList());
            }
        });
        List<Node> before = List.copyOf(pane.getChildren());

        Ui.syncChildren(pane.getChildren(), wanted);

        assertThat(pane.getChildren()).containsExactlyElementsOf(wanted);
        if (before.equals(wanted)) {
            assertThat(added).isEmpty();
        }
        // A node that was there and is still wanted, and that keeps its place among the kept ones, stays put.
        List<Node> keptInOrder = before.stream().filter(wanted::contains).toList();
        List<Node> wantedKept = wanted.stream().filter(before::contains).toList();
        if (keptInOrder.equals(wantedKept) && !keptInOrder.isEmpty()) {
            assertThat(added).doesNotContainAnyElementsOf(keptInOrder);
        }
    }

    private static List<Integer> distinct(List<Integer> xs) {
        return xs.stream().distinct().toList();
    }
}
