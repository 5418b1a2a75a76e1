package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberMalformedRuleTest {

    private static final String ID = "document-number-malformed";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "印发《清河区法治政府建设工作要点》（清府办发〔2024〕12号）。",
                "依据厅字〔2019〕28号文件要求。",
                "审结（2024）清0102行初15号行政案件。",
                "编号为2024年第3号的公告。",
                "《领导干部学法制度》（〔2014〕清府办172号）。"
            })
    void wellFormedNumbersPass(String text) {
        assertThat(findings(Read.withPart(0, List.of(), text), ID)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "印发《工作要点》（清发〔202432号）。, 〔2024〕32号",
        "依据清发2024〕32号文件。, 〔2024〕32号",
        "依据厅字[2019]28号文件要求。, 〔2019〕28号",
        "依据清府发（2023）5号文件要求。, 〔2023〕5号",
        "依据清府发(2023)5号文件要求。, 〔2023〕5号"
    })
    void damagedNumbersAreWarningsWithTheRightForm(String text, String expected) {
        AnnualReport report = Read.withPart(0, List.of(), "全年依法行政。", text);

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s1.p2");
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains(expected));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"依据清发〔24〕32号文件。", "依据清发〔20244〕32号文件。"})
    void aYearOfTheWrongLengthIsFound(String text) {
        assertThat(findings(Read.withPart(0, List.of(), text), ID))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("四位"));
    }
}
