-- The Idempotency-Key a registration came with, if any. A founder whose phone lost the answer to "register" and
-- who sends it again gets the group the first request made, not a second pending listing of the same group.
-- A random string from the founder's browser: it says nothing about anyone.
alter table hrw_group add column registration_key varchar(64);
create unique index ux_group_registration_key on hrw_group (registration_key);
