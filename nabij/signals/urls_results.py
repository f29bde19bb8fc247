from django.urls import path

from nabij.signals.views import results

urlpatterns = [
    path("vragenlijsten/<int:pk>/resultaten/", results.survey_results_page, name="survey_results"),
    path(
        "vragenlijsten/<int:pk>/resultaten.csv",
        results.survey_results_csv,
        name="survey_results_csv",
    ),
    path(
        "vragenlijsten/<int:pk>/resultaten.xlsx",
        results.survey_results_xlsx,
        name="survey_results_xlsx",
    ),
    path(
        "vragenlijsten/<int:pk>/resultaten.pdf",
        results.survey_results_pdf,
        name="survey_results_pdf",
    ),
]
