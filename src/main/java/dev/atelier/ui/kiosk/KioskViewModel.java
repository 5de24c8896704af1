// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ConfigurationSession;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.configuration.SessionState;
import dev.atelier.domain.design.CustomerContact;
import dev.atelier.domain.design.DesignCodes;
import dev.atelier.domain.design.DesignDraft;
import dev.atelier.domain.design.DesignRepository;
import dev.atelier.domain.design.SavedDesign;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The kiosk as a whole: which screen shows, the products, the current customer's configurator, saving and
 * handing off a design, opening one by code, language and contrast, and wiping everything when the customer
 * leaves. Use on the UI thread; works without a JavaFX toolkit given synchronous executors.
 */
public final class KioskViewModel {

    private static final Logger LOG = Logger.getLogger(KioskViewModel.class.getName());

    /** Where loading the products is. */
    public enum Loading { LOADING, READY, FAILED }

    private final TapLatency tapLatency = new TapLatency();
    private final KioskSettings settings;
    private final KioskCatalog catalog;
    private final KioskPricing pricing;
    private final PreviewPort preview;
    private final DesignRepository designs;
    private final TaskExecutor sessionTasks;
    private final TaskExecutor ioTasks;
    private final I18n i18n;
    private final KioskWords words;
    private final Consumer<Throwable> errors;
    private final IdleMonitor idle;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.ATTRACT);
    private final ReadOnlyObjectWrapper<Loading> loading = new ReadOnlyObjectWrapper<>(this, "loading",
            Loading.LOADING);
    private final ObservableList<ProductCard> products = FXCollections.observableArrayList();
    // One wrapper, kept: a fresh unmodifiable view per call listens weakly and can lose its listeners.
    private final ObservableList<ProductCard> productsView = FXCollections.unmodifiableObservableList(products);
    private final ReadOnlyObjectWrapper<ConfiguratorViewModel> configurator =
            new ReadOnlyObjectWrapper<>(this, "configurator");
    private final ReadOnlyObjectWrapper<QuizViewModel> quiz = new ReadOnlyObjectWrapper<>(this, "quiz");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final BooleanProperty consent = new SimpleBooleanProperty(this, "consent");
    private final StringProperty contactName = new SimpleStringProperty(this, "contactName", "");
    private final StringProperty contactEmail = new SimpleStringProperty(this, "contactEmail", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<SavedDesign> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyStringWrapper codeMessage = new ReadOnlyStringWrapper(this, "codeMessage", "");
    private final ObservableList<String> restoreNotes = FXCollections.observableArrayList();
    private long customer;
    private final ReadOnlyLongWrapper customersServed = new ReadOnlyLongWrapper(this, "customersServed");

    /**
     * @param sessionTasks a single-thread executor for configuration sessions (not thread-safe)
     * @param ioTasks      an executor for the store
     * @param nanoClock    monotonic clock for the idle timer
     * @param errors       shows unexpected failures to the customer
     */
    public KioskViewModel(KioskSettings settings, KioskCatalog catalog, KioskPricing pricing, PreviewPort preview,
                          DesignRepository designs, TaskExecutor sessionTasks, TaskExecutor ioTasks, I18n i18n,
                          LongSupplier nanoClock, Consumer<Throwable> errors) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.preview = Objects.requireNonNull(preview, "preview");
        this.designs = Objects.requireNonNull(designs, "designs");
        this.sessionTasks = Objects.requireNonNull(sessionTasks, "sessionTasks");
        this.ioTasks = Objects.requireNonNull(ioTasks, "ioTasks");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.words = new KioskWords(i18n.messages(KioskWords.BUNDLE));
        this.idle = new IdleMonitor(settings.idleTime(), settings.countdown(), nanoClock, this::newCustomer);
        i18n.setLocale(settings.startLocale());
    }

    // ------------------------------------------------------------------------------------------ properties

    /** The kiosk's own timing of taps, kept across customers. */
    public TapLatency tapLatency() {
        return tapLatency;
    }

    public KioskSettings settings() {
        return settings;
    }

    public I18n i18n() {
        return i18n;
    }

    public KioskWords words() {
        return words;
    }

    public PreviewPort preview() {
        return preview;
    }

    public IdleMonitor idle() {
        return idle;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen getScreen() {
        return screen.get();
    }

    public ReadOnlyObjectProperty<Loading> loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<ProductCard> products() {
        return productsView;
    }

    public ReadOnlyObjectProperty<ConfiguratorViewModel> configuratorProperty() {
        return configurator.getReadOnlyProperty();
    }

    public ConfiguratorViewModel getConfigurator() {
        return configurator.get();
    }

    public ReadOnlyObjectProperty<QuizViewModel> quizProperty() {
        return quiz.getReadOnlyProperty();
    }

    /** Whether a product or a saved design is being opened. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Whether the customer agreed that their contact details may be stored with the design. */
    public BooleanProperty consentProperty() {
        return consent;
    }

    public StringProperty contactNameProperty() {
        return contactName;
    }

    public StringProperty contactEmailProperty() {
        return contactEmail;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The design saved last for this customer, or null. */
    public ReadOnlyObjectProperty<SavedDesign> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** What "open a design by code" has to say (not a code, not found), or "". */
    public ReadOnlyStringProperty codeMessageProperty() {
        return codeMessage.getReadOnlyProperty();
    }

    /** What changed since a reopened design was saved, in plain words (empty otherwise). */
    public ObservableList<String> restoreNotes() {
        return restoreNotes;
    }

    // ------------------------------------------------------------------------------------------ start

    /** Loads the products (and their "from" prices and pictures) in the background. */
    public void load() {
        loading.set(Loading.LOADING);
        Locale locale = i18n.getLocale();
        sessionTasks.submit(() -> {
            List<ProductCard> cards = new ArrayList<>();
            for (KioskProduct p : catalog.products()) {
                cards.add(card(p, locale));
            }
            return cards;
        }, cards -> {
            products.setAll(cards);
            loading.set(Loading.READY);
        }, failure -> {
            loading.set(Loading.FAILED);
            errors.accept(failure);
        });
    }

    private ProductCard card(KioskProduct p, Locale locale) {
        ConfigurationSession s = catalog.open(p);
        Configuration shown = s.state().completed();
        PreviewPort.Prepared look = shown == null ? null : preview.prepare(shown, locale);
        Quote from = null;
        if (shown != null) {
            try {
                from = pricing.price(CheapestDesign.find(s, this::priceOrNull));
            } catch (RuntimeException e) {
                LOG.warning(() -> "Cannot price " + p.key() + ": " + e.getMessage());
            }
        }
        String image = catalog.assetUrl(p, p.product().image()).orElse(null);
        return new ProductCard(p, from, look, image);
    }

    private Quote priceOrNull(Configuration c) {
        try {
            return pricing.price(c);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "Touch to start". */
    public void touchToStart() {
        idle.setArmed(true);
        screen.set(Screen.GALLERY);
    }

    /** Opens a product's configurator at its first step. */
    public void configure(ProductCard card) {
        open(card.product(), vm -> screen.set(Screen.CONFIGURE));
    }

    /** Opens the personalization quiz for a product. */
    public void startQuiz(ProductCard card) {
        long mine = customer;
        opening.set(true);
        sessionTasks.submit(() -> catalog.open(card.product()), session -> {
            opening.set(false);
            if (mine != customer) {
                return;
            }
            quiz.set(new QuizViewModel(card.product(), session, pricing, preview, sessionTasks, i18n, words, errors,
                    this::fromQuiz));
            screen.set(Screen.QUIZ);
        }, failure -> {
            opening.set(false);
            errors.accept(failure);
        });
    }

    private void fromQuiz(KioskProduct product, ConfigurationSession session, QuizViewModel.StartingDesign design) {
        QuizViewModel q = quiz.get();
        quiz.set(null);
        ConfiguratorViewModel vm = configurator(product, session);
        replaceConfigurator(vm);
        vm.restore(design.selections(), Map.of(), report -> {
        });
        screen.set(Screen.CONFIGURE);
        if (q != null) {
            q.dispose();
        }
    }

    private void open(KioskProduct product, Consumer<ConfiguratorViewModel> then) {
        long mine = customer;
        opening.set(true);
        sessionTasks.submit(() -> catalog.open(product), session -> {
            opening.set(false);
            if (mine != customer) {
                return;
            }
            ConfiguratorViewModel vm = configurator(product, session);
            replaceConfigurator(vm);
            then.accept(vm);
        }, failure -> {
            opening.set(false);
            errors.accept(failure);
        });
    }

    private ConfiguratorViewModel configurator(KioskProduct product, ConfigurationSession session) {
        return new ConfiguratorViewModel(product, session, pricing, preview, sessionTasks, i18n, words,
                asset -> catalog.assetUrl(product, asset), errors, settings.maxSnapshots(),
                () -> catalog.open(product));
    }

    private void replaceConfigurator(ConfiguratorViewModel vm) {
        ConfiguratorViewModel old = configurator.get();
        configurator.set(vm);
        if (old != null) {
            old.dispose();
        }
        restoreNotes.clear();
        saved.set(null);
    }

    // ------------------------------------------------------------------------------------------ navigation

    /** To the review from the last step. */
    public void review() {
        if (configurator.get() != null) {
            screen.set(Screen.REVIEW);
        }
    }

    /** Back to the steps from the review. */
    public void backToSteps() {
        if (configurator.get() != null) {
            screen.set(Screen.CONFIGURE);
        }
    }

    /** Back to the gallery; the current design stays until another product is opened. */
    public void toGallery() {
        QuizViewModel q = quiz.get();
        if (q != null) {
            quiz.set(null);
            q.dispose();
        }
        screen.set(Screen.GALLERY);
    }

    public void setLocale(Locale locale) {
        i18n.setLocale(locale);
    }

    // ------------------------------------------------------------------------------------------ saving

    /** Whether the contact details typed so far may be saved (consent given, a name or a valid e-mail). */
    public boolean contactValid() {
        String email = contactEmail.get().strip();
        boolean any = !contactName.get().isBlank() || !email.isEmpty();
        return !any || (consent.get() && (email.isEmpty() || CustomerContact.isEmail(email)));
    }

    /** Saves the design (with contact details only if consent was given) and shows its code. */
    public void save() {
        ConfiguratorViewModel vm = configurator.get();
        if (vm == null || saving.get()) {
            return;
        }
        CustomerContact contact = null;
        boolean any = !contactName.get().isBlank() || !contactEmail.get().isBlank();
        if (any && consent.get() && contactValid()) {
            contact = new CustomerContact(contactName.get(), contactEmail.get());
        }
        KioskProduct p = vm.product();
        DesignDraft draft = new DesignDraft(p.catalog().id(), p.catalog().version(), p.product().id(),
                vm.selections(), vm.texts(), consent.get(), contact);
        long mine = customer;
        saving.set(true);
        ioTasks.submit(() -> designs.save(draft), design -> {
            saving.set(false);
            if (mine != customer) {
                return;
            }
            saved.set(design);
            screen.set(Screen.SAVED);
        }, failure -> {
            saving.set(false);
            errors.accept(failure);
        });
    }

    /** The text a QR code carries for a design code (the quote PDF uses the same form). */
    public static String qrPayload(String code) {
        return "atelier:design/" + code;
    }

    // ------------------------------------------------------------------------------------------ reopening

    /** Opens a saved design by its code: re-validates it under the current catalog and says what changed. */
    public void openByCode(String typed) {
        Optional<String> code = DesignCodes.normalize(typed);
        if (code.isEmpty()) {
            codeMessage.set(words.texts().get("code.invalid"));
            return;
        }
        codeMessage.set("");
        long mine = customer;
        opening.set(true);
        ioTasks.submit(() -> designs.findByCode(code.get()), found -> {
            if (mine != customer) {
                opening.set(false);
                return;
            }
            if (found.isEmpty()) {
                opening.set(false);
                codeMessage.set(words.texts().get("code.notFound", code.get()));
                return;
            }
            reopen(found.get());
        }, failure -> {
            opening.set(false);
            errors.accept(failure);
        });
    }

    private void reopen(SavedDesign design) {
        Optional<ProductCard> card = products.stream()
                .filter(c -> c.product().catalog().id().equals(design.catalogId())
                        && c.product().product().id().equals(design.productId()))
                .findFirst();
        if (card.isEmpty()) {
            opening.set(false);
            codeMessage.set(words.texts().get("code.productGone", design.code()));
            return;
        }
        KioskProduct product = card.get().product();
        idle.setArmed(true);
        open(product, vm -> vm.restore(design.selections(), design.texts(), report -> {
            restoreNotes.setAll(describe(design, product, report, i18n.getLocale()));
            screen.set(Screen.CONFIGURE);
        }));
    }

    /** What changed since a design was saved, in plain words. */
    List<String> describe(SavedDesign design, KioskProduct product, ConfigurationSession.RestoreReport report,
                          Locale locale) {
        List<String> notes = new ArrayList<>();
        ConfiguratorViewModel vm = configurator.get();
        if (!design.catalogVersion().equals(product.catalog().version())) {
            notes.add(words.texts().format(locale, "restore.version", design.catalogVersion(),
                    product.catalog().version()));
        }
        for (Map.Entry<String, String> e : report.dropped().entrySet()) {
            String id = e.getKey();
            Optional<ProductSpace.Var> v = product.space().variable(id);
            String saved = design.selections().getOrDefault(id, design.texts().getOrDefault(id, ""));
            String name = v.map(x -> vm == null ? id : vm.labels().fullName(x, locale))
                    .orElseGet(() -> vm == null ? id : vm.textLabel(id, locale).orElse(id));
            String value = v.filter(x -> x.values().contains(saved))
                    .map(x -> vm.labels().value(x, saved, locale)).orElse(saved);
            String reason = e.getValue();
            String key;
            if (design.texts().containsKey(id)) {
                key = "restore.text";
            } else if (v.isEmpty()) {
                key = "restore.gone";
            } else if (reason.contains("no longer fits")) {
                key = "restore.conflict";
            } else {
                key = "restore.valueGone";
            }
            notes.add(words.texts().format(locale, key, name, value));
        }
        if (notes.isEmpty()) {
            notes.add(words.texts().format(locale, "restore.clean"));
        }
        return notes;
    }

    // ------------------------------------------------------------------------------------------ leaving

    /**
     * Wipes the customer's session, snapshots, texts, quiz answers and personal data and returns to the attract
     * screen (after the idle countdown, or "Finish" on the saved screen).
     */
    public void newCustomer() {
        customer++;
        ConfiguratorViewModel vm = configurator.get();
        configurator.set(null);
        if (vm != null) {
            vm.dispose();
        }
        QuizViewModel q = quiz.get();
        quiz.set(null);
        if (q != null) {
            q.dispose();
        }
        consent.set(false);
        contactName.set("");
        contactEmail.set("");
        saved.set(null);
        codeMessage.set("");
        restoreNotes.clear();
        opening.set(false);
        saving.set(false);
        highContrast.set(false);
        i18n.setLocale(settings.startLocale());
        idle.setArmed(false);
        screen.set(Screen.ATTRACT);
        customersServed.set(customersServed.get() + 1);
        LOG.fine("Kiosk reset for the next customer");
    }

    /**
     * How many customers have left since the kiosk opened: counts up once everything a customer entered has been
     * wiped and the attract screen is back (the moment to tidy up while nobody is looking).
     */
    public ReadOnlyLongProperty customersServedProperty() {
        return customersServed.getReadOnlyProperty();
    }

    /** Whether the shown configuration is complete (every choice decided). */
    public boolean designComplete() {
        ConfiguratorViewModel vm = configurator.get();
        SessionState s = vm == null ? null : vm.getState();
        return s != null && s.complete();
    }
}
