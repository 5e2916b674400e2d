"""the werknemer's personal code for their shared summary: see it, withdraw it or delete everything, any device

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "personal_codes",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("sender_id", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_index("ix_personal_codes_sender_id", "personal_codes", ["sender_id"])


def downgrade() -> None:
    op.drop_index("ix_personal_codes_sender_id", table_name="personal_codes")
    op.drop_table("personal_codes")
