-- The managers' dashboard counts whole tables; these indexes keep its figures and their lists quick at a
-- million cases (see CaseVolumeBenchmark).
create index inquiry_closed on inquiry (municipality, closed_at) where closed_at is not null;
create index inquiry_open_by_status on inquiry (municipality, status, submitted_at desc) where status <> 'CLOSED';
create index inquiry_by_status on inquiry (municipality, status, submitted_at desc);
create index handoff_requested on handoff (requested_at);
