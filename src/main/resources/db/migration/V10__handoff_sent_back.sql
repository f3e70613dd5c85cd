-- A function may send back a hand-off it should not have received, with the reason; first-line then routes again.
alter table handoff add column sent_back_at timestamptz;
alter table handoff add column sent_back_by text;
alter table handoff add column send_back_reason text;
