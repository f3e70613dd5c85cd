package org.etablering.audit;

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

    /**
     * The caller's address. Behind a proxy it is the client's only if the proxy is one of
     * {@code server.tomcat.remoteip.internal-proxies}; anything that is not an IP address is recorded as such.
     */
    static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address != null && address.length() <= 45 && IP_ADDRESS.matcher(address).matches()
                    ? address : "not an IP address";
        }
        return null;
    }

    private static final java.util.regex.Pattern IP_ADDRESS =
            java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]{2,45}(%[0-9A-Za-z]{1,20})?");
}
