package org.schoolhub.service.web;

import java.lang.reflect.Array;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * The input rules for JSON bodies, applied by the mapper that reads every request: each string
 * (at any depth, in records, lists, arrays, untyped values and map keys) must pass
 * {@link TextRules}, each instant {@link InstantRange}, and no list, array or map may hold more
 * than {@value #MAX_ELEMENTS} elements. Jackson's own deserializers still do the reading, with all
 * their coercion settings; this only looks at what they produced. One place for every endpoint,
 * present and future, instead of an annotation per field.
 */
final class RequestInputModule extends SimpleModule {

    /**
     * No request of the API needs long lists, and a list is refused here before bean validation
     * walks it: a 1 MiB body of a few hundred thousand empty children once took validation
     * minutes and the whole heap, to build one violation per missing field.
     */
    static final int MAX_ELEMENTS = 1_000;

    RequestInputModule() {
        super("schoolhub-request-input");
        setDeserializerModifier(new Rules());
    }

    private static final class Rules extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> type = bean.getBeanClass();
            if (type == String.class) {
                return new Checked(deserializer, value -> TextRules.faultIn((String) value), String.class);
            }
            if (type == Instant.class) {
                return new Checked(deserializer, value -> InstantRange.faultIn((Instant) value), Instant.class);
            }
            return deserializer;
        }

        @Override
        public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                 BeanDescription.Supplier bean,
                                                                 ValueDeserializer<?> deserializer) {
            if (untyped(type.getContentType())) {
                return deserializer;
            }
            return new Checked(deserializer, value -> tooMany(((Collection<?>) value).size()), Collection.class);
        }

        @Override
        public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                                                            BeanDescription.Supplier bean,
                                                            ValueDeserializer<?> deserializer) {
            return new Checked(deserializer, value -> tooMany(Array.getLength(value)), Object[].class);
        }

        @Override
        public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                          BeanDescription.Supplier bean,
                                                          ValueDeserializer<?> deserializer) {
            if (untyped(type.getContentType())) {
                return deserializer;
            }
            return new Checked(deserializer, value -> tooMany(((Map<?, ?>) value).size()), Map.class);
        }

        /**
         * Jackson reads untyped values ({@code Object}) with its standard list and map readers
         * and cannot use wrapped ones; nothing validates inside such values, so their size costs
         * no more than the body's.
         */
        private static boolean untyped(JavaType content) {
            return content.hasRawClass(Object.class);
        }

        private static String tooMany(int elements) {
            return elements > MAX_ELEMENTS ? "must have at most " + MAX_ELEMENTS + " elements" : null;
        }

        @Override
        public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
                                                     KeyDeserializer deserializer) {
            return new CheckedKey(deserializer);
        }
    }

    /** Reads with Jackson's deserializer, then refuses a value the rules do not accept. */
    private static final class Checked extends DelegatingDeserializer {

        private final Function<Object, String> rule;
        private final Class<?> type;

        Checked(ValueDeserializer<?> delegate, Function<Object, String> rule, Class<?> type) {
            super(delegate);
            this.rule = rule;
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, rule, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return checked(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue) {
            return checked(parser, super.deserialize(parser, context, intoValue));
        }

        private Object checked(JsonParser parser, Object value) {
            String fault = value == null ? null : rule.apply(value);
            if (fault != null) {
                throw new RefusedInputException(parser, fault, type);
            }
            return value;
        }
    }

    /** Map keys are text from the client too. */
    private static final class CheckedKey extends KeyDeserializer {

        private final KeyDeserializer delegate;

        CheckedKey(KeyDeserializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public void resolve(DeserializationContext context) {
            delegate.resolve(context);
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            String fault = key == null ? null : TextRules.faultIn(key);
            if (fault != null) {
                throw new RefusedInputException(context.getParser(), fault, String.class);
            }
            return delegate.deserializeKey(key, context);
        }
    }
}
