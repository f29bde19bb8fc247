from django.core.paginator import Page, Paginator
from django.http import HttpRequest
from django.shortcuts import render

PICK_LIMIT = 20


def posted(request: HttpRequest):
    """The form data of a POST, even an empty one (a privacy form with every box unticked
    sends nothing, and must still withdraw); None for a GET, so the form stays unbound."""
    return request.POST if request.method == "POST" else None


def paginate(request: HttpRequest, items, per_page: int = 50) -> Page:
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def pick_candidates(request: HttpRequest, people):
    """People matching ?q= for a pick-a-person list; empty until someone types a name."""
    query = request.GET.get("q", "").strip()
    if not query:
        return query, []
    return query, list(people.filter(display_name__icontains=query)[:PICK_LIMIT])


def render_place(request: HttpRequest, template: str, context: dict | None = None, status=200):
    return render(
        request,
        template,
        {"place": request.place, "roles": request.roles, **(context or {})},
        status=status,
    )
