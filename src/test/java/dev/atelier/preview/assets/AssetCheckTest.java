// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.assets;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.preview.Configs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssetCheckTest {

    final AssetCheck repo = new AssetCheck(AssetSource.directory(Path.of("assets")));

    @Test
    void theShippedCatalogsHaveAllTheirAssets() {
        assertThat(repo.check(Configs.read("wardrobes.json"))).isEmpty();
        assertThat(repo.check(Configs.read("shirts.json"))).isEmpty();
    }

    @Test
    void reportsMissingAndBrokenAssetsWithWhereTheyAreUsed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("meshes"));
        Files.writeString(dir.resolve("meshes/broken.obj"), "v 1 2\nf 1 2 3\n");
        Files.writeString(dir.resolve("not-an-image.png"), "hello");
        LocalizedText l = LocalizedText.en("x");
        GeometryBinding missing = new GeometryBinding("body", GeometryBinding.Shape.MESH, "meshes/none.obj", null,
                List.of("1", "1", "1"), List.of("0", "0", "0"), List.of(), null, null, "body", null, null);
        GeometryBinding broken = new GeometryBinding("arm", GeometryBinding.Shape.MESH, "meshes/broken.obj", null,
                List.of("1", "1", "1"), List.of("0", "0", "0"), List.of(), null, null, "sleeve", null, null);
        Component root = new Component("thing", l, 1, 1, List.of(), List.of(), List.of(), List.of(),
                List.of(missing, broken), List.of(), List.of());
        Catalog c = new Catalog("c", "1", l, List.of(new Material("m", l, "#ffffff", "not-an-image.png", 100,
                Material.Surface.MATTE, 1, 1)), List.of(), List.of(new Product("thing", ProductKind.CLOTHING, l, null,
                null, "cm", root, List.of(), List.of(), List.of(), List.of())));
        List<AssetCheck.Problem> problems = new AssetCheck(AssetSource.directory(dir)).check(c);
        assertThat(problems).extracting(AssetCheck.Problem::path)
                .containsExactly("not-an-image.png", "meshes/none.obj", "meshes/broken.obj");
        assertThat(problems.get(0).message()).contains("not a readable image");
        assertThat(problems.get(1).message()).startsWith("missing");
        assertThat(problems.get(1).usedBy()).isEqualTo("thing: body");
        assertThat(problems.get(2).message()).contains("broken.obj:1");
    }

    @Test
    void keepsPathsInsideTheAssetFolder(@TempDir Path dir) {
        AssetSource s = AssetSource.directory(dir);
        assertThat(s.exists("../../etc/passwd")).isFalse();
        assertThat(AssetSource.normalize("assets/meshes/a.obj")).isEqualTo("meshes/a.obj");
    }
}
