package org.etablering.recovery.web;

import org.etablering.identity.CurrentUser;
import org.etablering.recovery.EngineRecovery;
import org.etablering.task.TaskRecovery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EngineAdminController {

    private final EngineRecovery recovery;

    EngineAdminController(EngineRecovery recovery) {
        this.recovery = recovery;
    }

    /** Whether the engine lost its state, and if so which tasks and cases are affected. */
    @GetMapping("/api/v1/admin/engine")
    EngineRecovery.EngineReport engine() {
        return recovery.report();
    }

    /** Restarts the lost processes at the steps their open tasks had reached. */
    @PostMapping("/api/v1/admin/engine/restart")
    TaskRecovery.RestartReport restart(CurrentUser admin) {
        return recovery.restart(admin);
    }
}
