package com.example.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The app's own Bean Validation, which fazhi on the class path must leave as it is. */
@RestController
class PeopleController {

    record Person(@NotBlank String name) {}

    @PostMapping("/people")
    String add(@Valid @RequestBody Person person) {
        return "added " + person.name();
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<String> invalid(MethodArgumentNotValidException e) {
        return ResponseEntity.badRequest()
                .body("violations: " + e.getBindingResult().getErrorCount() + " "
                        + e.getBindingResult().getFieldErrors().stream()
                                .map(f -> f.getField() + " " + f.getCode())
                                .toList());
    }
}
