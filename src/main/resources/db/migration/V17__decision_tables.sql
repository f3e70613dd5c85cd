-- Every version of a decision table the municipality has put into service (or that shipped with the application),
-- with who, when and why; exactly one version of each decision is in service.
create table decision_table_version (
    decision_id     varchar(100) not null,
    version         integer      not null,
    file_name       varchar(200) not null,
    content         bytea        not null,
    sha256          varchar(64)  not null,
    source          varchar(20)  not null,
    reinstated_from integer,
    recorded_by     varchar(200) not null,
    recorded_at     timestamptz  not null,
    comment         varchar(2000) not null,
    in_service      boolean      not null,
    engine_version  integer,
    engine_key      bigint,
    primary key (decision_id, version)
);
create unique index decision_table_in_service on decision_table_version (decision_id) where in_service;
