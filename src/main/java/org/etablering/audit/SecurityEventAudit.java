package org.etablering.audit;

import org.etablering.identity.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Refusals decided by Spring Security itself (role rules, bad tokens) go into the audit trail too. */
@Component
class SecurityEventAudit {

    private final AuditTrail audit;

    SecurityEventAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        AuditEvent.Actor actor = authentication instanceof JwtAuthenticationToken token
                && token.getPrincipal() instanceof Jwt jwt
                ? AuditTrail.actor(CurrentUser.from(jwt))
                : AuditEvent.Actor.ANONYMOUS;
        audit.refused(actor, AuditAction.REQUEST_REFUSED, request());
    }

    @EventListener
    void onAuthenticationFailure(AbstractAuthenticationFailureEvent event) {
        audit.refused(AuditEvent.Actor.ANONYMOUS, AuditAction.AUTHENTICATION_FAILED,
                request() + " " + event.getException().getClass().getSimpleName());
    }

    private static String request() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getMethod() + " " + attributes.getRequest().getRequestURI();
        }
        return null;
    }
}
