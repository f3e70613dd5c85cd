-- When the company was reminded that its reservation (markanvisning) ends soon; cleared by an extension, so that
-- the new end is reminded of too.
alter table parcel_claim add column expiry_reminded_at timestamptz;
create index parcel_claim_reserved_expiry on parcel_claim (reservation_expires_at)
    where stage = 'RESERVED' and ended_at is null and expiry_reminded_at is null;
