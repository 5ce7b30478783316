"""Who created each session and who saved it last (a shared library has many writers).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Sessions saved before this revision have no known author: an empty name says so.
    for column in ("created_by", "saved_by"):
        op.add_column("sessions", sa.Column(column, sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("saved_by")
        batch.drop_column("created_by")
