package io.github.fazhi.doc.internal;

import io.github.fazhi.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every key of {@link DocMessages.Key} is in both bundles, and the two bundles have the same keys and placeholders. */
class DocMessagesBundleTest {

    @Test
    void bothBundlesHoldExactlyTheKeysUsed() {
        MessageBundles.holdExactlyTheKeys(DocMessages.class, "DocMessages", DocMessages.Key.class);
    }
}
