-- Yes before no: the case officer considers the applicant's reply to a draft adverse decision (or its absence when
-- the reply time ends) and records whether it changes the assessment; only an unchanged assessment goes on to the
-- manager's second review.
alter table permit_communication add column nothing_to_add boolean not null default false;
alter table permit_communication add column considered_at timestamptz;
alter table permit_communication add column considered_by varchar(200);
alter table permit_communication add column changes_assessment boolean;
alter table permit_communication add column consideration varchar(4000);
