-- The register (diarium, journal): every document that arrives on or leaves a case, numbered within the case.
create table register_entry (
    id              uuid primary key,
    case_id         uuid          not null references case_file (id),
    municipality    varchar(50)   not null,
    sequence        integer       not null check (sequence > 0),
    entry_number    varchar(40)   not null unique,
    registered_at   timestamptz   not null,
    direction       varchar(10)   not null check (direction in ('IN', 'OUT', 'INTERNAL')),
    counterpart     varchar(200)  not null,
    title           varchar(300)  not null,
    document_kind   varchar(40)   not null,
    source_id       uuid,
    confidential    boolean       not null,
    legal_ground    varchar(200),
    unique (case_id, sequence),
    unique (source_id)
);
create index register_entry_journal on register_entry (municipality, registered_at desc, id);
create index register_entry_by_case on register_entry (case_id, sequence);

-- A case whose personal content was erased when its retention time ran out; the case number and register stay.
alter table case_file add column erased_at timestamptz;

-- Each run of the retention job, with what it erased.
create table retention_run (
    id          uuid primary key,
    started_at  timestamptz  not null,
    finished_at timestamptz  not null,
    moment      timestamptz  not null,
    cases       integer      not null,
    messages    integer      not null,
    attachments integer      not null,
    notes       integer      not null,
    mails       integer      not null,
    case_numbers text        not null
);
