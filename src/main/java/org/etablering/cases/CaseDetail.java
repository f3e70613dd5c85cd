package org.etablering.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.etablering.clock.ClockView;
import org.etablering.municipality.Country;
import org.etablering.task.OpenTask;

/**
 * One case as the register shows it: the header, where its kind's own resource is, the case it was
 * started from and the cases started from it, its open tasks and its next deadline. Companies get no
 * officials' names (owner, assignees) and no internal involvement.
 */
public record CaseDetail(UUID id, CaseKind kind, String caseNumber, String municipality, Country country,
                         String companyName, String orgNumber, Contact contact, String description, String status,
                         String owner, Set<String> functions, boolean confidential, String openedBy, Instant openedAt,
                         Instant updatedAt, Instant closedAt, String outcome, String href, Related parent,
                         List<Related> children, List<OpenTask> openTasks, ClockView nextDeadline) {

    public record Contact(String name, String email, String phone) {
    }

    /** A case this one is linked with. */
    public record Related(UUID id, CaseKind kind, String caseNumber, String status, Instant openedAt, Instant closedAt,
                          String href) {

        static Related of(Case theCase) {
            return new Related(theCase.getId(), theCase.getKind(), theCase.getCaseNumber(), theCase.getStatusName(),
                    theCase.getOpenedAt(), theCase.getClosedAt(), theCase.getKind().resourcePath(theCase.getId()));
        }
    }
}
