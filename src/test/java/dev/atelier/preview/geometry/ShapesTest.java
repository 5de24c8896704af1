// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.geometry;

import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.preview.model.PreviewMaterial;
import dev.atelier.preview.model.PreviewPart;
import dev.atelier.preview.model.Vec3;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShapesTest {

    @Test
    void boxTilesItsTextureAtRealSize() {
        MeshData box = Shapes.box(new Vec3(1200, 600, 18), 600);
        assertThat(box.triangleCount()).isEqualTo(12);
        assertThat(box.bounds().max()).isEqualTo(new Vec3(1200, 600, 18));
        // the front face (first four vertices) spans 2 tiles along its 1200 mm and 1 across its 600 mm; the
        // texture's vertical (the grain of the wood textures) runs along the longer side
        float minU = Float.MAX_VALUE;
        float maxU = -Float.MAX_VALUE;
        float minV = Float.MAX_VALUE;
        float maxV = -Float.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            minU = Math.min(minU, box.texCoords()[i * 2]);
            maxU = Math.max(maxU, box.texCoords()[i * 2]);
            minV = Math.min(minV, box.texCoords()[i * 2 + 1]);
            maxV = Math.max(maxV, box.texCoords()[i * 2 + 1]);
        }
        assertThat(maxU - minU).isEqualTo(1f);
        assertThat(maxV - minV).isEqualTo(2f);
    }

    @Test
    void texturesAreTurnedOnFacesButNeverMirrored() {
        for (Vec3 size : new Vec3[]{new Vec3(1200, 600, 18), new Vec3(18, 2360, 580), new Vec3(500, 80, 540)}) {
            MeshData box = Shapes.box(size, 600);
            float[] p = box.points();
            float[] t = box.texCoords();
            int[] f = box.faces();
            for (int tri = 0; tri < box.triangleCount(); tri++) {
                int a = f[tri * 9];
                int b = f[tri * 9 + 3];
                int c = f[tri * 9 + 6];
                // seen from outside the triangle runs counter-clockwise (tested above); in the picture (u right,
                // -v up) it must too, or the texture is drawn mirrored
                double du1 = t[b * 2] - t[a * 2];
                double dy1 = -(t[b * 2 + 1] - t[a * 2 + 1]);
                double du2 = t[c * 2] - t[a * 2];
                double dy2 = -(t[c * 2 + 1] - t[a * 2 + 1]);
                assertThat(du1 * dy2 - du2 * dy1).as("triangle %d of %s", tri, size).isPositive();
            }
            assertThat(p).isNotEmpty();
        }
    }

    @Test
    void facesWindCounterClockwiseSeenFromOutside() {
        for (MeshData m : new MeshData[]{Shapes.box(new Vec3(3, 2, 1), 1000), Shapes.cylinder(new Vec3(2, 5, 2),
                1000)}) {
            Vec3 c = m.bounds().center();
            for (int t = 0; t < m.triangleCount(); t++) {
                Vec3 a = point(m, m.faces()[t * 9]);
                Vec3 b = point(m, m.faces()[t * 9 + 3]);
                Vec3 d = point(m, m.faces()[t * 9 + 6]);
                Vec3 n = cross(b.minus(a), d.minus(a));
                Vec3 out = a.plus(b).plus(d).times(1.0 / 3).minus(c);
                assertThat(dot(n, out)).as("triangle %d faces outwards", t).isGreaterThan(0);
            }
        }
    }

    @Test
    void placesARotatedPartAboutItsCentre() {
        PreviewPart rail = new PreviewPart("#rail", "", "rail", GeometryBinding.Shape.CYLINDER, new Vec3(20, 1000, 20),
                new Vec3(0, 0, 0), new Vec3(0, 0, 90), PreviewMaterial.NEUTRAL, "rail", null, null);
        MeshData m = PartGeometry.world(rail, a -> Optional.empty()).orElseThrow();
        assertThat(m.bounds().width()).isCloseTo(1000, within(0.01));
        assertThat(m.bounds().height()).isCloseTo(20, within(0.01));
        assertThat(m.bounds().center().x()).isCloseTo(10, within(0.01));
        assertThat(m.bounds().center().y()).isCloseTo(500, within(0.01));
    }

    static Vec3 point(MeshData m, int i) {
        return new Vec3(m.points()[i * 3], m.points()[i * 3 + 1], m.points()[i * 3 + 2]);
    }

    static Vec3 cross(Vec3 a, Vec3 b) {
        return new Vec3(a.y() * b.z() - a.z() * b.y(), a.z() * b.x() - a.x() * b.z(), a.x() * b.y() - a.y() * b.x());
    }

    static double dot(Vec3 a, Vec3 b) {
        return a.x() * b.x() + a.y() * b.y() + a.z() * b.z();
    }
}
