package org.schoolhub.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.schoolhub.service.SchoolHubApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the end-to-end tests: the whole service on a random port, over real HTTP, against a
 * real PostgreSQL (the server named by SPRING_DATASOURCE_URL, as in CI, or else an embedded one
 * in a fresh directory). All such tests share one application context, so each test makes its
 * own families with unique e-mail addresses instead of expecting an empty database.
 */
@SpringBootTest(classes = SchoolHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "schoolhub.bootstrap-admin-password=" + ApiTest.ADMIN_PASSWORD,
                "schoolhub.data-dir=target/test-data/${random.uuid}",
                // as behind the documented reverse proxy: Tomcat takes the client's address from
                // X-Forwarded-For sent from the loopback, so a test can speak from several addresses
                "server.forward-headers-strategy=native"
        })
public abstract class ApiTest {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final ApiClient.Credentials ADMIN = new ApiClient.Credentials("admin", ADMIN_PASSWORD);
    public static final String FAMILY_PASSWORD = "family-password-123";

    @LocalServerPort
    private int port;

    protected ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.checked(port, ADMIN);
    }

    /** The OpenAPI description tells the truth: it declares every answer a test has seen. */
    @AfterEach
    void everyAnswerWasDeclared() {
        assertThat(api.undeclaredAnswers()).as("answers the OpenAPI description does not declare").isEmpty();
    }

    /** Enrols a family with a unique e-mail and returns its id and login. */
    protected Family enrol(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("password", FAMILY_PASSWORD);
        body.put("children", List.of(Map.of("firstName", "Léa", "birthYear", 2017, "className", "P3")));
        ApiClient.Response response = api.post("/api/families", body, ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Family(UUID.fromString(response.json().get("familyId").asString()),
                new ApiClient.Credentials(email, FAMILY_PASSWORD));
    }

    /** Reads are eventually consistent (within a second): poll until the assertion holds. */
    protected static void eventually(ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .untilAsserted(assertion);
    }

    /**
     * Handles events the way the projections processor does a batch: in one unit of work, whose
     * buffered writes are sent when it commits.
     */
    protected static void inOneProcessorBatch(Runnable handling) {
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(List.of("batch"))).execute(handling);
    }

    /** A family enrolled for a test. */
    public record Family(UUID id, ApiClient.Credentials login) {
    }
}
