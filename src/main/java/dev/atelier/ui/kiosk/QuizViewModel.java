// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ConfigurationSession;
import dev.atelier.domain.configuration.Labels;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.configuration.SessionState;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.LatestRequest;
import dev.atelier.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The optional personalization quiz: a few questions (furniture: room, colours, budget; clothing: occasion, fit,
 * body measurements, budget) that lead to two or three valid starting designs, each with "because you chose …".
 * <p>
 * Answers map onto the catalog by its structure, not by ids: colours rank the finishes and fabrics of every
 * material group by lightness; room and size rank dimensions and counts; budget decides how the rest is completed
 * (cheapest, defaults, or most expensive). Every design is built through the session (only available values are
 * chosen, so all are valid); nothing is hidden from the customer afterwards.
 */
public final class QuizViewModel {

    /** A question with its answers (message keys {@code quiz.<id>.title}, {@code quiz.<id>.<answer>}). */
    public record Question(String id, List<String> answers) {
        public Question {
            answers = List.copyOf(answers);
        }
    }

    /**
     * A starting design.
     *
     * @param selections the choices that make it (applied through the session)
     * @param shown      the product as it looks
     * @param quote      its price, or null
     * @param look       its 3D preview
     * @param because    the answers it follows, in words
     * @param titleKey   message key of its title
     */
    public record StartingDesign(Map<String, String> selections, Configuration shown, Quote quote,
                                 PreviewPort.Prepared look, List<String> because, String titleKey) {
        public StartingDesign {
            selections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(selections));
            because = List.copyOf(because);
        }
    }

    /** Called with the design the customer picked; the session moves on to the configurator. */
    @FunctionalInterface
    public interface Handoff {
        void accept(KioskProduct product, ConfigurationSession session, StartingDesign design);
    }

    private static final String LOOK = "look";
    private static final String SIZE = "room";
    private static final String BUDGET = "budget";
    private static final String FIT = "fit";
    private static final String OCCASION = "occasion";

    private final KioskProduct product;
    private final ConfigurationSession session;
    private final KioskPricing pricing;
    private final PreviewPort preview;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final KioskWords words;
    private final Consumer<Throwable> errors;
    private final Handoff handoff;
    private final Labels labels;
    private final List<Question> questions = new ArrayList<>();
    private final List<ProductSpace.Var> measurements = new ArrayList<>();
    private final ObservableMap<String, String> answers = FXCollections.observableHashMap();
    private final ObservableMap<String, String> measured = FXCollections.observableHashMap();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    /** The newest proposal request; older results are dropped when they arrive. */
    private final LatestRequest latest = new LatestRequest();
    private final ObservableList<StartingDesign> designs = FXCollections.observableArrayList();
    // One wrapper, kept: a fresh unmodifiable view per call listens weakly and can lose its listeners.
    private final ObservableList<StartingDesign> designsView = FXCollections.unmodifiableObservableList(designs);

    public QuizViewModel(KioskProduct product, ConfigurationSession session, KioskPricing pricing, PreviewPort preview,
                         TaskExecutor sessionTasks, I18n i18n, KioskWords words, Consumer<Throwable> errors,
                         Handoff handoff) {
        this.product = Objects.requireNonNull(product, "product");
        this.session = Objects.requireNonNull(session, "session");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.preview = Objects.requireNonNull(preview, "preview");
        this.tasks = Objects.requireNonNull(sessionTasks, "sessionTasks");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.words = Objects.requireNonNull(words, "words");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.handoff = Objects.requireNonNull(handoff, "handoff");
        this.labels = new Labels(product.space(), words.vocabulary());
        ProductSpace space = product.space();
        boolean clothing = space.product().kind() == ProductKind.CLOTHING;
        if (clothing) {
            questions.add(new Question(OCCASION, List.of("everyday", "business", "evening")));
            if (fitGroup() != null) {
                questions.add(new Question(FIT, List.of("slim", "regular", "relaxed")));
            }
            for (ProductSpace.Var v : space.variables()) {
                String unit = v.kind() == ProductSpace.Kind.PARAMETER ? v.parameter().unit() : "";
                if (v.kind() == ProductSpace.Kind.PARAMETER && v.instance().parent() == null
                        && (unit.equals("cm") || unit.equals("mm") || unit.equals("in"))) {
                    measurements.add(v);
                }
            }
        } else {
            questions.add(new Question(SIZE, List.of("hallway", "bedroom", "walkin")));
            questions.add(new Question(LOOK, List.of("light", "natural", "dark")));
        }
        questions.add(new Question(BUDGET, List.of("essential", "balanced", "premium")));
    }

    public KioskProduct product() {
        return product;
    }

    public Labels labels() {
        return labels;
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    /** Body measurements asked on their own page (clothing), root parameters of the product. */
    public List<ProductSpace.Var> measurements() {
        return List.copyOf(measurements);
    }

    /** Pages: one per question, one for measurements when there are any, then the proposals. */
    public int pageCount() {
        return questions.size() + (measurements.isEmpty() ? 0 : 1) + 1;
    }

    /** Whether a page is the measurements page. */
    public boolean isMeasurementsPage(int index) {
        return !measurements.isEmpty() && index == questions.size();
    }

    public boolean isProposalsPage(int index) {
        return index == pageCount() - 1;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return latest.runningProperty();
    }

    /** Answers by question id. */
    public ObservableMap<String, String> answers() {
        return answers;
    }

    /** Measurement values by variable id. */
    public ObservableMap<String, String> measured() {
        return measured;
    }

    public ObservableList<StartingDesign> designs() {
        return designsView;
    }

    public void answer(String questionId, String answer) {
        answers.put(questionId, answer);
        next();
    }

    public void measure(String variableId, String value) {
        measured.put(variableId, value);
    }

    /** The values offered for a measurement, in words, and the value shown first (the default or the middle). */
    public List<String> measurementValues(ProductSpace.Var v) {
        return v.values().stream().filter(x -> !x.equals(ProductSpace.NA)).toList();
    }

    public String measurementStart(ProductSpace.Var v) {
        String m = measured.get(v.id());
        if (m != null) {
            return m;
        }
        if (v.parameter().defaultValue() != null) {
            return dev.atelier.domain.catalog.Parameter.format(v.parameter().defaultValue());
        }
        List<String> values = measurementValues(v);
        return values.get(values.size() / 2);
    }

    public void next() {
        if (page.get() + 1 < pageCount()) {
            page.set(page.get() + 1);
            if (isProposalsPage(page.get())) {
                propose();
            }
        }
    }

    public void back() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    /** Takes a starting design into the configurator. */
    public void choose(StartingDesign design) {
        latest.cancel();
        handoff.accept(product, session, design);
    }

    /** Leaves the quiz without a design: the configurator starts empty. */
    public void skip() {
        choose(new StartingDesign(Map.of(), null, null, null, List.of(), "quiz.skip"));
    }

    public void dispose() {
        latest.cancel();
        designs.clear();
    }

    // ------------------------------------------------------------------------------------------ proposals

    private record Plan(String titleKey, Map<String, List<String>> wanted, String budget, List<String> because) {
    }

    /** Builds two or three starting designs from the answers (session thread). */
    void propose() {
        Locale locale = i18n.getLocale();
        List<Plan> plans = plans(locale);
        long mine = latest.begin();
        tasks.submit(() -> {
            List<StartingDesign> out = new ArrayList<>();
            for (Plan plan : plans) {
                out.add(build(plan, locale));
            }
            session.restore(Map.of(), Map.of());
            return out;
        }, result -> {
            if (latest.end(mine)) {
                designs.setAll(result);
            }
        }, failure -> {
            if (latest.end(mine)) {
                errors.accept(failure);
            }
        });
    }

    private List<Plan> plans(Locale locale) {
        String budget = answers.getOrDefault(BUDGET, "balanced");
        String look = lookAnswer();
        Map<String, List<String>> base = new LinkedHashMap<>();
        List<String> because = new ArrayList<>();
        for (Question q : questions) {
            String a = answers.get(q.id());
            if (a != null) {
                because.add(words.texts().format(locale, "quiz." + q.id() + "." + a));
            }
        }
        // Measurements first: a body is what it is; style answers adapt to it.
        for (ProductSpace.Var m : measurements) {
            String value = measured.get(m.id());
            if (value != null) {
                base.put(m.id(), List.of(value));
            }
        }
        base.putAll(sizePreferences(answers.get(SIZE)));
        base.putAll(fitPreferences(answers.get(FIT)));
        if (look != null) {
            base.putAll(lookPreferences(look));
        }
        if (!measured.isEmpty()) {
            because.add(words.texts().format(locale, "quiz.because.measurements"));
        }
        List<Plan> plans = new ArrayList<>();
        plans.add(new Plan("quiz.design.match", base, budget, because));
        String otherLook = look == null ? null : switch (look) {
            case "light" -> "natural";
            case "dark" -> "natural";
            default -> "light";
        };
        if (otherLook != null && !lookPreferences(otherLook).isEmpty()) {
            Map<String, List<String>> alt = new LinkedHashMap<>(base);
            alt.putAll(lookPreferences(otherLook));
            plans.add(new Plan("quiz.design.contrast", alt, budget, because));
        }
        String otherBudget = budget.equals("premium") ? "essential" : "premium";
        plans.add(new Plan(otherBudget.equals("premium") ? "quiz.design.upgrade" : "quiz.design.saver", base,
                otherBudget, because));
        return plans.subList(0, Math.min(3, plans.size()));
    }

    private StartingDesign build(Plan plan, Locale locale) {
        session.restore(Map.of(), Map.of());
        for (Map.Entry<String, List<String>> w : plan.wanted().entrySet()) {
            SessionState s = session.state();
            for (String value : w.getValue()) {
                if (s.state(w.getKey(), value) == ValueState.AVAILABLE) {
                    session.select(w.getKey(), value);
                    break;
                }
            }
        }
        if (!plan.budget().equals("balanced")) {
            // Defaults come first in a completion, so the budget picks the options itself: the cheapest or the
            // dearest available option of every choice the answers left open (measurements stay as given).
            boolean cheapest = plan.budget().equals("essential");
            CheapestDesign.choose(session, this::price, cheapest,
                    v -> v.kind() == ProductSpace.Kind.GROUP && !plan.wanted().containsKey(v.id()));
        }
        session.complete();
        SessionState done = session.state();
        Configuration result = done.completed() != null ? done.completed() : done.decided();
        return new StartingDesign(session.selections(), result, price(result), preview.prepare(result, locale),
                plan.because(), plan.titleKey());
    }

    private Quote price(Configuration c) {
        try {
            return pricing.price(c);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------ mapping

    private String lookAnswer() {
        String look = answers.get(LOOK);
        if (look != null) {
            return look;
        }
        String occasion = answers.get(OCCASION);
        if (occasion == null) {
            return null;
        }
        return switch (occasion) {
            case "business" -> "light";
            case "evening" -> "dark";
            default -> "natural";
        };
    }

    /** For every one-of group whose options are materials: its options ordered by closeness to a look. */
    private Map<String, List<String>> lookPreferences(String look) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ProductSpace.Var v : product.space().variables()) {
            if (v.kind() != ProductSpace.Kind.GROUP) {
                continue;
            }
            List<Option> withMaterial = v.group().options().stream().filter(o -> o.material() != null
                    && product.space().material(o.material()).isPresent()).toList();
            if (withMaterial.size() < 2) {
                continue;
            }
            List<Option> ranked = new ArrayList<>(withMaterial);
            ranked.sort(Comparator.comparingDouble(o -> distance(look,
                    product.space().material(o.material()).orElseThrow())));
            out.put(v.id(), ranked.stream().map(Option::id).toList());
        }
        return out;
    }

    private static double distance(String look, Material m) {
        int rgb = Integer.parseInt(m.color().substring(1), 16);
        double r = ((rgb >> 16) & 0xff) / 255.0;
        double g = ((rgb >> 8) & 0xff) / 255.0;
        double b = (rgb & 0xff) / 255.0;
        double lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double saturation = max == 0 ? 0 : (max - min) / max;
        boolean warm = r >= g && g >= b;
        return switch (look) {
            case "light" -> 1 - lum;
            case "dark" -> lum;
            default -> Math.abs(lum - 0.5) + (warm ? 0 : 0.4) + Math.abs(saturation - 0.45);
        };
    }

    /** Dimensions of the product and its single parts, and counts of repeated parts, by room size. */
    private Map<String, List<String>> sizePreferences(String room) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (room == null) {
            return out;
        }
        double quantile = switch (room) {
            case "hallway" -> 0.2;
            case "walkin" -> 0.9;
            default -> 0.5;
        };
        for (ProductSpace.Var v : product.space().variables()) {
            boolean single = v.instance().index() == 0 && (v.instance().parent() == null
                    || v.instance().parent().parent() == null);
            if ((v.kind() == ProductSpace.Kind.PARAMETER && single) || (v.kind() == ProductSpace.Kind.COUNT
                    && v.instance().parent() == null)) {
                List<String> values = v.values().stream().filter(x -> !x.equals(ProductSpace.NA)).toList();
                int target = (int) Math.round(quantile * (values.size() - 1));
                List<String> ranked = new ArrayList<>(values);
                ranked.sort(Comparator.comparingInt(x -> Math.abs(values.indexOf(x) - target)));
                out.put(v.id(), ranked);
            }
        }
        return out;
    }

    private ProductSpace.Var fitGroup() {
        for (ProductSpace.Var v : product.space().variables()) {
            if (v.kind() == ProductSpace.Kind.GROUP && v.group().id().contains("fit")
                    && v.group().options().size() >= 2) {
                return v;
            }
        }
        return null;
    }

    /** A fit group's options in catalog order read as slim → relaxed. */
    private Map<String, List<String>> fitPreferences(String fit) {
        ProductSpace.Var v = fitGroup();
        if (fit == null || v == null) {
            return Map.of();
        }
        List<String> options = v.group().options().stream().map(Option::id).toList();
        int target = switch (fit) {
            case "slim" -> 0;
            case "relaxed" -> options.size() - 1;
            default -> options.size() / 2;
        };
        List<String> ranked = new ArrayList<>(options);
        ranked.sort(Comparator.comparingInt(x -> Math.abs(options.indexOf(x) - target)));
        return Map.of(v.id(), ranked);
    }

    /** The value of a measurement in words ("41 cm"). */
    public String measurementLabel(ProductSpace.Var v, String value) {
        return labels.value(v, value, i18n.getLocale());
    }
}
