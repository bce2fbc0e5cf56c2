-- Fixed-window counters for rate limits, shared by every replica. The key is a hash: no account id is stored.
create table rate_limit_counter (
    bucket        varchar(40)  not null,
    subject_key   varchar(64)  not null,
    window_start  timestamp with time zone not null,
    hits          integer      not null,
    primary key (bucket, subject_key, window_start)
);

create index ix_rate_limit_window on rate_limit_counter (window_start);
