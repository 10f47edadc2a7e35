package org.schoolhub.service.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers as problem+json instead of its HTML page: a request refused before
 * it reaches the application (an encoded slash or a NUL in the path, a malformed request line
 * or header) is answered in the API's one error format too.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final Problems problems;
    private final JsonMapper json;

    ProblemReportValve(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's valve: only an error nobody has answered yet, on a connection still usable
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            ProblemDetail problem = problems.forStatus(status, ProblemWriter.supported(locale(request)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the response cannot take a body any more: nothing to tell
        }
    }

    private static Locale locale(Request request) {
        try {
            return request.getLocale();
        } catch (RuntimeException unreadableHeaders) {
            return Locale.ENGLISH;
        }
    }
}
