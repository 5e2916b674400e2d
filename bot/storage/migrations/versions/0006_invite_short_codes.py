"""a short code per invite for paper (keuzehulp.nl/u/ABCD-EFGH): only its hash

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invites") as batch:
        batch.add_column(sa.Column("short_code_hash", sa.String(length=64), nullable=True))
        batch.create_index("ix_invites_short_code_hash", ["short_code_hash"])


def downgrade() -> None:
    with op.batch_alter_table("invites") as batch:
        batch.drop_index("ix_invites_short_code_hash")
        batch.drop_column("short_code_hash")
