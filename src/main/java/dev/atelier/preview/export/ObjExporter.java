// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.export;

import dev.atelier.preview.geometry.MeshData;
import dev.atelier.preview.geometry.PartGeometry;
import dev.atelier.preview.model.PreviewMaterial;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewPart;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a configured product as Wavefront OBJ + MTL: one object per part (named by its key), in millimetres with y
 * up, materials with their colour, opacity, shininess and texture ({@code map_Kd} relative to the catalog's
 * {@code assets/} folder, named by {@code texturePrefix}). Texts (monograms) are not exported; a missing mesh is
 * exported as its box.
 */
public final class ObjExporter {

    private final Function<String, Optional<MeshData>> meshes;

    /** {@code meshes} gives the parsed OBJ of a mesh asset, or empty when it is missing or broken. */
    public ObjExporter(Function<String, Optional<MeshData>> meshes) {
        this.meshes = meshes;
    }

    /**
     * Writes the model; {@code mtlFileName} is referenced from the OBJ ({@code mtllib}); texture paths in the MTL
     * are {@code texturePrefix + texture} (e.g. {@code "assets/"}).
     */
    public void write(PreviewModel model, Writer obj, Writer mtl, String mtlFileName, String texturePrefix)
            throws IOException {
        obj.write("# " + model.label() + " (" + model.productId() + "), exported by Atelier\n");
        obj.write("# units: mm, y up, z towards the viewer\n");
        obj.write("mtllib " + mtlFileName + "\n");
        Map<String, PreviewMaterial> used = new LinkedHashMap<>();
        int base = 1;
        int vtBase = 1;
        int vnBase = 1;
        for (PreviewPart part : model.parts()) {
            MeshData m = geometry(part);
            if (m == null) {
                continue;
            }
            String mat = materialName(part.material());
            used.putIfAbsent(mat, part.material());
            obj.write("o " + part.key().replace(' ', '_') + "\n");
            obj.write("usemtl " + mat + "\n");
            float[] p = m.points();
            for (int i = 0; i < p.length; i += 3) {
                obj.write(String.format(Locale.ROOT, "v %.3f %.3f %.3f%n", p[i], p[i + 1], p[i + 2]));
            }
            float[] t = m.texCoords();
            for (int i = 0; i < t.length; i += 2) {
                // OBJ's v grows upwards
                obj.write(String.format(Locale.ROOT, "vt %.5f %.5f%n", t[i], 1 - t[i + 1]));
            }
            float[] n = m.normals();
            for (int i = 0; i < n.length; i += 3) {
                obj.write(String.format(Locale.ROOT, "vn %.4f %.4f %.4f%n", n[i], n[i + 1], n[i + 2]));
            }
            int[] f = m.faces();
            int pb = base;
            int tb = vtBase;
            int nb = vnBase;
            for (int i = 0; i < f.length; i += 9) {
                obj.write("f " + (f[i] + pb) + "/" + (f[i + 2] + tb) + "/" + (f[i + 1] + nb) + " "
                        + (f[i + 3] + pb) + "/" + (f[i + 5] + tb) + "/" + (f[i + 4] + nb) + " "
                        + (f[i + 6] + pb) + "/" + (f[i + 8] + tb) + "/" + (f[i + 7] + nb) + "\n");
            }
            base += p.length / 3;
            vtBase += t.length / 2;
            vnBase += n.length / 3;
        }
        mtl.write("# materials of " + model.label() + ", exported by Atelier\n");
        for (Map.Entry<String, PreviewMaterial> e : used.entrySet()) {
            writeMaterial(mtl, e.getKey(), e.getValue(), texturePrefix);
        }
    }

    private MeshData geometry(PreviewPart part) {
        Optional<MeshData> m = PartGeometry.world(part, meshes);
        if (m.isPresent()) {
            return m.get();
        }
        return part.text() != null ? null : PartGeometry.placeholder(part);
    }

    static String materialName(PreviewMaterial m) {
        return m.id().isEmpty() ? "neutral" : m.id();
    }

    private static void writeMaterial(Writer w, String name, PreviewMaterial m, String texturePrefix)
            throws IOException {
        double[] c = rgb(m.color());
        w.write("newmtl " + name + "\n");
        w.write(String.format(Locale.ROOT, "Kd %.4f %.4f %.4f%n", c[0], c[1], c[2]));
        w.write(String.format(Locale.ROOT, "Ka %.4f %.4f %.4f%n", c[0] * 0.2, c[1] * 0.2, c[2] * 0.2));
        double spec = switch (m.surface()) {
            case GLOSS, GLASS -> 0.6;
            case METAL -> 0.8;
            case SATIN -> 0.2;
            default -> 0.03;
        };
        w.write(String.format(Locale.ROOT, "Ks %.2f %.2f %.2f%n", spec, spec, spec));
        w.write(String.format(Locale.ROOT, "Ns %.0f%n", spec * 200 + 5));
        w.write(String.format(Locale.ROOT, "d %.3f%n", m.opacity()));
        w.write("illum 2\n");
        if (m.textured()) {
            w.write("map_Kd " + texturePrefix + m.texture() + "\n");
        }
    }

    static double[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new double[]{((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0, (v & 255) / 255.0};
    }
}
