package org.etablering.workflow.web;

import java.util.List;
import org.etablering.workflow.OutboxStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OutboxAdminController {

    private final OutboxStatus outbox;

    OutboxAdminController(OutboxStatus outbox) {
        this.outbox = outbox;
    }

    /** Messages to the engine still waiting to be published: empty when the engine keeps up. */
    @GetMapping("/api/v1/admin/outbox")
    List<OutboxStatus.PendingMessage> pending() {
        return outbox.pending();
    }
}
