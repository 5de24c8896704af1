// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.preview.model.PreviewPart;
import dev.atelier.preview.model.Vec3;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The scene node of one {@link PreviewPart}: a mesh view placed by transforms (explode offset, position, rotation
 * about the part's centre, scale of a mesh asset to the part's size). Updating a part that only moved changes
 * transforms; a new look swaps mesh or material.
 */
final class PartNode extends Group {

    private final MeshView view = new MeshView();
    private final Translate explode = new Translate();
    private final Translate position = new Translate();
    private final Translate centre = new Translate();
    private final Rotate rz = new Rotate(0, Rotate.Z_AXIS);
    private final Rotate ry = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate rx = new Rotate(0, Rotate.X_AXIS);
    private final Translate uncentre = new Translate();
    private final Scale scale = new Scale();
    private final Scale pop = new Scale();
    private MeshView wire;
    private PreviewPart part;
    private PreviewResources.PartMesh mesh;
    private Vec3 explodeOffset = Vec3.ZERO;

    PartNode(PreviewPart part) {
        this.part = part;
        getStyleClass().add("preview-part");
        view.setCullFace(CullFace.BACK);
        getChildren().add(view);
        getTransforms().setAll(explode, position, centre, pop, rz, ry, rx, uncentre);
        view.getTransforms().setAll(scale);
        setId(null);
        place(part);
    }

    PreviewPart part() {
        return part;
    }

    boolean hasMesh() {
        return mesh != null;
    }

    /** Sets where the part is (and its size, for mesh assets). */
    void place(PreviewPart p) {
        this.part = p;
        Vec3 pos = p.position();
        Vec3 half = p.size().times(0.5);
        position.setX(pos.x());
        position.setY(pos.y());
        position.setZ(pos.z());
        centre.setX(half.x());
        centre.setY(half.y());
        centre.setZ(half.z());
        uncentre.setX(-half.x());
        uncentre.setY(-half.y());
        uncentre.setZ(-half.z());
        rx.setAngle(p.rotation().x());
        ry.setAngle(p.rotation().y());
        rz.setAngle(p.rotation().z());
        fitScale();
    }

    void setMesh(PreviewResources.PartMesh m, PhongMaterial material, PhongMaterial placeholder) {
        this.mesh = m;
        view.setMesh(m.mesh());
        if (m.placeholder()) {
            view.setMaterial(placeholder);
            if (wire == null) {
                wire = new MeshView();
                wire.setDrawMode(DrawMode.LINE);
                wire.setMaterial(new PhongMaterial(Color.MAGENTA));
                wire.getTransforms().setAll(scale);
                getChildren().add(wire);
            }
            wire.setMesh(m.mesh());
        } else {
            view.setMaterial(material);
            if (wire != null) {
                getChildren().remove(wire);
                wire = null;
            }
        }
        // text is drawn on the front face of its box
        view.setTranslateZ(part.shape() == GeometryBinding.Shape.TEXT ? part.size().z() : 0);
        view.setCullFace(part.shape() == GeometryBinding.Shape.TEXT ? CullFace.NONE : CullFace.BACK);
        fitScale();
    }

    void setMaterial(PhongMaterial material) {
        if (mesh != null && !mesh.placeholder()) {
            view.setMaterial(material);
        }
    }

    boolean placeholder() {
        return mesh != null && mesh.placeholder();
    }

    /** Scales the part about its centre (appear and change transitions). */
    void setPop(double s) {
        pop.setX(s);
        pop.setY(s);
        pop.setZ(s);
    }

    /** How far the part moves in the fully exploded view (mm). */
    void setExplodeOffset(Vec3 offset) {
        this.explodeOffset = offset;
    }

    /** Moves the part by {@code factor} (0 … 1) of its explode offset. */
    void explode(double factor) {
        explode.setX(explodeOffset.x() * factor);
        explode.setY(explodeOffset.y() * factor);
        explode.setZ(explodeOffset.z() * factor);
    }

    private void fitScale() {
        if (mesh == null) {
            return;
        }
        Vec3 n = mesh.naturalSize();
        Vec3 s = part.size();
        scale.setX(n.x() > 0 ? s.x() / n.x() : 1);
        scale.setY(n.y() > 0 ? s.y() / n.y() : 1);
        scale.setZ(n.z() > 0 ? s.z() / n.z() : 1);
    }
}
