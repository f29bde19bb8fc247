"""Photos: any image becomes a JPEG of at most 1024 pixels a side, kept in the database and
shown only to members of the place; a file that is not an image, or too big, is refused."""

from io import BytesIO

import pytest
from django.urls import reverse
from PIL import Image

from nabij.errors import DomainError
from nabij.sharing import services
from nabij.sharing.errors import SharingError
from nabij.sharing.models import ItemPhoto
from nabij.sharing.services.items import PHOTO_MAX_BYTES

from .conftest import counts, says


def png(width: int, height: int) -> bytes:
    out = BytesIO()
    Image.new("RGBA", (width, height), (200, 30, 30, 128)).save(out, "PNG")
    return out.getvalue()


def add(cast, library, upload: bytes):
    return services.photo_add(
        actor=cast.worker, place=cast.rabot, item=library.bike, upload=upload, alt="Een bakfiets"
    )


def test_a_large_png_is_stored_as_a_small_jpeg(cast, library):
    photo = add(cast, library, png(3000, 1500))
    assert (photo.width, photo.height) == (1024, 512)
    stored = ItemPhoto.objects.get(pk=photo.pk)
    with Image.open(BytesIO(bytes(stored.data))) as image:
        assert image.format == "JPEG" and image.size == (1024, 512)


@pytest.mark.parametrize("upload", [b"%PDF-1.4 not a picture", b"", b"\x89PNG\r\n\x1a\n broken"])
def test_a_file_that_is_not_an_image_is_refused(cast, library, upload):
    with pytest.raises(DomainError) as caught:
        add(cast, library, upload)
    assert caught.value.code == SharingError.PHOTO_NOT_IMAGE
    assert ItemPhoto.objects.count() == 0


def test_a_file_over_the_limit_is_refused(cast, library):
    with pytest.raises(DomainError) as caught:
        add(cast, library, b"\0" * (PHOTO_MAX_BYTES + 1))
    assert caught.value.code == SharingError.PHOTO_TOO_LARGE
    assert "8 MB" in caught.value.message
    assert ItemPhoto.objects.count() == 0


def test_the_photo_page_refuses_a_text_file_with_a_message(cast, library, login):
    client = login(cast.worker)
    url = reverse("sharing:photo_add", args=["rabot", library.bike.pk])
    upload = BytesIO(b"dit is geen foto")
    upload.name = "foto.jpg"
    response = client.post(url, {"photo": upload, "alt": ""})
    assert response.status_code == 200
    assert says(response, SharingError.PHOTO_NOT_IMAGE)
    assert ItemPhoto.objects.count() == 0


def test_members_of_the_place_see_the_photo_others_do_not(cast, library, client):
    photo = add(cast, library, png(40, 40))
    url = reverse("sharing:photo", args=["rabot", photo.pk])
    client.force_login(cast.neighbour.user)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    client.force_login(cast.school_worker.user)
    assert client.get(url).status_code == 403
    # Through the school's own address the photo does not exist.
    assert client.get(reverse("sharing:photo", args=["regenboog", photo.pk])).status_code == 404


def test_a_new_item_with_a_text_file_as_photo_is_not_registered(cast, library, login):
    client = login(cast.worker)
    upload = BytesIO(b"geen foto")
    upload.name = "tent.png"
    before = counts()
    response = client.post(
        reverse("sharing:item_new", args=["rabot"]) + f"?person={cast.volunteer.pk}",
        {"name": "Partytent", "category": "party", "condition": "good", "photo": upload},
    )
    assert response.status_code == 200 and says(response, SharingError.PHOTO_NOT_IMAGE)
    assert counts() == before and ItemPhoto.objects.count() == 0


def test_a_new_item_with_a_photo_keeps_it(cast, library, login):
    client = login(cast.worker)
    upload = BytesIO(png(1200, 1200))
    upload.name = "tent.png"
    client.post(
        reverse("sharing:item_new", args=["rabot"]) + f"?organisation={library.buurtwerk.pk}",
        {"name": "Partytent", "category": "party", "condition": "good", "photo": upload},
    )
    assert ItemPhoto.objects.get().width == 1024
