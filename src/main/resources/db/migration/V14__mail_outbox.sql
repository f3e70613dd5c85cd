-- E-mail is written here in the transaction of the change it tells about and sent after commit by the mail relay.
-- One row per letter and recipient; the dedup key makes a change that is delivered twice (a job the engine hands
-- out again) one mail. A row for a role is expanded by the relay into one row per official who holds it.
create table mail_outbox (
    id                 uuid          primary key,
    dedup_key          varchar(300)  not null unique,
    case_id            uuid          references case_file (id),
    municipality       varchar(60)   not null,
    audience           varchar(20)   not null check (audience in ('COMPANY', 'OFFICIAL')),
    recipient_address  varchar(320),
    recipient_username varchar(200),
    recipient_role     varchar(60),
    subject            varchar(500)  not null,
    body               text          not null,
    document_id        uuid          references case_document (id),
    created_at         timestamptz   not null,
    next_attempt_at    timestamptz   not null,
    claimed_until      timestamptz,
    attempts           integer       not null default 0,
    sent_at            timestamptz,
    failed_at          timestamptz,
    last_error         varchar(2000),
    check (recipient_address is not null or recipient_username is not null or recipient_role is not null)
);
create index mail_outbox_due on mail_outbox (next_attempt_at, created_at) where sent_at is null and failed_at is null;
create index mail_outbox_case on mail_outbox (case_id, created_at);
