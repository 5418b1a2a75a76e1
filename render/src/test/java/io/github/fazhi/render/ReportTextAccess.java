package io.github.fazhi.render;

import io.github.fazhi.core.AnnualReport;
import java.util.function.UnaryOperator;

/** Gives tests in the format packages {@link ReportText}. */
public final class ReportTextAccess {

    private ReportTextAccess() {}

    public static AnnualReport map(AnnualReport r, UnaryOperator<String> f) {
        return ReportText.map(r, f);
    }
}
