package com.example.review;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.render.ReportRenderer;
import io.github.fazhi.render.html.HtmlRenderer;
import io.github.fazhi.spring.LocalizedReportValidator;
import io.github.fazhi.spring.ReportReaders;
import io.github.fazhi.spring.ReportRenderers;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages and downloads: {@code /} the upload form, {@code POST /reviews} the upload, {@code
 * /reviews/{id}} the report with its findings, and {@code /reviews/{id}/findings.sarif}, {@code
 * findings.json}, {@code report.docx}. What cannot be read is answered by {@link UploadErrors}.
 */
@Controller
class ReviewController {

    /** The prefix of the report's element ids in the page, so that they cannot meet the page's own. */
    static final String ID_PREFIX = "r-";

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final MediaType SARIF = MediaType.parseMediaType("application/sarif+json");

    private final ReportReaders readers;
    private final LocalizedReportValidator validator;
    private final ReportRenderers renderers;
    private final ReviewStore store;
    private final UploadForm form;
    private final MessageSource messages;
    private static final Logger log = LoggerFactory.getLogger(ReviewController.class);

    private final HtmlRenderer html =
            HtmlRenderer.builder().fragment(true).idPrefix(ID_PREFIX).build();

    ReviewController(
            ReportReaders readers,
            LocalizedReportValidator validator,
            ReportRenderers renderers,
            ReviewStore store,
            UploadForm form,
            MessageSource messages) {
        this.readers = readers;
        this.validator = validator;
        this.renderers = renderers;
        this.store = store;
        this.form = form;
        this.messages = messages;
    }

    @GetMapping("/")
    String index(Model model) {
        form.addTo(model);
        return "index";
    }

    /** Reads the upload and sends the browser to its review (so that reloading the page does not upload again). */
    @PostMapping("/reviews")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()) {
            throw new UploadRefused(HttpStatus.BAD_REQUEST, "error.none-chosen");
        }
        String name = fileName(file.getOriginalFilename());
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            // the reader's own bound (fazhi.read.max-input-size) applies to what is read here
            content = in.readNBytes(
                    (int) Math.min(Integer.MAX_VALUE - 8, readers.options().maxInputBytes() + 1));
        }
        DocumentFormat format;
        AnnualReport report;
        try {
            format = readers.detect(content);
            report = readers.read(content, name); // ReportReadException: see UploadErrors
        } catch (ReportReadException e) {
            throw e;
        } catch (RuntimeException e) {
            // a fault in a reader, not in the file: the official gets a message, the operator the stack trace
            log.warn("reading {} failed", name, e);
            throw new UploadRefused(HttpStatus.UNPROCESSABLE_ENTITY, "error.reader-failed");
        }
        Review review = new Review(store.newId(), name, format, report, Instant.now());
        store.put(review);
        return "redirect:/reviews/" + review.id();
    }

    @GetMapping("/reviews/{id}")
    String review(
            @PathVariable String id,
            @RequestParam(name = "severity", required = false) List<String> shown,
            Model model) {
        Review review = find(id);
        ValidationReport result = validator.validate(review.report(), review.fileName());
        String fragment = html.renderToString(review.report());
        Set<String> ids = ids(fragment);
        Set<Severity> filter = severities(shown);
        List<FindingView> findings = new ArrayList<>();
        int number = 0;
        for (Finding f : result.findings()) {
            number++;
            if (filter.contains(f.severity())) {
                findings.add(new FindingView(
                        number, f, f.severity().jsonName(), target(f, ids), location(f, review.format())));
            }
        }
        model.addAttribute("review", review);
        model.addAttribute("formatName", review.format().displayName(validator.currentLocale()));
        model.addAttribute("reportHtml", fragment);
        model.addAttribute("findings", findings);
        model.addAttribute("total", result.findings().size());
        model.addAttribute("shown", filter.stream().map(Severity::jsonName).toList());
        model.addAttribute("counts", counts(result));
        model.addAttribute("lang", pageLanguage());
        return "review";
    }

    @GetMapping("/reviews/{id}/findings.sarif")
    ResponseEntity<byte[]> sarif(@PathVariable String id) {
        Review review = find(id);
        String sarif = validator.validate(review.report(), review.fileName()).toSarif();
        return download(review.baseName() + ".sarif", SARIF, sarif.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/reviews/{id}/findings.json")
    ResponseEntity<byte[]> json(@PathVariable String id) {
        Review review = find(id);
        String json = validator.validate(review.report(), review.fileName()).toJson();
        return download(
                review.baseName() + ".findings.json",
                MediaType.APPLICATION_JSON,
                json.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/reviews/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable String id) {
        Review review = find(id);
        ReportRenderer docx = renderers.get("docx");
        return download(
                review.baseName() + ".docx",
                MediaType.parseMediaType(docx.format().contentType()),
                docx.renderToBytes(review.report()));
    }

    /** fazhi's style sheet for rendered reports (GB/T 9704 on paper, a sheet of paper on screen). */
    @GetMapping(value = "/css/fazhi-report.css", produces = "text/css;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> reportStyleSheet() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(HtmlRenderer.defaultStyleSheet());
    }

    private Review find(String id) {
        return store.get(id).orElseThrow(() -> new UploadRefused(HttpStatus.NOT_FOUND, "error.not-found"));
    }

    private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build());
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    /** The last part of the name the browser sent (old browsers send a whole Windows path). */
    static String fileName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .strip();
        return name.isEmpty() ? "report" : name;
    }

    private static Set<String> ids(String fragment) {
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(fragment);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /**
     * The page element a finding marks: a section's heading for a section, else the element itself, else
     * the nearest enclosing element the page has ({@code s2.s1.p3} → {@code s2.s1}); none for the report.
     */
    static Optional<String> target(Finding f, Set<String> ids) {
        if (f.isAboutReport()) {
            return Optional.empty();
        }
        String id = f.elementId();
        while (!id.isEmpty()) {
            for (String candidate : List.of(ID_PREFIX + id + "-h", ID_PREFIX + id)) {
                if (ids.contains(candidate)) {
                    return Optional.of(candidate);
                }
            }
            int dot = id.lastIndexOf('.');
            id = dot < 0 ? "" : id.substring(0, dot);
        }
        return Optional.empty();
    }

    private Optional<String> location(Finding f, DocumentFormat format) {
        if (f.span().isEmpty()) {
            return Optional.empty();
        }
        SourceSpan s = f.span().get();
        Locale locale = validator.currentLocale();
        if (s.paged()) {
            return Optional.of(messages.getMessage("location.page", new Object[] {s.page(), s.line()}, locale));
        }
        boolean paragraphs = Set.of("docx", "doc", "wps").contains(format.id());
        return Optional.of(messages.getMessage(
                paragraphs ? "location.paragraph" : "location.line", new Object[] {s.line()}, locale));
    }

    /** The severities to list: those asked for, or all when none (or none known) is. */
    private static Set<Severity> severities(List<String> shown) {
        Set<Severity> set = EnumSet.noneOf(Severity.class);
        if (shown != null) {
            for (Severity s : Severity.values()) {
                if (shown.contains(s.jsonName())) {
                    set.add(s);
                }
            }
        }
        return set.isEmpty() ? EnumSet.allOf(Severity.class) : set;
    }

    private static List<SeverityCount> counts(ValidationReport result) {
        List<SeverityCount> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            counts.add(new SeverityCount(s.jsonName(), result.count(s)));
        }
        return counts;
    }

    /** The page's {@code lang}: English when the request's locale is, Chinese otherwise. */
    static String pageLanguage() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "zh-CN";
    }

    /** A severity and how many findings have it. */
    public record SeverityCount(String severity, long count) {}
}
