package io.github.fazhi.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LayoutProfileTest {

    @Test
    void millimetresBecomeTwipsAsWordRoundsThem() {
        assertThat(LayoutProfile.mmToTwips(210)).isEqualTo(11906);
        assertThat(LayoutProfile.mmToTwips(297)).isEqualTo(16838);
        assertThat(LayoutProfile.mmToTwips(37)).isEqualTo(2098);
        assertThat(LayoutProfile.mmToTwips(35)).isEqualTo(1984);
        assertThat(LayoutProfile.mmToTwips(28)).isEqualTo(1588);
        assertThat(LayoutProfile.mmToTwips(26)).isEqualTo(1474);
    }

    @Test
    void gbt9704Preset() {
        LayoutProfile p = LayoutProfile.gbt9704();
        assertThat(p.typeAreaWidthTwips()).isEqualTo(8844); // 156 mm
        assertThat(p.typeAreaHeightTwips()).isEqualTo(12756); // 225 mm
        assertThat(p.linePitchTwips()).isEqualTo(579);
        assertThat(p.charSpace()).isEqualTo(-849);
        assertThat(p.characterSpacingTwentieths()).isEqualTo(-5);
        assertThat(p.gridMode()).isEqualTo(LayoutProfile.GridMode.LINES_AND_CHARACTER_SPACING);
        assertThat(p.title()).isEqualTo(new LayoutProfile.Font("方正小标宋简体", "Times New Roman", 44, false));
        assertThat(p.body().eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(p.heading(1).eastAsia()).isEqualTo("黑体");
        assertThat(p.heading(2).eastAsia()).isEqualTo("楷体_GB2312");
        assertThat(p.heading(3).eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(p.heading(4).eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(p.pageNumber()).isEqualTo(new LayoutProfile.Font("宋体", "宋体", 28, false));
        assertThat(p.addresseeLine()).isTrue();
        assertThat(LayoutProfile.localPlainFonts().body().eastAsia()).isEqualTo("仿宋");
        assertThat(LayoutProfile.localPlainFonts().paperWidthMm()).isEqualTo(210);
    }

    @Test
    void builderChangesOnlyWhatItIsTold() {
        LayoutProfile web =
                LayoutProfile.gbt9704().toBuilder().addresseeLine(false).build();
        assertThat(web.addresseeLine()).isFalse();
        assertThat(web.toBuilder().addresseeLine(true).build()).isEqualTo(LayoutProfile.gbt9704());
    }

    @Test
    void refusesLayoutsThatCannotBePrinted() {
        assertThatThrownBy(() -> LayoutProfile.gbt9704().toBuilder()
                        .margins(150, 150, 10, 10)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type area");
        assertThatThrownBy(() -> LayoutProfile.gbt9704().toBuilder().grid(0, 28).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LayoutProfile.Font(" ", "Times New Roman", 32, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LayoutProfile.Font("仿宋", "Times New Roman", 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
