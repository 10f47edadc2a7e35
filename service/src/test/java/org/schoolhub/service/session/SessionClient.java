package org.schoolhub.service.session;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.schoolhub.service.support.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/** A browser-like client: keeps the cookies it is given and sends them back, never a Basic header. */
final class SessionClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;

    SessionClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    ApiClient.Response login(String email, String password) {
        return send("POST", "/api/session", Map.of("email", email, "password", password), false);
    }

    ApiClient.Response get(String path) {
        return send("GET", path, null, false);
    }

    /** A state-changing request; {@code echoToken}: with the X-XSRF-TOKEN header, as the page's script sends it. */
    ApiClient.Response send(String method, String path, Object body, boolean echoToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (echoToken && xsrfToken() != null) {
            request.header("X-XSRF-TOKEN", xsrfToken());
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String xsrfToken() {
        return cookie("XSRF-TOKEN");
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }
}
