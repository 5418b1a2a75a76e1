package io.github.fazhi.paged;

import io.github.fazhi.paged.FaceUse.Script;
import io.github.fazhi.paged.internal.PagedMessages;
import io.github.fazhi.paged.internal.PagedMessages.Key;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import io.github.fazhi.render.layout.TextWidth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Chooses the face of each role and script from the profile's font names and their fallbacks, checks every
 * character against it and, under {@code WARN_AND_FALL_BACK}, finds another face for those it lacks. One per
 * rendering.
 */
final class FaceChooser {

    private final LayoutProfile layout;
    private final FontLibrary library;
    private final PagedMessages messages;
    private final Map<FontRole, Map<Script, FaceUse>> chosen = new EnumMap<>(FontRole.class);
    private final Map<String, FaceUse> byName = new HashMap<>();
    private final Map<String, List<FontFace>> alternativesByName = new HashMap<>();
    /** Per role, the characters taken from another face, in order of first use. */
    private final Map<FontRole, Map<Integer, FontFace>> substitutes = new EnumMap<>(FontRole.class);

    private final List<GlyphWarning> warnings = new ArrayList<>();

    FaceChooser(LayoutProfile layout, FontLibrary library, PagedMessages messages) {
        this.layout = layout;
        this.library = library;
        this.messages = messages;
    }

    static Script scriptOf(int cp) {
        return TextWidth.isHalfWidth(cp) ? Script.LATIN : Script.EAST_ASIAN;
    }

    /** The face for {@code cp} in {@code role}: the role's face, or the substitute found by {@link #check}. */
    FontFace face(FontRole role, int cp) {
        Map<Integer, FontFace> sub = substitutes.get(role);
        if (sub != null) {
            FontFace f = sub.get(cp);
            if (f != null) {
                return f;
            }
        }
        return use(role, scriptOf(cp)).face();
    }

    /** The face used for {@code role} and {@code script}, chosen on first call. */
    FaceUse use(FontRole role, Script script) {
        return chosen.computeIfAbsent(role, r -> new EnumMap<>(Script.class))
                .computeIfAbsent(script, s -> resolve(role, s));
    }

    private FaceUse resolve(FontRole role, Script script) {
        Font font = layout.font(role);
        String name = script == Script.EAST_ASIAN ? font.eastAsia() : font.latin();
        String key = name + (font.bold() ? "|b" : "");
        FaceUse known = byName.get(key);
        if (known != null) {
            return new FaceUse(role, script, name, known.face(), known.tried());
        }
        List<String> tried = new ArrayList<>();
        List<FontFace> usable = new ArrayList<>();
        Optional<Path> path = layout.faces().path(name);
        if (path.isPresent()) {
            List<FontFace> faces = Files.isRegularFile(path.get()) ? FontLibrary.read(path.get()) : List.of();
            Optional<FontFace> f = faces.stream().filter(FontFace::embeddable).findFirst();
            if (f.isEmpty()) {
                throw new FontUnavailableException(messages.get(Key.FONT_FILE_UNREADABLE, name, path.get()), name);
            }
            usable.add(f.get());
        }
        for (String candidate : layout.faces().candidates(name)) {
            Optional<FontFace> f = library.find(candidate, font.bold());
            if (f.isEmpty()) {
                if (usable.isEmpty()) {
                    tried.add(messages.get(Key.TRIED_NOT_INSTALLED, candidate));
                }
            } else if (!f.get().embeddable()) {
                if (usable.isEmpty()) {
                    tried.add(messages.get(
                            f.get().embedding() == FontFace.Embedding.CFF_OUTLINES
                                    ? Key.TRIED_CFF
                                    : Key.TRIED_RESTRICTED,
                            f.get().name()));
                }
            } else if (!usable.contains(f.get())) {
                usable.add(f.get());
            }
        }
        if (usable.isEmpty()) {
            throw new FontUnavailableException(
                    messages.get(Key.FONT_NOT_FOUND, name, roleName(role), String.join("、", tried)), name);
        }
        alternativesByName.put(key, usable);
        FaceUse use = new FaceUse(role, script, name, usable.get(0), tried);
        byName.put(key, use);
        return use;
    }

    /**
     * Checks every character of {@code text} set in {@code role} against its face. A missing one is an error
     * under {@code ERROR}; under {@code WARN_AND_FALL_BACK} it is taken from the first other face that has it.
     */
    void check(String text, FontRole role) {
        Map<FontFace, Set<Integer>> missing = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0x3000) {
                continue;
            }
            Map<Integer, FontFace> sub = substitutes.get(role);
            if (sub != null && sub.containsKey(cp)) {
                continue;
            }
            FontFace f = use(role, scriptOf(cp)).face();
            if (!f.hasGlyph(cp)) {
                missing.computeIfAbsent(f, k -> new TreeSet<>()).add(cp);
            }
        }
        for (Map.Entry<FontFace, Set<Integer>> e : missing.entrySet()) {
            FontFace lacking = e.getKey();
            Set<Integer> cps = e.getValue();
            if (layout.glyphPolicy() == LayoutProfile.GlyphPolicy.ERROR) {
                FaceUse use = use(role, scriptOf(cps.iterator().next()));
                throw new GlyphCheckException(
                        messages.get(
                                Key.GLYPH_MISSING,
                                lacking.name(),
                                lacking.path(),
                                roleName(role),
                                chars(cps),
                                codePoints(cps),
                                use.requested()),
                        chars(cps),
                        lacking,
                        role);
            }
            Map<FontFace, Set<Integer>> taken = new LinkedHashMap<>();
            for (int cp : cps) {
                FontFace other = alternative(role, cp)
                        .orElseThrow(() -> new GlyphCheckException(
                                messages.get(
                                        Key.GLYPH_MISSING_EVERYWHERE,
                                        new String(Character.toChars(cp)),
                                        codePoints(Set.of(cp)),
                                        lacking.name(),
                                        lacking.path(),
                                        roleName(role)),
                                new String(Character.toChars(cp)),
                                lacking,
                                role));
                substitutes.computeIfAbsent(role, r -> new HashMap<>()).put(cp, other);
                taken.computeIfAbsent(other, k -> new TreeSet<>()).add(cp);
            }
            taken.forEach((used, set) -> warnings.add(new GlyphWarning(
                    role,
                    chars(set),
                    lacking,
                    used,
                    messages.get(
                            Key.GLYPH_FALLBACK,
                            lacking.name(),
                            chars(set),
                            codePoints(set),
                            roleName(role),
                            used.name()))));
        }
    }

    private Optional<FontFace> alternative(FontRole role, int cp) {
        Set<FontFace> order = new LinkedHashSet<>();
        Font font = layout.font(role);
        for (String name : List.of(font.eastAsia(), font.latin())) {
            List<FontFace> alts = alternativesByName.get(name + (font.bold() ? "|b" : ""));
            if (alts != null) {
                order.addAll(alts);
            }
        }
        for (Map<Script, FaceUse> m : chosen.values()) {
            m.values().forEach(u -> order.add(u.face()));
        }
        // then any other embeddable face on the machine, in the library's order
        for (FontFace f : library.faces()) {
            order.add(f);
        }
        for (FontFace f : order) {
            if (f.embeddable() && f.hasGlyph(cp)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every face used, by role and script, in role order. */
    List<FaceUse> uses() {
        List<FaceUse> out = new ArrayList<>();
        for (Map<Script, FaceUse> m : chosen.values()) {
            out.addAll(m.values());
        }
        return out;
    }

    List<GlyphWarning> warnings() {
        return List.copyOf(warnings);
    }

    private String roleName(FontRole role) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String chars(Set<Integer> cps) {
        StringBuilder b = new StringBuilder();
        cps.forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String codePoints(Set<Integer> cps) {
        return cps.stream().map(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(" "));
    }
}
