"""Re-encrypt every special-category value with the newest key in NABIJ_ENCRYPTION_KEY."""

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from nabij.community import crypto
from nabij.community.models import SensitiveAttribute

BATCH = 1000


class Command(BaseCommand):
    help = "Re-encrypt special-category data with the first (newest) encryption key."

    def handle(self, *args, **options) -> None:
        ids = list(SensitiveAttribute.objects.order_by("pk").values_list("pk", flat=True))
        with tqdm(total=len(ids), unit="value", file=self.stderr._out) as progress:
            for start in range(0, len(ids), BATCH):
                with transaction.atomic():
                    rows = list(
                        SensitiveAttribute.objects.select_for_update()
                        .filter(pk__in=ids[start : start + BATCH])
                        .order_by("pk")
                    )
                    for row in rows:
                        row.ciphertext = crypto.rotate(row.ciphertext)
                    SensitiveAttribute.objects.bulk_update(rows, ["ciphertext"])
                progress.update(len(rows))
        self.stderr.write(f"{len(ids)} values re-encrypted.")
