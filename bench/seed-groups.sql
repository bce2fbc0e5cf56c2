-- A realistic directory for the benchmarks: replaces the benchmark's own groups (slugs 'bench-<i>') with :n of
-- them and leaves every other group alone (the demo's example groups, which the sample learnings belong to).
--   psql -v n=100000 -f bench/seed-groups.sql      (about 5 s at 100,000 on a busy two-core machine)
--
-- Deterministic: the same :n on the same day gives the same rows (setseed), so two builds can be compared byte for
-- byte. Only the schedule changes (future dates) and the meeting plan follow the current date.
--
-- What the rows are (i = 1 .. :n; every rule below is one the app checks on write, GroupService.apply, Schedule,
-- ScheduleChange):
--   * bench-1 .. bench-34: the Northampton, MA cluster (42.3251, -72.6412), in person or hybrid, 30 within 23 km
--     and 4 between 28 and 34 km; no other benchmark group lies within 40 km of Northampton, so the nearby search
--     there (25 km) finds the same groups at every size. bench-4 has cancellations and a public meeting plan.
--   * attendance: i % 10 = 0 online only (no position, a link, PUBLIC or ON_REQUEST), i % 10 = 5 hybrid, the rest in
--     person; location_visibility of in-person and hybrid groups ((i + i / 10) % 6): a sixth APPROXIMATE, a sixth
--     ON_REQUEST.
--   * recurrence: i % 20 = 3 MONTHLY (one weekday, week_of_month 1-4 or -1 for the last), i % 20 = 13
--     EVERY_OTHER_WEEK (one weekday, first_date on it), the rest WEEKLY (one weekday, every eleventh group two).
--   * status: i % 19 = 7 PAUSED, the rest ACTIVE. Languages: a 13th Spanish only, a 25th English and Spanish.
--   * positions: 70 % close around one of 45 US towns, 30 % spread widely around them (country-wide coverage).
--   * hrw_group_schedule_change: weekly groups with i % 15 = 4 cancel one or two coming meetings; i % 60 = 19 move
--     one to the next day at 18:30.
\set ON_ERROR_STOP on
begin;
delete from hrw_group where slug like 'bench-%';
select setseed(0.19) \gset

create temporary table bench_town (k int primary key, town text, region text, lat float8, lon float8, tz text)
  on commit drop;
insert into bench_town values
  (1, 'Boston', 'MA', 42.3601, -71.0589, 'America/New_York'), (2, 'Providence', 'RI', 41.8240, -71.4128, 'America/New_York'),
  (3, 'Hartford', 'CT', 41.7658, -72.6734, 'America/New_York'), (4, 'Albany', 'NY', 42.6526, -73.7562, 'America/New_York'),
  (5, 'Brooklyn', 'NY', 40.6782, -73.9442, 'America/New_York'), (6, 'Newark', 'NJ', 40.7357, -74.1724, 'America/New_York'),
  (7, 'Philadelphia', 'PA', 39.9526, -75.1652, 'America/New_York'), (8, 'Baltimore', 'MD', 39.2904, -76.6122, 'America/New_York'),
  (9, 'Richmond', 'VA', 37.5407, -77.4360, 'America/New_York'), (10, 'Durham', 'NC', 35.9940, -78.8986, 'America/New_York'),
  (11, 'Charlotte', 'NC', 35.2271, -80.8431, 'America/New_York'), (12, 'Atlanta', 'GA', 33.7490, -84.3880, 'America/New_York'),
  (13, 'Jacksonville', 'FL', 30.3322, -81.6557, 'America/New_York'), (14, 'Orlando', 'FL', 28.5384, -81.3789, 'America/New_York'),
  (15, 'Miami', 'FL', 25.7617, -80.1918, 'America/New_York'), (16, 'Pittsburgh', 'PA', 40.4406, -79.9959, 'America/New_York'),
  (17, 'Buffalo', 'NY', 42.8864, -78.8784, 'America/New_York'), (18, 'Columbus', 'OH', 39.9612, -82.9988, 'America/New_York'),
  (19, 'Cleveland', 'OH', 41.4993, -81.6944, 'America/New_York'), (20, 'Detroit', 'MI', 42.3314, -83.0458, 'America/Detroit'),
  (21, 'Indianapolis', 'IN', 39.7684, -86.1581, 'America/Indiana/Indianapolis'), (22, 'Louisville', 'KY', 38.2527, -85.7585, 'America/Kentucky/Louisville'),
  (23, 'Nashville', 'TN', 36.1627, -86.7816, 'America/Chicago'), (24, 'Chicago', 'IL', 41.8781, -87.6298, 'America/Chicago'),
  (25, 'Milwaukee', 'WI', 43.0389, -87.9065, 'America/Chicago'), (26, 'Minneapolis', 'MN', 44.9778, -93.2650, 'America/Chicago'),
  (27, 'St. Louis', 'MO', 38.6270, -90.1994, 'America/Chicago'), (28, 'Kansas City', 'MO', 39.0997, -94.5786, 'America/Chicago'),
  (29, 'New Orleans', 'LA', 29.9511, -90.0715, 'America/Chicago'), (30, 'Houston', 'TX', 29.7604, -95.3698, 'America/Chicago'),
  (31, 'Dallas', 'TX', 32.7767, -96.7970, 'America/Chicago'), (32, 'San Antonio', 'TX', 29.4241, -98.4936, 'America/Chicago'),
  (33, 'Austin', 'TX', 30.2672, -97.7431, 'America/Chicago'), (34, 'Oklahoma City', 'OK', 35.4676, -97.5164, 'America/Chicago'),
  (35, 'Denver', 'CO', 39.7392, -104.9903, 'America/Denver'), (36, 'Albuquerque', 'NM', 35.0844, -106.6504, 'America/Denver'),
  (37, 'Salt Lake City', 'UT', 40.7608, -111.8910, 'America/Denver'), (38, 'Phoenix', 'AZ', 33.4484, -112.0740, 'America/Phoenix'),
  (39, 'Las Vegas', 'NV', 36.1699, -115.1398, 'America/Los_Angeles'), (40, 'Los Angeles', 'CA', 34.0522, -118.2437, 'America/Los_Angeles'),
  (41, 'San Diego', 'CA', 32.7157, -117.1611, 'America/Los_Angeles'), (42, 'Oakland', 'CA', 37.8044, -122.2712, 'America/Los_Angeles'),
  (43, 'Sacramento', 'CA', 38.5816, -121.4944, 'America/Los_Angeles'), (44, 'Portland', 'OR', 45.5152, -122.6784, 'America/Los_Angeles'),
  (45, 'Seattle', 'WA', 47.6062, -122.3321, 'America/Los_Angeles');

create temporary table bench_row on commit drop as
select i, t.*,
  -- close to the town (about +-40 km) or spread widely (about +-300 km), never in the sea off the map's edges
  case when i <= 34 then null else t.lat + (random() + random() + random() - 1.5) * (case when i % 10 < 7 then 0.5 else 3.5 end) end as plat,
  case when i <= 34 then null else t.lon + (random() + random() + random() - 1.5) * (case when i % 10 < 7 then 0.6 else 4.5 end) end as plon,
  case when i <= 34 then 'IN_PERSON' when i % 10 = 0 then 'ONLINE' when i % 10 = 5 then 'HYBRID' else 'IN_PERSON' end as attendance,
  (i * 3) % 7 as d1,
  case when i % 20 = 3 then 'MONTHLY' when i % 20 = 13 then 'EVERY_OTHER_WEEK' else 'WEEKLY' end as recurrence,
  (i % 13 = 7) as spanish, (i % 25 = 9) as bilingual
from generate_series(1, :n) as i
join bench_town t on t.k = 1 + (i * 7) % 45;

-- The Northampton cluster: 30 groups from 1.5 to 23 km, 4 from 28 to 34 km, on a golden-angle spiral.
update bench_row set town = 'Northampton', region = 'MA', tz = 'America/New_York',
  plat = 42.3251 + (case when i <= 30 then 1.5 + (i - 1) * 0.74 else 28 + (i - 31) * 2 end) * cos(i * 2.39996) / 111.2,
  plon = -72.6412 + (case when i <= 30 then 1.5 + (i - 1) * 0.74 else 28 + (i - 31) * 2 end) * sin(i * 2.39996) / 82.2,
  attendance = case when i % 10 = 5 then 'HYBRID' else 'IN_PERSON' end
where i <= 34;
-- Nothing else within 40 km of Northampton: moved about 90 km south.
update bench_row set plat = plat - 0.8
where i > 34 and ((plon + 72.6412) * 82.2) ^ 2 + ((plat - 42.3251) * 111.2) ^ 2 < 40 ^ 2;
update bench_row set plat = least(greatest(plat, 25.2), 48.9), plon = least(greatest(plon, -124.5), -67.0);

insert into hrw_group (slug, locality, description, format, focus, focus_other, attendance, venue, address, city,
  region, postal_code, country, latitude, longitude, location_notes, location_visibility, online_url,
  online_visibility, recurrence, days, week_of_month, first_date, start_time, duration_minutes, time_zone, offerings,
  languages, accessibility_notes, contact_method, public_email, private_email, status, example, last_verified,
  created_at, updated_at, revision)
select 'bench-' || i,
  case when attendance = 'ONLINE' then 'Online ' || (array['mornings', 'evenings', 'weekends', 'lunchtime'])[1 + i % 4] || ' ' || i
       else town || ' ' || (array['Downtown', 'North', 'East', 'West', 'South', 'Riverside', 'Midtown', 'Hillside'])[1 + i % 8]
            || case when spanish then ' (en español)' else '' end || ' ' || i end,
  case when spanish then 'Reunión de apoyo entre pares. Todas las personas son bienvenidas, sin juicios.'
       when i % 7 = 0 then null
       else 'A peer support meeting for people who use drugs and those who love them. Come as you are.' end,
  case when i % 4 = 2 then 'FOCUSED' else 'OPEN' end,
  case when i % 4 <> 2 then ',' else (array[',', ',WOMEN,', ',LGBTQ,', ',YOUTH,', ',FAMILIES_AND_LOVED_ONES,', ',OTHER,'])[1 + (i / 4) % 6] end,
  case when i % 4 = 2 and (i / 4) % 6 = 5 then 'Veterans' end,
  attendance,
  case when attendance <> 'ONLINE' then (array['Community room', 'Public library, meeting room B', 'Church hall', 'Drop-in center'])[1 + i % 4] end,
  case when attendance <> 'ONLINE' then (100 + i % 900) || ' Main Street' end,
  case when attendance <> 'ONLINE' then town end,
  case when attendance <> 'ONLINE' then region end,
  case when attendance <> 'ONLINE' then lpad(((i * 37) % 99999)::text, 5, '0') end,
  'US',
  case when attendance <> 'ONLINE' then round(plat::numeric, 5)::float8 end,
  case when attendance <> 'ONLINE' then round(plon::numeric, 5)::float8 end,
  case when attendance <> 'ONLINE' and i % 9 = 1 then 'Side door, ring the bell.' end,
  case when attendance = 'ONLINE' then 'ON_REQUEST' when (i + i / 10) % 6 = 1 then 'APPROXIMATE' when (i + i / 10) % 6 = 4 then 'ON_REQUEST' else 'EXACT' end,
  case when attendance <> 'IN_PERSON' then 'https://meet.example.org/bench-' || i end,
  case when attendance <> 'IN_PERSON' and (i / 10) % 2 = 0 then 'PUBLIC' else 'ON_REQUEST' end,
  recurrence,
  case when recurrence = 'WEEKLY' and i % 11 = 0
       then ',' || (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'])[1 + least(d1, (d1 + 3) % 7)]
            || ',' || (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'])[1 + greatest(d1, (d1 + 3) % 7)] || ','
       else ',' || (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'])[1 + d1] || ',' end,
  case when recurrence = 'MONTHLY' then (array[1, 2, 3, 4, -1])[1 + (i / 20) % 5] end,
  case when recurrence = 'EVERY_OTHER_WEEK' then date '2026-01-05' + d1 end, -- 2026-01-05 is a Monday
  time '09:00' + ((i * 5) % 24) * interval '30 minutes',
  (array[60, 75, 90])[1 + i % 3],
  tz,
  (array[',', ',FOOD,', ',NALOXONE,', ',FOOD,NALOXONE,', ',SUPPLIES,WOUND_CARE,', ',FOOD,SUPPLIES,NALOXONE,'])[1 + i % 6],
  case when spanish then ',es,' when bilingual then ',en,es,' else ',en,' end,
  case when attendance <> 'ONLINE' and i % 5 = 3 then 'Step-free entrance; an accessible restroom.' end,
  case when i % 5 = 2 then 'EMAIL' else 'FORM' end,
  case when i % 5 = 2 then 'group-' || i || '@example.org' end,
  'hosts+bench-' || i || '@example.org',
  case when i % 19 = 7 then 'PAUSED' else 'ACTIVE' end,
  false,
  date '2026-06-01' + i % 180,
  timestamptz '2026-01-02 12:00:00+00' + i * interval '1 second',
  timestamptz '2026-01-02 12:00:00+00' + i * interval '1 second',
  0
from bench_row;

-- Coming meetings cancelled or moved (weekly groups, on their first weekday, so each date is a regular meeting).
create temporary table bench_next on commit drop as
select g.id, r.i, current_date + ((r.d1 + 1 - extract(isodow from current_date)::int + 7) % 7) as base
from bench_row r join hrw_group g on g.slug = 'bench-' || r.i
where r.recurrence = 'WEEKLY' and (r.i % 15 = 4 or r.i % 60 = 19);

insert into hrw_group_schedule_change (group_id, meeting_date, kind, moved_to_date, moved_to_start)
select id, base + 7 * (1 + i % 3), 'CANCELLED', null::date, null::time from bench_next where i % 15 = 4
union all
select id, base + 7 * 5, 'CANCELLED', null, null from bench_next where i % 15 = 4 and i % 2 = 0
union all
select id, base + 28, 'MOVED', base + 29, time '18:30' from bench_next where i % 60 = 19;

-- bench-4 shows the exercise it plans for a coming meeting on its public page (GET .../next-exercise).
insert into meeting_plan (group_id, meeting_date, exercise_id, chooser, show_publicly, updated_at, revision)
select n.id, n.base + 7, (select min(id) from exercise where status = 'PUBLISHED'), null, true,
  timestamptz '2026-01-02 12:00:00+00', 0
from bench_next n where n.i = 4;
commit;
analyze hrw_group;
analyze hrw_group_schedule_change;
