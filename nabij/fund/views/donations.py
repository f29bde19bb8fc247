"""Money in: the list of gifts, recording one, and the receipt on paper."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import paginate, posted
from nabij.errors import DomainError
from nabij.fund import selectors, services
from nabij.fund.forms import DonationForm
from nabij.fund.models import Donation
from nabij.fund.pdf import receipt_pdf
from nabij.fund.views.common import place_fund, render_fund


@place_view(*STAFF_ROLES)
def donations(request: HttpRequest) -> HttpResponse:
    fund = place_fund(request)
    # "Gift boeken" from a pledge's page arrives with ?pledge=<pk>: that pledge is chosen.
    form = DonationForm(posted(request), fund=fund, initial={"pledge": request.GET.get("pledge")})
    if request.method == "POST" and form.is_valid():
        try:
            donation = services.donation_record(
                actor=request.actor, place=request.place, fund=fund, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _("Gift geboekt met ontvangstbewijs nummer %(number)s.")
                % {"number": donation.receipt_number},
            )
            return redirect("fund:donations", request.place.slug)
    return render_fund(
        request,
        "fund/donations.html",
        {
            "fund": fund,
            "form": form,
            "page": paginate(request, selectors.donations_list(fund)),
            "total": selectors.donations_total(fund),
            "pledges_running": selectors.pledges_running(fund, timezone.localdate()).count(),
        },
    )


@place_view(*STAFF_ROLES)
def donation_receipt(request: HttpRequest, pk: int) -> HttpResponse:
    donation = Donation.objects.filter(place=request.place, pk=pk).select_related("fund").first()
    if donation is None:
        raise Http404
    response = HttpResponse(receipt_pdf(donation), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="ontvangstbewijs-{donation.receipt_number}.pdf"'
    )
    return response
