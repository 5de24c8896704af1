// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.store.StoreException;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.SynchronousTaskExecutor;
import dev.atelier.ui.common.ThemeVariant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start screen's view-model, without a JavaFX toolkit. */
class StartViewModelTest {

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final StoreConnection store = new StoreConnection();
    private final List<Mode> opened = new ArrayList<>();

    private StartViewModel model() {
        return new StartViewModel(i18n, new SimpleObjectProperty<>(ThemeVariant.LIGHT), store, dir, opened::add);
    }

    @Test
    void onlyAvailableModesOpen() {
        StartViewModel model = model();
        model.choose(Mode.SALES);
        model.choose(Mode.DESIGNER);
        model.choose(Mode.KIOSK);

        assertThat(opened).containsExactly(Mode.KIOSK);
        assertThat(model.isAvailable(Mode.SALES)).isFalse();
    }

    @Test
    void storeStatusFollowsTheStoreAndTheLanguage() {
        StartViewModel model = model();
        assertThat(model.storeStatusProperty().get()).isEqualTo("Opening the design store…");

        List<Throwable> shown = new ArrayList<>();
        store.open(new SynchronousTaskExecutor(), () -> {
            throw new StoreException(StoreException.Reason.WRONG_KEY, "key mismatch", null);
        }, shown::add);

        assertThat(model.storeStateProperty().get()).isEqualTo(StoreConnection.State.FAILED);
        assertThat(model.storeStatusProperty().get()).isEqualTo("Design store unavailable");
        assertThat(shown).hasSize(1);
        i18n.setLocale(Locale.GERMAN);
        assertThat(model.storeStatusProperty().get()).isEqualTo("Entwurfsspeicher nicht verfügbar");
    }

    @Test
    void catalogFolderIsNamedWhetherFoundOrMissing() {
        assertThat(model().catalogsStatusProperty().get()).isEqualTo("Catalogs: " + dir);
        StartViewModel missing = new StartViewModel(i18n, new SimpleObjectProperty<>(ThemeVariant.LIGHT), store,
                dir.resolve("nope"), opened::add);
        assertThat(missing.catalogsStatusProperty().get()).startsWith("No catalog folder at ");
    }

    @Test
    void storeErrorsAreTranslatedWithoutTechnicalDetail() {
        StoreErrorTranslator translator = new StoreErrorTranslator(i18n.messages(Shell.TEXTS));
        StoreException error = new StoreException(StoreException.Reason.WRONG_KEY, "/secret/path key mismatch", null);

        assertThat(translator.translate(new RuntimeException(error))).hasValueSatisfying(text -> {
            assertThat(text).contains("key file does not match");
            assertThat(text).doesNotContain("/secret/path");
        });
        assertThat(translator.translate(new IllegalStateException("other"))).isEmpty();
        for (StoreException.Reason reason : StoreException.Reason.values()) {
            assertThat(translator.translate(new StoreException(reason, "x", null)).orElseThrow())
                    .doesNotStartWith("[");
        }
    }
}
