package io.github.fazhi.review;

import java.util.Objects;

/**
 * A list of units that cannot be used: the message names the file and the line, and says what is wrong
 * ({@code units.csv:7: 未知的单位类型“部委”}).
 *
 * <pre>{@code
 * try {
 *     UnitList units = UnitList.read(Path.of("units.csv"));
 * } catch (UnitListException e) {
 *     System.err.println(e.getMessage());    // units.csv:7: …
 *     e.line();                               // 7
 * }
 * }</pre>
 */
public class UnitListException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source the file (or other source) of the list
     * @param line the line, from 1; 0 when the problem is with the list as a whole
     * @param problem what is wrong, for people
     */
    public UnitListException(String source, int line, String problem) {
        super(Objects.requireNonNull(source, "source") + (line > 0 ? ":" + line : "") + ": "
                + Objects.requireNonNull(problem, "problem"));
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file (or other source) of the list. */
    public String source() {
        return source;
    }

    /** The line the problem is on, from 1; 0 for the list as a whole. */
    public int line() {
        return line;
    }

    /** What is wrong, without the source and line. */
    public String problem() {
        return problem;
    }
}
