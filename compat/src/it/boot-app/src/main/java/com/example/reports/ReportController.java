package com.example.reports;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.render.Renderers;
import io.github.fazhi.render.ReportRenderer;
import io.github.fazhi.validation.ReportValidator;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads an uploaded report (any format fazhi has a reader for), validates it and writes it back: findings
 * as JSON and SARIF, the report as fazhi's JSON, HTML and DOCX.
 */
@RestController
@RequestMapping("/reports")
class ReportController {

    private final ReportValidator validator = ReportValidator.national();

    private static AnnualReport read(byte[] body, String name) {
        return Readers.read(body, name, ReadOptions.defaults());
    }

    @PostMapping(value = "/findings", produces = MediaType.APPLICATION_JSON_VALUE)
    String findings(@RequestBody byte[] body, @RequestParam String name) {
        return validator.validate(read(body, name), name).toJson();
    }

    @PostMapping(value = "/sarif", produces = "application/sarif+json")
    String sarif(@RequestBody byte[] body, @RequestParam String name) {
        return validator.validate(read(body, name), name).toSarif();
    }

    @PostMapping(value = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
    String json(@RequestBody byte[] body, @RequestParam String name) {
        return ReportJson.write(read(body, name));
    }

    @PostMapping("/render/{format}")
    ResponseEntity<byte[]> render(@PathVariable String format, @RequestBody byte[] body, @RequestParam String name) {
        ReportRenderer renderer = Renderers.forFormat(format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(renderer.format().contentType()))
                .body(renderer.renderToBytes(read(body, name)));
    }

    /** The versions the app runs on, for the compatibility test to check. */
    @GetMapping("/versions")
    Map<String, String> versions() {
        return Map.of(
                "hibernate-validator",
                String.valueOf(org.hibernate.validator.HibernateValidator.class
                        .getPackage()
                        .getImplementationVersion()),
                "jackson-core",
                tools.jackson.core.json.PackageVersion.VERSION.toString(),
                "spring-boot",
                String.valueOf(org.springframework.boot.SpringBootVersion.getVersion()));
    }

    @ExceptionHandler(ReportReadException.class)
    ResponseEntity<String> unreadable(ReportReadException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .contentType(MediaType.TEXT_PLAIN)
                .body(e.getMessage());
    }
}
