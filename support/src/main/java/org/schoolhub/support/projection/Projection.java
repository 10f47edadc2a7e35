package org.schoolhub.support.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.axonframework.config.ProcessingGroup;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * A projection: a Spring bean whose event handlers build read tables. Every projection runs in
 * the one streaming processor {@value #PROCESSOR}, so each event is fetched, deserialised and
 * tracked once, not once per projection. The name is what operators replay
 * ({@code POST /api/admin/replays}); a replay rebuilds the projection's {@link #tables()} beside
 * the live ones and puts them in their place when it is done.
 *
 * <p>A projection writes only its own tables, through unqualified names (a replay finds its
 * fresh tables first on the search path), and every write is idempotent: an event handled twice,
 * or again after later ones, changes nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Component
@ProcessingGroup(Projection.PROCESSOR)
public @interface Projection {

    /** The streaming processor every projection runs in. */
    String PROCESSOR = "projections";

    /** The projection's name, as operators know it: {@code sel-accounts}, {@code metric-sel}... */
    @AliasFor(annotation = Component.class, attribute = "value")
    String value();

    /** The tables this projection alone writes, all in schema {@code public}. */
    String[] tables();
}
