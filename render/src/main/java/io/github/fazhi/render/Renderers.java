package io.github.fazhi.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds renderers by format id through {@link ServiceLoader}: {@code text}, {@code markdown} and
 * {@code html} come with fazhi-render, {@code docx} with fazhi-docx, and any module on the class
 * path can add more with a {@link RendererProvider}. Ids are matched ignoring case. This is a
 * convenience; an application that knows its format can build the renderer directly
 * ({@code HtmlRenderer.builder()…build()}) and configure it further.
 *
 * <pre>{@code
 * ReportRenderer renderer = Renderers.forFormat("markdown");
 * Renderers.formats(); // [html, markdown, text]
 * Renderers.forFormat("pdf"); // UnknownFormatException: 未知的输出格式“pdf”；可用的格式：html、markdown、text
 * }</pre>
 *
 * <p>Providers are looked up on each call, first through the thread's context class loader and then
 * through the class loader of this class; when two providers claim one id, the first found wins.
 */
public final class Renderers {

    private Renderers() {}

    /**
     * The default-configured renderer for {@code formatId}.
     *
     * @throws UnknownFormatException when no provider has that format; the message lists the known ids
     */
    public static ReportRenderer forFormat(String formatId) {
        return forFormat(formatId, List.of());
    }

    /**
     * The renderer for {@code formatId}, configured by those of {@code extensions} that apply to it.
     *
     * @throws UnknownFormatException when no provider has that format; the message lists the known ids
     */
    public static ReportRenderer forFormat(String formatId, Iterable<? extends RendererExtension> extensions) {
        Map<String, RendererProvider> providers = providers();
        RendererProvider provider = providers.get(formatId.toLowerCase(Locale.ROOT));
        if (provider == null) {
            throw new UnknownFormatException(formatId, sorted(providers));
        }
        List<RendererExtension> list = new ArrayList<>();
        extensions.forEach(list::add);
        return provider.create(List.copyOf(list));
    }

    /** The renderer for {@code formatId}, if a provider has that format. */
    public static Optional<ReportRenderer> find(String formatId) {
        RendererProvider provider = providers().get(formatId.toLowerCase(Locale.ROOT));
        return provider == null ? Optional.empty() : Optional.of(provider.create());
    }

    /** The ids of the available formats, sorted. */
    public static List<String> formats() {
        return sorted(providers());
    }

    /** The available formats, sorted by id. */
    public static List<RenderFormat> availableFormats() {
        Map<String, RendererProvider> providers = providers();
        return sorted(providers).stream().map(id -> providers.get(id).format()).toList();
    }

    /** The format whose file extension {@code fileName} ends with ({@code report.md} gives markdown). */
    public static Optional<RenderFormat> formatForFileName(String fileName) {
        return availableFormats().stream()
                .filter(f -> f.matchesFileName(fileName))
                .findFirst();
    }

    private static List<String> sorted(Map<String, RendererProvider> providers) {
        return providers.keySet().stream().sorted().toList();
    }

    private static Map<String, RendererProvider> providers() {
        Map<String, RendererProvider> out = new LinkedHashMap<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            load(ServiceLoader.load(RendererProvider.class, context), out);
        }
        load(ServiceLoader.load(RendererProvider.class, Renderers.class.getClassLoader()), out);
        return out;
    }

    private static void load(ServiceLoader<RendererProvider> loader, Map<String, RendererProvider> out) {
        var it = loader.iterator();
        int failures = 0;
        while (failures < 100) {
            RendererProvider p;
            try {
                if (!it.hasNext()) {
                    return;
                }
                p = it.next();
            } catch (ServiceConfigurationError e) {
                // A broken provider on the class path must not hide the working ones.
                failures++;
                continue;
            }
            out.putIfAbsent(p.format().id(), p);
        }
    }
}
