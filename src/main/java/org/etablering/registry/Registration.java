package org.etablering.registry;

import java.util.EnumSet;
import java.util.Set;
import org.etablering.cases.CaseEventKind;
import org.etablering.cases.CaseEventRecorded;
import org.etablering.document.DocumentIssued;
import org.etablering.message.MessageKind;
import org.etablering.message.MessageRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers, in the transaction that records them, the documents of a case: the inquiry, application or land request
 * itself when it arrives, every message either way, and every decision the municipality issues. A letter that only
 * carries an issued document is not registered a second time.
 */
@Component
class Registration {

    /** These messages carry a decision document, which is registered in their place. */
    private static final Set<MessageKind> CARRY_A_DOCUMENT = EnumSet.of(MessageKind.DECISION,
            MessageKind.DECISION_REQUEST_ANSWER, MessageKind.RESPONSE);

    private final RegisterEntries register;

    Registration(RegisterEntries register) {
        this.register = register;
    }

    @EventListener
    void caseReceived(CaseEventRecorded event) {
        if (event.kind() == CaseEventKind.RECEIVED) {
            register.registerReceipt(event.caseId());
        }
    }

    @EventListener
    void message(MessageRecorded message) {
        if (!CARRY_A_DOCUMENT.contains(message.kind())) {
            register.register(message.caseId(), message.fromCompany() ? Direction.IN : Direction.OUT,
                    "register.title.message." + message.kind().name(), message.kind().name(), message.messageId());
        }
    }

    @EventListener
    void document(DocumentIssued issued) {
        register.register(issued.caseId(), Direction.OUT, "register.title.document." + issued.kind().name(),
                issued.kind().name(), issued.documentId());
    }
}
