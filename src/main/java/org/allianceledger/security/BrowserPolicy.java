package org.allianceledger.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * What every answer tells the browser it may do with it.
 *
 * @param contentSecurityPolicy the {@code Content-Security-Policy} header: where a page may load
 *                              styles, images and scripts from, and who may frame it
 */
@ConfigurationProperties("ledger.web")
record BrowserPolicy(String contentSecurityPolicy) {

    void applyTo(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy));
    }
}
