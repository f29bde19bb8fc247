"""The survey builder's pages (staff only)."""

from django.urls import path

from nabij.signals.views import surveys

urlpatterns = [
    path("vragenlijsten/", surveys.survey_list, name="survey_list"),
    path("vragenlijsten/nieuw/", surveys.survey_new, name="survey_new"),
    path("vragenlijsten/<int:pk>/", surveys.survey_detail, name="survey_detail"),
    path("vragenlijsten/<int:pk>/aanpassen/", surveys.survey_edit, name="survey_edit"),
    path("vragenlijsten/<int:pk>/vraag-erbij/", surveys.question_new, name="question_new"),
    path("vragenlijsten/<int:pk>/openen/", surveys.survey_open, name="survey_open"),
    path("vragenlijsten/<int:pk>/afsluiten/", surveys.survey_close, name="survey_close"),
    path("vragenlijsten/<int:pk>/heropenen/", surveys.survey_reopen, name="survey_reopen"),
    path("vragenlijsten/<int:pk>/verwijderen/", surveys.survey_delete, name="survey_delete"),
    path("vragen/<int:pk>/", surveys.question_edit, name="question_edit"),
    path("vragen/<int:pk>/weg/", surveys.question_remove, name="question_remove"),
    path("vragen/<int:pk>/verplaatsen/", surveys.question_move, name="question_move"),
    path("vragen/<int:pk>/sprongregel/", surveys.skip_rule_new, name="skip_rule_new"),
    path("sprongregels/<int:pk>/weg/", surveys.skip_rule_remove, name="skip_rule_remove"),
]
