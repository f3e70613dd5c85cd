-- The outbox relay claims messages for a short lease instead of holding row locks while it calls the engine,
-- and removes published messages after a retention period.
alter table workflow_outbox add column claimed_until timestamptz;
create index workflow_outbox_published on workflow_outbox (published_at) where published_at is not null;

-- What the process knew when it handed out the task, to restart it at that step if the engine loses its state;
-- and when the engine was found to have lost the task's process.
alter table task add column process_variables jsonb;
alter table task add column process_lost_at timestamptz;

-- The engine's key counter as last seen. Keys only grow in an engine that keeps its state; a key below this one
-- means that the engine lost its state or was restored from an older backup.
create table engine_watermark (
    id          smallint primary key check (id = 1),
    message_key bigint      not null,
    seen_at     timestamptz not null,
    lost_at     timestamptz
);

-- Web sessions live in the database (Spring Session's schema), so that any instance can serve any user.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
