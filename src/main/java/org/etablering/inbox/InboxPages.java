package org.etablering.inbox;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.etablering.cases.CaseDetail;
import org.etablering.cases.CaseDetails;
import org.etablering.cases.CaseKind;
import org.etablering.cases.CaseNotes;
import org.etablering.cases.NewNote;
import org.etablering.cases.CasePage;
import org.etablering.cases.CaseQuery;
import org.etablering.cases.CaseRegister;
import org.etablering.cases.CaseSearch;
import org.etablering.cases.CaseSort;
import org.etablering.form.FormCatalog;
import org.etablering.form.FormField;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.CaseFiles;
import org.etablering.land.LandCaseFiles;
import org.etablering.paging.PageLinks;
import org.etablering.permit.PermitCaseFiles;
import org.etablering.problem.ConflictException;
import org.etablering.problem.FieldProblem;
import org.etablering.inquiry.InquiryService;
import org.etablering.message.AttachmentDownload;
import org.etablering.notification.Notifications;
import org.etablering.message.MessageStore;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.UnprocessableException;
import org.etablering.task.Task;
import org.etablering.task.TaskQuery;
import org.etablering.task.TaskService;
import org.etablering.ui.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officials' pages: the task inbox, and a task's form beside its case. */
@Controller
@WebPage
class InboxPages {

    static final int NOTE_LIMIT = 8000;

    /** A task due within this time is marked as due soon. */
    static final Duration DUE_SOON = Duration.ofDays(2);

    private final TaskService tasks;
    private final FormCatalog forms;
    private final CaseRegister register;
    private final CaseFiles inquiries;
    private final PermitCaseFiles permits;
    private final LandCaseFiles land;
    private final MessageSource texts;
    private final org.etablering.registry.RegisterEntries registry;
    private final Clock clock;
    private final CaseSearch caseSearch;
    private final CaseDetails caseDetails;
    private final CaseNotes notes;
    private final Notifications notifications;
    private final InquiryService inquiryService;
    private final org.etablering.cases.CaseTimeline timeline;
    private final org.etablering.cases.CaseCorrespondence correspondence;
    private final org.etablering.inquiry.RoutingProposal routingProposal;

    private final org.etablering.cases.CaseDocuments caseDocuments;
    private final org.etablering.mail.CaseMailLog mailLog;
    private final org.etablering.mail.DailyDigest digest;

    InboxPages(TaskService tasks, FormCatalog forms, CaseRegister register, CaseFiles inquiries,
               PermitCaseFiles permits, LandCaseFiles land, MessageSource texts, Clock clock, CaseSearch caseSearch,
               CaseDetails caseDetails, CaseNotes notes, Notifications notifications, InquiryService inquiryService,
               org.etablering.cases.CaseTimeline timeline, org.etablering.cases.CaseCorrespondence correspondence,
               org.etablering.inquiry.RoutingProposal routingProposal, org.etablering.cases.CaseDocuments caseDocuments,
               org.etablering.mail.CaseMailLog mailLog, org.etablering.mail.DailyDigest digest,
                org.etablering.registry.RegisterEntries registry) {
        this.registry = registry;
        this.digest = digest;
        this.mailLog = mailLog;
        this.caseDocuments = caseDocuments;
        this.routingProposal = routingProposal;
        this.correspondence = correspondence;
        this.timeline = timeline;
        this.inquiryService = inquiryService;
        this.notes = notes;
        this.notifications = notifications;
        this.caseSearch = caseSearch;
        this.caseDetails = caseDetails;
        this.texts = texts;
        this.tasks = tasks;
        this.forms = forms;
        this.register = register;
        this.inquiries = inquiries;
        this.permits = permits;
        this.land = land;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String inbox(CurrentUser user, @RequestParam(required = false) String group,
                 @RequestParam(defaultValue = "ANY") TaskQuery.Assignment assignment,
                 @RequestParam(required = false) String q,
                 @RequestParam(defaultValue = "DUE") TaskQuery.Sort sort,
                 @RequestParam(required = false) String after, HttpServletRequest request, Model model) {
        String wanted = group == null || group.isBlank() ? null : group;
        String text = q == null || q.isBlank() ? null : q;
        org.etablering.task.TaskPage page = tasks.inbox(user, new TaskQuery(wanted, assignment, null, null, text, sort),
                after, TaskService.INBOX_PAGE);
        model.addAttribute("first", after == null || after.isBlank() ? null : PageLinks.at("/inbox", request, null));
        model.addAttribute("next", page.next() == null ? null : PageLinks.at("/inbox", request, page.next()));
        model.addAttribute("tasks", page.tasks());
        model.addAttribute("groups", user.candidateGroups());
        model.addAttribute("group", wanted);
        model.addAttribute("assignment", assignment);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("now", clock.instant());
        model.addAttribute("soon", clock.instant().plus(DUE_SOON));
        return "inbox/list";
    }

    @GetMapping("/inbox/tasks/{id}")
    String task(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
        Task task = tasks.get(id, user);
        model.addAttribute("task", task);
        model.addAttribute("taskName", texts.getMessage("task." + task.getProcessId() + "." + task.getElementId(), null,
                task.getName(), locale));
        List<FormField> fields = forms.fields(task.getFormKey()).stream()
                .map(field -> field.translated(task.getFormKey(), key -> texts.getMessage(key, null, null, locale))).toList();
        model.addAttribute("fields", fields);
        model.addAttribute("labels", fields.stream().filter(field -> field.isInput() && field.label() != null)
                .collect(java.util.stream.Collectors.toMap(FormField::key, FormField::label, (a, b) -> a)));
        model.addAttribute("mine", user.username().equals(task.getAssignee()));
        if (user.has(org.etablering.identity.Role.MANAGER)) {
            model.addAttribute("eligible", tasks.eligibleAssignees(id, user));
        }
        model.addAttribute("now", clock.instant());
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> shown = (Map<String, String>) model.getAttribute("values");
        Map<String, List<String>> asPosted = new java.util.HashMap<>();
        shown.forEach((key, value) -> asPosted.put(key, List.of(value)));
        // what the form's conditions hide for the answers so far; the page asks again on every change (htmx)
        model.addAttribute("hidden", forms.hidden(task.getFormKey(), forms.read(task.getFormKey(), asPosted)));
        switch (register.kindOf(task.getCaseId())) {
            case INQUIRY -> {
                model.addAttribute("inquiry", inquiries.official(task.getCaseId(), user));
                model.addAttribute("messages", correspondence.of(task.getCaseId(), user));
            }
            case PERMIT -> model.addAttribute("permit", permits.of(task.getCaseId(), user));
            case LAND_REQUEST -> model.addAttribute("land", land.of(task.getCaseId(), user));
        }
        if ("triage".equals(task.getFormKey()) && mine(task, user)) {
            model.addAttribute("routingProposal", routingProposal.of(task.getCaseId(), user).orElse(null));
            model.addAttribute("routingProposalAsked", true);
        }
        if (!model.containsAttribute("inquiry")) {
            model.addAttribute("detail", caseDetails.of(task.getCaseId(), user));
            model.addAttribute("workDone", workDone(task.getCaseId(), locale));
        }
        return "inbox/task";
    }

    private static boolean mine(Task task, CurrentUser user) {
        return user.username().equals(task.getAssignee());
    }

    @PostMapping("/inbox/tasks/{id}/claim")
    String claim(@PathVariable UUID id, CurrentUser user) {
        tasks.claim(id, user);
        return "redirect:/inbox/tasks/" + id;
    }

    @PostMapping("/inbox/tasks/{id}/unclaim")
    String unclaim(@PathVariable UUID id, CurrentUser user) {
        tasks.unclaim(id, user);
        return "redirect:/inbox";
    }

    /** A manager gives the task to another official, or back to the queue. */
    @PostMapping("/inbox/tasks/{id}/assign")
    String assign(@PathVariable UUID id, @RequestParam(required = false) String assignee,
                  @RequestParam(required = false) String from, CurrentUser manager, RedirectAttributes redirect) {
        String back = "all-tasks".equals(from) ? "redirect:/inbox/all-tasks" : "redirect:/inbox/tasks/" + id;
        try {
            tasks.reassign(id, assignee == null || assignee.isBlank() ? null : assignee.strip(), manager);
        } catch (UnprocessableException refused) {
            redirect.addFlashAttribute("problemNotice", "inbox.reassign.refused");
            return back;
        }
        redirect.addFlashAttribute("notice", "inbox.reassigned");
        return back;
    }

    /**
     * Every case of the municipality the official may see, of any kind, including those without an open task
     * (waiting for the company, in follow-up, closed): searched, filtered, ordered and paged with a count.
     */
    @GetMapping("/inbox/cases")
    String cases(CurrentUser user, @RequestParam(required = false) String q,
                 @RequestParam(required = false) CaseKind kind, @RequestParam(defaultValue = "open") String state,
                 @RequestParam(required = false) String status,
                 @RequestParam(defaultValue = "false") boolean mine,
                 @RequestParam(defaultValue = "false") boolean confidential,
                 @RequestParam(defaultValue = "UPDATED") CaseSort sort, @RequestParam(required = false) String cursor,
                 @RequestParam(required = false) String function, @RequestParam(defaultValue = "false") boolean overdue,
                 Model model) {
        Boolean open = switch (state) {
            case "closed" -> false;
            case "all" -> null;
            default -> true;
        };
        String wantedStatus = status == null || status.isBlank() ? null : status;
        CasePage page = caseSearch.find(new CaseQuery(kind, wantedStatus, open, q, mine ? user.username() : null,
                confidential ? Boolean.TRUE : null, null, null, sort, CaseQuery.DEFAULT_LIMIT, cursor,
                function == null || function.isBlank() ? null : function, overdue ? Boolean.TRUE : null), user);
        model.addAttribute("page", page);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("state", open == null ? "all" : open ? "open" : "closed");
        model.addAttribute("mine", mine);
        model.addAttribute("confidential", confidential);
        model.addAttribute("sort", sort);
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("status", wantedStatus);
        model.addAttribute("statuses", caseSearch.statusesByKind());
        model.addAttribute("sorts", CaseSort.values());
        model.addAttribute("cursor", cursor);
        model.addAttribute("function", function);
        model.addAttribute("overdue", overdue);
        model.addAttribute("functions", List.of("first-line", "business", "development", "planning"));
        return "inbox/cases";
    }

    /** A case of any kind as officials see it: one header for all kinds, then what is particular to the kind. */
    @GetMapping("/inbox/cases/{id}")
    String casePage(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
        CaseDetail detail = caseDetails.of(id, user);
        model.addAttribute("detail", detail);
        model.addAttribute("workDone", workDone(id, locale));
        var messages = correspondence.of(id, user);
        model.addAttribute("messages", messages);
        model.addAttribute("documents", caseDocuments.of(id, messages, user));
        model.addAttribute("mails", mailLog.of(id, user));
        model.addAttribute("registerEntries", registry.ofCase(id, user));
        switch (detail.kind()) {
            case INQUIRY -> {
                model.addAttribute("inquiry", inquiries.official(id, user));
                return "inbox/case";
            }
            case PERMIT -> model.addAttribute("permit", permits.of(id, user));
            case LAND_REQUEST -> model.addAttribute("land", land.of(id, user));
        }
        model.addAttribute("timeline", timeline.of(id, true));
        model.addAttribute("notes", notes.of(id, user));
        return "inbox/case-file";
    }

    /** A task someone completed, with the answers they gave in its form, labelled as the form labels them. */
    record WorkDone(String task, String by, java.time.Instant at, List<Map.Entry<String, String>> answers) {
    }

    private List<WorkDone> workDone(UUID caseId, Locale locale) {
        List<WorkDone> done = new ArrayList<>();
        for (Task task : tasks.completedTasksOf(caseId)) {
            Map<String, Object> data = task.getCompletionData() == null ? Map.of() : task.getCompletionData();
            List<Map.Entry<String, String>> answers = new ArrayList<>();
            for (FormField field : forms.fields(task.getFormKey())) {
                FormField shown = field.translated(task.getFormKey(), key -> texts.getMessage(key, null, null, locale));
                Object value = data.get(field.key());
                if (!field.isInput() || value == null || value.toString().isBlank()) {
                    continue;
                }
                String text = "checkbox".equals(field.type())
                        ? texts.getMessage(Boolean.parseBoolean(value.toString()) ? "cases.yes" : "cases.no", null, locale)
                        : value instanceof java.util.Collection<?> chosen
                        ? chosen.stream().map(one -> choiceLabel(shown, one)).collect(java.util.stream.Collectors.joining(", "))
                        : choiceLabel(shown, value);
                if (text.isBlank()) {
                    continue;
                }
                answers.add(Map.entry(shown.label() == null ? field.key() : shown.label(), text));
            }
            done.add(new WorkDone(texts.getMessage("task." + task.getProcessId() + "." + task.getElementId(), null,
                    task.getName(), locale), task.getCompletedBy(), task.getCompletedAt(), answers));
        }
        return done;
    }

    /** Each refused field's problem in the user's language, to show beside the field ({@code attachments[2]} as one). */
    private Map<String, String> beside(List<FieldProblem> problems, Locale locale) {
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String field = problem.field().replaceAll("\\[\\d+]$", "");
            String text = problem.rule() == null ? problem.message() : texts.getMessage("form.problem." + problem.rule(),
                    new Object[] {problem.limit()}, problem.message(), locale);
            shown.merge(field, org.springframework.util.StringUtils.capitalize(text) + ".", (a, b) -> a);
        }
        return shown;
    }

    private static String choiceLabel(FormField field, Object value) {
        return field.choices() == null ? value.toString() : field.choices().stream()
                .filter(choice -> choice.value().equals(value.toString())).map(FormField.Choice::label)
                .findFirst().orElse(value.toString());
    }

    /** The official's notifications, newest first; looking at them marks them read. */
    @GetMapping("/inbox/notifications")
    String notifications(CurrentUser user, Model model) {
        model.addAttribute("notifications", notifications.of(user));
        notifications.markSeen(user);
        model.addAttribute("unreadNotifications", 0L);
        model.addAttribute("digestOn", digest.isOn(user));
        return "inbox/notifications";
    }

    /** The official turns the daily digest of new tasks on or off. */
    @PostMapping("/inbox/notifications/digest")
    String digest(@RequestParam(defaultValue = "false") boolean on, CurrentUser user, RedirectAttributes redirect) {
        digest.turn(user, on);
        redirect.addFlashAttribute("notice", on ? "digest.saved.on" : "digest.saved.off");
        return "redirect:/inbox/notifications";
    }

    /** Writes to the company from the case page; the company sees it on its own page at once. */
    @PostMapping("/inbox/cases/{id}/messages")
    String sendMessage(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
                       @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                       CurrentUser user, RedirectAttributes redirect, Locale locale) {
        List<MessageStore.Upload> uploads = MessageStore.Upload.fromForm(files);
        try {
            correspondence.write(id, text, uploads, user);
            redirect.addFlashAttribute("notice", "inbox.message.sent");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("problemNotice", "inbox.message.invalid");
            redirect.addFlashAttribute("messageProblems", beside(invalid.fields(), locale));
            redirect.addFlashAttribute("messageText", text);
        } catch (ConflictException closed) {
            redirect.addFlashAttribute("problemNotice", "inbox.message.closed");
        }
        return "redirect:/inbox/cases/" + id + "#messages";
    }

    @GetMapping("/inbox/cases/{id}/messages/{messageId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID messageId,
                                      @PathVariable UUID attachmentId, CurrentUser user) {
        return AttachmentDownload.of(correspondence.attachment(id, messageId, attachmentId, user));
    }

    @GetMapping("/inbox/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user) {
        return org.etablering.document.DocumentDownload.of(caseDocuments.download(id, documentId, user));
    }

    /** First-line closes the case early from its page, with an outcome and a reason. */
    @PostMapping("/inbox/cases/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) String outcome,
                 @RequestParam(defaultValue = "") String reason, CurrentUser user, RedirectAttributes redirect,
                 Locale locale) {
        try {
            inquiryService.closeEarly(id, new InquiryService.EarlyClose(outcome, reason), user);
            redirect.addFlashAttribute("notice", "inbox.close.done");
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("problemNotice", refused instanceof ConflictException
                    ? "inbox.close.notNow" : "inbox.close.invalid");
            if (refused instanceof InvalidInputException invalid) {
                redirect.addFlashAttribute("closeProblems", beside(invalid.fields(), locale));
                redirect.addFlashAttribute("closeReason", reason);
            }
        }
        return "redirect:/inbox/cases/" + id;
    }

    /** An internal note from the case page; the company never sees it. */
    @PostMapping("/inbox/cases/{id}/notes")
    String addNote(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, CurrentUser user,
                   RedirectAttributes redirect, Locale locale) {
        if (text.isBlank() || text.length() > NOTE_LIMIT) {
            redirect.addFlashAttribute("problemNotice", "inbox.note.invalid");
            redirect.addFlashAttribute("noteProblems", beside(List.of(text.isBlank()
                    ? new FieldProblem("text", "must not be blank", "required", null)
                    : new FieldProblem("text", "too long", "max-length", NOTE_LIMIT)), locale));
            redirect.addFlashAttribute("noteText", text);
        } else {
            notes.add(id, new NewNote(text.strip()), user);
            redirect.addFlashAttribute("notice", "inbox.note.added");
        }
        return "redirect:/inbox/cases/" + id + "#notes";
    }

    /** The task page again for the answers so far, so that fields a condition shows or hides appear or go. */
    @PostMapping("/inbox/tasks/{id}/form")
    String formChanged(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, CurrentUser user,
                       Model model, Locale locale) {
        model.addAttribute("values", posted.toSingleValueMap());
        return task(id, user, model, locale);
    }

    /** Completes the task with the posted form; problems come back to the form beside the fields. */
    @PostMapping("/inbox/tasks/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, CurrentUser user,
                    Model model, Locale locale, RedirectAttributes redirect) {
        Task task = tasks.get(id, user);
        Map<String, Object> data = forms.read(task.getFormKey(), posted);
        try {
            tasks.complete(id, data, user);
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("values", posted.toSingleValueMap());
            model.addAttribute("problems", refused instanceof InvalidInputException invalid
                    ? invalid.fields() : List.<FieldProblem>of());
            model.addAttribute("refusal", refused.text((key, arguments) -> texts.getMessage(key, arguments, key, locale)));
            return task(id, user, model, locale);
        }
        redirect.addFlashAttribute("notice", "inbox.completed");
        return "redirect:/inbox";
    }

}
