-- Until when each official has seen their notifications: those created later are unread.
create table notification_seen (
    municipality varchar(50)  not null,
    username     varchar(100) not null,
    seen_until   timestamptz  not null,
    primary key (municipality, username)
);
