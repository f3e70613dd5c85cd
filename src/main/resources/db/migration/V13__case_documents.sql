-- The documents the municipality issues on a case (decisions, answers), as the PDF/A that was sent: stored once,
-- handed out byte for byte on every download. One per case, kind and reference, so a step the engine delivers
-- twice issues one document.
create table case_document (
    id          uuid         primary key,
    case_id     uuid         not null references case_file (id),
    kind        varchar(40)  not null,
    reference   varchar(100) not null,
    title       varchar(300) not null,
    file_name   varchar(200) not null,
    sha256      varchar(64)  not null,
    size_bytes  bigint       not null,
    content     bytea        not null,
    issued_at   timestamptz  not null,
    unique (case_id, kind, reference)
);
create index case_document_case on case_document (case_id, issued_at);
