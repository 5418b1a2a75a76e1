package io.github.fazhi.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.MessageBundles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every key the command uses is in both bundles, with the same placeholders, and nothing else is. */
class CliMessagesBundleTest {

    @Test
    void bothBundlesHoldExactlyTheKeysTheCommandUses() {
        MessageBundles.holdExactlyTheKeys(CliMessages.class, "CliMessages", CliMessages.Key.class);
    }

    @Test
    void chineseByDefaultEnglishForEnglish() {
        assertThat(CliMessages.of(Locale.SIMPLIFIED_CHINESE).get(CliMessages.Key.NO_SUCH_FILE))
                .isEqualTo("文件不存在");
        assertThat(CliMessages.of(Locale.GERMAN).get(CliMessages.Key.NO_SUCH_FILE))
                .isEqualTo("文件不存在");
        assertThat(CliMessages.of(Locale.UK).get(CliMessages.Key.NO_SUCH_FILE)).isEqualTo("no such file or folder");
        assertThat(CliMessages.usage().get(CliMessages.Key.SINGLE_OUTPUT))
                .isEqualTo("-o - writes a single output: give one file and one format");
    }

    /** The words of faults no command-line test can cause (an internal error, an unlistable folder under root). */
    @Test
    void theWordsOfFaultsAsTheCommandsSaidThemBefore() {
        CliMessages zh = CliMessages.of(Locale.SIMPLIFIED_CHINESE);
        CliMessages en = CliMessages.of(Locale.ENGLISH);
        assertThat(CliMessages.bilingual(CliMessages.Key.INTERNAL_ERROR)).isEqualTo("内部错误 (internal error)");
        assertThat(zh.get(CliMessages.Key.INTERNAL_ERROR)).isEqualTo("内部错误");
        assertThat(en.get(CliMessages.Key.INTERNAL_ERROR)).isEqualTo("internal error");
        assertThat(zh.get(CliMessages.Key.INTERNAL_ERROR_SEE_VERBOSE)).isEqualTo("内部错误（加 --verbose 查看详情）");
        assertThat(en.get(CliMessages.Key.INTERNAL_ERROR_SEE_VERBOSE))
                .isEqualTo("internal error (run with --verbose for details)");
        assertThat(zh.get(CliMessages.Key.REPORT_FOLDER_UNREADABLE, "x")).isEqualTo("无法读取文件夹: x");
        assertThat(en.get(CliMessages.Key.REPORT_FOLDER_UNREADABLE, "x")).isEqualTo("cannot list folder: x");
        // a separator's space survives the properties file
        assertThat(en.get(CliMessages.Key.LIST_SEPARATOR)).isEqualTo(", ");
        assertThat(en.get(CliMessages.Key.FIX, "y")).isEqualTo(" (fix: y)");
    }
}
