package org.etablering.permit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.etablering.clock.ClockKind;
import org.etablering.clock.ClockView;
import org.etablering.clock.Clocks;
import org.etablering.clock.FeeReduction;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.message.CaseMessage;
import org.etablering.message.MessageKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a permit case together for whoever asks: the applicant's view, or the officials' fuller one. */
@Service
public class PermitCaseFiles {

    private final PermitService permits;
    private final PermitSteps steps;
    private final PermitRecords records;
    private final PermitActions actions;
    private final PermitProperties properties;
    private final Clocks clocks;
    private final Clock clock;

    PermitCaseFiles(PermitService permits, PermitSteps steps, PermitRecords records, PermitActions actions,
                    PermitProperties properties, Clocks clocks, Clock clock) {
        this.permits = permits;
        this.steps = steps;
        this.records = records;
        this.actions = actions;
        this.properties = properties;
        this.clocks = clocks;
        this.clock = clock;
    }

    @CaseReaders
    @Transactional
    public PermitCaseView of(UUID id, CurrentUser user) {
        return view(permits.visible(id, user), user.isOfficial());
    }

    @Transactional(readOnly = true)
    PermitCaseView view(Permit permit, boolean official) {
        Instant now = clock.instant();
        UUID id = permit.getId();
        PermitProperties.PermitType type = properties.types().get(permit.getPermitType());
        List<ClockView> allClocks = clocks.of(id, permit.getMunicipality());
        List<CaseMessage> letters = records.messages(id);
        FeeReduction feeReduction = clocks.latest(id, ClockKind.PERMIT_DECISION, null)
                .map(deadline -> FeeReduction.of(deadline, permit.getFee(), type.feeReductionPercentPerStartedWeek(), now))
                .orElse(null);
        PermitCaseView.DecisionView decision = records.decisionOf(id)
                .map(d -> new PermitCaseView.DecisionView(d.getOutcome(), d.getLegalBasis(), d.getReasoning(),
                        d.getConditions(), d.getAppeal(), official ? d.getDecidedBy() : null, d.getDecidedAt()))
                .orElse(null);
        return new PermitCaseView(id, permit.getCaseNumber(), permit.getInquiryId(), permit.getMunicipality(),
                permit.getPermitType(), type.name(), permit.getCompanyName(), permit.getOrgNumber(),
                permit.getDescription(), permit.getSite(), permit.getFee(), permit.getStatus(), permit.getSubmittedAt(),
                permit.getCompleteAt(), allClocks, Clocks.nextDeadline(allClocks).orElse(null), feeReduction,
                actions.decisionRequestable(permit, now) && permit.getDecisionRequestedAt() == null,
                permit.getDecisionRequestedAt(),
                steps.of(id).stream().map(step -> new PermitCaseView.StepView(step.getStep(), step.getEnteredAt(),
                        step.getLeftAt(), step.duration(now).toSeconds(), step.getDetail())).toList(),
                letters.stream().map(m -> new PermitCaseView.MessageView(m.getId(), m.getKind(),
                        m.isFromCompany(), m.getSentAt(), m.getText())).toList(),
                decision,
                official ? permit.getOfficer() : null,
                official ? permit.getProposedOutcome() : null,
                official ? permit.getProposalReasoning() : null,
                official ? records.alternatives(id).stream().map(a -> new PermitCaseView.AlternativeView(a.getKind(),
                        a.getDescription(), a.getDialogue(), a.isWorks(), a.getRecordedBy(), a.getRecordedAt())).toList() : null,
                official ? records.communications(id).stream().map(c -> new PermitCaseView.CommunicationView(
                        c.getDraft(), c.getSentAt(), c.getReplyDue(), c.getReply(), c.getRepliedAt(), c.isNothingToAdd(),
                        c.getConsideredBy(), c.getConsideredAt(), c.getChangesAssessment(), c.getConsideration()))
                        .toList() : null,
                official ? records.reviews(id).stream().map(r -> new PermitCaseView.ReviewView(r.getReviewer(),
                        r.isAgrees(), r.getComment(), r.getReviewedAt())).toList() : null,
                official ? new PermitCaseView.Measures(permit.isProposedNo(), permit.isBecameYesAfterExploring(),
                        permit.isRejectedAfterCommunication()) : null,
                openRequest(permit, allClocks, letters, now));
    }

    /** The request the applicant may answer now, read from the status and the running clock that bounds it. */
    private PermitCaseView.OpenRequest openRequest(Permit permit, List<ClockView> allClocks, List<CaseMessage> messages,
                                                   Instant now) {
        PermitCaseView.OpenRequest.Kind kind;
        ClockKind bound;
        if (permit.getStatus() == PermitStatus.AWAITING_COMPLETION) {
            kind = PermitCaseView.OpenRequest.Kind.COMPLETION;
            bound = ClockKind.COMPLETION_ANSWER;
        } else if (permit.getStatus() == PermitStatus.COMMUNICATING) {
            List<Communication> sent = records.communications(permit.getId());
            if (sent.isEmpty() || sent.get(sent.size() - 1).isAnsweredOrOver(now)) {
                return null;
            }
            kind = PermitCaseView.OpenRequest.Kind.DRAFT_REPLY;
            bound = ClockKind.DRAFT_REPLY;
        } else {
            return null;
        }
        ClockView clock = allClocks.stream()
                .filter(c -> c.kind() == bound && c.state() == ClockView.State.RUNNING).reduce((a, b) -> b).orElse(null);
        MessageKind letter = kind == PermitCaseView.OpenRequest.Kind.COMPLETION
                ? MessageKind.COMPLETION_REQUEST : MessageKind.DRAFT_DECISION;
        String asked = messages.stream().filter(message -> message.getKind() == letter)
                .reduce((a, b) -> b).map(CaseMessage::getText).orElse(null);
        return new PermitCaseView.OpenRequest(kind, asked, clock == null ? null : clock.dueAt(),
                clock == null ? null : clock.workingDaysLeft());
    }
}
