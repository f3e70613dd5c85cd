-- Append-only audit trail: who did or tried what to which case, when, from where, and whether it was allowed.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null,
    user_id      varchar(100),
    username     varchar(100),
    roles        varchar(200),
    municipality varchar(40),
    action       varchar(60)  not null,
    inquiry_id   uuid,
    outcome      varchar(10)  not null check (outcome in ('ALLOWED', 'REFUSED')),
    detail       varchar(500),
    client_ip    varchar(64)
);
create index audit_event_by_inquiry on audit_event (inquiry_id, occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- The first-line official who owns the case (set when they first take a first-line task on it)
-- and the functions the case has been handed to: who may see a confidential case.
alter table inquiry add column owner varchar(100);
create table inquiry_function (
    inquiry_id uuid         not null references inquiry (id) on delete cascade,
    function   varchar(40)  not null,
    primary key (inquiry_id, function)
);

-- Officials' internal notes on a case; never shown to the company.
create table inquiry_note (
    id          uuid primary key,
    inquiry_id  uuid          not null references inquiry (id) on delete cascade,
    author      varchar(100)  not null,
    author_role varchar(40)   not null,
    written_at  timestamptz   not null,
    text        varchar(8000) not null
);
create index inquiry_note_by_inquiry on inquiry_note (inquiry_id, written_at);
