-- How a case ended, for the statistics.
alter table inquiry add column outcome varchar(30);
alter table inquiry add column closed_at timestamptz;
-- The first-contact deadline now lives in its clock (case_clock).
alter table inquiry drop column first_contact_due;

-- The deadlines of any kind of case (an inquiry, later a permit), so no foreign key to one case table.
-- Service norms count working days (norm_working_days); statutory periods count calendar weeks
-- (norm_weeks) from counted_from, may restart from a complete application and be extended once.
create table case_clock (
    id                uuid primary key,
    case_id           uuid         not null,
    kind              varchar(40)  not null,
    subject           varchar(100),
    country           varchar(2)   not null,
    norm_working_days integer      not null check (norm_working_days >= 0),
    norm_weeks        integer      check (norm_weeks > 0),
    started_at        timestamptz  not null,
    counted_from      timestamptz  not null,
    due_at            timestamptz,
    paused_at         timestamptz,
    days_left_at_pause integer,
    stopped_at        timestamptz,
    met               boolean,
    extension_weeks   integer      check (extension_weeks > 0),
    extension_reason  varchar(2000),
    extended_by       varchar(100),
    extended_at       timestamptz,
    warned_at         timestamptz,
    escalated_at      timestamptz,
    version           bigint       not null
);
create index case_clock_by_case on case_clock (case_id);
create index case_clock_running_due on case_clock (due_at) where stopped_at is null;

create table case_clock_pause (
    id          uuid primary key,
    clock_id    uuid        not null references case_clock (id) on delete cascade,
    paused_at   timestamptz not null,
    resumed_at  timestamptz,
    reason      varchar(40) not null
);
create index case_clock_pause_by_clock on case_clock_pause (clock_id, paused_at);

-- A hand-off from the first-line service to a function: who, why, and how long it waited.
create table handoff (
    id                         uuid primary key,
    inquiry_id                 uuid         not null references inquiry (id) on delete cascade,
    process_instance_key       bigint       not null unique,
    from_role                  varchar(40)  not null,
    to_role                    varchar(40)  not null,
    reason                     varchar(1000),
    requested_at               timestamptz  not null,
    acceptance_due             timestamptz,
    accepted_at                timestamptz,
    accepted_by                varchar(100),
    acceptance_waiting_seconds bigint check (acceptance_waiting_seconds >= 0),
    escalated_at               timestamptz,
    completed_at               timestamptz,
    completed_by               varchar(100),
    summary                    varchar(8000),
    next_steps                 varchar(4000),
    follow_up                  varchar(30),
    version                    bigint       not null
);
create index handoff_by_inquiry on handoff (inquiry_id, requested_at);
create index handoff_by_role on handoff (to_role, requested_at);

-- What happened on a case, for its timeline; internal events are not shown to the company.
create table case_event (
    id          bigserial primary key,
    inquiry_id  uuid          not null references inquiry (id) on delete cascade,
    occurred_at timestamptz   not null,
    kind        varchar(40)   not null,
    role        varchar(40),
    actor       varchar(100),
    detail      varchar(1000),
    internal    boolean       not null
);
create index case_event_by_inquiry on case_event (inquiry_id, occurred_at, id);

-- Messages between the company and the officials, with attachments stored in the database.
-- Messages of any kind of case (an inquiry, later a permit), so no foreign key to one case table.
create table case_message (
    id          uuid primary key,
    case_id     uuid          not null,
    kind        varchar(30)   not null,
    from_company boolean      not null,
    author      varchar(100)  not null,
    author_role varchar(40),
    sent_at     timestamptz   not null,
    text        varchar(20000) not null
);
create index case_message_by_case on case_message (case_id, sent_at);

create table message_attachment (
    id           uuid primary key,
    message_id   uuid          not null references case_message (id) on delete cascade,
    file_name    varchar(255)  not null,
    content_type varchar(120)  not null,
    size_bytes   bigint        not null check (size_bytes > 0),
    content      bytea         not null
);
create index message_attachment_by_message on message_attachment (message_id);

-- Idempotent submission: the same Idempotency-Key from the same person returns the same case.
create table submission_key (
    user_id      varchar(100) not null,
    key          varchar(200) not null,
    request_hash varchar(64)  not null,
    inquiry_id   uuid         not null references inquiry (id) on delete cascade,
    created_at   timestamptz  not null,
    primary key (user_id, key)
);

-- Tasks are checked against the engine now and then, so that cancelled ones are closed.
alter table task add column checked_at timestamptz;
create index task_open_by_check on task (checked_at nulls first) where state = 'OPEN';
