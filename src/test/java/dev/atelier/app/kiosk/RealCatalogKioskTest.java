// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.kiosk;

import dev.atelier.domain.pricing.Pricer;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.store.Store;
import dev.atelier.store.StoreSettings;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.SynchronousTaskExecutor;
import dev.atelier.ui.kiosk.CatalogPricing;
import dev.atelier.ui.kiosk.ChangeProposal;
import dev.atelier.ui.kiosk.ConfiguratorViewModel;
import dev.atelier.ui.kiosk.KioskSettings;
import dev.atelier.ui.kiosk.KioskViewModel;
import dev.atelier.ui.kiosk.PreviewPort;
import dev.atelier.ui.kiosk.ProductCard;
import dev.atelier.ui.kiosk.Screen;
import dev.atelier.ui.kiosk.StepItem;
import dev.atelier.domain.configuration.Configuration;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk's view-models on the real catalogs (catalogs/wardrobes.json, catalogs/shirts.json), the real rule
 * compiler, BDD engine and pricer: no toolkit, synchronous executors. The 3D is not drawn here (a preview port
 * that only records descriptions); the screens' tests use small products.
 */
class RealCatalogKioskTest {

    private static final Logger LOG = Logger.getLogger(RealCatalogKioskTest.class.getName());

    /** Prepares nothing to draw; viewers are never created without a toolkit. */
    private static final PreviewPort NO_3D = new PreviewPort() {
        @Override
        public Prepared prepare(Configuration configuration, Locale locale) {
            return () -> configuration.product().id();
        }

        @Override
        public Viewer createViewer(boolean interactive) {
            throw new UnsupportedOperationException("no viewers without a toolkit");
        }
    };

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private Store store;
    private KioskViewModel vm;

    @BeforeEach
    void start() {
        store = Store.open(StoreSettings.embedded(dir));
        FolderKioskCatalog catalog = new FolderKioskCatalog(Path.of("catalogs"), m -> {
            throw new IllegalStateException("too large: " + m.name());
        });
        vm = new KioskViewModel(KioskSettings.defaults(Locale.ENGLISH), catalog,
                new CatalogPricing(new Pricer(), null, Clock.systemUTC()), NO_3D, store.designs(),
                new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), new I18n(Locale.ENGLISH),
                System::nanoTime, errors::add);
        long t0 = System.nanoTime();
        vm.load();
        LOG.info(() -> String.format("Loaded the real catalogs with from-prices in %d ms",
                (System.nanoTime() - t0) / 1_000_000));
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private ProductCard card(String id) {
        return vm.products().stream().filter(c -> c.product().product().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void offersTheWardrobeAndTheShirtWithFromPrices() {
        assertThat(errors).isEmpty();
        assertThat(vm.products()).extracting(c -> c.product().product().id()).contains("wardrobe", "shirt");
        assertThat(card("wardrobe").from()).isNotNull();
        assertThat(card("wardrobe").from().currency()).isEqualTo("EUR");
        assertThat(card("shirt").from().total()).isPositive();
    }

    @Test
    void walksEveryWardrobeStepAndFinishes() {
        vm.touchToStart();
        vm.configure(card("wardrobe"));
        assertThat(vm.getScreen()).isEqualTo(Screen.CONFIGURE);
        ConfiguratorViewModel c = vm.getConfigurator();
        assertThat(c.steps()).extracting(s -> s.id())
                .containsExactly("size", "sections", "doors", "interior", "finish", "extras");
        for (int i = 0; i < c.steps().size(); i++) {
            c.goToStep(i);
            assertThat(c.items()).as(c.currentStep().id()).isNotEmpty();
        }
        c.goToStep(1);
        assertThat(c.instances()).isNotEmpty();
        c.goToStep(4);
        StepItem.Choice finish = (StepItem.Choice) c.items().stream().filter(x -> x.key().equals("finish"))
                .findFirst().orElseThrow();
        assertThat(finish.tiles()).extracting(StepItem.Tile::label).contains("White", "Oak veneer", "Walnut veneer");
        assertThat(finish.tiles()).allMatch(t -> t.swatch() != null);
        c.tap(finish.tiles().stream().filter(t -> t.value().equals("oak-veneer")).findFirst().orElseThrow());
        c.finishForMe();
        assertThat(c.isComplete()).isTrue();
        assertThat(c.quoteProperty().get().complete()).isTrue();
        assertThat(c.selections()).containsEntry("finish", "oak-veneer");
        assertThat(errors).isEmpty();
    }

    @Test
    void aNewWardrobeStartsFromTheCatalogsDefaults() {
        vm.configure(card("wardrobe"));
        ConfiguratorViewModel c = vm.getConfigurator();
        // "default section.count = 2", "default section.insert.count = 3", option default handle = bar.
        var shown = c.getState().completed().values();
        assertThat(shown).containsEntry("section.count", "2").containsEntry("handle", "bar")
                .containsEntry("section[1].insert.count", "3").containsEntry("section[2].insert.count", "3");
        assertThat(c.getState().decided().values()).doesNotContainKey("section.count");
    }

    @Test
    void glassDoorsOnALowFrameOfferTheRepair() {
        vm.configure(card("wardrobe"));
        ConfiguratorViewModel c = vm.getConfigurator();
        c.choose("height", "201");
        assertThat(c.getState().state("door-style", "glass")).isEqualTo(ValueState.NEEDS_CHANGE);
        c.requestChange("door-style", "glass");
        ChangeProposal p = c.proposalProperty().get();
        ConfiguratorViewModel.ProposalText words = c.describe(p, Locale.ENGLISH);
        assertThat(words.reasons()).contains("Glass doors are made for the 236 cm frame only.");
        assertThat(words.because()).isEqualTo("because you chose Frame height: 201 cm");
        assertThat(words.changes()).containsExactly("Change Frame height from 201 cm to 236 cm");
        assertThat(p.delta()).isNotNull();
        c.applyProposal();
        assertThat(c.selections()).containsEntry("door-style", "glass");
        assertThat(c.getState().decided().values()).containsEntry("height", "236");
        c.undo();
        assertThat(c.selections()).containsEntry("height", "201").doesNotContainKey("door-style");
    }

    @Test
    void theShirtQuizGivesValidDesigns() {
        vm.startQuiz(card("shirt"));
        var q = vm.quizProperty().get();
        for (var question : q.questions()) {
            q.answer(question.id(), question.answers().get(1));
        }
        if (q.isMeasurementsPage(q.pageProperty().get())) {
            q.next();
        }
        assertThat(q.designs()).hasSizeBetween(2, 3);
        assertThat(q.designs()).allMatch(d -> d.shown().isComplete() && d.quote() != null);
        q.choose(q.designs().get(0));
        assertThat(vm.getConfigurator().isComplete()).isTrue();
        assertThat(errors).isEmpty();
    }
}
