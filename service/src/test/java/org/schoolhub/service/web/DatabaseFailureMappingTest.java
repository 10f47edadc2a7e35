package org.schoolhub.service.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that is out of disk space answers 503 SERVICE_UNAVAILABLE (retry later, elsewhere),
 * however the event store wraps PostgreSQL's error; only a real bug stays a 500.
 */
class DatabaseFailureMappingTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ProblemHandler(new Problems(messages()))).build();

    @Test
    void a_full_disk_met_by_the_event_store_answers_503() throws Exception {
        mvc.perform(get("/fail/53100")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
    }

    @Test
    void any_insufficient_resources_answers_503() throws Exception {
        mvc.perform(get("/fail/53200")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void a_constraint_violation_stays_an_internal_error() throws Exception {
        mvc.perform(get("/fail/23502")).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    @RestController
    static class FailingController {

        /** As the event store throws it when PostgreSQL refuses a JDBC batch of events with that SQLSTATE. */
        @GetMapping("/fail/{state}")
        String fail(@PathVariable String state) {
            SQLException error = new SQLException("ERROR: could not extend file \"base/5/16385\"", state);
            BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", state, 0, new int[0], error);
            batch.setNextException(error);
            throw new EventStoreException("An event for aggregate [ledger] at sequence [7] was already inserted", batch);
        }
    }
}
