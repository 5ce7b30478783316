"""The article library: SQLite through SQLAlchemy, schema managed by Alembic."""
