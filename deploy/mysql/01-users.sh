# shellcheck shell=sh
# Each subgraph's database, a user per subgraph that may only read and write the rows of its
# own database, and the migration user, which alone may change their schema (docs/operations.md).
#
# The mysql image sources this file once, on an empty data directory, from
# /docker-entrypoint-initdb.d (docker-compose.yml mounts it there; it must not be executable, or
# the image runs it apart from the helper that feeds the server). Run by hand it prints the
# statements, for any server:
#
#   IDENTITY_DATABASE_PASSWORD=... CATALOG_DATABASE_PASSWORD=... TENANCY_DATABASE_PASSWORD=... \
#   MIGRATE_DATABASE_PASSWORD=... sh deploy/mysql/01-users.sh | mysql -u root -p
#
# DATABASE_PREFIX (default none) goes before every database and user name.

marketgraph_string() {
  # A single-quoted SQL string: backslashes and quotes doubled.
  printf "'%s'" "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/''/g")"
}

marketgraph_users_sql() {
  prefix="${DATABASE_PREFIX:-}"
  migrate_password="${MIGRATE_DATABASE_PASSWORD:?set MIGRATE_DATABASE_PASSWORD}"
  printf 'CREATE USER IF NOT EXISTS %s@%s IDENTIFIED BY %s;\n' "$(marketgraph_string "${prefix}migrate")" "'%'" "$(marketgraph_string "$migrate_password")"
  for service in identity catalog tenancy; do
    variable="$(printf '%s' "$service" | tr 'a-z' 'A-Z')_DATABASE_PASSWORD"
    eval "password=\"\${$variable:?set $variable}\""
    database="${prefix}${service}"
    # In a grant, _ is a wildcard unless escaped.
    grant_database="$(printf '%s' "$database" | sed -e 's/_/\\_/g')"
    user="$(marketgraph_string "$database")@'%'"
    printf 'CREATE DATABASE IF NOT EXISTS `%s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n' "$database"
    printf 'CREATE USER IF NOT EXISTS %s IDENTIFIED BY %s;\n' "$user" "$(marketgraph_string "$password")"
    # The service: rows only. GET_LOCK and session settings need no privilege; FOR UPDATE needs UPDATE.
    printf 'GRANT SELECT, INSERT, UPDATE, DELETE ON `%s`.* TO %s;\n' "$grant_database" "$user"
    # Migrations: tables, columns, indexes and foreign keys, and the rows they move.
    printf 'GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES ON `%s`.* TO %s@%s;\n' "$grant_database" "$(marketgraph_string "${prefix}migrate")" "'%'"
  done
}

if command -v docker_process_sql >/dev/null 2>&1; then
  # Sourced by the mysql image's entrypoint: its helper speaks to the server being initialised.
  marketgraph_sql="$(marketgraph_users_sql)"
  printf '%s\n' "$marketgraph_sql" | docker_process_sql
  unset marketgraph_sql
else
  marketgraph_users_sql
fi
