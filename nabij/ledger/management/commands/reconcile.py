"""`nabij reconcile [--place SLUG] [--json]`: prove the ledger's books per currency.

Exits with status 1 when any check fails, so it can run from cron and alert."""

import json
from dataclasses import asdict

from django.core.management.base import BaseCommand, CommandError

from nabij.community.models import Place
from nabij.ledger.reconcile import reconcile


class Command(BaseCommand):
    help = (
        "Check per currency: entries sum to zero, cached balances equal their entries, "
        "no account past its limits, outstanding vouchers equal the voucher liability."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--place", help="only the currencies of this place (its slug)")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, **options) -> None:
        place = None
        if options["place"]:
            place = Place.objects.filter(slug=options["place"]).first()
            if place is None:
                raise CommandError(f"no place with slug {options['place']!r}")
        result = reconcile(place=place)
        if options["json"]:
            checks = [{**asdict(check), "ok": check.ok} for check in result.currencies]
            self.stdout.write(json.dumps({"ok": result.ok, "currencies": checks}))
        else:
            for check in result.currencies:
                self.stdout.write(
                    f"{'ok  ' if check.ok else 'FAIL'} {check.name} (place {check.place_id}): "
                    f"entries sum {check.entries_sum}, "
                    f"unbalanced transfers {len(check.unbalanced_transfers)}, "
                    f"balance mismatches {len(check.balance_mismatches)}, "
                    f"limit breaches {len(check.limit_breaches)}, "
                    f"vouchers outstanding {check.vouchers_outstanding} "
                    f"vs liability {check.voucher_liability}"
                )
            self.stdout.write("reconciled" if result.ok else "NOT reconciled")
        if not result.ok:
            raise SystemExit(1)
