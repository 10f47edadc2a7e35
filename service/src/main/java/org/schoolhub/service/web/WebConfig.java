package org.schoolhub.service.web;

import java.time.Instant;
import java.util.List;

import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Languages (Accept-Language: en, fr, nl), the {@link Caller} parameter of controllers, and the
 * input rules every request passes (API.md, "Text fields, everywhere"): text and instants in
 * bodies ({@link RequestInputModule}), parameters and path variables
 * ({@link RequestTextInterceptor}, {@link BoundedInstantFormatter}), body sizes
 * ({@link BodyLimits}) and what the client accepts ({@link AcceptableResponseInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(ProblemWriter.SUPPORTED);
        resolver.setDefaultLocale(ProblemWriter.SUPPORTED.get(0));
        return resolver;
    }

    /**
     * The JSON converter of Spring MVC, which reads every request body, gets the input rules on
     * its own copy of the application's mapper: only requests get them, and the mapper itself
     * (whatever else reads JSON with it) stays as it was. Replaced in its place in the list, so
     * the other converters (byte arrays, strings) keep coming first.
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.replaceAll(converter ->
                converter.getClass() == JacksonJsonHttpMessageConverter.class
                        ? new JacksonJsonHttpMessageConverter(((JacksonJsonHttpMessageConverter) converter).getMapper()
                                .rebuild().addModule(new RequestInputModule()).build())
                        : converter));
    }

    @Bean
    BodyLimits bodyLimits() {
        // the Stage-0 import (API.md) uploads a whole SQLite file
        return BodyLimits.of(BodyLimits.MIB).allowing("/api/admin/imports", 64 * BodyLimits.MIB);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(Instant.class, new BoundedInstantFormatter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestTextInterceptor());
        registry.addInterceptor(new AcceptableResponseInterceptor()).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Caller.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest request, WebDataBinderFactory binderFactory) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
                    return caller;
                }
                throw new RejectedException(ErrorCode.UNAUTHORIZED);
            }
        });
    }
}
