// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.design.DesignCodes;
import dev.atelier.domain.design.DesignDraft;
import dev.atelier.domain.design.SavedDesign;
import dev.atelier.store.Store;
import dev.atelier.store.StoreSettings;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.SynchronousTaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's view-model without a JavaFX toolkit: a real (encrypted H2) store, synchronous executors. */
class KioskViewModelTest {

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private Store store;
    private KioskViewModel vm;

    @BeforeEach
    void start() {
        store = Store.open(StoreSettings.embedded(dir));
        vm = kiosk("1.0.0");
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private KioskViewModel kiosk(String catalogVersion) {
        KioskSettings settings = KioskSettings.defaults(Locale.ENGLISH).withIdleTime(Duration.ofSeconds(60))
                .withCountdown(Duration.ofSeconds(20));
        KioskViewModel k = new KioskViewModel(settings, new KioskFixtures.TestCatalog(catalogVersion),
                KioskFixtures.pricing(), new FlatPreview(), store.designs(), new SynchronousTaskExecutor(),
                new SynchronousTaskExecutor(), new I18n(Locale.ENGLISH), clock::get, errors::add);
        k.load();
        return k;
    }

    private ProductCard card(KioskViewModel k, String id) {
        return k.products().stream().filter(c -> c.product().product().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void loadsTheProductsWithFromPricesOfTheirCheapestDesigns() {
        assertThat(vm.loadingProperty().get()).isEqualTo(KioskViewModel.Loading.READY);
        assertThat(vm.products()).extracting(c -> c.product().product().id()).containsExactly("wardrobe", "shirt");
        // cheapest wardrobe: one 50 cm frame without a door, 201 cm, white: 40 + 50 * 2
        assertThat(card(vm, "wardrobe").from().total()).isEqualByComparingTo("140");
        assertThat(card(vm, "shirt").from().total()).isEqualByComparingTo("79");
        assertThat(card(vm, "shirt").look()).isNotNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void savesADesignWithConsentedContactAndReopensItByCode() {
        vm.touchToStart();
        vm.configure(card(vm, "wardrobe"));
        assertThat(vm.getScreen()).isEqualTo(Screen.CONFIGURE);
        ConfiguratorViewModel c = vm.getConfigurator();
        c.choose("finish", "oak");
        c.setText("initials", "AB");
        vm.contactNameProperty().set("Ada");
        vm.contactEmailProperty().set("ada@example.org");
        assertThat(vm.contactValid()).isFalse();
        vm.consentProperty().set(true);
        assertThat(vm.contactValid()).isTrue();
        vm.review();
        vm.save();

        assertThat(vm.getScreen()).isEqualTo(Screen.SAVED);
        SavedDesign saved = vm.savedProperty().get();
        assertThat(DesignCodes.isValid(saved.code())).isTrue();
        assertThat(KioskViewModel.qrPayload(saved.code())).isEqualTo("atelier:design/" + saved.code())
                .isEqualTo(dev.atelier.io.pdf.QuotePdfWriter.designUri(saved.code()));
        SavedDesign stored = store.designs().findByCode(saved.code()).orElseThrow();
        assertThat(stored.selections()).containsEntry("finish", "oak");
        assertThat(stored.texts()).containsEntry("initials", "AB");
        assertThat(stored.consent()).isTrue();
        assertThat(stored.contact().email()).isEqualTo("ada@example.org");
        assertThat(stored.catalogVersion()).isEqualTo("1.0.0");

        vm.newCustomer();
        assertThat(vm.getConfigurator()).isNull();
        vm.openByCode(saved.code().toLowerCase(Locale.ROOT).replace("-", " "));
        assertThat(vm.getScreen()).isEqualTo(Screen.CONFIGURE);
        assertThat(vm.getConfigurator().selections()).containsEntry("finish", "oak");
        assertThat(vm.getConfigurator().texts()).containsEntry("initials", "AB");
        assertThat(vm.restoreNotes()).containsExactly("Your design is back exactly as you saved it.");
        assertThat(errors).isEmpty();
    }

    @Test
    void withoutConsentNoContactIsStored() {
        vm.configure(card(vm, "shirt"));
        vm.contactNameProperty().set("Ada");
        vm.save();
        SavedDesign stored = store.designs().findByCode(vm.savedProperty().get().code()).orElseThrow();
        assertThat(stored.consent()).isFalse();
        assertThat(stored.contact()).isNull();
    }

    @Test
    void reopeningUnderANewerCatalogSaysWhatChanged() {
        Map<String, String> selections = new java.util.LinkedHashMap<>();
        selections.put("height", "201");
        selections.put("finish", "walnut");
        selections.put("legs", "steel");
        SavedDesign saved = store.designs().save(new DesignDraft("test-store", "0.9.0", "wardrobe", selections,
                Map.of("initials", "ab"), false, null));
        vm.openByCode(saved.code());
        assertThat(vm.getScreen()).isEqualTo(Screen.CONFIGURE);
        assertThat(vm.getConfigurator().selections()).containsExactly(Map.entry("height", "201"));
        assertThat(vm.restoreNotes()).containsExactly(
                "This design was made with catalog 0.9.0; it now uses catalog 1.0.0, with today's prices.",
                "Finish: Walnut no longer fits your other choices and was left out.",
                "legs is no longer offered and was left out.",
                "Initials „ab“ no longer fits and was left out.");
    }

    @Test
    void unknownAndMalformedCodesAreExplained() {
        vm.openByCode("hello");
        assertThat(vm.codeMessageProperty().get()).startsWith("That is not a design code.");
        vm.openByCode("ABC-DEF");
        assertThat(vm.codeMessageProperty().get()).isEqualTo("We could not find design ABC-DEF. Please check the code.");
        assertThat(vm.getScreen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void idleTimeAsksThenWipesEverythingPersonal() {
        vm.touchToStart();
        vm.configure(card(vm, "wardrobe"));
        ConfiguratorViewModel c = vm.getConfigurator();
        c.choose("finish", "oak");
        c.takeSnapshot();
        vm.consentProperty().set(true);
        vm.contactNameProperty().set("Ada");
        vm.setLocale(Locale.GERMAN);
        vm.highContrastProperty().set(true);

        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        vm.idle().check();
        assertThat(vm.idle().promptingProperty().get()).isFalse();
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        vm.idle().check();
        assertThat(vm.idle().promptingProperty().get()).isTrue();
        assertThat(vm.idle().secondsLeftProperty().get()).isEqualTo(19);
        vm.idle().activity();
        assertThat(vm.idle().promptingProperty().get()).isFalse();

        clock.addAndGet(Duration.ofSeconds(81).toNanos());
        vm.idle().check();
        assertThat(vm.getScreen()).isEqualTo(Screen.ATTRACT);
        assertThat(vm.getConfigurator()).isNull();
        assertThat(c.snapshots()).isEmpty();
        assertThat(vm.consentProperty().get()).isFalse();
        assertThat(vm.contactNameProperty().get()).isEmpty();
        assertThat(vm.i18n().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(vm.highContrastProperty().get()).isFalse();
        assertThat(vm.idle().isArmed()).isFalse();
    }

    @Test
    void theQuizLeadsToValidStartingDesignsThatExplainThemselves() {
        vm.startQuiz(card(vm, "wardrobe"));
        assertThat(vm.getScreen()).isEqualTo(Screen.QUIZ);
        QuizViewModel q = vm.quizProperty().get();
        assertThat(q.questions()).extracting(QuizViewModel.Question::id).containsExactly("room", "look", "budget");
        q.answer("room", "walkin");
        q.answer("look", "dark");
        q.answer("budget", "balanced");
        assertThat(q.isProposalsPage(q.pageProperty().get())).isTrue();
        assertThat(q.designs()).hasSizeBetween(2, 3);
        QuizViewModel.StartingDesign first = q.designs().get(0);
        assertThat(first.shown().isComplete()).isTrue();
        assertThat(first.shown().values()).containsEntry("finish", "walnut").containsEntry("section.count", "2");
        assertThat(first.because()).contains("Walk-in", "Dark", "Balanced");
        assertThat(q.designs().get(1).shown().values().get("finish")).isNotEqualTo("walnut");

        q.choose(first);
        assertThat(vm.getScreen()).isEqualTo(Screen.CONFIGURE);
        assertThat(vm.getConfigurator().isComplete()).isTrue();
        assertThat(vm.getConfigurator().selections()).isEqualTo(first.selections());
        assertThat(errors).isEmpty();
    }

    @Test
    void theShirtQuizAsksForMeasurementsAndFit() {
        vm.startQuiz(card(vm, "shirt"));
        QuizViewModel q = vm.quizProperty().get();
        assertThat(q.questions()).extracting(QuizViewModel.Question::id).containsExactly("occasion", "fit", "budget");
        assertThat(q.measurements()).extracting(v -> v.id()).containsExactly("neck", "chest");
        q.answer("occasion", "business");
        q.answer("fit", "slim");
        assertThat(q.isMeasurementsPage(q.pageProperty().get())).isFalse();
        q.answer("budget", "essential");
        assertThat(q.isMeasurementsPage(q.pageProperty().get())).isTrue();
        q.measure("neck", "41");
        q.measure("chest", "104");
        q.next();
        QuizViewModel.StartingDesign first = q.designs().get(0);
        assertThat(first.shown().values()).containsEntry("neck", "41").containsEntry("chest", "104")
                .containsEntry("fabric", "poplin");
        // slim is not made for a 104 cm chest: the measurements win, the fit falls back
        assertThat(first.shown().values().get("fit")).isEqualTo("regular");
    }
}
