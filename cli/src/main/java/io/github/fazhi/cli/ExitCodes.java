package io.github.fazhi.cli;

/** The exit codes of the {@code fazhi} command. */
public final class ExitCodes {

    /** Nothing reached the {@code --fail-on} threshold. */
    public static final int OK = 0;
    /** A finding reached the {@code --fail-on} threshold. */
    public static final int FINDINGS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** An input could not be read at all. */
    public static final int UNREADABLE = 3;
    /** Every input was read, but an output could not be written. */
    public static final int UNWRITABLE = 4;

    private ExitCodes() {}
}
