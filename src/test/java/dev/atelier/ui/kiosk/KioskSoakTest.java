// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.design.DesignDraft;
import dev.atelier.domain.design.DesignRepository;
import dev.atelier.domain.design.SavedDesign;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.SynchronousTaskExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 scripted customers through the kiosk's view-models on one kiosk (the kiosk runs for days): each picks a
 * product, makes choices, asks for a repair, keeps snapshots, saves or walks away and is wiped by the idle timer.
 * Heap after a full GC must not grow between customer 100 and customer 500. Tagged "benchmark" (not in CI):
 * {@code mvn -o -q test -Dtest=KioskSoakTest -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 */
@Tag("benchmark")
class KioskSoakTest {

    private static final Logger LOG = Logger.getLogger(KioskSoakTest.class.getName());

    /** Designs in memory; forgotten every 50 saves so the store itself does not count as growth. */
    private static final class Designs implements DesignRepository {
        final Map<String, SavedDesign> byCode = new ConcurrentHashMap<>();
        final AtomicLong next = new AtomicLong();

        @Override
        public SavedDesign save(DesignDraft draft) {
            long n = next.incrementAndGet();
            if (n % 50 == 0) {
                byCode.clear();
            }
            String digits = String.format("%06d", n % 1_000_000).replace('0', 'A').replace('1', 'B');
            String code = digits.substring(0, 3) + "-" + digits.substring(3);
            SavedDesign d = draft.saveAs(code, Instant.now());
            byCode.put(code, d);
            return d;
        }

        @Override
        public Optional<SavedDesign> findByCode(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public List<SavedDesign> listRecent(int limit) {
            return List.copyOf(byCode.values());
        }

        @Override
        public boolean delete(String code) {
            return byCode.remove(code) != null;
        }
    }

    @Test
    void fiveHundredCustomersLeaveNoGrowingHeap() {
        AtomicLong clock = new AtomicLong();
        KioskViewModel vm = new KioskViewModel(KioskSettings.defaults(Locale.ENGLISH), new KioskFixtures.TestCatalog(
                "1.0.0"), KioskFixtures.pricing(), new FlatPreview(), new Designs(), new SynchronousTaskExecutor(),
                new SynchronousTaskExecutor(), new I18n(Locale.ENGLISH), clock::get, e -> {
                    throw new AssertionError(e);
                });
        vm.load();
        Random random = new Random(42);
        long heapAt100 = 0;
        long start = System.nanoTime();
        for (int customer = 1; customer <= 500; customer++) {
            serve(vm, random, clock, customer);
            if (customer == 100) {
                heapAt100 = usedAfterGc();
            }
        }
        long heapAt500 = usedAfterGc();
        double seconds = (System.nanoTime() - start) / 1e9;
        String result = String.format("500 customers in %.1f s; heap after full GC: %d KiB at customer 100, %d KiB "
                + "at customer 500 (%+d KiB)", seconds, heapAt100 / 1024, heapAt500 / 1024,
                (heapAt500 - heapAt100) / 1024);
        LOG.info(result);
        System.err.println(result);
        // Allow 2 MiB of noise (class loading, JIT metadata, string tables); a leak of one session per customer
        // would be far above that.
        assertThat(heapAt500 - heapAt100).isLessThan(2L * 1024 * 1024);
    }

    private static void serve(KioskViewModel vm, Random random, AtomicLong clock, int customer) {
        vm.touchToStart();
        if (random.nextInt(5) == 0) {
            vm.startQuiz(vm.products().get(random.nextInt(vm.products().size())));
            QuizViewModel q = vm.quizProperty().get();
            for (QuizViewModel.Question question : q.questions()) {
                q.answer(question.id(), question.answers().get(random.nextInt(question.answers().size())));
            }
            if (q.isMeasurementsPage(q.pageProperty().get())) {
                q.next();
            }
            q.choose(q.designs().get(random.nextInt(q.designs().size())));
        } else {
            vm.configure(vm.products().get(random.nextInt(vm.products().size())));
        }
        ConfiguratorViewModel c = vm.getConfigurator();
        for (int step = 0; step < c.steps().size(); step++) {
            c.goToStep(step);
            for (StepItem item : List.copyOf(c.items())) {
                if (item instanceof StepItem.Choice choice && !choice.tiles().isEmpty()) {
                    c.tap(choice.tiles().get(random.nextInt(choice.tiles().size())));
                    if (c.proposalProperty().get() != null) {
                        if (random.nextBoolean()) {
                            c.applyProposal();
                        } else {
                            c.dismissProposal();
                        }
                    }
                } else if (item instanceof StepItem.Numeric n && !n.values().isEmpty()) {
                    c.choose(n.variableId(), n.values().get(random.nextInt(n.values().size())));
                } else if (item instanceof StepItem.Text t) {
                    c.setText(t.textId(), "AB");
                }
            }
            if (random.nextInt(3) == 0) {
                c.takeSnapshot();
            }
        }
        if (c.snapshots().size() >= 2) {
            c.compare(c.snapshots().get(0), c.snapshots().get(1));
            c.closeComparison();
        }
        if (random.nextBoolean()) {
            c.undo();
            c.redo();
        }
        c.finishForMe();
        if (customer % 2 == 0) {
            vm.consentProperty().set(true);
            vm.contactNameProperty().set("Customer " + customer);
            vm.review();
            vm.save();
            vm.newCustomer();
        } else {
            // walks away: the idle timer wipes the session
            clock.addAndGet(Duration.ofMinutes(5).toNanos());
            vm.idle().check();
            assertThat(vm.getScreen()).isEqualTo(Screen.ATTRACT);
        }
        assertThat(vm.getConfigurator()).isNull();
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
