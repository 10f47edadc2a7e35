package org.schoolhub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A minimal JSON-over-HTTP client with Basic auth, on loopback only. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    Http(String base, String user, String password) {
        if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
            throw new IllegalArgumentException("the benchmark only talks to this machine: " + base);
        }
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Status code and body; -1 when the service could not be reached. */
    record Answer(int status, String body) {
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Uploads a file as the body, with its media type; a long timeout, the answer comes when the work is done. */
    Answer postFile(String path, java.nio.file.Path file, String contentType) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Content-Type", contentType).timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30)).GET().build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }

    /** The value of a top-level string field of a flat JSON object, enough for ids. */
    static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.indexOf(key);
        if (start < 0) {
            return null;
        }
        start += key.length();
        return json.substring(start, json.indexOf('"', start));
    }

    /** The value of a top-level number field of a flat JSON object. */
    static long number(String json, String name) {
        String key = "\"" + name + "\":";
        int start = json.indexOf(key) + key.length();
        int end = start;
        while (end < json.length() && ("0123456789-+.eE".indexOf(json.charAt(end)) >= 0)) {
            end++;
        }
        return (long) Double.parseDouble(json.substring(start, end));
    }
}
