create sequence permit_number_seq;

create table permit (
    id                    uuid primary key,
    case_number           varchar(20)   not null unique,
    inquiry_id            uuid references inquiry (id),
    municipality          varchar(50)   not null,
    permit_type           varchar(50)   not null,
    org_number            varchar(20)   not null,
    company_name          varchar(200)  not null,
    applicant             varchar(100)  not null,
    description           varchar(5000) not null,
    site                  varchar(300),
    fee                   numeric(12,2) not null check (fee >= 0),
    status                varchar(30)   not null,
    officer               varchar(100),
    proposed_outcome      varchar(30),
    proposal_reasoning    varchar(5000),
    proposed_at           timestamptz,
    proposed_no           boolean       not null default false,
    became_yes_after_exploring boolean  not null default false,
    rejected_after_communication boolean not null default false,
    submitted_at          timestamptz   not null,
    complete_at           timestamptz,
    decision_requested_at timestamptz,
    version               bigint        not null
);
create index permit_municipality on permit (municipality, submitted_at desc);
create index permit_company on permit (municipality, org_number);

-- Each way to a yes that the officer tried before a no.
create table permit_alternative (
    id           uuid primary key,
    permit_id    uuid          not null references permit (id),
    kind         varchar(30)   not null,
    description  varchar(5000) not null,
    dialogue     varchar(5000),
    works        boolean       not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);

-- Förvaltningslagen 25 §: the draft decision sent to the applicant, and the reply if one came.
create table permit_communication (
    id              uuid primary key,
    permit_id       uuid          not null references permit (id),
    draft           varchar(10000) not null,
    sent_at         timestamptz   not null,
    reply_due       timestamptz   not null,
    reply           varchar(10000),
    replied_at      timestamptz
);

-- The second pair of eyes on a proposed rejection.
create table permit_review (
    id           uuid primary key,
    permit_id    uuid          not null references permit (id),
    reviewer     varchar(100)  not null,
    agrees       boolean       not null,
    comment      varchar(5000),
    reviewed_at  timestamptz   not null
);

create table permit_decision (
    permit_id    uuid primary key references permit (id),
    outcome      varchar(30)   not null,
    legal_basis  varchar(2000) not null,
    reasoning    varchar(10000) not null,
    conditions   varchar(10000),
    appeal       varchar(2000) not null,
    decided_by   varchar(100)  not null,
    decided_at   timestamptz   not null
);

-- Time in each step, so managers can see where permits wait.
create table permit_step (
    id          uuid primary key,
    permit_id   uuid          not null references permit (id),
    step        varchar(30)   not null,
    entered_at  timestamptz   not null,
    left_at     timestamptz,
    detail      varchar(500)
);
create index permit_step_permit on permit_step (permit_id, entered_at);


-- Warnings for officials: a deadline draws near.
create table notification (
    id           uuid primary key,
    municipality varchar(50)   not null,
    recipient    varchar(100),
    recipient_role varchar(40),
    case_id      uuid          not null,
    case_number  varchar(20)   not null,
    kind         varchar(40)   not null,
    due_at       timestamptz,
    created_at   timestamptz   not null,
    constraint notification_has_recipient check (recipient is not null or recipient_role is not null)
);
create index notification_recipient on notification (municipality, recipient, recipient_role, created_at desc);

-- A task of a permit's review belongs to the permit.
alter table task add column permit_id uuid;
create index task_permit on task (permit_id) where permit_id is not null;
