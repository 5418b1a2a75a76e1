package io.github.fazhi.pdf.internal.extract;

/** The time, operations and characters a read may still spend; not thread-safe: one per read. */
final class Budget {

    private final PdfLimits limits;
    private final PdfMessages messages;
    private final long deadline;
    private long operations;
    private long chars;

    Budget(PdfLimits limits, PdfMessages messages) {
        this.limits = limits;
        this.messages = messages;
        this.deadline = System.nanoTime() + limits.maxMillis() * 1_000_000L;
    }

    /** Checks the clock. */
    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new LimitExceeded(messages.get(PdfMessages.Key.TOO_SLOW, limits.maxMillis()));
        }
    }

    /** Counts one content-stream operation; checks the clock every 4096. */
    void operation() {
        if (++operations > limits.maxOperations()) {
            throw new LimitExceeded(messages.get(PdfMessages.Key.TOO_MANY_OPERATIONS, limits.maxOperations()));
        }
        if ((operations & 0xFFF) == 0) {
            checkTime();
        }
    }

    /** Counts one extracted character. */
    void character() {
        if (++chars > limits.maxChars()) {
            throw new LimitExceeded(messages.get(PdfMessages.Key.TOO_MUCH_TEXT, limits.maxChars()));
        }
    }
}
