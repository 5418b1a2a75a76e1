package io.github.fazhi.pdf.internal.extract;

/** Thrown from inside PDFBox's processing when a read goes past one of its {@link PdfLimits}. */
final class LimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;

    LimitExceeded(String problem) {
        super(problem, null, false, false);
        this.problem = problem;
    }

    String problem() {
        return problem;
    }
}
