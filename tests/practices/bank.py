"""Practices for the bank's tests, recorded the way a worker records them (the service)."""

from nabij.community.models import Member, Place
from nabij.practices.models import Practice
from nabij.practices.services import practices as services

# A practice with every facet filled in: the repair café of Rabot.
REPAIR_CAFE = {
    "name": "Repair café in het buurthuis",
    "domain": "living",
    "description": (
        "Elke maand herstellen vrijwilligers en bewoners samen fietsen en lampen. "
        "Wie iets brengt, leert mee herstellen; er is koffie en tijd voor ontmoetingen."
    ),
    "organisations": "Buurtwerk Rabot vzw\nFietsatelier Rabot",
    "level": "micro",
    "solidarity": "direct",
    "community_kind": "light",
    "bond": "meeting_place",
    "mandates": ["informal", "politicise"],
    "visibility": "public",
}


def record(actor: Member, place: Place, **facets) -> Practice:
    """A practice of the place; every facet not given is the repair café's."""
    return services.practice_create(actor=actor, place=place, **(REPAIR_CAFE | facets))
