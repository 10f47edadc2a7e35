package org.schoolhub.support.store;

import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsontype.DefaultBaseTypeLimitingValidator;

/**
 * Jackson 3's default validator refuses any polymorphic value declared as {@code Object}, and
 * Axon's ReplayToken declares its reset context so: a token reset would store a token that no
 * processor can read back. This validator lets such values through only when they are Axon's
 * or SchoolHub's own types; every other decision stays Jackson's default.
 */
final class AxonTypesValidator extends DefaultBaseTypeLimitingValidator {

    private static final long serialVersionUID = 1L;

    @Override
    public Validity validateBaseType(DatabindContext context, JavaType baseType) {
        return isUnsafeBaseType(context, baseType) ? Validity.INDETERMINATE : super.validateBaseType(context, baseType);
    }

    @Override
    public Validity validateSubClassName(DatabindContext context, JavaType baseType, String subClassName) {
        if (isUnsafeBaseType(context, baseType)) {
            return trusted(subClassName) ? Validity.ALLOWED : Validity.DENIED;
        }
        return super.validateSubClassName(context, baseType, subClassName);
    }

    @Override
    public Validity validateSubType(DatabindContext context, JavaType baseType, JavaType subType) {
        if (isUnsafeBaseType(context, baseType)) {
            return trusted(subType.getRawClass().getName()) ? Validity.ALLOWED : Validity.DENIED;
        }
        return super.validateSubType(context, baseType, subType);
    }

    private static boolean trusted(String className) {
        return className.startsWith("org.axonframework.") || className.startsWith("org.schoolhub.");
    }
}
