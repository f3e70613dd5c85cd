package org.etablering.task.web;

import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.form.FormCatalog;
import org.etablering.identity.CurrentUser;
import org.etablering.paging.PageLinks;
import org.etablering.task.Task;
import org.etablering.task.TaskPage;
import org.etablering.task.TaskQuery;
import org.etablering.task.TaskService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private final TaskService tasks;
    private final FormCatalog forms;
    private final TaskMapper mapper;

    TaskController(TaskService tasks, FormCatalog forms, TaskMapper mapper) {
        this.tasks = tasks;
        this.forms = forms;
        this.mapper = mapper;
    }

    /**
     * The inbox, a page at a time. {@code candidateGroup} narrows to one of your groups, {@code assignment} is
     * {@code MINE}, {@code UNASSIGNED} or {@code ANY}, {@code q} searches task names and case numbers, and
     * {@code sort} is {@code DUE} (default), {@code FOLLOW_UP} or {@code CREATED}. A page holds {@code limit} tasks
     * (50 unless asked, at most 200); when there are more, the {@code Link} header's {@code rel="next"} gives the
     * address of the next page.
     */
    @GetMapping
    ResponseEntity<List<TaskView>> list(CurrentUser user,
                        @RequestParam(required = false) String candidateGroup,
                        @RequestParam(defaultValue = "ANY") TaskQuery.Assignment assignment,
                        @RequestParam(required = false) Instant dueBefore,
                        @RequestParam(required = false) String caseNumber,
                        @RequestParam(name = "q", required = false) String text,
                        @RequestParam(defaultValue = "DUE") TaskQuery.Sort sort,
                        @RequestParam(defaultValue = "" + TaskService.INBOX_PAGE) int limit,
                        @RequestParam(required = false) String after, HttpServletRequest request) {
        TaskQuery query = new TaskQuery(candidateGroup, assignment, dueBefore, caseNumber, text, sort);
        TaskPage page = tasks.inbox(user, query, after, limit);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.next() != null) {
            String next = PageLinks.at("/api/v1/tasks", request, page.next());
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(page.tasks().stream().map(mapper::toView).toList());
    }

    @GetMapping("/{id}")
    TaskView get(@PathVariable UUID id, CurrentUser user) {
        Task task = tasks.get(id, user);
        return mapper.toView(task, forms.schema(task.getFormKey()).orElse(null));
    }

    @PostMapping("/{id}/claim")
    TaskView claim(@PathVariable UUID id, CurrentUser user) {
        return mapper.toView(tasks.claim(id, user));
    }

    @PostMapping("/{id}/unclaim")
    TaskView unclaim(@PathVariable UUID id, CurrentUser user) {
        return mapper.toView(tasks.unclaim(id, user));
    }

    /** A manager gives the task to someone else ({@code assignee}), or back to the queue ({@code null}). */
    @PostMapping("/{id}/assign")
    TaskView assign(@PathVariable UUID id, @Valid @RequestBody Reassignment reassignment, CurrentUser user) {
        return mapper.toView(tasks.reassign(id, reassignment.assignee(), user));
    }

    @PostMapping("/{id}/complete")
    TaskView complete(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> data, CurrentUser user) {
        return mapper.toView(tasks.complete(id, data == null ? Map.of() : data, user));
    }
}
