package io.github.fazhi.pdf.internal.extract;

import io.github.fazhi.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every key of {@link PdfMessages.Key} is in both bundles, and the two bundles have the same keys and placeholders. */
class PdfMessagesBundleTest {

    @Test
    void bothBundlesHoldExactlyTheKeysUsed() {
        MessageBundles.holdExactlyTheKeys(PdfMessages.class, "PdfMessages", PdfMessages.Key.class);
    }
}
