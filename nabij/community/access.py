"""Who may open which page: every page of a place names the roles it admits.

The decorator resolves the place from the URL, so a role in one place never opens
another place's pages; the permission test reads `allowed_roles` off every view.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from nabij.community.choices import RoleKind
from nabij.community.models import Member, Place
from nabij.community.selectors import roles_of

View = Callable[..., HttpResponse]


def member_of(user) -> Member | None:
    if not user.is_authenticated:
        return None
    try:
        member = user.member
    except ObjectDoesNotExist:
        return None
    return None if member.is_erased else member


def place_view(*allowed: RoleKind) -> Callable[[View], View]:
    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, slug: str, *args, **kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            place = get_object_or_404(Place, slug=slug)
            actor = member_of(request.user)
            roles = roles_of(actor, place) if actor is not None else frozenset()
            if not roles & set(allowed):
                raise PermissionDenied
            request.place = place
            request.actor = actor
            request.roles = roles
            return view(request, *args, **kwargs)

        wrapper.allowed_roles = frozenset(allowed)
        return wrapper

    return decorator


def public_view(view: View) -> View:
    """A page of a place that anyone may read without logging in (a transparency page, a
    public catalogue): it shows only what the place has chosen to publish."""

    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, *args, **kwargs) -> HttpResponse:
        place = get_object_or_404(Place, slug=slug)
        actor = member_of(request.user)
        request.place = place
        request.actor = actor
        request.roles = roles_of(actor, place) if actor is not None else frozenset()
        return view(request, *args, **kwargs)

    wrapper.allowed_roles = frozenset(RoleKind)
    wrapper.public = True
    return wrapper
