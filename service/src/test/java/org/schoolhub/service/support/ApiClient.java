package org.schoolhub.service.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for end-to-end tests: real requests against the running service. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final DeclaredResponses declared;
    private final List<String> undeclared = new CopyOnWriteArrayList<>();

    public ApiClient(int port) {
        this(port, null);
    }

    private ApiClient(int port, DeclaredResponses declared) {
        this.base = "http://127.0.0.1:" + port;
        this.declared = declared;
    }

    /** A client that notes every answer the served OpenAPI description does not declare. */
    public static ApiClient checked(int port, Credentials who) {
        return new ApiClient(port, DeclaredResponses.servedOn(port, who));
    }

    /** The answers seen so far that the description does not declare. */
    public List<String> undeclaredAnswers() {
        return List.copyOf(undeclared);
    }

    public Response get(String path, Credentials who) {
        return send(request(path, who).GET().build());
    }

    public Response get(String path, Credentials who, String language) {
        return send(request(path, who).header("Accept-Language", language).GET().build());
    }

    /** As a client at {@code address} behind the reverse proxy, which names it in X-Forwarded-For. */
    public Response getFrom(String address, String path, Credentials who) {
        return send(request(path, who).header("X-Forwarded-For", address).GET().build());
    }

    public Response post(String path, Object body, Credentials who) {
        return send(request(path, who).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Response post(String path, Object body, Credentials who, String language) {
        return send(request(path, who).header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Response put(String path, Object body, Credentials who) {
        return send(request(path, who).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Response put(String path, Object body, Credentials who, String language) {
        return send(request(path, who).header("Content-Type", "application/json").header("Accept-Language", language)
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    /** A GET asking for one media type, in one language (statements: CSV, PDF). */
    public Response getAs(String path, Credentials who, String accept, String language) {
        return send(request(path, who).header("Accept", accept).header("Accept-Language", language).GET().build());
    }

    /** As {@link #getAs}, the body as bytes (a PDF). */
    public byte[] bytes(String path, Credentials who, String accept, String language) {
        try {
            return http.send(request(path, who).header("Accept", accept).header("Accept-Language", language).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path, Credentials who) {
        return send(request(path, who).DELETE().build());
    }

    /** Sends a raw body as it is: for malformed and hostile input. */
    public Response postRaw(String path, String rawBody, Credentials who) {
        return send(request(path, who).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody)).build());
    }

    /** Sends a file as the body, with its media type (an upload). */
    public Response postFile(String path, byte[] body, String contentType, Credentials who) {
        return send(request(path, who).header("Content-Type", contentType).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder request(String path, Credentials who) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (who != null) {
            String token = Base64.getEncoder().encodeToString(
                    (who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Response answer = new Response(response.statusCode(), response.body(), response.headers().map());
            if (declared != null) {
                declared.undeclared(request.method(), request.uri().getRawPath(), answer.status(), problemCode(answer))
                        .ifPresent(undeclared::add);
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String problemCode(Response answer) {
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return null;
        }
        try {
            JsonNode code = answer.json().get("code");
            return code == null ? null : code.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String json(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    /** Login name and password. */
    public record Credentials(String username, String password) {
    }

    /** Status, body and headers of one answer. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
