"""The pages of signals, one module of URLs per part of the app."""

from nabij.signals import urls_answers, urls_needs, urls_reports, urls_results, urls_surveys

app_name = "signals"

urlpatterns = [
    *urls_reports.urlpatterns,
    *urls_surveys.urlpatterns,
    *urls_answers.urlpatterns,
    *urls_results.urlpatterns,
    *urls_needs.urlpatterns,
]
