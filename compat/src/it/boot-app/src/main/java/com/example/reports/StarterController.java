package com.example.reports;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.render.ReportRenderer;
import io.github.fazhi.spring.LocalizedReportValidator;
import io.github.fazhi.spring.ReportReaders;
import io.github.fazhi.spring.ReportRenderers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The same work with the starter's beans: findings in the request's language, bounded uploads. */
@RestController
@RequestMapping("/starter")
class StarterController {

    private final LocalizedReportValidator validator;
    private final ReportReaders readers;
    private final ReportRenderers renderers;

    StarterController(LocalizedReportValidator validator, ReportReaders readers, ReportRenderers renderers) {
        this.validator = validator;
        this.readers = readers;
        this.renderers = renderers;
    }

    @PostMapping(value = "/findings", produces = MediaType.APPLICATION_JSON_VALUE)
    String findings(@RequestBody byte[] body, @RequestParam String name) {
        AnnualReport report = readers.read(body, name);
        return validator.validate(report, name).toJson();
    }

    @PostMapping("/render/{format}")
    ResponseEntity<byte[]> render(@PathVariable String format, @RequestBody byte[] body, @RequestParam String name) {
        ReportRenderer renderer = renderers.get(format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(renderer.format().contentType()))
                .body(renderer.renderToBytes(readers.read(body, name)));
    }

    @ExceptionHandler(ReportReadException.class)
    ResponseEntity<String> unreadable(ReportReadException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .contentType(MediaType.TEXT_PLAIN)
                .body(e.getMessage());
    }
}
