package org.schoolhub.support.store;

/**
 * How Axon's serializer reads and writes one stored type (an aggregate's snapshot, say), given as
 * a Jackson mix-in by the module that owns the type, so that the type itself carries no Jackson
 * annotation and the serializer stays configured in one place.
 */
public record JsonMixin(Class<?> target, Class<?> mixin) {
}
