"""widget conversations that were ended ("Nieuw gesprek", "verwijder alles"): their tokens no longer continue them

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ended_sessions",
        sa.Column("sender_hash", sa.String(length=64), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sender_hash"),
    )


def downgrade() -> None:
    op.drop_table("ended_sessions")
