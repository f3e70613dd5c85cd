package org.etablering.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.form.FormCatalog;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.etablering.problem.ConflictException;
import org.etablering.problem.ForbiddenException;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.etablering.task.persistence.TaskRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ExtendWith(MockitoExtension.class)
class TaskServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final CurrentUser ANNA = official("anna", Role.FIRST_LINE, "ostersund");

    @Mock
    private TaskRepository repository;
    @Mock
    private TaskEngine engine;
    @Mock
    private PlatformTransactionManager transactions;
    @Mock
    private ApplicationEventPublisher events;
    @Mock
    private AuditTrail audit;

    private TaskService service;
    private Task triage;

    @BeforeEach
    void setUp() {
        service = new TaskService(repository, engine, new FormCatalog(new ObjectMapper()),
                new TransactionTemplate(transactions), events, audit, List.of(), List.of(), (ids, user) -> java.util.Set.copyOf(ids), (municipality, groups) -> java.util.Set.of("anna"),
                org.mockito.Mockito.mock(org.etablering.clock.Clocks.class), CLOCK, org.mockito.Mockito.mock(TaskQueues.class));
        triage = new Task(new NewTask(42L, 7L, "establishment-inquiry", "Triage", "Triage the inquiry", "triage",
                List.of("first-line"), null, null, null, UUID.randomUUID(), "ETB-2026-000001", "ostersund", Map.of()),
                CLOCK.instant());
    }

    @Test
    void aJobHandedOutAgainIsFiledOnlyOnce() {
        UUID inquiryId = UUID.randomUUID();
        NewTask job = new NewTask(42L, 7L, "establishment-inquiry", "Triage", "Triage the inquiry", "triage",
                List.of("first-line"), null, null, null, inquiryId, "ETB-2026-000001", "ostersund", Map.of());
        when(repository.existsByJobKey(42L)).thenReturn(false, true);
        when(repository.saveAndFlush(any(Task.class))).thenAnswer(call -> call.getArgument(0));

        service.record(job);
        service.record(job);

        verify(repository, times(1)).saveAndFlush(any(Task.class));
        verify(events, times(1)).publishEvent(new TaskEvents.TaskFiled(inquiryId, Set.of("first-line")));
    }

    @Test
    void invalidFormDataLeavesTheEngineAndTheTaskUntouched() {
        stored(triage);
        triage.claim("anna", CLOCK.instant());

        assertThatThrownBy(() -> service.complete(triage.getId(), Map.of("inquiryComplete", "maybe"), ANNA))
                .isInstanceOf(InvalidInputException.class);

        verifyNoInteractions(engine);
        assertThat(triage.getState()).isEqualTo(TaskState.OPEN);
    }

    @Test
    void onlyTheAssigneeCompletes() {
        stored(triage);
        triage.claim("someone-else", CLOCK.instant());

        assertThatThrownBy(() -> service.complete(triage.getId(), Map.of("inquiryComplete", "yes"), ANNA))
                .isInstanceOf(ForbiddenException.class);
        verify(engine, never()).completeJob(anyLong(), anyMap());
    }

    @Test
    void anUnclaimedTaskMustBeClaimedFirst() {
        stored(triage);

        assertThatThrownBy(() -> service.complete(triage.getId(), Map.of("inquiryComplete", "yes"), ANNA))
                .isInstanceOf(ConflictException.class);
        verifyNoInteractions(engine);
    }

    @Test
    void completingRecordsWhoAndWhen() {
        stored(triage);
        service.claim(triage.getId(), ANNA);
        when(engine.completeJob(42L, Map.of("inquiryComplete", "yes", "actedBy", "anna"))).thenReturn(TaskEngine.Outcome.COMPLETED);

        service.complete(triage.getId(), Map.of("inquiryComplete", "yes"), ANNA);

        assertThat(triage.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(triage.getCompletedBy()).isEqualTo("anna");
        assertThat(triage.getCompletedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aTaskWhoseJobIsGoneIsClosedNotLeftDangling() {
        stored(triage);
        service.claim(triage.getId(), ANNA);
        when(engine.completeJob(anyLong(), anyMap())).thenReturn(TaskEngine.Outcome.JOB_GONE);

        assertThatThrownBy(() -> service.complete(triage.getId(), Map.of("inquiryComplete", "yes"), ANNA))
                .isInstanceOf(ConflictException.class);
        assertThat(triage.getState()).isEqualTo(TaskState.CANCELLED);
    }

    @Test
    void aCompletionsEffectIsUndoneWhenTheEngineDoesNotTakeIt() {
        TaskCompletionEffect effect = mock(TaskCompletionEffect.class);
        service = new TaskService(repository, engine, new FormCatalog(new ObjectMapper()),
                new TransactionTemplate(transactions), events, audit, List.of(), List.of(effect), (ids, user) -> java.util.Set.copyOf(ids), (municipality, groups) -> java.util.Set.of("anna"),
                org.mockito.Mockito.mock(org.etablering.clock.Clocks.class), CLOCK, org.mockito.Mockito.mock(TaskQueues.class));
        stored(triage);
        service.claim(triage.getId(), ANNA);
        Map<String, Object> data = Map.of("inquiryComplete", "yes");
        when(engine.completeJob(anyLong(), anyMap())).thenReturn(TaskEngine.Outcome.JOB_GONE)
                .thenThrow(new IllegalStateException("engine unreachable"))
                .thenReturn(TaskEngine.Outcome.COMPLETED);

        assertThatThrownBy(() -> service.complete(triage.getId(), data, ANNA)).isInstanceOf(ConflictException.class);
        verify(effect).apply(triage, data, ANNA);
        verify(effect).undo(triage, data);

        triage = new Task(new NewTask(43L, 7L, "establishment-inquiry", "Triage", "Triage the inquiry", "triage",
                List.of("first-line"), null, null, null, UUID.randomUUID(), "ETB-2026-000001", "ostersund", Map.of()),
                CLOCK.instant());
        stored(triage);
        service.claim(triage.getId(), ANNA);
        assertThatThrownBy(() -> service.complete(triage.getId(), data, ANNA)).hasMessage("engine unreachable");
        verify(effect, times(2)).undo(any(Task.class), anyMap());

        service.complete(triage.getId(), data, ANNA);
        verify(effect, times(3)).apply(any(Task.class), anyMap(), any(CurrentUser.class));
        verify(effect, times(2)).undo(any(Task.class), anyMap());
    }

    @Test
    void anEffectThatRefusesLeavesTheTaskOpenAndTheEngineUntouched() {
        TaskCompletionEffect effect = mock(TaskCompletionEffect.class);
        service = new TaskService(repository, engine, new FormCatalog(new ObjectMapper()),
                new TransactionTemplate(transactions), events, audit, List.of(), List.of(effect), (ids, user) -> java.util.Set.copyOf(ids), (municipality, groups) -> java.util.Set.of("anna"),
                org.mockito.Mockito.mock(org.etablering.clock.Clocks.class), CLOCK, org.mockito.Mockito.mock(TaskQueues.class));
        stored(triage);
        service.claim(triage.getId(), ANNA);
        doThrow(new ConflictException("taken")).when(effect).apply(any(Task.class), anyMap(), any(CurrentUser.class));

        assertThatThrownBy(() -> service.complete(triage.getId(), Map.of("inquiryComplete", "yes"), ANNA))
                .isInstanceOf(ConflictException.class).extracting(e -> ((ConflictException) e).code()).isEqualTo("taken");
        verify(engine, never()).completeJob(anyLong(), anyMap());
        verify(effect, never()).undo(any(Task.class), anyMap());
        assertThat(triage.getState()).isEqualTo(TaskState.OPEN);
    }

    @Test
    void tasksOfOtherGroupsOrMunicipalitiesDoNotExistForTheCaller() {
        stored(triage);

        assertThatThrownBy(() -> service.get(triage.getId(), official("bo", Role.BUSINESS, "ostersund")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.claim(triage.getId(), official("ola", Role.FIRST_LINE, "lillestrom")))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.get(triage.getId(), ANNA)).isSameAs(triage);
    }

    @Test
    void aClaimedTaskCannotBeTakenByAnother() {
        stored(triage);
        service.claim(triage.getId(), ANNA);

        CurrentUser eva = official("eva", Role.FIRST_LINE, "ostersund");
        assertThatThrownBy(() -> service.claim(triage.getId(), eva)).isInstanceOf(ConflictException.class);
        assertThat(triage.getAssignee()).isEqualTo("anna");
        verify(audit).allowed(ANNA, AuditAction.TASK_CLAIMED, triage.getCaseId(), "Triage the inquiry");
        verify(audit).refused(eq(eva), eq(AuditAction.TASK_CLAIMED), eq(triage.getCaseId()), any());
        verify(events).publishEvent(new TaskEvents.TaskTaken(triage.getCaseId(), Set.of("first-line"), "anna"));
    }

    @Test
    void aManagerSeesAndReassignsButDoesNotClaimAnotherGroupsTask() {
        stored(triage);
        CurrentUser maria = official("maria", Role.MANAGER, "ostersund");

        assertThat(service.get(triage.getId(), maria)).isSameAs(triage);
        assertThatThrownBy(() -> service.claim(triage.getId(), maria)).isInstanceOf(ForbiddenException.class);
        service.reassign(triage.getId(), "anna", maria);

        assertThat(triage.getAssignee()).isEqualTo("anna");
        assertThatThrownBy(() -> service.get(triage.getId(), official("mats", Role.MANAGER, "lillestrom")))
                .isInstanceOf(NotFoundException.class);
    }

    private void stored(Task task) {
        when(repository.findById(task.getId())).thenReturn(Optional.of(task));
    }

    private static CurrentUser official(String username, Role role, String municipality) {
        return new CurrentUser(username + "-id", username, EnumSet.of(role), municipality, null);
    }
}
