from django.urls import path

from nabij.fund.urls_public import urlpatterns as public_urlpatterns
from nabij.fund.views import (
    applications,
    committee,
    criteria,
    donations,
    overview,
    pledges,
    setup,
)

app_name = "fund"

urlpatterns: list = [
    path("", overview.overview, name="overview"),
    path("edit/", setup.fund_edit, name="fund_edit"),
    path("committee/", overview.committee, name="committee"),
    path("committee/seats/", setup.seats, name="seats"),
    path("committee/seats/<int:pk>/end/", setup.seat_end, name="seat_end"),
    path("cases/<int:pk>/", committee.case, name="case"),
    path("cases/<int:pk>/propose/", committee.propose, name="propose"),
    path("cases/<int:pk>/confirm/", committee.confirm, name="confirm"),
    path("cases/<int:pk>/send-back/", committee.send_back, name="send_back"),
    path("budgets/", setup.budgets, name="budgets"),
    path("budgets/<int:pk>/change/", setup.budget_change, name="budget_change"),
    path("donations/", donations.donations, name="donations"),
    path("donations/pledges/", pledges.pledges, name="pledges"),
    path("donations/pledges/new/", pledges.pledge_new, name="pledge_new"),
    path("donations/pledges/<int:pk>/", pledges.pledge, name="pledge"),
    path("donations/pledges/<int:pk>/stop/", pledges.pledge_stop, name="pledge_stop"),
    path("donations/<int:pk>/receipt/", donations.donation_receipt, name="receipt"),
    path("criteria/", criteria.criteria, name="criteria"),
    path("criteria/new/", criteria.criterion_new, name="criterion_new"),
    path("criteria/<int:pk>/revise/", criteria.criterion_revise, name="criterion_revise"),
    path("applications/", applications.applications, name="applications"),
    path("applications/new/", applications.application_new, name="application_new"),
    path("applications/<int:pk>/", applications.application, name="application"),
    path("applications/<int:pk>/payout/", applications.payout_new, name="payout_new"),
    *public_urlpatterns,
]
