// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.geometry;

import dev.atelier.preview.model.Vec3;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjParserTest {

    static MeshData parse(String text) throws IOException {
        return ObjParser.parse(new StringReader(text), "test.obj");
    }

    @Test
    void readsTrianglesAndQuadsWithNormalsAndTextureCoordinates() throws IOException {
        MeshData m = parse("""
                # a unit square and a triangle
                o square
                v 0 0 0
                v 1 0 0
                v 1 1 0
                v 0 1 0
                vt 0 0
                vt 1 0
                vt 1 1
                vt 0 1
                vn 0 0 1
                f 1/1/1 2/2/1 3/3/1 4/4/1
                f -4/1/1 -3/2/1 -2/3/1
                """);
        assertThat(m.triangleCount()).isEqualTo(3);
        assertThat(m.pointCount()).isEqualTo(4);
        // the quad is fanned from its first corner
        assertThat(new int[]{m.faces()[0], m.faces()[3], m.faces()[6]}).containsExactly(0, 1, 2);
        assertThat(new int[]{m.faces()[9], m.faces()[12], m.faces()[15]}).containsExactly(0, 2, 3);
        // v flipped for JavaFX (grows downwards)
        assertThat(m.texCoords()[5]).isEqualTo(0f);
        assertThat(m.bounds().size()).isEqualTo(new Vec3(1, 1, 0));
    }

    @Test
    void givesFacesWithoutNormalsTheirFlatNormal() throws IOException {
        MeshData m = parse("v 0 0 0\nv 1 0 0\nv 0 0 -1\nf 1 2 3\n");
        int n = m.faces()[1];
        assertThat(new Vec3(m.normals()[n * 3] + 0.0, m.normals()[n * 3 + 1], m.normals()[n * 3 + 2] + 0.0)
                .minus(new Vec3(0, 1, 0)).length()).isLessThan(1e-6);
    }

    @Test
    void namesTheLineOfABadIndexOrNumber() {
        assertThatThrownBy(() -> parse("v 0 0 0\nv 1 0 0\nf 1 2 3\n"))
                .isInstanceOf(ObjFormatException.class).hasMessageContaining("test.obj:3").hasMessageContaining("3");
        assertThatThrownBy(() -> parse("v 0 zero 0\n")).hasMessageContaining("test.obj:1: not a number");
        assertThatThrownBy(() -> parse("v 0 0 0\n")).hasMessageContaining("no faces");
    }

    @Test
    void everyShirtMeshReadsWithNormalsAndUvsAndModestTriangleCounts() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("assets/meshes/shirt"))) {
            files = s.filter(p -> p.toString().endsWith(".obj")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("mannequin.obj", "torso.obj",
                "sleeve-long.obj", "sleeve-short.obj", "collar-kent.obj", "collar-cutaway.obj",
                "collar-button-down.obj", "collar-mandarin.obj", "collar-wing.obj", "cuff-barrel-1.obj",
                "cuff-barrel-2.obj", "cuff-french.obj", "pocket-patch.obj", "pocket-flap.obj");
        for (Path f : files) {
            String text = Files.readString(f);
            MeshData m = ObjParser.parse(new StringReader(text), f.toString());
            assertThat(text).as(f.toString()).contains("\nvn ", "\nvt ");
            assertThat(m.triangleCount()).as(f.toString()).isBetween(100, 20000);
            assertThat(m.bounds().isEmpty()).isFalse();
        }
    }

    @Test
    void fitsAMeshToAPartsBoxAndScalesItsTextureCoordinates() throws IOException {
        MeshData m = parse("v -1 -1 -1\nv 1 -1 -1\nv 1 1 1\nvt 2 0\nf 1/1 2/1 3/1\n");
        MeshData fitted = m.fittedTo(new Vec3(100, 50, 10), 0.5);
        assertThat(fitted.bounds().min()).isEqualTo(Vec3.ZERO);
        assertThat(fitted.bounds().max()).isEqualTo(new Vec3(100, 50, 10));
        assertThat(fitted.texCoords()[0]).isEqualTo(1f);
    }
}
