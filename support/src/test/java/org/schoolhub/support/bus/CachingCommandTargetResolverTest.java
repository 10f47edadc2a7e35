package org.schoolhub.support.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.junit.jupiter.api.Test;
import org.schoolhub.shared.commands.AdvanceCommunityStage;
import org.schoolhub.shared.commands.TransferSelUnits;

/** The cached resolver finds the same target as Axon's own, for fields and methods alike. */
class CachingCommandTargetResolverTest {

    private final CachingCommandTargetResolver cached = new CachingCommandTargetResolver();
    private final AnnotationCommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();

    @Test
    void an_annotated_record_component_names_the_target() {
        UUID community = UUID.randomUUID();
        var command = GenericCommandMessage.asCommandMessage(
                new TransferSelUnits(community, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 5, "lift"));

        assertThat(cached.resolveTarget(command).getIdentifier()).isEqualTo(community.toString());
        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
    }

    @Test
    void an_annotated_method_names_the_target() {
        UUID community = UUID.randomUUID();
        var command = GenericCommandMessage.asCommandMessage(
                new AdvanceCommunityStage(community, 1, true, false, null, UUID.randomUUID()));

        assertThat(cached.resolveTarget(command).getIdentifier()).isEqualTo("progress-" + community);
        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
    }

    @Test
    void a_version_is_read_as_a_number_or_as_text() {
        var command = GenericCommandMessage.asCommandMessage(new Versioned("order-1", "7"));

        assertThat(cached.resolveTarget(command).getVersion()).isEqualTo(7L);
        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
    }

    @Test
    void an_annotated_field_of_a_plain_class_names_the_target_and_a_numeric_version() {
        var command = GenericCommandMessage.asCommandMessage(new PlainCommand("order-2", 4L));

        assertThat(cached.resolveTarget(command).getIdentifier()).isEqualTo("order-2");
        assertThat(cached.resolveTarget(command).getVersion()).isEqualTo(4L);
        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
    }

    @Test
    void a_command_without_a_target_is_refused() {
        var command = GenericCommandMessage.asCommandMessage(new Versioned(null, null));

        assertThatThrownBy(() -> cached.resolveTarget(command)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_annotated_method_wins_over_an_annotated_field() {
        var command = GenericCommandMessage.asCommandMessage(new FieldAndMethod());

        assertThat(cached.resolveTarget(command).getIdentifier()).isEqualTo("from-method");
        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
    }

    @Test
    void a_meta_annotation_names_the_target() {
        var command = GenericCommandMessage.asCommandMessage(new MetaAnnotated("order-3"));

        assertThat(cached.resolveTarget(command).getIdentifier()).isEqualTo("order-3");
        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
    }

    @Test
    void the_target_is_read_from_each_command_not_from_the_first_of_its_type() {
        var first = GenericCommandMessage.asCommandMessage(new Versioned("order-4", "1"));
        var second = GenericCommandMessage.asCommandMessage(new Versioned("order-5", "2"));

        cached.resolveTarget(first);

        assertThat(cached.resolveTarget(second).getIdentifier()).isEqualTo("order-5");
        assertThat(cached.resolveTarget(second).getVersion()).isEqualTo(2L);
    }

    @Test
    void an_accessor_that_throws_is_refused_as_a_bad_command() {
        var command = GenericCommandMessage.asCommandMessage(new Throwing());

        assertThatThrownBy(() -> cached.resolveTarget(command)).isInstanceOf(IllegalArgumentException.class)
                .hasCauseInstanceOf(InvocationTargetException.class);
    }

    /** Both a field and a method carry the annotation: Axon reads the method. */
    static final class FieldAndMethod {
        @TargetAggregateIdentifier
        private final String field = "from-field";

        @TargetAggregateIdentifier
        String target() {
            return "from-method";
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @TargetAggregateIdentifier
    @interface OrderId {
    }

    record MetaAnnotated(@OrderId String order) {
    }

    static final class Throwing {
        @TargetAggregateIdentifier
        String target() {
            throw new IllegalStateException("no target yet");
        }
    }

    /** Not a record: the annotation is on the fields only, no accessor carries it. */
    static final class PlainCommand {
        @TargetAggregateIdentifier
        private final String id;
        @TargetAggregateVersion
        private final Long version;

        PlainCommand(String id, Long version) {
            this.id = id;
            this.version = version;
        }
    }

    record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion String version) {
    }
}
