package org.schoolhub.service.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.schoolhub.crossing.CrossingTheBoundaries;

/** Each rule of BoundariesTest that Maven does not already enforce fails on a class that crosses it. */
class BoundariesFailTest {

    private static JavaClasses only(Class<?> crossing) {
        return new ClassFileImporter().importClasses(crossing);
    }

    @Test
    void a_read_side_class_naming_the_registry_fails_the_ownership_rule() {
        assertThatThrownBy(() -> BoundariesTest.checkTableOwnership(only(CrossingTheBoundaries.ReadsTheRegistry.class)))
                .hasMessageContaining("sel_transfer_registry");
    }

    @Test
    void http_outside_the_web_layer_fails() {
        assertThatThrownBy(() -> BoundariesTest.HTTP_IN_THE_WEB_LAYER.check(only(CrossingTheBoundaries.SpeaksHttp.class)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void an_aggregate_knowing_jdbc_fails() {
        assertThatThrownBy(() -> BoundariesTest.PLAIN_AGGREGATES.check(only(CrossingTheBoundaries.KnowsJdbc.class)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void a_projection_writing_row_by_row_fails() {
        assertThatThrownBy(() -> BoundariesTest.PROJECTIONS_BATCH.check(only(CrossingTheBoundaries.WritesRowByRow.class)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void a_controller_answering_with_a_map_fails() {
        assertThatThrownBy(() -> BoundariesTest.RECORD_ANSWERS.check(only(CrossingTheBoundaries.AnswersWithAMap.class)))
                .hasMessageContaining("answers with a Map");
    }
}
