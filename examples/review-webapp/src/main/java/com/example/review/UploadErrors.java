package com.example.review;

import io.github.fazhi.core.ReportReadException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What an official sees when an upload cannot be read: the upload form again, with the message (the
 * reader's, which names the file and the place, in the request's language), never a stack trace.
 */
@ControllerAdvice
class UploadErrors {

    private final UploadForm form;
    private final MessageSource messages;

    UploadErrors(UploadForm form, MessageSource messages) {
        this.form = form;
        this.messages = messages;
    }

    /** Not a report fazhi can read: a format without a reader, broken bytes, too large for the reader… */
    @ExceptionHandler(ReportReadException.class)
    ModelAndView unreadable(ReportReadException e) {
        return page(HttpStatus.UNPROCESSABLE_ENTITY, message("error.unreadable"), e.getMessage());
    }

    /** Past Spring's multipart limit ({@code spring.servlet.multipart.max-file-size}). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, message("error.too-large", form.limitText()), "");
    }

    /** A request that is not a proper upload. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView notAnUpload(MultipartException e) {
        return page(HttpStatus.BAD_REQUEST, message("error.multipart"), "");
    }

    @ExceptionHandler(UploadRefused.class)
    ModelAndView refused(UploadRefused e) {
        return page(e.status(), message(e.messageKey()), "");
    }

    private ModelAndView page(HttpStatus status, String error, String detail) {
        ModelAndView page = new ModelAndView("index", status);
        Model model = new org.springframework.ui.ExtendedModelMap();
        form.addTo(model);
        page.addAllObjects(model.asMap());
        page.addObject("error", error);
        page.addObject("errorDetail", detail);
        return page;
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
