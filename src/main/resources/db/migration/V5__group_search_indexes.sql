-- A search around a point also lists online-only groups; without this index that part read every listing.
create index ix_group_attendance_status on hrw_group (attendance, status);
