package org.etablering.identity;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * For readiness: the identity provider answered at least once since start-up. An instance is not ready before
 * that (nobody could sign in); afterwards an outage of the identity provider shows in the overall health only,
 * because taking every instance out of the load balancer would not help anyone sign in.
 */
@Component("identityProviderReached")
class IdentityProviderReached implements HealthIndicator {

    private final IdentityProviderHealthIndicator identityProvider;
    private volatile boolean reached;

    IdentityProviderReached(IdentityProviderHealthIndicator identityProvider) {
        this.identityProvider = identityProvider;
    }

    @Override
    public Health health() {
        if (!reached) {
            Health now = identityProvider.health();
            if (!Status.UP.equals(now.getStatus())) {
                return now;
            }
            reached = true;
        }
        return Health.up().build();
    }
}
