package io.github.fazhi.core;

/**
 * What a section is, by meaning. The first five are the items the 2019 《法治政府建设与责任落实督察工作规定》
 * requires of every annual report; everything else is {@link #THEMATIC}.
 */
public enum SectionKind {
    /** Item 1: 上一年度推进法治政府建设的主要举措和成效. */
    MEASURES_AND_RESULTS(1),
    /** Item 2: 上一年度推进法治政府建设存在的不足和原因. */
    SHORTCOMINGS_AND_CAUSES(2),
    /** Item 3: 党政主要负责人履行推进法治建设第一责任人职责情况. */
    FIRST_RESPONSIBLE_PERSON(3),
    /** Item 4: 下一年度推进法治政府建设的主要安排. */
    NEXT_YEAR_PLAN(4),
    /** Item 5: 其他需要报告的情况 (optional in practice). */
    OTHER(5),
    /** A heading that names none of the mandated items, e.g. {@code 坚持思想引领}. */
    THEMATIC(0);

    private final int mandatedItem;

    SectionKind(int mandatedItem) {
        this.mandatedItem = mandatedItem;
    }

    /** The item number (1 to 5) in the 督察工作规定's list, or 0 for {@link #THEMATIC}. */
    public int mandatedItem() {
        return mandatedItem;
    }

    /** Whether this is one of items 1 to 4, which every report must contain. */
    public boolean isRequired() {
        return mandatedItem >= 1 && mandatedItem <= 4;
    }

    /** Whether this is one of the five mandated items. */
    public boolean isMandated() {
        return mandatedItem > 0;
    }
}
