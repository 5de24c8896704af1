// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Step;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.configuration.ChoiceNotAvailableException;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ConfigurationSession;
import dev.atelier.domain.configuration.Labels;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.configuration.SessionState;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.LatestRequest;
import dev.atelier.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One customer's configuration of one product: the guided steps, their items, live price and 3D, undo and redo,
 * "finish for me", explanations with one-tap repairs, and named snapshots.
 * <p>
 * Every session call and all pricing run on the injected (single-thread) executor; results come back on the UI
 * thread, and only the newest request's result is shown (a newer tap wins). Properties change only on the UI
 * thread. Works without a JavaFX toolkit given a synchronous executor.
 */
public final class ConfiguratorViewModel {

    private static final Logger LOG = Logger.getLogger(ConfiguratorViewModel.class.getName());

    /**
     * What one request computes off the UI thread: the state, its price and 3D model, and the price differences of
     * the values on {@code deltasFor}'s step and instance, so one frame shows tiles, their prices and the total.
     */
    private record Update(SessionState state, Quote quote, PreviewPort.Prepared preview,
                          Map<String, Map<String, BigDecimal>> deltas, Request deltasFor, boolean canUndo,
                          boolean canRedo) {
    }

    /** Two snapshots side by side. */
    public record Comparison(DesignSnapshot left, DesignSnapshot right) {
    }

    private final KioskProduct product;
    private final ConfigurationSession session;
    private final KioskPricing pricing;
    private final PreviewPort preview;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final KioskWords words;
    private final Labels labels;
    private final StepLayout layout;
    private final Consumer<Throwable> errors;
    private final Function<String, Optional<String>> assets;
    private final int maxSnapshots;
    private final java.util.function.Supplier<ConfigurationSession> scratchSessions;
    private ConfigurationSession scratch;

    private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<Quote> quote = new ReadOnlyObjectWrapper<>(this, "quote");
    private final ReadOnlyObjectWrapper<PreviewPort.Prepared> prepared = new ReadOnlyObjectWrapper<>(this, "preview");
    /** The newest request on the session thread; older results are dropped when they arrive. */
    private final LatestRequest latest = new LatestRequest();
    private final ReadOnlyObjectWrapper<TapLatency.Tap> shownTap = new ReadOnlyObjectWrapper<>(this, "shownTap");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex");
    private final ReadOnlyStringWrapper instance = new ReadOnlyStringWrapper(this, "instance", "");
    private final ObservableList<String> instances = FXCollections.observableArrayList();
    // One wrapper, kept: a fresh unmodifiable view per call listens weakly and can lose its listeners.
    private final ObservableList<String> instancesView = FXCollections.unmodifiableObservableList(instances);
    private final ObservableList<StepItem> items = FXCollections.observableArrayList();
    // One wrapper, kept: a fresh unmodifiable view per call listens weakly and can lose its listeners.
    private final ObservableList<StepItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<ChangeProposal> proposal = new ReadOnlyObjectWrapper<>(this, "proposal");
    private final ObservableList<DesignSnapshot> snapshots = FXCollections.observableArrayList();
    // One wrapper, kept: a fresh unmodifiable view per call listens weakly and can lose its listeners.
    private final ObservableList<DesignSnapshot> snapshotsView = FXCollections.unmodifiableObservableList(snapshots);
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ChangeListener<Locale> localeListener = (obs, was, now) -> refresh();
    private Map<String, Map<String, BigDecimal>> deltas = Map.of();
    private boolean disposed;

    /**
     * @param product      the product
     * @param session      a fresh session on it; from now on used only on {@code sessionTasks}' thread
     * @param pricing      prices configurations
     * @param preview      prepares 3D previews
     * @param sessionTasks a single-thread executor: the session is not thread-safe
     * @param i18n         the language
     * @param words        the kiosk's words
     * @param errors       shows unexpected failures
     * @param maxSnapshots how many snapshots may be kept
     */
    public ConfiguratorViewModel(KioskProduct product, ConfigurationSession session, KioskPricing pricing,
                                 PreviewPort preview, TaskExecutor sessionTasks, I18n i18n, KioskWords words,
                                 Function<String, Optional<String>> assets, Consumer<Throwable> errors,
                                 int maxSnapshots) {
        this(product, session, pricing, preview, sessionTasks, i18n, words, assets, errors, maxSnapshots, null);
    }

    /**
     * As above, with a source of scratch sessions on the same product (used on the session thread) to show a
     * change exactly as it will look once applied: the session's own defaults and completion, not the engine's
     * raw repair suggestion.
     */
    public ConfiguratorViewModel(KioskProduct product, ConfigurationSession session, KioskPricing pricing,
                                 PreviewPort preview, TaskExecutor sessionTasks, I18n i18n, KioskWords words,
                                 Function<String, Optional<String>> assets, Consumer<Throwable> errors,
                                 int maxSnapshots, java.util.function.Supplier<ConfigurationSession> scratchSessions) {
        this.scratchSessions = scratchSessions;
        this.product = Objects.requireNonNull(product, "product");
        this.session = Objects.requireNonNull(session, "session");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.preview = Objects.requireNonNull(preview, "preview");
        this.tasks = Objects.requireNonNull(sessionTasks, "sessionTasks");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.words = Objects.requireNonNull(words, "words");
        this.assets = Objects.requireNonNull(assets, "assets");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.maxSnapshots = maxSnapshots;
        this.labels = new Labels(product.space(), words.vocabulary());
        this.layout = new StepLayout(product.space());
        i18n.localeProperty().addListener(localeListener);
        refresh();
    }

    // ------------------------------------------------------------------------------------------ properties

    public KioskProduct product() {
        return product;
    }

    public Labels labels() {
        return labels;
    }

    /** The guided steps, in order. */
    public List<Step> steps() {
        return layout.steps();
    }

    public ReadOnlyObjectProperty<SessionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public SessionState getState() {
        return state.get();
    }

    /** The price of the shown (completed) product. */
    public ReadOnlyObjectProperty<Quote> quoteProperty() {
        return quote.getReadOnlyProperty();
    }

    /** The shown product, prepared for the 3D preview. */
    public ReadOnlyObjectProperty<PreviewPort.Prepared> previewProperty() {
        return prepared.getReadOnlyProperty();
    }

    /**
     * The tap whose result is now shown: changes each time a tap's state, price and preview have been applied, for
     * the kiosk's own timing ({@link TapLatency}).
     */
    public ReadOnlyObjectProperty<TapLatency.Tap> shownTapProperty() {
        return shownTap.getReadOnlyProperty();
    }

    /** Whether a request is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return latest.runningProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public Step currentStep() {
        return steps().get(stepIndex.get());
    }

    /** The axis instance shown ({@code section[2]}), or "" when the step has none. */
    public ReadOnlyStringProperty instanceProperty() {
        return instance.getReadOnlyProperty();
    }

    /** The axis instances present, for the tab strip (empty when the step has no axis). */
    public ObservableList<String> instances() {
        return instancesView;
    }

    /** "Section 2" for a tab. */
    public String instanceLabel(String path) {
        return product.space().instance(path).map(i -> labels.place(i, i18n.getLocale())).orElse(path);
    }

    /** The items of the current step and instance. */
    public ObservableList<StepItem> items() {
        return itemsView;
    }

    /** The open change proposal (after tapping a value that needs changes), or null. */
    public ReadOnlyObjectProperty<ChangeProposal> proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    public ObservableList<DesignSnapshot> snapshots() {
        return snapshotsView;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Whether every choice is decided (the design can be saved as complete). */
    public boolean isComplete() {
        return state.get() != null && state.get().complete();
    }

    // ------------------------------------------------------------------------------------------ steps

    public void goToStep(int index) {
        if (index < 0 || index >= steps().size() || index == stepIndex.get()) {
            return;
        }
        stepIndex.set(index);
        instance.set("");
        rebuildInstances();
        refreshDeltas();
    }

    /** @return false on the last step (the caller moves on to the review) */
    public boolean nextStep() {
        if (stepIndex.get() + 1 >= steps().size()) {
            return false;
        }
        goToStep(stepIndex.get() + 1);
        return true;
    }

    /** @return false on the first step */
    public boolean previousStep() {
        if (stepIndex.get() == 0) {
            return false;
        }
        goToStep(stepIndex.get() - 1);
        return true;
    }

    public void selectInstance(String path) {
        if (instances.contains(path) && !path.equals(instance.get())) {
            instance.set(path);
            rebuildItems();
            refreshDeltas();
        }
    }

    // ------------------------------------------------------------------------------------------ choices

    /**
     * A tap on a tile: chooses an available value, or opens a change proposal for one that needs changes.
     * Impossible values do nothing.
     */
    public void tap(StepItem.Tile tile) {
        SessionState s = state.get();
        if (s == null) {
            return;
        }
        ValueState v = s.state(tile.variableId(), tile.value());
        switch (v) {
            case AVAILABLE -> choose(tile.variableId(), tile.value());
            case NEEDS_CHANGE -> requestChange(tile.variableId(), tile.value());
            default -> LOG.fine(() -> "Ignoring a tap on impossible " + tile.variableId() + "=" + tile.value());
        }
    }

    /** Chooses an available value (a newer tap wins). */
    public void choose(String variableId, String value) {
        run(sess -> sess.select(variableId, value));
    }

    /** Withdraws a choice. */
    public void clear(String variableId) {
        run(sess -> sess.deselect(variableId));
    }

    /**
     * Sets a text, after checking it against its field.
     *
     * @return false if the text does not fit (nothing is sent)
     */
    public boolean setText(String textId, String text) {
        String t = text == null ? "" : text.strip();
        TextField field = layout.allTexts().get(textId);
        if (field == null || !field.accepts(t)) {
            return false;
        }
        run(sess -> sess.setText(textId, t));
        return true;
    }

    /** The label of a text field ("Initials"), if the product has it. */
    public Optional<String> textLabel(String textId, Locale locale) {
        TextField field = layout.allTexts().get(textId);
        return field == null ? Optional.empty() : Optional.of(field.label().get(locale));
    }

    /** Whether a text would be accepted by its field. */
    public boolean acceptsText(String textId, String text) {
        TextField field = layout.allTexts().get(textId);
        return field != null && field.accepts(text == null ? "" : text.strip());
    }

    public void undo() {
        run(ConfigurationSession::undo);
    }

    public void redo() {
        run(ConfigurationSession::redo);
    }

    /** Forgets every choice and text (undoable) and goes back to the first step. */
    public void startOver() {
        proposal.set(null);
        stepIndex.set(0);
        instance.set("");
        run(ConfigurationSession::reset);
    }

    /**
     * Fills every open choice: soft defaults, then the values that add least to the price (each value's cost is
     * its price contribution to the shown product). Undoable.
     */
    public void finishForMe() {
        run(sess -> {
            SessionState before = sess.state();
            Configuration shown = before.completed();
            if (shown == null) {
                return before;
            }
            Quote base = price(shown);
            if (base != null) {
                sess.useCosts(priceCosts(sess, before, shown, base, this::price));
            }
            try {
                sess.complete();
            } finally {
                sess.useCosts(ConfigurationSession.CostModel.NONE);
            }
            return sess.state();
        });
    }

    // ------------------------------------------------------------------------------------------ changes

    /** Explains why a value is blocked and prepares the smallest change that allows it. */
    public void requestChange(String variableId, String value) {
        Locale locale = i18n.getLocale();
        long mine = latest.begin();
        tasks.submit(() -> {
            ConfigurationSession.Why why = session.explain(variableId, value);
            ConfigurationSession.Fix fix = session.repair(variableId, value).orElse(null);
            Quote after = null;
            BigDecimal delta = null;
            PreviewPort.Prepared look = null;
            if (fix != null && fix.result() != null) {
                Configuration result = afterApplying(fix);
                after = price(result);
                SessionState now = session.state();
                Quote current = now.completed() == null ? null : price(now.completed());
                if (after != null && current != null) {
                    delta = current.differenceTo(after);
                }
                look = preview.prepare(result, locale);
            }
            return new ChangeProposal(variableId, value, why, fix, after, delta, look);
        }, result -> {
            if (latest.end(mine)) {
                proposal.set(result);
            }
        }, failure -> {
            if (latest.end(mine)) {
                failed(failure);
            }
        });
    }

    /** Session thread: the product as it will look once the fix is applied (else the engine's suggestion). */
    private Configuration afterApplying(ConfigurationSession.Fix fix) {
        if (scratchSessions == null) {
            return fix.result();
        }
        if (scratch == null) {
            scratch = scratchSessions.get();
        }
        scratch.restore(fix.selections(), session.state().decided().texts());
        Configuration result = scratch.state().completed();
        return result != null ? result : fix.result();
    }

    /** Applies the open proposal's change (undoable) and closes it. */
    public void applyProposal() {
        ChangeProposal p = proposal.get();
        proposal.set(null);
        if (p != null && p.fix() != null) {
            run(sess -> sess.apply(p.fix()));
        }
    }

    public void dismissProposal() {
        proposal.set(null);
    }

    /** The proposal in words: reasons (catalog messages), "because you chose …", and the changes. */
    public ProposalText describe(ChangeProposal p, Locale locale) {
        ProductSpace.Var v = product.space().variable(p.variableId()).orElseThrow();
        String wanted = labels.fullName(v, locale) + ": " + labels.value(v, p.value(), locale);
        List<String> changes = p.fix() == null ? List.of() : words.changes(p.fix(), product.space(), labels, locale);
        return new ProposalText(wanted, words.reasons(p.why(), locale), words.because(p.why(), labels, locale),
                changes);
    }

    /** A proposal in words. */
    public record ProposalText(String wanted, List<String> reasons, String because, List<String> changes) {
    }

    // ------------------------------------------------------------------------------------------ snapshots

    /**
     * Keeps the current design under the next free name (A, B, C …).
     *
     * @return false when the maximum number of snapshots is kept already
     */
    public boolean takeSnapshot() {
        SessionState s = state.get();
        if (s == null || snapshots.size() >= maxSnapshots) {
            return false;
        }
        String name = null;
        for (char c = 'A'; c < 'A' + maxSnapshots; c++) {
            String candidate = String.valueOf(c);
            if (snapshots.stream().noneMatch(x -> x.name().equals(candidate))) {
                name = candidate;
                break;
            }
        }
        Configuration shown = s.completed() != null ? s.completed() : s.decided();
        snapshots.add(new DesignSnapshot(name, s.decided().selections(), s.decided().texts(), shown, quote.get(),
                prepared.get()));
        return true;
    }

    /** Goes back to a snapshot (its choices and texts replace the current ones). */
    public void restoreSnapshot(DesignSnapshot snapshot) {
        comparison.set(null);
        run(sess -> {
            sess.restore(snapshot.selections(), snapshot.texts());
            return sess.state();
        });
    }

    public void removeSnapshot(DesignSnapshot snapshot) {
        snapshots.remove(snapshot);
        Comparison c = comparison.get();
        if (c != null && (c.left() == snapshot || c.right() == snapshot)) {
            comparison.set(null);
        }
    }

    /** Shows two snapshots side by side. */
    public void compare(DesignSnapshot left, DesignSnapshot right) {
        comparison.set(new Comparison(Objects.requireNonNull(left), Objects.requireNonNull(right)));
    }

    public void closeComparison() {
        comparison.set(null);
    }

    /** What differs between two snapshots, as "Door: Hinged → Sliding" lines. */
    public List<String> differences(DesignSnapshot a, DesignSnapshot b, Locale locale) {
        List<String> out = new ArrayList<>();
        for (ProductSpace.Var v : layout.allVariables()) {
            String x = a.shown().values().get(v.id());
            String y = b.shown().values().get(v.id());
            if (x != null && y != null && !x.equals(y)) {
                out.add(labels.fullName(v, locale) + ": " + labels.value(v, x, locale) + " \u2192 "
                        + labels.value(v, y, locale));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ summary

    /** One block of the review: a component instance and its values. */
    public record SummaryBlock(String title, List<Map.Entry<String, String>> lines) {
    }

    /** The shown product by component instance, for the review. */
    public List<SummaryBlock> summary(Locale locale) {
        SessionState s = state.get();
        if (s == null) {
            return List.of();
        }
        Configuration shown = s.completed() != null ? s.completed() : s.decided();
        Map<String, List<Map.Entry<String, String>>> blocks = new LinkedHashMap<>();
        for (ProductSpace.Var v : layout.allVariables()) {
            String value = shown.values().get(v.id());
            if (value == null || value.equals(ProductSpace.NA) || !layout.present(v.instance(), shown)) {
                continue;
            }
            if (v.kind() == ProductSpace.Kind.FLAG && !value.equals(ProductSpace.YES)) {
                continue;
            }
            ProductSpace.Instance top = topLevel(v.instance());
            String title = top == null ? product.label(locale) : labels.place(top, locale);
            String relative = relativePlace(v.instance(), top, locale);
            String name = relative.isEmpty() ? labels.name(v, locale) : relative + " \u00B7 " + labels.name(v, locale);
            String shownValue = v.kind() == ProductSpace.Kind.FLAG ? words.texts().format(locale, "word.included")
                    : labels.value(v, value, locale);
            blocks.computeIfAbsent(title, k -> new ArrayList<>()).add(Map.entry(name, shownValue));
        }
        for (Map.Entry<String, TextField> t : layout.allTexts().entrySet()) {
            String text = shown.texts().get(t.getKey());
            if (text != null) {
                int dot = t.getKey().lastIndexOf('.');
                String path = dot < 0 ? "" : t.getKey().substring(0, dot);
                String place = product.space().instance(path).map(i -> labels.place(i, locale)).orElse("");
                String title = place.isEmpty() ? product.label(locale) : place;
                blocks.computeIfAbsent(title, k -> new ArrayList<>())
                        .add(Map.entry(t.getValue().label().get(locale), text));
            }
        }
        List<SummaryBlock> out = new ArrayList<>();
        blocks.forEach((title, lines) -> out.add(new SummaryBlock(title, lines)));
        return out;
    }

    /** The instance just below the product that {@code inst} belongs to ({@code section[2]}), or null for the root. */
    private static ProductSpace.Instance topLevel(ProductSpace.Instance inst) {
        ProductSpace.Instance top = null;
        for (ProductSpace.Instance i = inst; i != null && i.parent() != null; i = i.parent()) {
            top = i;
        }
        return top;
    }

    /** "Interior fitting 2" for an instance inside {@code top}; "" for {@code top} itself. */
    private String relativePlace(ProductSpace.Instance inst, ProductSpace.Instance top, Locale locale) {
        if (top == null || inst == top) {
            return "";
        }
        String full = labels.place(inst, locale);
        String prefix = labels.place(top, locale) + " \u00B7 ";
        return full.startsWith(prefix) ? full.substring(prefix.length()) : full;
    }

    /** The person's choices and texts, as a saved design stores them. */
    public Map<String, String> selections() {
        SessionState s = state.get();
        return s == null ? Map.of() : s.decided().selections();
    }

    public Map<String, String> texts() {
        SessionState s = state.get();
        return s == null ? Map.of() : s.decided().texts();
    }

    // ------------------------------------------------------------------------------------------ lifecycle

    /** Restores saved selections (reopening a design) and reports what could not be restored. */
    public void restore(Map<String, String> selections, Map<String, String> texts,
                        Consumer<ConfigurationSession.RestoreReport> onReport) {
        long mine = latest.begin();
        Request request = request();
        tasks.submit(() -> {
            ConfigurationSession.RestoreReport report = session.restore(selections, texts);
            return Map.entry(report, compute(session.state(), request));
        }, result -> {
            if (latest.end(mine)) {
                applyUpdate(result.getValue());
            }
            onReport.accept(result.getKey());
        }, failure -> {
            if (latest.end(mine)) {
                failed(failure);
            }
        });
    }

    /** Stops listening to the language; results still under way are dropped. */
    public void dispose() {
        disposed = true;
        latest.cancel();
        i18n.localeProperty().removeListener(localeListener);
        snapshots.clear();
        comparison.set(null);
        proposal.set(null);
    }

    /** Recomputes state, price and preview (e.g. after a language change). */
    public void refresh() {
        run(ConfigurationSession::state);
    }

    // ------------------------------------------------------------------------------------------ internals

    /** What the UI thread knows when it submits a request. */
    private record Request(Step step, String instance, Locale locale) {
    }

    private Request request() {
        return new Request(currentStep(), instance.get(), i18n.getLocale());
    }

    private void run(Function<ConfigurationSession, SessionState> op) {
        if (disposed) {
            return;
        }
        long mine = latest.begin();
        long tappedAt = System.nanoTime();
        Request request = request();
        tasks.submit(() -> compute(op.apply(session), request), update -> {
            if (latest.end(mine)) {
                long computedAt = System.nanoTime();
                applyUpdate(update);
                shownTap.set(new TapLatency.Tap(tappedAt, computedAt));
            }
        }, failure -> {
            if (latest.end(mine)) {
                failed(failure);
            }
        });
    }

    private void refreshDeltas() {
        if (state.get() != null && !disposed) {
            followWithDeltas();
        }
    }

    private void failed(Throwable failure) {
        if (failure instanceof ChoiceNotAvailableException) {
            // The tap raced a change of state: show the current state again.
            LOG.log(Level.FINE, "A choice was no longer available", failure);
            refresh();
        } else {
            errors.accept(failure);
        }
    }

    /** Session thread: state, price and preview; price differences follow in a second task. */
    private Update compute(SessionState s, Request request) {
        Configuration shown = s.completed() != null ? s.completed() : s.decided();
        Quote q = price(shown);
        PreviewPort.Prepared look = preview.prepare(shown, request.locale());
        Request deltasFor = shownInstance(request, shown);
        return new Update(s, q, look, deltas(s, shown, q, deltasFor), deltasFor, session.canUndo(),
                session.canRedo());
    }

    /** The request with the instance the step shows for {@code shown} (the first present one if its own is not). */
    private Request shownInstance(Request request, Configuration shown) {
        List<String> present = layout.presentInstances(request.step(), shown);
        String inst = request.instance();
        if (present.isEmpty()) {
            inst = "";
        } else if (!present.contains(inst)) {
            inst = present.get(0);
        }
        return inst.equals(request.instance()) ? request : new Request(request.step(), inst, request.locale());
    }

    /** Session thread: what each shown value of the step would add to or take off the price. */
    private Map<String, Map<String, BigDecimal>> deltas(Request request) {
        SessionState s = session.state();
        Configuration shown = s.completed() != null ? s.completed() : s.decided();
        return deltas(s, shown, price(shown), shownInstance(request, shown));
    }

    private Map<String, Map<String, BigDecimal>> deltas(SessionState s, Configuration shown, Quote q,
                                                        Request request) {
        Map<String, Map<String, BigDecimal>> d = new HashMap<>();
        if (q != null) {
            for (String var : layout.variables(request.step(), request.instance(), shown)) {
                d.put(var, valueDeltas(s, shown, q, var));
            }
        }
        return d;
    }

    /** Asks for the price differences of the current step after an update (dropped if a newer request comes). */
    private void followWithDeltas() {
        long mine = latest.current();
        Request request = request();
        tasks.submit(() -> deltas(request), d -> {
            if (latest.isCurrent(mine) && !disposed) {
                deltas = d;
                rebuildItems();
            }
        }, failure -> LOG.log(Level.FINE, "Price differences failed", failure));
    }

    private Map<String, BigDecimal> valueDeltas(SessionState s, Configuration shown, Quote base, String var) {
        ProductSpace.Var v = product.space().variable(var).orElseThrow();
        Map<String, BigDecimal> m = new HashMap<>();
        String current = shown.values().get(var);
        for (String value : v.values()) {
            if (value.equals(ProductSpace.NA) || s.state(var, value) == ValueState.IMPOSSIBLE) {
                continue;
            }
            if (value.equals(current)) {
                m.put(value, BigDecimal.ZERO);
                continue;
            }
            Quote other = price(shown.with(var, value, false));
            if (other != null && other.complete()) {
                BigDecimal diff = base.differenceTo(other);
                if (diff != null) {
                    m.put(value, diff);
                }
            }
        }
        return m;
    }

    /** Each value's cost for "finish for me": its price contribution to the shown product, in cents, ≥ 0. */
    static ConfigurationSession.CostModel priceCosts(ConfigurationSession sess, SessionState s, Configuration shown,
                                                     Quote base, Function<Configuration, Quote> price) {
        Map<String, Map<String, Long>> table = new HashMap<>();
        Set<String> open = Set.copyOf(s.open());
        for (ProductSpace.Var v : sess.space().variables()) {
            if (!open.contains(v.id()) || v.kind() == ProductSpace.Kind.COUNT) {
                continue;
            }
            Map<String, Long> costs = new HashMap<>();
            long min = Long.MAX_VALUE;
            for (String value : v.values()) {
                long c = 0;
                if (!value.equals(shown.values().get(v.id())) && !value.equals(ProductSpace.NA)) {
                    Quote other = price.apply(shown.with(v.id(), value, false));
                    BigDecimal diff = other == null ? null : base.differenceTo(other);
                    c = diff == null ? 0 : diff.movePointRight(2).longValue();
                }
                costs.put(value, c);
                min = Math.min(min, c);
            }
            long shift = min;
            costs.replaceAll((k, c) -> c - shift);
            table.put(v.id(), costs);
        }
        return (var, value) -> {
            Map<String, Long> m = table.get(var);
            Long c = m == null ? null : m.get(value);
            return c == null ? 0 : c;
        };
    }

    private Quote price(Configuration c) {
        try {
            return pricing.price(c);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not price a configuration", e);
            return null;
        }
    }

    private void applyUpdate(Update u) {
        deltas = u.deltas();
        canUndo.set(u.canUndo());
        canRedo.set(u.canRedo());
        quote.set(u.quote());
        prepared.set(u.preview());
        state.set(u.state());
        rebuildInstances();
        if (!u.deltasFor().step().equals(currentStep()) || !u.deltasFor().instance().equals(instance.get())) {
            // the customer moved to another step or instance meanwhile: its differences follow
            followWithDeltas();
        }
    }

    private void rebuildInstances() {
        SessionState s = state.get();
        if (s == null) {
            return;
        }
        Configuration shown = s.completed() != null ? s.completed() : s.decided();
        List<String> present = layout.presentInstances(currentStep(), shown);
        if (!present.equals(instances)) {
            instances.setAll(present);
        }
        if (!present.isEmpty() && !present.contains(instance.get())) {
            instance.set(present.get(0));
        } else if (present.isEmpty()) {
            instance.set("");
        }
        rebuildItems();
    }

    private void rebuildItems() {
        SessionState s = state.get();
        if (s == null) {
            return;
        }
        items.setAll(layout.items(currentStep(), instance.get(), s, deltas, labels, i18n.getLocale(), assets));
    }
}
