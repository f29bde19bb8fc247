"""The fund's public pages: criteria, totals and decisions in general terms, no names."""

app_name = "fund"

urlpatterns: list = []
