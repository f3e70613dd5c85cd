-- Case search and the inbox at a region's scale (a million cases): indexes that let the database find the
-- matches instead of reading every case of the municipality.

-- Parts of company names ("storsjö" in "Storsjö Energi AB"): trigram index. pg_trgm ships with PostgreSQL and is a
-- trusted extension, so the database's owner may create it.
create extension if not exists pg_trgm;
create index case_file_company_trigrams on case_file using gin (company_name gin_trgm_ops);

-- A case number or its beginning, whatever the letter case ("etb-2026" finds ETB-2026-00042).
create index case_file_number_prefix on case_file (upper(case_number) text_pattern_ops);

-- An organisation number written with or without its hyphen.
create index case_file_org_digits on case_file ((replace(org_number, '-', '')));

-- The inbox walks the open tasks of a municipality in due order and stops at the page's last row.
drop index task_open_by_municipality;
create index task_open_by_municipality on task (municipality, due_at, created_at) where state = 'OPEN';
