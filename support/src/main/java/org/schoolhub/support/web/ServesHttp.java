package org.schoolhub.support.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class outside the service's web layer that is part of an HTTP answer all the same: it writes
 * to a response a controller handed it (a stream of Server-Sent Events, say). BoundariesTest lets
 * such a class, and controllers, use HTTP types; any other class outside the web layer may not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ServesHttp {
}
