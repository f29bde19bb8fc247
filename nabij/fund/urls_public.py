"""The fund's public pages: criteria, totals and decisions in general terms, no names."""

from django.urls import path

from nabij.fund.views import public

app_name = "fund"

urlpatterns: list = [
    path("<int:pk>/publiek/", public.fund_public, name="public"),
    path("<int:pk>/publiek/verslag.pdf", public.fund_public_report, name="public_report"),
    path("<int:pk>/publiek/cijfers.csv", public.fund_public_csv, name="public_csv"),
]
