package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What several rules compute from the same report, computed once per validation: the rules run one after the
 * other on one report in one thread, and each asked for the same text units, item-3 content (and its duty coverage) or numbering
 * analysis again. A thread keeps, for the report it asked about last (compared by identity: an equal report
 * is another report), one value per {@link Key}. The report and the values are held weakly, so a pooled
 * thread keeps neither the report nor (in an application server) fazhi's classes alive; a value the
 * collector cleared is computed again. The values must be immutable.
 */
final class ReportMemo {

    /** A kind of value kept per report; one constant per kind. */
    static final class Key<T> {
        private final int index;
        private final Function<AnnualReport, T> compute;

        private Key(int index, Function<AnnualReport, T> compute) {
            this.index = index;
            this.compute = compute;
        }
    }

    static final Key<List<Texts.Unit>> UNITS = new Key<>(0, Texts::collectUnitsUnmodifiable);
    static final Key<Optional<FirstResponsiblePerson.Content>> ITEM_3 = new Key<>(1, FirstResponsiblePerson::locate);
    static final Key<List<NumberingAnalysis.Issue>> NUMBERING = new Key<>(2, NumberingAnalysis::analyzeAfresh);
    static final Key<Optional<FirstResponsiblePerson.Coverage>> COVERAGE =
            new Key<>(3, FirstResponsiblePerson::ownCoverage);

    /** How many keys there are: one more than the highest index above. */
    private static final int KEYS = 4;

    /** The report a thread asked about last, and its values by key index. */
    private static final class Slot {
        WeakReference<AnnualReport> report = new WeakReference<>(null);

        @SuppressWarnings("unchecked")
        final WeakReference<Object>[] values = new WeakReference[KEYS];
    }

    private static final ThreadLocal<Slot> LAST = ThreadLocal.withInitial(Slot::new);

    private ReportMemo() {}

    /** The value of {@code key} for {@code report}, kept from an earlier call on this thread or computed now. */
    static <T> T get(AnnualReport report, Key<T> key) {
        Slot slot = LAST.get();
        if (slot.report.get() != report) {
            slot.report = new WeakReference<>(report);
            Arrays.fill(slot.values, null);
        } else {
            WeakReference<Object> kept = slot.values[key.index];
            Object value = kept == null ? null : kept.get();
            if (value != null) {
                @SuppressWarnings("unchecked")
                T t = (T) value;
                return t;
            }
        }
        T value = key.compute.apply(report);
        slot.values[key.index] = new WeakReference<>(value);
        return value;
    }
}
