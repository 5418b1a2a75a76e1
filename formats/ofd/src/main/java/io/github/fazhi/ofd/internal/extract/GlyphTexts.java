package io.github.fazhi.ofd.internal.extract;

import io.github.fazhi.core.read.SourceText;

/**
 * The text of a glyph by its code point, compatibility ideographs folded
 * ({@link SourceText#foldCompatibilityIdeographs}), made once per code point and document: a report of
 * 30,000 characters uses a few thousand. Not thread-safe: one per extraction.
 */
final class GlyphTexts {

    private int[] keys = new int[1024];
    private String[] values = new String[1024];
    private int size;

    /** What {@code SourceText.foldCompatibilityIdeographs(new String(Character.toChars(cp)))} gives. */
    String of(int cp) {
        int mask = keys.length - 1;
        int slot = mix(cp) & mask;
        while (values[slot] != null) {
            if (keys[slot] == cp) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        String text = SourceText.foldCompatibilityIdeographs(new String(Character.toChars(cp)));
        keys[slot] = cp;
        values[slot] = text;
        if (++size * 2 > keys.length) {
            grow();
        }
        return text;
    }

    private static int mix(int cp) {
        return cp * 0x9E3779B9 >>> 7;
    }

    private void grow() {
        int[] oldKeys = keys;
        String[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new String[oldValues.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int slot = mix(oldKeys[i]) & mask;
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
