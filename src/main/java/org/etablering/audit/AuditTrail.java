package org.etablering.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what people and the process do to cases. An allowed action is written in the caller's own
 * transaction, so a change and its audit line commit together or not at all; a refusal is written in a
 * transaction of its own, because the request that was refused ends in an error.
 */
@Service
public class AuditTrail {

    private final AuditRepository events;
    private final Clock clock;

    AuditTrail(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void allowed(CurrentUser user, AuditAction action, UUID caseId, String detail) {
        events.save(event(actor(user), action, caseId, AuditEvent.Outcome.ALLOWED, detail));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void byProcess(AuditAction action, UUID caseId, String detail) {
        events.save(event(AuditEvent.Actor.PROCESS, action, caseId, AuditEvent.Outcome.ALLOWED, detail));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(CurrentUser user, AuditAction action, UUID caseId, String detail) {
        events.save(event(user == null ? AuditEvent.Actor.ANONYMOUS : actor(user), action, caseId,
                AuditEvent.Outcome.REFUSED, detail));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(AuditEvent.Actor actor, AuditAction action, String detail) {
        events.save(event(actor, action, null, AuditEvent.Outcome.REFUSED, detail));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> ofCase(UUID caseId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
    }

    private AuditEvent event(AuditEvent.Actor actor, AuditAction action, UUID caseId, AuditEvent.Outcome outcome,
                             String detail) {
        return new AuditEvent(clock.instant(), actor, action, caseId, outcome, detail, clientIp());
    }

    public static AuditEvent.Actor actor(CurrentUser user) {
        return new AuditEvent.Actor(user.userId(), user.username(),
                user.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(",")),
                user.municipality());
    }

    /** The caller's address; behind a proxy, {@code server.forward-headers-strategy} makes it the client's. */
    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
