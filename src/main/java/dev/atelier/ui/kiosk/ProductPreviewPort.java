// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.Configuration;
import dev.atelier.preview.PreviewQuality;
import dev.atelier.preview.PreviewResources;
import dev.atelier.preview.ProductPreview;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewModelBuilder;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.image.Image;

/**
 * The kiosk's 3D through the {@link ProductPreview} control: preparing builds the {@link PreviewModel} (plain
 * computation, on the session's thread); viewers share one {@link PreviewResources} so meshes and textures are built
 * once. Still viewers (thumbnails, comparisons) hide the toolbar and ignore the mouse.
 */
public final class ProductPreviewPort implements PreviewPort {

    private record Model(PreviewModel model) implements Prepared {
        @Override
        public String description() {
            return model.description();
        }
    }

    private final PreviewModelBuilder builder = new PreviewModelBuilder();
    private final PreviewResources resources;
    private final ObjectProperty<Locale> locale;
    private final PreviewQuality quality;

    /**
     * @param resources meshes and textures (shared)
     * @param locale    the kiosk's language, for the viewers' own texts
     */
    public ProductPreviewPort(PreviewResources resources, ObjectProperty<Locale> locale) {
        this(resources, locale, PreviewQuality.BEST);
    }

    /**
     * @param resources meshes and textures (shared)
     * @param locale    the kiosk's language, for the viewers' own texts
     * @param quality   antialiasing and animation of the interactive view (thumbnails never animate)
     */
    public ProductPreviewPort(PreviewResources resources, ObjectProperty<Locale> locale, PreviewQuality quality) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.quality = Objects.requireNonNull(quality, "quality");
    }

    @Override
    public Prepared prepare(Configuration configuration, Locale in) {
        return new Model(builder.build(configuration, in));
    }

    @Override
    public Viewer createViewer(boolean interactive) {
        ProductPreview preview = new ProductPreview(resources);
        quality.applyTo(preview);
        preview.setToolbarVisible(interactive);
        preview.setMouseTransparent(!interactive);
        preview.setFocusTraversable(interactive);
        preview.localeProperty().bind(locale);
        preview.setMinSize(0, 0);
        return new Viewer() {
            @Override
            public Node node() {
                return preview;
            }

            @Override
            public void show(Prepared prepared) {
                preview.setModel(((Model) prepared).model());
            }

            @Override
            public ObservableBooleanValue busy() {
                return preview.busyProperty();
            }

            @Override
            public Image snapshot(int width, int height) {
                return preview.snapshot(width, height);
            }

            @Override
            public void dispose() {
                preview.localeProperty().unbind();
                preview.setModel(PreviewModel.empty());
            }
        };
    }
}
