"""A member's own messages in a place: what Nabij told them about their matches."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from nabij.aid.choices import NotificationChannel
from nabij.aid.models import Notification
from nabij.community.access import place_view
from nabij.community.choices import RoleKind
from nabij.community.views.common import paginate, render_place


def inbox(request: HttpRequest):
    # Only the in-app copy: the e-mail or SMS twin of a notice says the same thing.
    return Notification.objects.filter(
        place=request.place, member=request.actor, channel=NotificationChannel.IN_APP
    )


@place_view(*RoleKind.values)
def notifications(request: HttpRequest) -> HttpResponse:
    notices = inbox(request)
    return render_place(
        request,
        "aid/notifications.html",
        {"page": paginate(request, notices, 20), "unread": notices.filter(read_at=None).count()},
    )


@place_view(*RoleKind.values)
@require_POST
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    # Someone else's number changes nothing and tells nothing: the same redirect either way.
    inbox(request).filter(pk=pk, read_at=None).update(read_at=timezone.now())
    return redirect("aid:notifications", slug=request.place.slug)
