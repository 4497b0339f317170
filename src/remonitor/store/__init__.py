"""SQLite storage: schema, migrations, queries, audit log. No Qt; the only place with SQL."""
