from django.urls import path

from nabij.signals.views import answers

urlpatterns: list = [
    # The public link (and QR poster): the survey's random key, so an unknown link leads nowhere.
    path("s/<str:key>/", answers.answer, name="answer"),
    path("s/<str:key>/bedankt/", answers.answer_thanks, name="answer_thanks"),
    path("vragenlijsten/<int:pk>/invoeren/", answers.response_enter, name="response_enter"),
    path("vragenlijsten/<int:pk>/affiche.pdf", answers.survey_poster, name="survey_poster"),
    path("vragenlijsten/<int:pk>/papier.pdf", answers.survey_paper, name="survey_paper"),
]
