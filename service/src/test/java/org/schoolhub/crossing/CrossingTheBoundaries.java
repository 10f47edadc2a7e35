package org.schoolhub.crossing;

// Not under a package the service scans: none of these classes may ever become a bean.

import java.util.Map;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Classes that cross each boundary BoundariesTest guards: its rules must reject every one. */
public final class CrossingTheBoundaries {

    private CrossingTheBoundaries() {
    }

    /** A read-side class reading the command side's registry. */
    public static final class ReadsTheRegistry {
        static final String SQL = "select amount from sel_transfer_registry where transfer_id = ?";
    }

    /** A read-side class that is no controller answering HTTP itself. */
    public static final class SpeaksHttp {
        ResponseEntity<String> answer() {
            return ResponseEntity.ok("");
        }
    }

    /** An aggregate that knows JDBC. */
    @Aggregate
    public static final class KnowsJdbc {
        JdbcTemplate jdbc;
    }

    /** A projection writing row by row instead of through BatchedWrites. */
    public static final class WritesRowByRow {
        JdbcTemplate jdbc;

        @EventHandler
        void on(String event) {
            jdbc.update("insert into sel_account values (?)", event);
        }
    }

    /** A controller answering with a map. */
    @RestController
    public static final class AnswersWithAMap {
        @GetMapping("/crossing")
        public ResponseEntity<Map<String, Object>> answer() {
            return ResponseEntity.ok(Map.of());
        }
    }
}
