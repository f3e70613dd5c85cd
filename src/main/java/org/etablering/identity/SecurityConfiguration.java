package org.etablering.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors. The API is a stateless resource server for Keycloak's access tokens (issuer, audience
 * and expiry checked); the web pages sign in through Keycloak with the authorization code flow and
 * PKCE, keep a session with CSRF protection, and sign out of Keycloak too. Each endpoint's coarse rule
 * is here, and anything not listed is refused; the finer rules (own company, own municipality,
 * candidate groups, confidential cases) are in the services.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration implements WebMvcConfigurer {

    static final String[] OFFICIALS = Arrays.stream(Role.values())
            .filter(Role::isOfficial).map(Role::roleName).toArray(String[]::new);
    static final String[] CASE_READERS = with(OFFICIALS, Role.APPLICANT.roleName());
    static final String REGISTRATION = "keycloak";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/inquiries", "/api/v1/inquiries/*/withdraw")
                                .hasRole(Role.APPLICANT.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/v1/inquiries", "/api/v1/inquiries/*").hasAnyRole(CASE_READERS)
                        .requestMatchers("/api/v1/inquiries/*/notes").hasAnyRole(OFFICIALS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/inquiries/*/close")
                                .hasAnyRole(Role.FIRST_LINE.roleName(), Role.MANAGER.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/v1/inquiries/*/messages",
                                "/api/v1/inquiries/*/messages/*/attachments/*").hasAnyRole(CASE_READERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/inquiries/*/messages").hasAnyRole(CASE_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/inquiries/*/audit").hasRole(Role.MANAGER.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases/*/audit").hasRole(Role.MANAGER.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/*", "/api/v1/cases/*/documents",
                                "/api/v1/cases/*/documents/*").hasAnyRole(CASE_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/tasks", "/api/v1/tasks/*").hasAnyRole(OFFICIALS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/tasks/*/claim", "/api/v1/tasks/*/unclaim",
                                "/api/v1/tasks/*/complete").hasAnyRole(OFFICIALS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/tasks/*/assign").hasRole(Role.MANAGER.roleName())
                        .requestMatchers(HttpMethod.POST, "/api/v1/permits", "/api/v1/permits/*/completion",
                                "/api/v1/permits/*/reply", "/api/v1/permits/*/request-decision", "/api/v1/permits/*/withdraw")
                                .hasRole(Role.APPLICANT.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/v1/permits", "/api/v1/permits/*").hasAnyRole(CASE_READERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/permits/*/clock/*")
                                .hasAnyRole(Role.PLANNING.roleName(), Role.MANAGER.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/v1/notifications").hasAnyRole(OFFICIALS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/parcels", "/api/v1/parcels/*")
                                .hasAnyRole(with(OFFICIALS, Role.ADMIN.roleName()))
                        .requestMatchers(HttpMethod.POST, "/api/v1/parcels", "/api/v1/parcels/import",
                                "/api/v1/parcels/*/retire", "/api/v1/parcels/*/sold").hasRole(Role.ADMIN.roleName())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/parcels/*").hasRole(Role.ADMIN.roleName())
                        .requestMatchers(HttpMethod.POST, "/api/v1/land-requests", "/api/v1/land-requests/*/offer/accept",
                                "/api/v1/land-requests/*/offer/decline", "/api/v1/land-requests/*/withdraw")
                                .hasRole(Role.APPLICANT.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/v1/land-requests", "/api/v1/land-requests/*")
                                .hasAnyRole(CASE_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/land-requests/*/matching-parcels")
                                .hasAnyRole(Role.PLANNING.roleName(), Role.MANAGER.roleName())
                        .requestMatchers(HttpMethod.POST, "/api/v1/land-requests/*/reservation/extension")
                                .hasAnyRole(Role.PLANNING.roleName(), Role.MANAGER.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/insikt", "/api/v1/statistics/building")
                                .hasAnyRole(Role.MANAGER.roleName(), Role.ADMIN.roleName())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.roleName())
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens are not sent by browsers on their own, so cross-site request forgery cannot ride on them
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoles()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                    KeycloakUserService users, IdentityProperties identity) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/accessibility").permitAll()
                        // the public journal and the request for a document: anyone, without signing in
                        .requestMatchers(HttpMethod.GET, "/journal/*", "/journal/*/request").permitAll()
                        .requestMatchers(HttpMethod.POST, "/journal/*/request").permitAll()
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers("/portal", "/portal/**").hasRole(Role.APPLICANT.roleName())
                        .requestMatchers("/inbox", "/inbox/**").hasAnyRole(OFFICIALS)
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.roleName())
                        .requestMatchers("/dashboard", "/dashboard/**").hasRole(Role.MANAGER.roleName())
                        .anyRequest().denyAll())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)))
                .logout(logout -> logout.logoutSuccessHandler(keycloakLogout))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(identity)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")));
        return http.build();
    }

    /**
     * Scripts, styles and everything else only from the application itself, none inline; forms may go to the
     * application and to Keycloak (signing out passes through it); no framing.
     */
    static String contentSecurityPolicy(IdentityProperties identity) {
        java.net.URI issuer = java.net.URI.create(identity.issuerUri());
        String keycloak = issuer.getScheme() + "://" + issuer.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + keycloak;
    }

    /** Access tokens: signature by the realm's keys, issuer, audience and expiry (with a little clock skew). */
    @Bean
    JwtDecoder jwtDecoder(IdentityProperties identity) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withJwkSetUri(identity.backChannel() + "/protocol/openid-connect/certs").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(identity.clockSkew()),
                new JwtIssuerValidator(identity.issuerUri()),
                new JwtClaimValidator<List<String>>("aud", audience -> audience != null
                        && audience.contains(identity.audience()))));
        return decoder;
    }

    /**
     * The web client, described from the realm's address rather than discovered at start-up, so that
     * the application does not depend on Keycloak being up before it.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(IdentityProperties identity) {
        String endpoints = identity.backChannel() + "/protocol/openid-connect";
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(identity.webClientId())
                .clientSecret(identity.webClientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(identity.issuerUri() + "/protocol/openid-connect/auth")
                .tokenUri(endpoints + "/token")
                .jwkSetUri(endpoints + "/certs")
                .userInfoUri(endpoints + "/userinfo")
                .userNameAttributeName("preferred_username")
                .issuerUri(identity.issuerUri())
                .providerConfigurationMetadata(Map.of(
                        "end_session_endpoint", identity.issuerUri() + "/protocol/openid-connect/logout"))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /** Refusals by URL rules and by method rules become events, which the audit trail records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /** Keycloak puts realm roles under {@code realm_access.roles}; they become {@code ROLE_<name>} authorities. */
    static JwtAuthenticationConverter realmRoles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName("preferred_username");
        converter.setJwtGrantedAuthoritiesConverter(jwt -> CurrentUser.rolesOf(jwt).stream()
                .map(role -> (org.springframework.security.core.GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList());
        return converter;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }

    private static String[] with(String[] roles, String extra) {
        String[] all = Arrays.copyOf(roles, roles.length + 1);
        all[roles.length] = extra;
        return all;
    }
}
