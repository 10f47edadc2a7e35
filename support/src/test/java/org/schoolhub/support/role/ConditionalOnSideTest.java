package org.schoolhub.support.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which beans each role gets, from {@code schoolhub.role} alone. */
class ConditionalOnSideTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SideBeans.class, TypeLevelSide.class);

    @Test
    void a_node_that_sets_no_role_runs_both_sides_and_what_needs_both() {
        runner.run(context -> assertThat(context)
                .hasBean("commandBean").hasBean("queryBean").hasBean("bothBean").hasSingleBean(TypeLevelSide.class));
    }

    @Test
    void a_node_in_role_all_runs_both_sides_and_what_needs_both() {
        runner.withPropertyValues("schoolhub.role=all").run(context -> assertThat(context)
                .hasBean("commandBean").hasBean("queryBean").hasBean("bothBean"));
    }

    @Test
    void a_command_node_runs_the_command_side_only() {
        runner.withPropertyValues("schoolhub.role=command").run(context -> assertThat(context)
                .hasBean("commandBean").doesNotHaveBean("queryBean").doesNotHaveBean("bothBean")
                .hasSingleBean(TypeLevelSide.class));
    }

    @Test
    void a_query_node_runs_the_query_side_only() {
        runner.withPropertyValues("schoolhub.role=query").run(context -> assertThat(context)
                .doesNotHaveBean("commandBean").hasBean("queryBean").doesNotHaveBean("bothBean")
                .doesNotHaveBean(TypeLevelSide.class));
    }

    @Test
    void the_role_is_read_as_the_configuration_properties_read_it_whatever_its_case() {
        runner.withPropertyValues("schoolhub.role=QUERY").run(context -> assertThat(context)
                .doesNotHaveBean("commandBean").hasBean("queryBean"));
        runner.withPropertyValues("schoolhub.role=Query").run(context -> assertThat(context)
                .doesNotHaveBean("commandBean").hasBean("queryBean"));
    }

    @Test
    void a_role_that_does_not_exist_stops_the_start_naming_the_property() {
        runner.withPropertyValues("schoolhub.role=reporting").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("reporting"));
        runner.withPropertyValues("schoolhub.role=reporting").run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("schoolhub.role"));
    }

    @Configuration(proxyBeanMethods = false)
    static class SideBeans {

        @Bean
        @ConditionalOnSide(NodeRole.COMMAND)
        String commandBean() {
            return "command";
        }

        @Bean
        @ConditionalOnSide(NodeRole.QUERY)
        String queryBean() {
            return "query";
        }

        @Bean
        @ConditionalOnSide(NodeRole.ALL)
        String bothBean() {
            return "both";
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSide(NodeRole.COMMAND)
    static class TypeLevelSide {
    }
}
