// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.SynchronousTaskExecutor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The configurator's view-model without a JavaFX toolkit (synchronous executor). */
class ConfiguratorViewModelTest {

    private final List<Throwable> errors = new ArrayList<>();
    private final KioskPricing pricing = KioskFixtures.pricing();
    private I18n i18n;
    private ConfiguratorViewModel vm;

    @BeforeEach
    void open() {
        i18n = new I18n(Locale.ENGLISH);
        KioskFixtures.TestCatalog catalog = new KioskFixtures.TestCatalog("1.0.0");
        KioskProduct wardrobe = catalog.products().get(0);
        KioskWords words = new KioskWords(i18n.messages(KioskWords.BUNDLE));
        vm = new ConfiguratorViewModel(wardrobe, catalog.open(wardrobe), pricing, new FlatPreview(),
                new SynchronousTaskExecutor(), i18n, words, a -> java.util.Optional.empty(), errors::add, 3);
    }

    private StepItem item(String key) {
        return vm.items().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + key + " in " + vm.items()));
    }

    private StepItem.Tile tile(String key, String value) {
        StepItem i = item(key);
        List<StepItem.Tile> tiles = i instanceof StepItem.Choice c ? c.tiles() : ((StepItem.Toggles) i).tiles();
        return tiles.stream().filter(t -> t.value().equals(value) || t.variableId().endsWith("." + value))
                .findFirst().orElseThrow(() -> new AssertionError("no tile " + value + " in " + tiles));
    }

    @Test
    void showsACompletedProductWithItsPriceBeforeAnyChoice() {
        assertThat(vm.getState().completed().isComplete()).isTrue();
        assertThat(vm.quoteProperty().get().total()).isEqualByComparingTo(
                pricing.price(vm.getState().completed()).total());
        assertThat(vm.steps()).extracting(s -> s.id()).containsExactly("size", "doors", "finish");
        assertThat(vm.items()).extracting(StepItem::key).containsExactly("height", "section.count", "section[1].width");
        assertThat(vm.instances()).containsExactly("section[1]");
        vm.choose("section.count", "2");
        assertThat(vm.instances()).containsExactly("section[1]", "section[2]");
        assertThat(errors).isEmpty();
    }

    @Test
    void configuresAWardrobeToCompletionThroughItsSteps() {
        vm.choose("height", "236");
        vm.tap(tile("section.count", "2"));
        vm.choose("section[1].width", "100");
        vm.selectInstance("section[2]");
        assertThat(vm.items()).extracting(StepItem::key).contains("section[2].width");
        vm.choose("section[2].width", "75");
        assertThat(vm.nextStep()).isTrue();
        vm.tap(tile("door-system", "hinged"));
        vm.tap(tile("section[1].door", "pair"));
        vm.selectInstance("section[2]");
        vm.tap(tile("section[2].door", "single"));
        assertThat(vm.nextStep()).isTrue();
        vm.tap(tile("finish", "oak"));
        StepItem.Tile light = tile("extras", "lighting");
        assertThat(light.delta()).isEqualByComparingTo("53.90");
        vm.tap(light);
        assertThat(vm.setText("initials", "JD")).isTrue();
        assertThat(vm.setText("initials", "jd1")).isFalse();
        assertThat(vm.nextStep()).isFalse();

        assertThat(vm.isComplete()).isTrue();
        assertThat(vm.selections()).containsEntry("finish", "oak").containsEntry("extras.lighting", "yes")
                .containsEntry("section[2].door", "single");
        assertThat(vm.texts()).containsEntry("initials", "JD");
        // frames 240 + 190, doors 110 + 60, tall 80, light 49 = 729; oak +10 %
        assertThat(vm.quoteProperty().get().total()).isEqualByComparingTo("801.90");
        assertThat(vm.summary(Locale.ENGLISH)).extracting(ConfiguratorViewModel.SummaryBlock::title)
                .contains("Wardrobe", "Frame 1", "Frame 2");
        assertThat(errors).isEmpty();
    }

    @Test
    void aTapShowsTilesWithThePriceDifferencesOfItsResultInOneUpdate() {
        vm.goToStep(2);
        int[] changes = {0};
        vm.items().addListener((javafx.collections.ListChangeListener<StepItem>) c -> changes[0]++);
        vm.tap(tile("finish", "oak"));
        // One change of the items: no frame shows the tiles with the price differences of the state before.
        assertThat(changes[0]).isEqualTo(1);
        BigDecimal total = vm.quoteProperty().get().total();
        StepItem.Tile walnut = tile("finish", "walnut");
        var withWalnut = vm.getState().completed().with("finish", "walnut", false);
        assertThat(walnut.delta()).isEqualByComparingTo(pricing.price(withWalnut).total().subtract(total));
        assertThat(tile("finish", "oak").delta()).isEqualByComparingTo("0");
        assertThat(errors).isEmpty();
    }

    @Test
    void explainsABlockedValueRepairsItWithItsPriceAndUndoes() {
        vm.choose("height", "201");
        vm.goToStep(1);
        StepItem.Tile sliding = tile("door-system", "sliding");
        assertThat(sliding.state()).isEqualTo(ValueState.NEEDS_CHANGE);
        BigDecimal before = vm.quoteProperty().get().total();

        vm.tap(sliding);
        ChangeProposal p = vm.proposalProperty().get();
        assertThat(p).isNotNull();
        assertThat(p.repairable()).isTrue();
        ConfiguratorViewModel.ProposalText words = vm.describe(p, Locale.ENGLISH);
        assertThat(words.reasons()).contains("Sliding doors are made for the 236 cm frame only.");
        assertThat(words.because()).isEqualTo("because you chose Height: 201 cm");
        assertThat(words.changes()).containsExactly("Change Height from 201 cm to 236 cm");
        assertThat(p.delta()).isEqualByComparingTo(pricing.price(p.fix().result()).total().subtract(before));

        vm.applyProposal();
        assertThat(vm.proposalProperty().get()).isNull();
        assertThat(vm.selections()).containsEntry("door-system", "sliding").doesNotContainKey("height");
        assertThat(vm.getState().decided().values()).containsEntry("height", "236");
        // The shown product is the session's own completion (defaults first), priced afresh.
        assertThat(vm.quoteProperty().get().total()).isEqualByComparingTo(
                pricing.price(vm.getState().completed()).total());

        vm.undo();
        assertThat(vm.selections()).containsExactly(Map.entry("height", "201"));
        assertThat(vm.canRedoProperty().get()).isTrue();
        vm.redo();
        assertThat(vm.selections()).containsEntry("door-system", "sliding");
    }

    @Test
    void finishForMeKeepsDefaultsThenPicksTheCheapestValuesAndIsOneUndo() {
        vm.choose("height", "236");
        vm.finishForMe();
        assertThat(vm.isComplete()).isTrue();
        assertThat(vm.selections()).containsEntry("finish", "white").containsEntry("extras.lighting", "no")
                .containsEntry("section.count", "1").containsEntry("section[1].width", "100")
                .containsEntry("section[1].door", "none");
        vm.undo();
        assertThat(vm.selections()).containsExactly(Map.entry("height", "236"));
    }

    @Test
    void keepsUpToThreeSnapshotsComparesAndRestoresThem() {
        assertThat(vm.takeSnapshot()).isTrue();
        vm.choose("finish", "walnut");
        assertThat(vm.takeSnapshot()).isTrue();
        vm.choose("finish", "oak");
        assertThat(vm.takeSnapshot()).isTrue();
        assertThat(vm.takeSnapshot()).isFalse();
        assertThat(vm.snapshots()).extracting(DesignSnapshot::name).containsExactly("A", "B", "C");

        DesignSnapshot a = vm.snapshots().get(0);
        DesignSnapshot b = vm.snapshots().get(1);
        vm.compare(a, b);
        assertThat(vm.comparisonProperty().get().left()).isSameAs(a);
        assertThat(vm.differences(a, b, Locale.ENGLISH)).contains("Finish: White \u2192 Walnut");
        assertThat(b.quote().total()).isGreaterThan(a.quote().total());

        vm.restoreSnapshot(b);
        assertThat(vm.comparisonProperty().get()).isNull();
        assertThat(vm.selections()).containsEntry("finish", "walnut");
        vm.removeSnapshot(a);
        assertThat(vm.takeSnapshot()).isTrue();
        assertThat(vm.snapshots()).extracting(DesignSnapshot::name).containsExactly("B", "C", "A");
    }

    @Test
    void hidesItemsOfAbsentFramesAndFollowsTheLanguage() {
        vm.choose("section.count", "1");
        assertThat(vm.instances()).containsExactly("section[1]");
        i18n.setLocale(Locale.GERMAN);
        assertThat(item("height").title()).isEqualTo("Höhe");
        assertThat(tile("section.count", "1").label()).isEqualTo("1");
        vm.goToStep(2);
        assertThat(tile("finish", "walnut").label()).isEqualTo("Nussbaum");
        assertThat(vm.instanceLabel("section[1]")).isEqualTo("Korpus 1");
    }

    @Test
    void stepperItemsOfferOnlyAvailableValues() {
        vm.choose("door-system", "sliding");
        StepItem.Numeric height = (StepItem.Numeric) item("height");
        assertThat(height.values()).containsExactly("236");
        assertThat(height.labels()).containsExactly("236 cm");
        StepItem.Numeric width = (StepItem.Numeric) item("section[1].width");
        assertThat(width.values()).containsExactly("50", "75", "100");
        assertThat(width.chosen()).isFalse();
        assertThat(ProductSpace.NA).isNotIn(width.values());
    }
}
