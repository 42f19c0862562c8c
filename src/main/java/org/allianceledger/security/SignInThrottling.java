package org.allianceledger.security;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The one authentication provider of every filter chain: the users' passwords behind {@link ThrottledSignIn}. As a
 * bean it replaces the provider Spring Security would build from the users alone, for Basic and the form alike.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SignInProperties.class)
class SignInThrottling {

    @Bean
    AuthenticationProvider throttledSignIn(InMemoryUserDetailsManager users, PasswordEncoder encoder, SignInProperties properties,
            Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // As the provider Spring Security builds itself: a password stored in an outdated encoding is re-hashed.
        passwords.setUserDetailsPasswordService(users);
        return new ThrottledSignIn(passwords, new SignInThrottle(properties, clock));
    }
}
