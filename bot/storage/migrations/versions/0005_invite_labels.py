"""an AD's own label per invite (encrypted), and the invite a summary was shared through

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invites") as batch:
        batch.add_column(sa.Column("label_encrypted", sa.Text(), nullable=True))
    with op.batch_alter_table("summaries") as batch:
        batch.add_column(sa.Column("invite_token_id", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("summaries") as batch:
        batch.drop_column("invite_token_id")
    with op.batch_alter_table("invites") as batch:
        batch.drop_column("label_encrypted")
