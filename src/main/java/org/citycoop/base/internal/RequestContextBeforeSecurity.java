package org.citycoop.base.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

/**
 * The current request for the security log ({@code SecurityLog}) during Spring Security's filters,
 * where sign-ins and refusals happen: without it only Spring MVC's own servlet sets the request
 * context, and a sign-in would be logged without its client address.
 */
@Configuration(proxyBeanMethods = false)
class RequestContextBeforeSecurity {

    @Bean
    FilterRegistrationBean<RequestContextFilter> requestContextFilterBeforeSecurity() {
        OrderedRequestContextFilter filter = new OrderedRequestContextFilter();
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(filter);
        // before Spring Security's chain (order -100)
        registration.setOrder(filter.getOrder());
        return registration;
    }
}
