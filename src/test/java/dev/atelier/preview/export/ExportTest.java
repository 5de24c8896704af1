// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.preview.Configs;
import dev.atelier.preview.assets.AssetSource;
import dev.atelier.preview.geometry.ObjParser;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewModelBuilder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExportTest {

    final AssetSource assets = AssetSource.directory(Path.of("assets"));

    PreviewModel wardrobe() {
        Catalog c = Configs.read("wardrobes.json");
        ProductSpace space = ProductSpace.of(c, c.product("wardrobe").orElseThrow());
        return new PreviewModelBuilder().build(Configs.of(space, Map.of("section.count", "2",
                "section[1].door", "pair", "finish", "oak-veneer")), Locale.ENGLISH);
    }

    PreviewModel shirt() {
        Catalog c = Configs.read("shirts.json");
        ProductSpace space = ProductSpace.of(c, c.product("shirt").orElseThrow());
        return new PreviewModelBuilder().build(Configs.of(space, Map.of("monogram", "chest"))
                .withText("initials", "AB"), Locale.ENGLISH);
    }

    @Test
    void objHasAnObjectPerPartAndReadsBackWithTheModelsBounds() throws IOException {
        PreviewModel m = wardrobe();
        StringWriter obj = new StringWriter();
        StringWriter mtl = new StringWriter();
        new ObjExporter(AssetLoaders.meshes(assets)).write(m, obj, mtl, "wardrobe.mtl", "assets/");
        assertThat(obj.toString().lines().filter(l -> l.startsWith("o "))).hasSize(m.parts().size());
        assertThat(obj.toString()).contains("mtllib wardrobe.mtl", "usemtl oak-veneer");
        assertThat(mtl.toString()).contains("newmtl oak-veneer", "map_Kd assets/textures/wood-oak.png",
                "newmtl brushed-steel");
        var back = ObjParser.parse(new StringReader(obj.toString()), "export.obj");
        assertThat(back.bounds()).isEqualTo(m.bounds());
        Files.createDirectories(Path.of("target/exports"));
        Files.writeString(Path.of("target/exports/wardrobe.obj"), obj.toString());
        Files.writeString(Path.of("target/exports/wardrobe.mtl"), mtl.toString());
    }

    @Test
    void glbIsAValidBinaryGltfWithAMeshPerPartInMetres() throws IOException {
        for (PreviewModel m : new PreviewModel[]{wardrobe(), shirt()}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new GlbExporter(AssetLoaders.meshes(assets), AssetLoaders.textures(assets)).write(m, out);
            byte[] glb = out.toByteArray();
            Files.createDirectories(Path.of("target/exports"));
            Files.write(Path.of("target/exports/" + m.productId() + ".glb"), glb);
            ByteBuffer b = ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(b.getInt()).isEqualTo(0x46546C67);
            assertThat(b.getInt()).isEqualTo(2);
            assertThat(b.getInt()).isEqualTo(glb.length);
            int jsonLength = b.getInt();
            assertThat(b.getInt()).isEqualTo(0x4E4F534A);
            assertThat(jsonLength % 4).isZero();
            JsonNode json = new ObjectMapper().readTree(new String(glb, 20, jsonLength, StandardCharsets.UTF_8));
            b.position(20 + jsonLength);
            int binLength = b.getInt();
            assertThat(b.getInt()).isEqualTo(0x004E4942);
            assertThat(20 + jsonLength + 8 + binLength).isEqualTo(glb.length);
            assertThat(json.at("/buffers/0/byteLength").asInt()).isEqualTo(binLength);
            long texts = m.parts().stream().filter(p -> p.text() != null).count();
            assertThat(json.get("meshes")).hasSize((int) (m.parts().size() - texts));
            double maxX = -1e9;
            for (JsonNode view : json.get("bufferViews")) {
                assertThat(view.get("byteOffset").asInt() % 4).isZero();
                assertThat(view.get("byteOffset").asInt() + view.get("byteLength").asInt()).isLessThanOrEqualTo(
                        binLength);
            }
            for (JsonNode mesh : json.get("meshes")) {
                JsonNode pos = json.get("accessors").get(mesh.at("/primitives/0/attributes/POSITION").asInt());
                maxX = Math.max(maxX, pos.get("max").get(0).asDouble());
                JsonNode idx = json.get("accessors").get(mesh.at("/primitives/0/indices").asInt());
                assertThat(idx.get("count").asInt() % 3).isZero();
            }
            assertThat(maxX).isCloseTo(m.bounds().max().x() / 1000, within(1e-3));
            assertThat(json.get("images")).as("textures are embedded").isNotEmpty();
        }
    }
}
