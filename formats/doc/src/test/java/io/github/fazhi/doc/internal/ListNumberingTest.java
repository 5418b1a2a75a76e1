package io.github.fazhi.doc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word's number formats as a reader sees them, and counting across levels. */
class ListNumberingTest {

    @Test
    void chineseFormatsCountAsHeadingsDo() {
        for (int nfc : List.of(0x21, 0x23, 0x25, 0x27, 0x0B)) {
            assertThat(ListNumbering.format(1, nfc)).isEqualTo("一");
            assertThat(ListNumbering.format(10, nfc)).isEqualTo("十");
            assertThat(ListNumbering.format(11, nfc)).isEqualTo("十一");
            assertThat(ListNumbering.format(21, nfc)).isEqualTo("二十一");
        }
        assertThat(ListNumbering.format(11, 0x26)).isEqualTo("壹拾壹");
        assertThat(ListNumbering.format(3, 0x26)).isEqualTo("叁");
        assertThat(ListNumbering.format(20, 0x22)).isEqualTo("貳拾");
        assertThat(ListNumbering.format(2025, 0x0A)).isEqualTo("二〇二五");
        assertThat(ListNumbering.format(3, 0x1E)).isEqualTo("丙");
        assertThat(ListNumbering.format(3, 0x1D)).isEqualTo("㈢");
    }

    @Test
    void otherFormats() {
        assertThat(ListNumbering.format(3, 0x00)).isEqualTo("3");
        assertThat(ListNumbering.format(4, 0x01)).isEqualTo("IV");
        assertThat(ListNumbering.format(9, 0x02)).isEqualTo("ix");
        assertThat(ListNumbering.format(28, 0x04)).isEqualTo("bb");
        assertThat(ListNumbering.format(12, 0x0E)).isEqualTo("１２");
        assertThat(ListNumbering.format(5, 0x16)).isEqualTo("05");
        assertThat(ListNumbering.format(2, 0x12)).isEqualTo("②");
        assertThat(ListNumbering.format(2, 0x1B)).isEqualTo("⑵");
        assertThat(ListNumbering.format(21, 0x12)).isEqualTo("21");
        assertThat(ListNumbering.format(1, 0x17)).isEmpty();
    }

    private record Item(int listId, int level, String template) implements ListNumbering.Level {
        @Override
        public int format(int level) {
            return level < 2 ? 0x25 : 0x00;
        }

        @Override
        public int startAt(int level) {
            return 1;
        }
    }

    @Test
    void levelsRestartBelowEachHigherItemAndListsCountApart() {
        ListNumbering n = new ListNumbering();
        String l1 = "\u0000、";
        String l2 = "（\u0001）";
        String l3 = "\u0002.";
        assertThat(n.next(new Item(7, 0, l1))).isEqualTo("一、");
        assertThat(n.next(new Item(7, 1, l2))).isEqualTo("（一）");
        assertThat(n.next(new Item(7, 2, l3))).isEqualTo("1.");
        assertThat(n.next(new Item(7, 2, l3))).isEqualTo("2.");
        assertThat(n.next(new Item(7, 1, l2))).isEqualTo("（二）");
        assertThat(n.next(new Item(7, 2, l3))).isEqualTo("1.");
        assertThat(n.next(new Item(9, 0, l1))).isEqualTo("一、"); // another list
        assertThat(n.next(new Item(7, 0, l1))).isEqualTo("二、");
        assertThat(n.next(new Item(7, 1, l2))).isEqualTo("（一）");
        // a multi-level template: 1.2.
        assertThat(n.next(new Item(7, 2, "\u0000.\u0001.\u0002"))).isEqualTo("二.一.1");
    }
}
