package com.example.review;

import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.spring.ReportReaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;

/**
 * What the upload form shows: the formats that have a reader on the class path (so the form offers
 * exactly what the app reads) and the size limit, the smaller of Spring's multipart limit and fazhi's.
 */
@Component
class UploadForm {

    /** The file extensions of each reader's format, for the form's {@code accept} and its list. */
    private static final Map<String, List<String>> EXTENSIONS = orderedExtensions();

    private final ReportReaders readers;
    private final DataSize limit;

    UploadForm(ReportReaders readers, MultipartProperties multipart) {
        this.readers = readers;
        long fazhi = readers.options().maxInputBytes();
        long spring = multipart.getMaxFileSize().toBytes();
        this.limit = DataSize.ofBytes(spring < 0 ? fazhi : Math.min(spring, fazhi));
    }

    /** The largest file the app reads. */
    DataSize limit() {
        return limit;
    }

    /** The limit as a person reads it: {@code 10 MB}, {@code 512 KB}. */
    String limitText() {
        long bytes = limit.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }

    /** In the order the form lists them: the formats offices send most first. */
    private static Map<String, List<String>> orderedExtensions() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("text", List.of(".txt"));
        m.put("docx", List.of(".docx"));
        m.put("doc", List.of(".doc"));
        m.put("wps", List.of(".wps"));
        m.put("pdf", List.of(".pdf"));
        m.put("ofd", List.of(".ofd"));
        m.put("html", List.of(".html", ".htm"));
        m.put("json", List.of(".json"));
        return m;
    }

    void addTo(Model model) {
        List<String> names = new ArrayList<>();
        Set<String> accept = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>(readers.formats());
        List<String> order = List.copyOf(EXTENSIONS.keySet());
        ids.sort(java.util.Comparator.comparingInt(id -> order.contains(id) ? order.indexOf(id) : order.size()));
        for (String id : ids) {
            List<String> extensions = EXTENSIONS.getOrDefault(id, List.of());
            accept.addAll(extensions);
            String name = DocumentFormat.byId(id)
                    .map(f -> f.displayName(LocaleContextHolder.getLocale()))
                    .orElse(id);
            List<String> unnamed =
                    extensions.stream().filter(e -> !name.contains(e)).toList();
            names.add(unnamed.isEmpty() ? name : name + " " + String.join(" ", unnamed));
        }
        model.addAttribute("formats", names);
        model.addAttribute("accept", String.join(",", accept));
        model.addAttribute("limit", limitText());
        model.addAttribute("limitBytes", limit.toBytes());
        model.addAttribute("lang", ReviewController.pageLanguage());
    }
}
