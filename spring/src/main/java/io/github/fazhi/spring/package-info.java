/**
 * fazhi in Spring Boot 3.x and 4.x: {@link io.github.fazhi.spring.FazhiAutoConfiguration} makes a {@code
 * ReportValidator}, a {@link io.github.fazhi.spring.LocalizedReportValidator} that follows the request's
 * locale, {@link io.github.fazhi.spring.ReportReaders} and {@link io.github.fazhi.spring.ReportRenderers}
 * from the {@code fazhi.*} properties ({@link io.github.fazhi.spring.FazhiProperties}), each backing off
 * when the application defines its own.
 */
package io.github.fazhi.spring;
