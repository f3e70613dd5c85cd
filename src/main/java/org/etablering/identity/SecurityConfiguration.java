package org.etablering.identity;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API is a stateless resource server for Keycloak's tokens. Each endpoint's coarse rule is here;
 * the finer ones (own company, own municipality, candidate groups) are in the services.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    static final String[] OFFICIALS = Arrays.stream(Role.values())
            .filter(Role::isOfficial).map(Role::roleName).toArray(String[]::new);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/inquiries").hasRole(Role.APPLICANT.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/v1/inquiries", "/api/v1/inquiries/*")
                        .hasAnyRole(with(OFFICIALS, Role.APPLICANT.roleName()))
                        .requestMatchers(HttpMethod.GET, "/api/v1/tasks", "/api/v1/tasks/*").hasAnyRole(OFFICIALS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/tasks/*/claim", "/api/v1/tasks/*/unclaim",
                                "/api/v1/tasks/*/complete").hasAnyRole(OFFICIALS)
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

    /** Keycloak puts realm roles under {@code realm_access.roles}; they become {@code ROLE_<name>} authorities. */
    static JwtAuthenticationConverter realmRoles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName("preferred_username");
        converter.setJwtGrantedAuthoritiesConverter(jwt -> CurrentUser.rolesOf(jwt).stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .map(authority -> (org.springframework.security.core.GrantedAuthority) authority)
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
