package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.SubjectType;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitListTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aTextListHasOneNameALineAndSkipsBlankLinesAndComments() {
        UnitList list = UnitList.parse("\uFEFF# 清河区\n清河市清河区司法局\n\n  清河市清河区教育局  \n", "units.txt", ZH);
        assertThat(list.units()).extracting(Unit::name).containsExactly("清河市清河区司法局", "清河市清河区教育局");
        assertThat(list.units().get(0).type()).isEmpty();
    }

    @Test
    void aCsvWithAChineseHeaderGivesTypeLevelAndAliasesAndIgnoresOtherColumns() {
        UnitList list = UnitList.parse("""
                序号,单位,联系人,类型,层级,别名
                1,清河市清河区人民政府外事办公室,张三,部门,县级,区外事办；外事办
                2,清河市清河区清源街道办事处,,政府,乡镇,
                3,"清河市清河区人民政府",,government,COUNTY,"区政府|区府"
                """, "units.csv", ZH);
        Unit office = list.units().get(0);
        assertThat(office.name()).isEqualTo("清河市清河区人民政府外事办公室");
        assertThat(office.type()).contains(SubjectType.GOVERNMENT_DEPARTMENT);
        assertThat(office.level()).contains(AdministrativeLevel.COUNTY);
        assertThat(office.aliases()).containsExactly("区外事办", "外事办");
        assertThat(list.units().get(1).level()).contains(AdministrativeLevel.TOWNSHIP);
        assertThat(list.units().get(1).aliases()).isEmpty();
        assertThat(list.units().get(2).aliases()).containsExactly("区政府", "区府");
        assertThat(list.units().get(2).type()).contains(SubjectType.LOCAL_GOVERNMENT);
    }

    @Test
    void aCsvWithoutHeaderIsNameTypeLevelAliases() {
        UnitList list = UnitList.parse("清河市清河区司法局,部门,县,区司法局,司法局\n", "list.txt", ZH);
        Unit u = list.units().get(0);
        assertThat(u.type()).contains(SubjectType.GOVERNMENT_DEPARTMENT);
        assertThat(u.aliases()).containsExactly("区司法局", "司法局");
    }

    @Test
    void aQuotedCellMayHoldCommasQuotesAndLineBreaks() {
        UnitList list = UnitList.parse("name,aliases\n\"清河市清河区司法局\",\"区司法局,\"\"司法局\"\"\"\n", "units.csv", ZH);
        assertThat(list.units().get(0).aliases()).containsExactly("区司法局,\"司法局\"");
    }

    @Test
    void aSpreadsheetExportInGb18030IsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("units.csv");
        Files.write(file, "单位,类型\n清河市清河区财政局,部门\n".getBytes(Charset.forName("GB18030")));
        assertThat(UnitList.read(file).units()).extracting(Unit::name).containsExactly("清河市清河区财政局");
    }

    @Test
    void badListsAreRefusedNamingTheFileAndTheLine() {
        assertThatThrownBy(() -> UnitList.parse("单位,类型\n清河市清河区财政局,部委\n", "units.csv", ZH))
                .isInstanceOf(UnitListException.class)
                .hasMessage("units.csv:2: 未知的单位类型“部委”（可用：政府、部门、党委政府、党委、国务院部门）")
                .satisfies(e -> assertThat(((UnitListException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> UnitList.parse("清河区司法局\n清河区 司法局\n", "units.txt", ZH))
                .isInstanceOf(UnitListException.class)
                .hasMessageStartingWith("units.txt:2: 单位“清河区 司法局”与“清河区司法局”重名");
        assertThatThrownBy(() -> UnitList.parse("单位,别名\n清河市清河区司法局,司法局\n清河市河东区司法局,司法局\n", "units.csv", ZH))
                .isInstanceOf(UnitListException.class)
                .hasMessageContaining("units.csv:3:")
                .hasMessageContaining("别名“司法局”");
        assertThatThrownBy(() -> UnitList.parse("# nothing\n\n", "units.txt", ZH))
                .hasMessage("units.txt: 名单中没有单位");
        assertThatThrownBy(() -> UnitList.parse("单位,层级\n清河市清河区司法局,区县级\n", "units.csv", Locale.ENGLISH))
                .hasMessage("units.csv:2: unknown level \"区县级\" (use province, city, county, township)");
        assertThatThrownBy(() -> UnitList.parse("单位\n\"清河市清河区司法局\n", "units.csv", ZH))
                .hasMessageContaining("引号没有闭合");
    }

    @Test
    void aListBuiltInCodeIsCheckedTheSameWay() {
        assertThat(UnitList.ofNames(List.of("清河市清河区司法局", "清河市清河区教育局")).size()).isEqualTo(2);
        assertThatThrownBy(() -> UnitList.of(List.of(Unit.of("清河区人民政府"), Unit.of("清河区政府"))))
                .isInstanceOf(UnitListException.class);
        assertThat(UnitList.ofNames(List.of("清河市清河区司法局")).find("清河市清河区司法局")).isPresent();
    }
}
