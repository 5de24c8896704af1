// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.preview.assets.AssetSource;
import dev.atelier.preview.model.PreviewMaterial;
import dev.atelier.preview.model.PreviewPart;
import dev.atelier.preview.model.Vec3;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The mesh cache keeps what a kiosk reuses and forgets the rest within its byte budget. */
class PreviewResourcesCacheTest {

    private static PreviewPart panel(int widthMm) {
        return new PreviewPart("#panel-" + widthMm, "", "panel", GeometryBinding.Shape.BOX,
                new Vec3(widthMm, 2360, 580), new Vec3(0, 0, 0), new Vec3(0, 0, 0), PreviewMaterial.NEUTRAL, "side",
                null, null);
    }

    @Test
    void meshesStayWithinTheBudgetAndRecentOnesAreReused() {
        PreviewResources resources = new PreviewResources(AssetSource.none(), Runnable::run);
        CompletableFuture<?> first = resources.mesh(panel(500));
        long one = resources.cachedMeshBytes();
        assertThat(one).isPositive();
        // Far more distinct sizes than fit: the cache must not keep them all.
        int sizes = (int) (3 * PreviewResources.MESH_BUDGET_BYTES / one) + 10;
        for (int w = 1; w <= sizes; w++) {
            resources.mesh(panel(1000 + w));
            assertThat(resources.cachedMeshBytes()).isLessThanOrEqualTo(PreviewResources.MESH_BUDGET_BYTES);
        }
        CompletableFuture<?> recent = resources.mesh(panel(1000 + sizes));
        assertThat(resources.mesh(panel(1000 + sizes))).isSameAs(recent);
        assertThat(resources.mesh(panel(500))).as("the oldest size was let go").isNotSameAs(first);
    }
}
