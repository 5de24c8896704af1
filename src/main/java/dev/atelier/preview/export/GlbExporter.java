// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.export;

import dev.atelier.domain.catalog.Material;
import dev.atelier.preview.geometry.MeshData;
import dev.atelier.preview.geometry.PartGeometry;
import dev.atelier.preview.model.PreviewMaterial;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewPart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a configured product as binary glTF 2.0 ({@code .glb}), written by hand (see docs/decisions): one node and
 * mesh per part (named by its key), positions in metres (glTF's unit; y up, +z front, as the product frame), normals,
 * texture coordinates, 32-bit indices, and a metallic-roughness material per catalog material with its texture
 * embedded as PNG/JPEG when {@code textures} can supply it (sampler: repeat). See-through materials blend. Texts
 * (monograms) are not exported; a missing mesh is exported as its box.
 */
public final class GlbExporter {

    private static final int ARRAY_BUFFER = 34962;
    private static final int ELEMENT_ARRAY_BUFFER = 34963;
    private static final int FLOAT = 5126;
    private static final int UNSIGNED_INT = 5125;

    private final Function<String, Optional<MeshData>> meshes;
    private final Function<String, Optional<byte[]>> textures;

    /**
     * @param meshes   the parsed OBJ of a mesh asset, or empty when missing or broken
     * @param textures the bytes of a texture image (PNG or JPEG) by asset path, or empty
     */
    public GlbExporter(Function<String, Optional<MeshData>> meshes, Function<String, Optional<byte[]>> textures) {
        this.meshes = meshes;
        this.textures = textures;
    }

    public void write(PreviewModel model, OutputStream out) throws IOException {
        Bin bin = new Bin();
        StringBuilder nodes = new StringBuilder();
        StringBuilder meshesJson = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        Map<PreviewMaterial, Integer> materialIndex = new LinkedHashMap<>();
        List<Integer> nodeIds = new ArrayList<>();
        int accessorCount = 0;
        int meshCount = 0;
        for (PreviewPart part : model.parts()) {
            Optional<MeshData> world = PartGeometry.world(part, meshes);
            if (world.isEmpty() && part.text() != null) {
                continue;
            }
            MeshData m = world.orElseGet(() -> PartGeometry.placeholder(part));
            Unified u = unify(m);
            int material = materialIndex.computeIfAbsent(part.material(), k -> materialIndex.size());
            int pos = accessorCount++;
            int nor = accessorCount++;
            int tex = accessorCount++;
            int idx = accessorCount++;
            sep(accessors);
            accessors.append(accessor(bin.add(floats(u.positions), ARRAY_BUFFER), FLOAT, u.positions.length / 3,
                    "VEC3", minMax(u.positions)));
            accessors.append(',').append(accessor(bin.add(floats(u.normals), ARRAY_BUFFER), FLOAT,
                    u.normals.length / 3, "VEC3", ""));
            accessors.append(',').append(accessor(bin.add(floats(u.texCoords), ARRAY_BUFFER), FLOAT,
                    u.texCoords.length / 2, "VEC2", ""));
            accessors.append(',').append(accessor(bin.add(ints(u.indices), ELEMENT_ARRAY_BUFFER), UNSIGNED_INT,
                    u.indices.length, "SCALAR", ""));
            sep(meshesJson);
            meshesJson.append("{\"name\":").append(str(part.key())).append(",\"primitives\":[{\"attributes\":{")
                    .append("\"POSITION\":").append(pos).append(",\"NORMAL\":").append(nor)
                    .append(",\"TEXCOORD_0\":").append(tex).append("},\"indices\":").append(idx)
                    .append(",\"material\":").append(material).append(",\"mode\":4}]}");
            sep(nodes);
            nodes.append("{\"name\":").append(str(part.key())).append(",\"mesh\":").append(meshCount++).append('}');
            nodeIds.add(nodeIds.size());
        }
        StringBuilder materials = new StringBuilder();
        StringBuilder images = new StringBuilder();
        StringBuilder texturesJson = new StringBuilder();
        Map<String, Integer> textureIndex = new HashMap<>();
        for (PreviewMaterial pm : materialIndex.keySet()) {
            Integer texture = null;
            if (pm.textured()) {
                texture = textureIndex.get(pm.texture());
                if (texture == null) {
                    Optional<byte[]> bytes = textures.apply(pm.texture());
                    if (bytes.isPresent()) {
                        int view = bin.add(bytes.get(), 0);
                        texture = textureIndex.size();
                        textureIndex.put(pm.texture(), texture);
                        sep(images);
                        images.append("{\"bufferView\":").append(view).append(",\"mimeType\":")
                                .append(str(mime(bytes.get()))).append('}');
                        sep(texturesJson);
                        texturesJson.append("{\"sampler\":0,\"source\":").append(texture).append('}');
                    }
                }
            }
            sep(materials);
            materials.append(material(pm, texture));
        }
        StringBuilder json = new StringBuilder();
        json.append("{\"asset\":{\"version\":\"2.0\",\"generator\":\"Atelier\"},\"scene\":0,\"scenes\":[{\"name\":")
                .append(str(model.label())).append(",\"nodes\":[");
        for (int i = 0; i < nodeIds.size(); i++) {
            json.append(i == 0 ? "" : ",").append(i);
        }
        json.append("]}]");
        if (!nodeIds.isEmpty()) {
            json.append(",\"nodes\":[").append(nodes).append("],\"meshes\":[").append(meshesJson)
                    .append("],\"accessors\":[").append(accessors).append(']');
        }
        if (materials.length() > 0) {
            json.append(",\"materials\":[").append(materials).append(']');
        }
        if (images.length() > 0) {
            json.append(",\"images\":[").append(images).append("],\"textures\":[").append(texturesJson)
                    .append("],\"samplers\":[{\"magFilter\":9729,\"minFilter\":9987,\"wrapS\":10497,\"wrapT\":10497}]");
        }
        byte[] data = bin.bytes();
        if (data.length > 0) {
            json.append(",\"bufferViews\":[").append(bin.views).append("],\"buffers\":[{\"byteLength\":")
                    .append(data.length).append("}]");
        }
        json.append('}');
        writeGlb(out, json.toString().getBytes(StandardCharsets.UTF_8), data);
    }

    private static String material(PreviewMaterial pm, Integer texture) {
        double[] c = ObjExporter.rgb(pm.textured() && texture != null ? "#ffffff" : pm.color());
        double metallic = pm.surface() == Material.Surface.METAL ? 0.9 : 0;
        double roughness = switch (pm.surface()) {
            case GLASS -> 0.05;
            case GLOSS -> 0.2;
            case METAL -> 0.35;
            case SATIN -> 0.5;
            case MATTE -> 0.8;
            case FABRIC -> 0.95;
        };
        StringBuilder s = new StringBuilder("{\"name\":").append(str(ObjExporter.materialName(pm)))
                .append(",\"pbrMetallicRoughness\":{\"baseColorFactor\":[")
                .append(String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.3f", linear(c[0]), linear(c[1]), linear(c[2]),
                        pm.opacity())).append(']');
        if (texture != null) {
            s.append(",\"baseColorTexture\":{\"index\":").append(texture).append('}');
        }
        s.append(String.format(Locale.ROOT, ",\"metallicFactor\":%.2f,\"roughnessFactor\":%.2f}", metallic,
                roughness));
        if (pm.transparent()) {
            s.append(",\"alphaMode\":\"BLEND\",\"doubleSided\":true");
        }
        return s.append('}').toString();
    }

    /** sRGB to linear, as glTF's baseColorFactor wants. */
    static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String mime(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 ? "image/jpeg" : "image/png";
    }

    /** One index per (point, normal, texCoord) combination, as glTF needs; positions in metres. */
    record Unified(float[] positions, float[] normals, float[] texCoords, int[] indices) {
    }

    static Unified unify(MeshData m) {
        Map<Long, Integer> seen = new HashMap<>();
        int[] f = m.faces();
        int[] indices = new int[f.length / 3];
        float[] pos = new float[f.length];
        float[] nor = new float[f.length];
        float[] tex = new float[f.length / 3 * 2];
        int n = 0;
        for (int i = 0; i < f.length; i += 3) {
            long key = ((long) f[i] << 42) ^ ((long) f[i + 1] << 21) ^ f[i + 2];
            Integer v = seen.get(key);
            if (v == null) {
                v = n++;
                seen.put(key, v);
                for (int k = 0; k < 3; k++) {
                    pos[v * 3 + k] = m.points()[f[i] * 3 + k] / 1000f;
                    nor[v * 3 + k] = m.normals()[f[i + 1] * 3 + k];
                }
                tex[v * 2] = m.texCoords()[f[i + 2] * 2];
                tex[v * 2 + 1] = m.texCoords()[f[i + 2] * 2 + 1];
            }
            indices[i / 3] = v;
        }
        return new Unified(java.util.Arrays.copyOf(pos, n * 3), java.util.Arrays.copyOf(nor, n * 3),
                java.util.Arrays.copyOf(tex, n * 2), indices);
    }

    private static String minMax(float[] p) {
        float[] lo = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] hi = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = 0; i < p.length; i++) {
            lo[i % 3] = Math.min(lo[i % 3], p[i]);
            hi[i % 3] = Math.max(hi[i % 3], p[i]);
        }
        return String.format(Locale.ROOT, ",\"min\":[%s,%s,%s],\"max\":[%s,%s,%s]", lo[0], lo[1], lo[2], hi[0], hi[1],
                hi[2]);
    }

    private static String accessor(int view, int componentType, int count, String type, String extra) {
        return "{\"bufferView\":" + view + ",\"componentType\":" + componentType + ",\"count\":" + count
                + ",\"type\":\"" + type + "\"" + extra + "}";
    }

    private static void sep(StringBuilder b) {
        if (b.length() > 0) {
            b.append(',');
        }
    }

    private static byte[] floats(float[] a) {
        ByteBuffer b = ByteBuffer.allocate(a.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : a) {
            b.putFloat(x);
        }
        return b.array();
    }

    private static byte[] ints(int[] a) {
        ByteBuffer b = ByteBuffer.allocate(a.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : a) {
            b.putInt(x);
        }
        return b.array();
    }

    /** A JSON string literal. */
    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The binary chunk: buffer views, each aligned to 4 bytes. */
    private static final class Bin {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final StringBuilder views = new StringBuilder();
        private int count;

        int add(byte[] bytes, int target) {
            while (data.size() % 4 != 0) {
                data.write(0);
            }
            sep(views);
            views.append("{\"buffer\":0,\"byteOffset\":").append(data.size()).append(",\"byteLength\":")
                    .append(bytes.length);
            if (target != 0) {
                views.append(",\"target\":").append(target);
            }
            views.append('}');
            data.writeBytes(bytes);
            return count++;
        }

        byte[] bytes() {
            while (data.size() % 4 != 0) {
                data.write(0);
            }
            return data.toByteArray();
        }
    }

    private static void writeGlb(OutputStream out, byte[] json, byte[] bin) throws IOException {
        int jsonPadded = (json.length + 3) & ~3;
        int total = 12 + 8 + jsonPadded + (bin.length > 0 ? 8 + bin.length : 0);
        ByteBuffer h = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0x46546C67).putInt(2).putInt(total).putInt(jsonPadded).putInt(0x4E4F534A);
        out.write(h.array());
        out.write(json);
        for (int i = json.length; i < jsonPadded; i++) {
            out.write(' ');
        }
        if (bin.length > 0) {
            ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(bin.length).putInt(0x004E4942);
            out.write(b.array());
            out.write(bin);
        }
    }
}
