-- One case register. What every case has — number, kind, municipality, company, contact, status, owner,
-- confidentiality, when it was opened and closed, its outcome and the case it was started from — lives in
-- case_file; inquiry, permit and land_request keep only their own details, keyed by the case's id.
-- Everything that hangs off a case references case_file(id) through one case_id column.

create table case_file (
    id            uuid primary key,
    kind          varchar(20)  not null check (kind in ('INQUIRY', 'PERMIT', 'LAND_REQUEST')),
    case_number   varchar(20)  not null unique,
    municipality  varchar(50)  not null,
    country       varchar(2)   not null check (country in ('SE', 'NO')),
    company_name  varchar(200) not null,
    org_number    varchar(20)  not null,
    contact_name  varchar(200),
    contact_email varchar(254),
    contact_phone varchar(40),
    description   text         not null,
    status        varchar(30)  not null,
    owner         varchar(100),
    confidential  boolean      not null,
    opened_by     varchar(100) not null,
    opened_at     timestamptz  not null,
    updated_at    timestamptz  not null,
    closed_at     timestamptz,
    outcome       varchar(30),
    parent_id     uuid references case_file (id),
    version       bigint       not null,
    check ((closed_at is null) = (outcome is null))
);

insert into case_file (id, kind, case_number, municipality, country, company_name, org_number, contact_name,
                       contact_email, contact_phone, description, status, owner, confidential, opened_by, opened_at,
                       updated_at, closed_at, outcome, parent_id, version)
select id, 'INQUIRY', case_number, municipality, country, company_name, org_number, contact_name, contact_email,
       contact_phone, description, status, owner, confidential, submitted_by, submitted_at, updated_at,
       case when outcome is null then null else coalesce(closed_at, updated_at) end, outcome, null, version
from inquiry;

-- A permit or land request started from an inquiry is its child: it takes the inquiry's contact and
-- confidentiality. A direct application's country follows from how its organisation number is written.
insert into case_file (id, kind, case_number, municipality, country, company_name, org_number, contact_name,
                       contact_email, contact_phone, description, status, owner, confidential, opened_by, opened_at,
                       updated_at, closed_at, outcome, parent_id, version)
select p.id, 'PERMIT', p.case_number, p.municipality,
       coalesce(i.country, case when p.org_number ~ '^[0-9]{6}-[0-9]{4}$' then 'SE' else 'NO' end),
       p.company_name, p.org_number, i.contact_name, i.contact_email, i.contact_phone, p.description, p.status,
       p.officer, coalesce(i.confidential, false), p.applicant, p.submitted_at,
       greatest(p.submitted_at, coalesce(d.decided_at, p.proposed_at, p.submitted_at)),
       d.decided_at, d.outcome, p.inquiry_id, p.version
from permit p
left join inquiry i on i.id = p.inquiry_id
left join permit_decision d on d.permit_id = p.id;

insert into case_file (id, kind, case_number, municipality, country, company_name, org_number, contact_name,
                       contact_email, contact_phone, description, status, owner, confidential, opened_by, opened_at,
                       updated_at, closed_at, outcome, parent_id, version)
select l.id, 'LAND_REQUEST', l.case_number, l.municipality,
       coalesce(i.country, case when l.org_number ~ '^[0-9]{6}-[0-9]{4}$' then 'SE' else 'NO' end),
       l.company_name, l.org_number, i.contact_name, i.contact_email, i.contact_phone, l.purpose, l.status, null,
       coalesce(i.confidential, false), l.requested_by, l.requested_at, coalesce(l.closed_at, l.requested_at),
       l.closed_at, case when l.closed_at is null then null else l.status end, l.inquiry_id, l.version
from land_request l
left join inquiry i on i.id = l.inquiry_id;

-- One number series for the register; the kind keeps its prefix (ETB, PRM, LND).
select setval('case_number_seq', greatest(
        (select case when is_called then last_value else last_value - 1 end from case_number_seq),
        (select case when is_called then last_value else last_value - 1 end from permit_number_seq),
        (select case when is_called then last_value else last_value - 1 end from land_request_number_seq), 1));
drop sequence permit_number_seq;
drop sequence land_request_number_seq;

-- The functions a case has been handed to: with the owner, who may see a confidential case.
create table case_function (
    case_id  uuid        not null references case_file (id) on delete cascade,
    function varchar(40) not null,
    primary key (case_id, function)
);
insert into case_function (case_id, function) select inquiry_id, function from inquiry_function;
-- a child of a confidential inquiry is seen by the same functions, and by planning, which works it
insert into case_function (case_id, function)
select c.id, f.function from case_file c join inquiry_function f on f.inquiry_id = c.parent_id
on conflict do nothing;
insert into case_function (case_id, function)
select id, 'planning' from case_file where parent_id is not null
on conflict do nothing;
drop table inquiry_function;

-- The kinds keep their own details only.
drop index if exists inquiry_closed;
drop index if exists inquiry_open_by_status;
drop index if exists inquiry_by_status;
alter table inquiry
    drop column case_number, drop column municipality, drop column org_number, drop column company_name,
    drop column country, drop column contact_name, drop column contact_email, drop column contact_phone,
    drop column description, drop column confidential, drop column status, drop column submitted_by,
    drop column submitted_at, drop column updated_at, drop column version, drop column owner,
    drop column outcome, drop column closed_at;
alter table inquiry add constraint inquiry_is_a_case foreign key (id) references case_file (id) on delete cascade;

alter table permit
    drop column case_number, drop column inquiry_id, drop column municipality, drop column org_number,
    drop column company_name, drop column applicant, drop column description, drop column status,
    drop column submitted_at, drop column version;
alter table permit add constraint permit_is_a_case foreign key (id) references case_file (id) on delete cascade;

alter table land_request
    drop column case_number, drop column inquiry_id, drop column municipality, drop column org_number,
    drop column company_name, drop column requested_by, drop column purpose, drop column status,
    drop column requested_at, drop column closed_at, drop column version;
alter table land_request add constraint land_request_is_a_case foreign key (id) references case_file (id)
    on delete cascade;

-- Tasks: exactly one case each.
alter table task add column case_id uuid;
update task set case_id = coalesce(permit_id, land_request_id, inquiry_id);
delete from task_candidate_group where task_id in (select id from task where case_id is null);
delete from task where case_id is null;
alter table task alter column case_id set not null;
alter table task add constraint task_of_case foreign key (case_id) references case_file (id);
drop index if exists task_by_inquiry;
drop index if exists task_permit;
alter table task drop column inquiry_id, drop column permit_id, drop column land_request_id;
create index task_by_case on task (case_id, state);

-- The audit trail held permit and land-request ids under inquiry_id; now it holds any case's id.
alter table audit_event rename column inquiry_id to case_id;
alter table audit_event add constraint audit_event_of_case foreign key (case_id) references case_file (id);
alter index audit_event_by_inquiry rename to audit_event_by_case;

alter table case_event drop constraint case_event_inquiry_id_fkey;
alter table case_event rename column inquiry_id to case_id;
alter table case_event add constraint case_event_of_case foreign key (case_id) references case_file (id)
    on delete cascade;
alter index case_event_by_inquiry rename to case_event_by_case;

alter table inquiry_note rename to case_note;
alter table case_note drop constraint inquiry_note_inquiry_id_fkey;
alter table case_note rename column inquiry_id to case_id;
alter table case_note add constraint case_note_of_case foreign key (case_id) references case_file (id)
    on delete cascade;
alter index inquiry_note_by_inquiry rename to case_note_by_case;
alter table case_note rename constraint inquiry_note_pkey to case_note_pkey;

alter table case_clock add constraint case_clock_of_case foreign key (case_id) references case_file (id)
    on delete cascade;
alter table case_message add constraint case_message_of_case foreign key (case_id) references case_file (id)
    on delete cascade;
alter table notification add constraint notification_of_case foreign key (case_id) references case_file (id)
    on delete cascade;

alter table handoff drop constraint handoff_inquiry_id_fkey;
alter table handoff rename column inquiry_id to case_id;
alter table handoff add constraint handoff_of_case foreign key (case_id) references case_file (id)
    on delete cascade;
alter index handoff_by_inquiry rename to handoff_by_case;

alter table submission_key drop constraint submission_key_inquiry_id_fkey;
alter table submission_key rename column inquiry_id to case_id;
alter table submission_key add constraint submission_key_of_case foreign key (case_id) references case_file (id)
    on delete cascade;

-- The register's lists: a municipality's cases by date, a company's cases, open cases by status, children,
-- and the words of what each case is about.
create index case_file_by_municipality on case_file (municipality, opened_at desc, id);
create index case_file_by_company on case_file (municipality, org_number, opened_at desc);
create index case_file_open on case_file (municipality, status, opened_at desc) where closed_at is null;
create index case_file_closed on case_file (municipality, closed_at) where closed_at is not null;
create index case_file_by_updated on case_file (municipality, updated_at desc, id);
create index case_file_children on case_file (parent_id) where parent_id is not null;
create index case_file_words on case_file using gin (to_tsvector('simple', description));
