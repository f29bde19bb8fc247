"""Items of the library: register, retire, and their photos."""

from dataclasses import asdict, dataclass
from datetime import datetime
from io import BytesIO

from django.db import transaction
from PIL import Image, ImageOps, UnidentifiedImageError

from nabij.community.models import Member, Organisation, Place
from nabij.errors import DomainError
from nabij.ledger.models import Currency
from nabij.sharing.choices import Category, Condition
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Item, ItemPhoto
from nabij.sharing.models.items import PHOTO_SIDE
from nabij.sharing.services.common import (
    clean_text,
    now_or,
    require_in_place,
    require_item_keeper,
    require_role,
)

PHOTO_MAX_BYTES = 8 * 1024 * 1024
PHOTOS_PER_ITEM = 6
# A small file can still unpack to an enormous picture: refuse before decoding it.
PHOTO_MAX_PIXELS = 40_000_000
PHOTO_QUALITY = 82


def _deposit(
    place: Place,
    cents: int | None,
    currency: Currency | None,
    units: int | None,
) -> tuple[int | None, Currency | None, int | None]:
    if cents is not None and (currency is not None or units is not None):
        raise DomainError(SharingError.DEPOSIT_INVALID, field="deposit")
    if cents is not None and cents <= 0:
        raise DomainError(SharingError.DEPOSIT_INVALID, field="deposit")
    if (currency is None) != (units is None):
        raise DomainError(SharingError.DEPOSIT_INVALID, field="deposit")
    if currency is not None and (currency.place_id != place.pk or units <= 0):
        raise DomainError(SharingError.DEPOSIT_INVALID, field="deposit")
    return cents, currency, units


@dataclass(frozen=True)
class ItemText:
    """What people typed about an item, checked and trimmed."""

    name: str
    category: str
    condition: str
    description: str
    rules: str
    pickup_location: str


def _item_text(
    *,
    name: str,
    category: str,
    condition: str,
    description: str,
    rules: str,
    pickup_location: str,
) -> ItemText:
    name = clean_text(name, limit=120, field="name")
    if not name:
        raise DomainError(SharingError.NAME_EMPTY, field="name")
    if category not in Category.values:
        raise DomainError(SharingError.CATEGORY_UNKNOWN, field="category")
    if condition not in Condition.values:
        raise DomainError(SharingError.CONDITION_UNKNOWN, field="condition")
    return ItemText(
        name=name,
        category=category,
        condition=condition,
        description=clean_text(description, limit=4000, field="description"),
        rules=clean_text(rules, limit=4000, field="rules"),
        pickup_location=clean_text(pickup_location, limit=200, field="pickup_location"),
    )


def item_register(
    *,
    actor: Member,
    place: Place,
    name: str,
    category: str,
    condition: str,
    owner_member: Member | None = None,
    owner_organisation: Organisation | None = None,
    description: str = "",
    rules: str = "",
    pickup_location: str = "",
    deposit_cents: int | None = None,
    deposit_currency: Currency | None = None,
    deposit_units: int | None = None,
    photo: bytes | None = None,
    photo_alt: str = "",
    now: datetime | None = None,
) -> Item:
    """A worker registers a thing someone (or an organisation) lends to the place, with a
    first photo if one is given (a refused photo refuses the whole registration)."""
    require_role(actor, place)
    text = _item_text(
        name=name,
        category=category,
        condition=condition,
        description=description,
        rules=rules,
        pickup_location=pickup_location,
    )
    if (owner_member is None) == (owner_organisation is None):
        raise DomainError(SharingError.OWNER_MISSING, field="owner")
    if owner_member is not None:
        require_in_place(owner_member, place)
    if (
        owner_organisation is not None
        and not owner_organisation.places.filter(pk=place.pk).exists()
    ):
        raise DomainError(SharingError.ORGANISATION_ELSEWHERE, field="owner")
    cents, currency, units = _deposit(place, deposit_cents, deposit_currency, deposit_units)
    photo_alt = clean_text(photo_alt, limit=200, field="photo_alt")
    picture = photo_encode(photo) if photo else None
    now = now_or(now)
    with transaction.atomic():
        item = Item.objects.create(
            place=place,
            owner_member=owner_member,
            owner_organisation=owner_organisation,
            **asdict(text),
            deposit_cents=cents,
            deposit_currency=currency,
            deposit_units=units,
            created_by=actor,
            created_at=now,
        )
        if picture is not None:
            data, width, height = picture
            ItemPhoto.objects.create(
                item=item, data=data, width=width, height=height, alt=photo_alt, created_at=now
            )
        return item


def item_update(
    *,
    actor: Member,
    place: Place,
    item: Item,
    name: str,
    category: str,
    condition: str,
    description: str = "",
    rules: str = "",
    pickup_location: str = "",
    deposit_cents: int | None = None,
    deposit_currency: Currency | None = None,
    deposit_units: int | None = None,
) -> Item:
    """Change what the catalogue says about an item: staff, or the member who owns it.
    The owner stays the owner; loans already out keep the terms they were lent on."""
    require_item_keeper(actor, place, item)
    text = _item_text(
        name=name,
        category=category,
        condition=condition,
        description=description,
        rules=rules,
        pickup_location=pickup_location,
    )
    cents, currency, units = _deposit(place, deposit_cents, deposit_currency, deposit_units)
    fields = {
        **asdict(text),
        "deposit_cents": cents,
        "deposit_currency": currency,
        "deposit_units": units,
    }
    with transaction.atomic():
        Item.objects.filter(pk=item.pk).update(**fields)
    for key, value in fields.items():
        setattr(item, key, value)
    return item


def item_retire(*, actor: Member, place: Place, item: Item, active: bool = False) -> Item:
    """Stop lending an item (or lend it again); its history stays."""
    require_item_keeper(actor, place, item)
    with transaction.atomic():
        Item.objects.filter(pk=item.pk).update(active=active)
    item.active = active
    return item


def _flatten(picture: Image.Image) -> Image.Image:
    """RGB for JPEG; transparent parts become white, not black."""
    if picture.mode == "RGB":
        return picture
    if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
        rgba = picture.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return picture.convert("RGB")


def photo_encode(upload: bytes) -> tuple[bytes, int, int]:
    """Any image Pillow reads, as a JPEG of at most PHOTO_SIDE pixels a side, upright,
    without metadata. Refuses what is not an image, or too large."""
    if len(upload) > PHOTO_MAX_BYTES:
        raise DomainError(
            SharingError.PHOTO_TOO_LARGE, field="photo", limit=PHOTO_MAX_BYTES // (1024 * 1024)
        )
    try:
        with Image.open(BytesIO(upload)) as image:
            if image.width * image.height > PHOTO_MAX_PIXELS:
                raise DomainError(
                    SharingError.PHOTO_TOO_LARGE,
                    field="photo",
                    limit=PHOTO_MAX_BYTES // (1024 * 1024),
                )
            image.load()
            picture = ImageOps.exif_transpose(image)
            picture.thumbnail((PHOTO_SIDE, PHOTO_SIDE))
            picture = _flatten(picture)
            out = BytesIO()
            picture.save(out, "JPEG", quality=PHOTO_QUALITY, optimize=True)
            return out.getvalue(), picture.width, picture.height
    except DomainError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise DomainError(SharingError.PHOTO_NOT_IMAGE, field="photo") from None


def photo_add(
    *,
    actor: Member,
    place: Place,
    item: Item,
    upload: bytes,
    alt: str = "",
    now: datetime | None = None,
) -> ItemPhoto:
    require_item_keeper(actor, place, item)
    alt = clean_text(alt, limit=200, field="alt")
    data, width, height = photo_encode(upload)
    with transaction.atomic():
        if ItemPhoto.objects.filter(item=item).count() >= PHOTOS_PER_ITEM:
            raise DomainError(SharingError.PHOTO_TOO_MANY, field="photo", limit=PHOTOS_PER_ITEM)
        return ItemPhoto.objects.create(
            item=item,
            data=data,
            content_type="image/jpeg",
            width=width,
            height=height,
            alt=alt,
            created_at=now_or(now),
        )
