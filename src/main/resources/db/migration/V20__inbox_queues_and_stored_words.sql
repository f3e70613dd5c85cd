-- The inbox of a queue with few open tasks, at a region's scale: walking every open task of the municipality in
-- due order and asking each whether it is in the user's queues reads 20 000 rows to find none. Each entry of a
-- task's queues (candidate groups) therefore carries what the inbox sorts and filters by, and an index over the
-- open entries lets the inbox read each of the user's queues in due order and stop at the page's end.
alter table task_candidate_group
    add column municipality varchar(100),
    add column open boolean,
    add column due_at timestamp with time zone,
    add column created_at timestamp with time zone;

update task_candidate_group g
set municipality = t.municipality, open = t.state = 'OPEN', due_at = t.due_at, created_at = t.created_at
from task t
where t.id = g.task_id;

-- a task's queues are written after the task itself: each entry copies the task's columns
create function task_queue_entry_copies_task() returns trigger language plpgsql as $$
begin
    select t.municipality, t.state = 'OPEN', t.due_at, t.created_at
    into new.municipality, new.open, new.due_at, new.created_at
    from task t where t.id = new.task_id;
    return new;
end;
$$;

create trigger task_queue_entry_copies_task
    before insert on task_candidate_group
    for each row execute function task_queue_entry_copies_task();

-- and follow it when it is completed or cancelled, or its deadline moves (its municipality and arrival never change)
create function task_queue_follows_task() returns trigger language plpgsql as $$
begin
    update task_candidate_group
    set open = new.state = 'OPEN', due_at = new.due_at
    where task_id = new.id;
    return null;
end;
$$;

create trigger task_queue_follows_task
    after update of state, due_at on task
    for each row
    when (old.state is distinct from new.state or old.due_at is distinct from new.due_at)
    execute function task_queue_follows_task();

create index task_queue_open on task_candidate_group (municipality, candidate_group, due_at, created_at, task_id)
    where open;

-- "my tasks": an official's claimed tasks, without walking the municipality's open tasks
create index task_open_by_assignee on task (municipality, assignee, due_at, created_at) where state = 'OPEN';

-- Case search reads the description's words of every case it passes on its way through a municipality's cases in
-- date order; computing them from the text for each row cost more than the rest of the search. They are stored.
alter table case_file
    add column description_words tsvector generated always as (to_tsvector('simple', description)) stored;
drop index case_file_words;
create index case_file_words on case_file using gin (description_words);

analyze task_candidate_group;
analyze case_file;
