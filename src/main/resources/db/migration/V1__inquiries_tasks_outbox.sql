-- Case numbers come from a sequence so that they are unique and gap-tolerant under concurrency.
create sequence case_number_seq;

create table inquiry (
    id                 uuid primary key,
    case_number        varchar(20)  not null unique,
    municipality       varchar(40)  not null,
    org_number         varchar(20)  not null,
    company_name       varchar(200) not null,
    country            varchar(2)   not null check (country in ('SE', 'NO')),
    contact_name       varchar(200) not null,
    contact_email      varchar(254) not null,
    contact_phone      varchar(40),
    establishment_type varchar(20)  not null,
    sector             varchar(10)  not null,
    description        text         not null,
    desired_area       varchar(200),
    land_area_sqm      integer check (land_area_sqm >= 0),
    power_demand_mw    numeric(10, 2) check (power_demand_mw >= 0),
    expected_jobs      integer check (expected_jobs >= 0),
    planned_start      date,
    confidential       boolean      not null,
    status             varchar(30)  not null,
    submitted_by       varchar(100) not null,
    submitted_at       timestamptz  not null,
    first_contact_due  timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null
);
create index inquiry_by_municipality on inquiry (municipality, submitted_at desc);
create index inquiry_by_company on inquiry (municipality, org_number, submitted_at desc);

create table inquiry_need (
    inquiry_id uuid        not null references inquiry (id) on delete cascade,
    need       varchar(20) not null,
    primary key (inquiry_id, need)
);

create table task (
    id                   uuid primary key,
    job_key              bigint       not null unique,
    process_instance_key bigint       not null,
    process_id           varchar(100) not null,
    element_id           varchar(100) not null,
    name                 varchar(200) not null,
    form_key             varchar(100),
    inquiry_id           uuid references inquiry (id),
    case_number          varchar(20),
    municipality         varchar(40)  not null,
    assignee             varchar(100),
    due_at               timestamptz,
    follow_up_at         timestamptz,
    state                varchar(20)  not null,
    created_at           timestamptz  not null,
    claimed_at           timestamptz,
    completed_at         timestamptz,
    completed_by         varchar(100),
    completion_data      jsonb,
    version              bigint       not null
);
create index task_open_by_municipality on task (municipality, due_at) where state = 'OPEN';
create index task_by_inquiry on task (inquiry_id);

create table task_candidate_group (
    task_id         uuid         not null references task (id) on delete cascade,
    candidate_group varchar(100) not null,
    primary key (task_id, candidate_group)
);
create index task_candidate_group_by_group on task_candidate_group (candidate_group, task_id);

-- Messages for the engine, written in the same transaction as the change that causes them.
create table workflow_outbox (
    id              uuid primary key,
    message_name    varchar(100) not null,
    correlation_key varchar(100) not null,
    variables       jsonb        not null,
    created_at      timestamptz  not null,
    published_at    timestamptz,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text
);
create index workflow_outbox_due on workflow_outbox (next_attempt_at) where published_at is null;
