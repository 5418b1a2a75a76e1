package com.example.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The review web app: an official uploads a report and sees it rendered with every finding marked at its
 * place. fazhi's beans (readers, the validator that follows the request's locale, the renderers) come from
 * {@code fazhi-spring-boot-starter}; see {@code application.properties} for the limits.
 *
 * <pre>
 * ./mvnw -pl examples/review-webapp -am spring-boot:run    # then open http://localhost:8080/
 * </pre>
 */
@SpringBootApplication
public class ReviewApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReviewApplication.class, args);
    }
}
