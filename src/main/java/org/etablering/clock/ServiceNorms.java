package org.etablering.clock;

import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The municipality's service norms, in working days unless said otherwise. The first-contact norm is
 * set per municipality ({@code etablering.municipalities.<code>.first-contact-working-days}).
 */
@ConfigurationProperties(prefix = "etablering.service-norms")
public record ServiceNorms(
        @DefaultValue("5") int completionReminderWorkingDays,
        @DefaultValue("10") int completionAnswerWorkingDays,
        @DefaultValue("2") int handoffAcceptanceWorkingDays,
        @DefaultValue Map<String, Integer> handoffAcceptanceWorkingDaysByRole,
        @DefaultValue("P3M") Period followUpAfter) {

    public int handoffAcceptanceWorkingDays(String role) {
        return handoffAcceptanceWorkingDaysByRole.getOrDefault(role, handoffAcceptanceWorkingDays);
    }
}
