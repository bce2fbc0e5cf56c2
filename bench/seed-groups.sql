-- Replaces every group with :n active weekly in-person groups spread over the continental US.
-- psql -v n=100000 -f seed-groups.sql
delete from hrw_group;
insert into hrw_group (slug, locality, description, format, focus, attendance, city, region, country, latitude,
  longitude, location_visibility, online_visibility, recurrence, days, start_time, duration_minutes, time_zone,
  offerings, languages, contact_method, private_email, status, example, last_verified, created_at, updated_at, revision)
select 'bench-' || i, 'Bench ' || i, null, case when i % 2 = 0 then 'OPEN' else 'FOCUSED' end, ',',
  'IN_PERSON', 'Town ' || i, 'MA', 'US', 25 + random() * 24, -124 + random() * 57,
  case when i % 3 = 0 then 'APPROXIMATE' else 'EXACT' end, 'ON_REQUEST', 'WEEKLY',
  ',' || (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'])[1 + i % 7] || ',',
  time '17:00' + (i % 8) * interval '30 minutes', 90, 'America/New_York', ',FOOD,', ',en,', 'FORM',
  'bench@example.org', 'ACTIVE', true, current_date, now(), now(), 0
from generate_series(1, :n) as i;
analyze hrw_group;
