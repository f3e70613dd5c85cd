-- The municipality's inventory of industrial and business land.
create table parcel (
    id              uuid primary key,
    municipality    varchar(50)   not null,
    designation     varchar(100)  not null,
    area            varchar(100)  not null,
    size_sqm        integer       not null check (size_sqm > 0),
    zoning          varchar(30)   not null,
    power_mw        numeric(8,2)  not null check (power_mw >= 0),
    water_and_sewer boolean       not null,
    road_access     boolean       not null,
    rail_access     boolean       not null,
    price_per_sqm   numeric(10,2) not null check (price_per_sqm >= 0),
    notes           varchar(2000),
    status          varchar(20)   not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    unique (municipality, designation)
);
create index parcel_search on parcel (municipality, status, size_sqm);

create sequence land_request_number_seq;

-- A company's need for land, from an inquiry's hand-off or asked for directly.
create table land_request (
    id                 uuid primary key,
    case_number        varchar(20)   not null unique,
    inquiry_id         uuid references inquiry (id),
    municipality       varchar(50)   not null,
    org_number         varchar(20)   not null,
    company_name       varchar(200)  not null,
    requested_by       varchar(100)  not null,
    purpose            varchar(5000) not null,
    minimum_size_sqm   integer check (minimum_size_sqm > 0),
    preferred_area     varchar(100),
    power_mw           numeric(8,2) check (power_mw >= 0),
    needs_rail         boolean       not null,
    status             varchar(30)   not null,
    requested_at       timestamptz   not null,
    closed_at          timestamptz,
    version            bigint        not null
);
create index land_request_municipality on land_request (municipality, requested_at desc);
create index land_request_company on land_request (municipality, org_number);

-- One case's hold on one parcel: offered, then reserved (markanvisning), then allocated.
-- A hold that has not ended excludes every other, whatever the application believes: the partial unique
-- indexes below are what makes a parcel never be promised to two companies, however many requests race.
create table parcel_claim (
    id                      uuid primary key,
    parcel_id               uuid          not null references parcel (id),
    land_request_id         uuid          not null references land_request (id),
    stage                   varchar(20)   not null,
    price_per_sqm           numeric(10,2) not null check (price_per_sqm >= 0),
    terms                   varchar(5000),
    offered_by              varchar(100)  not null,
    offered_at              timestamptz   not null,
    offer_sent_at           timestamptz,
    offer_expires_at        timestamptz   not null,
    answered_at             timestamptz,
    reserved_at             timestamptz,
    reservation_expires_at  timestamptz,
    extended_at             timestamptz,
    extension_reason        varchar(2000),
    agreed_price_per_sqm    numeric(10,2),
    agreed_terms            varchar(5000),
    decision                varchar(20),
    decided_by              varchar(200),
    decision_reference      varchar(200),
    decision_reasoning      varchar(5000),
    decided_at              timestamptz,
    agreement_reference     varchar(200),
    agreement_signed_on     date,
    access_date             date,
    allocated_at            timestamptz,
    ended_at                timestamptz,
    end_reason              varchar(30),
    version                 bigint        not null,
    check ((ended_at is null) = (end_reason is null))
);
create unique index parcel_claim_one_holder on parcel_claim (parcel_id) where ended_at is null;
create unique index parcel_claim_one_parcel_per_request on parcel_claim (land_request_id) where ended_at is null;
create index parcel_claim_request on parcel_claim (land_request_id, offered_at);

alter table task add column land_request_id uuid;
