package org.etablering.inbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.task.Task;
import org.etablering.task.TaskService;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Managers' list of every open task of the municipality, whatever its queue: filtered by function, assignee and
 * overdue, and each task reassignable from the list to an official who may do it.
 */
@Controller
@WebPage
class AllTasksPage {

    static final List<String> FUNCTIONS = List.of("first-line", "business", "development", "planning", "manager");

    private final TaskService tasks;
    private final Clock clock;

    AllTasksPage(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/inbox/all-tasks")
    String allTasks(CurrentUser manager, @RequestParam(required = false) String function,
                    @RequestParam(required = false) String assignee,
                    @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        String wantedFunction = function != null && FUNCTIONS.contains(function) ? function : null;
        String wantedAssignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        List<Task> open = tasks.allOpenTasks(manager, wantedFunction, wantedAssignee, overdue);
        Map<Set<String>, SortedSet<String>> byGroups = new HashMap<>();
        Map<UUID, SortedSet<String>> eligible = new HashMap<>();
        for (Task task : open) {
            eligible.put(task.getId(), byGroups.computeIfAbsent(Set.copyOf(task.getCandidateGroups()),
                    groups -> tasks.eligibleFor(groups, manager)));
        }
        model.addAttribute("tasks", open);
        model.addAttribute("eligible", eligible);
        model.addAttribute("functions", FUNCTIONS);
        model.addAttribute("function", wantedFunction);
        model.addAttribute("assignee", wantedAssignee);
        model.addAttribute("unassigned", TaskService.UNASSIGNED);
        model.addAttribute("overdue", overdue);
        model.addAttribute("now", clock.instant());
        return "inbox/all-tasks";
    }
}
