package org.allianceledger.security;

import java.util.Set;

import org.allianceledger.store.StoreProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Who may do what. The API answers HTTP Basic (401 without a user, 403 with the wrong role); the
 * pages sign in with a form and carry CSRF tokens. A browser that signed in to the pages may also
 * read the API (its CSV downloads); an API write from such a session needs the CSRF token, a
 * write with Basic credentials and no signed-in session does not. Every answer carries the
 * Content-Security-Policy of {@link BrowserPolicy}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the jar's verbs run without a web server, and without users
@EnableConfigurationProperties({SecurityProperties.class, BrowserPolicy.class})
class SecurityConfiguration {

    /** Where a signed-in session keeps its user: a request that brings one is session-authenticated. */
    private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    static final String RECORDER = LedgerRole.RECORDER.name();
    static final String AUDITOR = LedgerRole.AUDITOR.name();
    static final String VIEWER = LedgerRole.VIEWER.name();

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties, SignInProperties signIn) {
        return LedgerUsers.passwordEncoder(properties.rememberedPasswords(), signIn);
    }

    @Bean
    InMemoryUserDetailsManager ledgerUsers(SecurityProperties properties, StoreProperties store, PasswordEncoder encoder,
                                           StartNotice notice) {
        return LedgerUsers.from(properties, store, encoder, notice);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, BrowserPolicy browser) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/commands/**").hasRole(RECORDER)
                        // Whoever reads the record may keep a receipt of it and ask for proofs against it.
                        .requestMatchers(HttpMethod.GET, "/api/integrity/checkpoint", "/api/integrity/receipt",
                                "/api/integrity/proof/**", "/api/integrity/public-key").hasAnyRole(VIEWER, RECORDER, AUDITOR)
                        .requestMatchers("/api/admin/**", "/api/integrity/**", "/api/export/**").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs/**").hasAnyRole(VIEWER, RECORDER, AUDITOR)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(SignInPauses.basic()))
                // Only a browser's session can be ridden by another site: a write that relies on one needs the token,
                // whatever Authorization header comes with it (Basic does not even check a password for the session's
                // own user, and ignores any other scheme).
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> !HttpMethod.GET.matches(request.getMethod())
                        && SESSIONS.containsContext(request)))
                .headers(browser::applyTo)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, BrowserPolicy browser) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/login", "/error").permitAll()
                        .requestMatchers("/integrity/**").hasRole(AUDITOR)
                        .requestMatchers("/record", "/record/**").hasRole(RECORDER)
                        .anyRequest().hasAnyRole(VIEWER, RECORDER, AUDITOR))
                // A relative redirect to sign in: an absolute one is built from the request's Host header,
                // which anyone can set (a cache in between would then send others to their host).
                .formLogin(form -> form.loginPage("/login").failureHandler(SignInPauses.form()).permitAll()
                        .withObjectPostProcessor(new ObjectPostProcessor<LoginUrlAuthenticationEntryPoint>() {
                            @Override
                            public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
                                entryPoint.setFavorRelativeUris(true);
                                return entryPoint;
                            }
                        }))
                .requestCache(cache -> cache.requestCache(pageAsked()))
                // Scripts (and the latency benchmark) fetch pages with Basic credentials too.
                .httpBasic(basic -> basic.authenticationEntryPoint(SignInPauses.basic()))
                .logout(Customizer.withDefaults())
                .headers(browser::applyTo)
                .build();
    }

    /**
     * Signing in lands on the page asked for, at its own address: without the {@code ?continue} marker
     * Spring adds by default (the price is a look at the session on each request). Only a browser's GET of
     * a page is remembered, never a stylesheet, an icon or a script's read.
     */
    private static RequestCache pageAsked() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        MediaTypeRequestMatcher page = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        page.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        cache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()) && page.matches(request));
        return cache;
    }
}
