#!/bin/sh
# Run once by the postgres image on a new data volume (docker-entrypoint-initdb.d): Keycloak gets its own role
# and database next to the app's, so the two never share tables or credentials.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=kc_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'kc_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8';
SQL
