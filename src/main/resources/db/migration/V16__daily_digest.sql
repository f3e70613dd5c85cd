-- Officials who want a morning mail of the tasks that reached their queues since the last one.
create table official_digest (
    username      varchar(200) primary key,
    municipality  varchar(60)  not null,
    enabled       boolean      not null,
    last_sent_at  timestamptz,
    changed_at    timestamptz  not null
);
