-- A web form posted twice (a double click, a reload) makes one case: the form's one-time key is taken in the
-- transaction that opens the case, and a second post with the same key finds the case the first one opened.
create table submitted_once (
    submission_key varchar(100) primary key,
    username       varchar(200) not null,
    case_id        uuid,
    submitted_at   timestamptz  not null
);
