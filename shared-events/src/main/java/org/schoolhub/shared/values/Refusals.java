package org.schoolhub.shared.values;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The domain refusals a request handler can answer with, besides those every request can meet
 * (invalid input, login, permission, unavailability). The API description is made from it, and
 * a test fails when a handler answers with a code it does not name here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refusals {

    ErrorCode[] value();
}
