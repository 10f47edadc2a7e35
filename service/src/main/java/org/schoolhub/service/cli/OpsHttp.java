package org.schoolhub.service.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the operators' endpoints of a running service; no Spring involved. */
final class OpsHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final String authorization;

    OpsHttp(String base, String user, char[] password) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    Answer post(String path, Map<String, ?> body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    /** Uploads a file as the body, with its media type. */
    Answer postFile(String path, java.nio.file.Path file, String contentType) {
        try {
            return send(request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        } catch (java.io.FileNotFoundException e) {
            throw new OpsFailure("no such file: " + file);
        }
    }

    Answer delete(String path) {
        return send(request(path).DELETE().build());
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            return new Answer(response.statusCode(), node);
        } catch (IOException e) {
            throw new OpsFailure("cannot reach " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpsFailure("interrupted");
        }
    }

    /** An HTTP status and its JSON body. */
    record Answer(int status, JsonNode body) {

        /** The body of a 2xx answer; anything else becomes a readable failure. */
        JsonNode ok() {
            if (status >= 200 && status < 300) {
                return body;
            }
            if (body != null && body.hasNonNull("code")) {
                throw new OpsFailure(status + " " + body.get("code").asString() + ": "
                        + (body.hasNonNull("detail") ? body.get("detail").asString() : ""));
            }
            throw new OpsFailure("HTTP " + status + (status == 401 ? ": wrong user or password" : ""));
        }
    }

    /** A failure to report to the operator, without a stack trace. */
    static final class OpsFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OpsFailure(String message) {
            super(message);
        }
    }
}
