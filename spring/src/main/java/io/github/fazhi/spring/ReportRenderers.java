package io.github.fazhi.spring;

import io.github.fazhi.render.Renderers;
import io.github.fazhi.render.ReportRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The renderers of the application: every format with a renderer on the class path ({@code text}, {@code
 * markdown}, {@code html}, and {@code docx}, {@code pdf}, … where their modules are present), each built once;
 * a {@link ReportRenderer} bean of the application's takes the place of the default for its format.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportRenderer html = renderers.get("html");
 * return ResponseEntity.ok()
 *         .contentType(MediaType.parseMediaType(html.format().contentType()))
 *         .body(html.renderToBytes(report));
 * }</pre>
 */
public final class ReportRenderers {

    private final Map<String, ReportRenderer> byFormat;
    private final List<String> formats;

    ReportRenderers(List<ReportRenderer> own) {
        Map<String, ReportRenderer> map = new LinkedHashMap<>();
        for (ReportRenderer r : own) {
            map.putIfAbsent(r.formatId(), r);
        }
        for (String id : Renderers.formats()) {
            map.computeIfAbsent(id, Renderers::forFormat);
        }
        this.byFormat = Map.copyOf(map);
        this.formats = List.copyOf(map.keySet());
    }

    /** The renderer of {@code formatId}, if there is one. */
    public Optional<ReportRenderer> find(String formatId) {
        return Optional.ofNullable(byFormat.get(formatId));
    }

    /**
     * The renderer of {@code formatId}.
     *
     * @throws IllegalArgumentException naming the formats there are, when there is none for {@code formatId}
     */
    public ReportRenderer get(String formatId) {
        ReportRenderer r = byFormat.get(formatId);
        if (r == null) {
            throw new IllegalArgumentException(
                    "no renderer for the format \"" + formatId + "\" (there are: " + String.join(", ", formats) + ")");
        }
        return r;
    }

    /** The format ids, the application's own renderers first, then the rest as fazhi finds them. */
    public List<String> formats() {
        return formats;
    }
}
