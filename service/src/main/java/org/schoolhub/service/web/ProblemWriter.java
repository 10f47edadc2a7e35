package org.schoolhub.service.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.schoolhub.shared.values.ErrorCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json where no controller runs: filters and the security layer. */
@Component
public class ProblemWriter {

    /** The languages with translations; the first is the default. */
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"));

    private final Problems problems;
    private final JsonMapper json;

    ProblemWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public void write(HttpServletResponse response, ErrorCode code, Locale requested, Object... args) throws IOException {
        ProblemDetail problem = problems.of(code, supported(requested), args);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Only en, fr and nl have translations; anything else gets English. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
