from django.urls import path

from nabij.signals.views import home, reports

urlpatterns: list = [
    path("", home.home, name="home"),
    path("rapporten/", reports.signal_list, name="signal_list"),
    path("rapporten/nieuw/", reports.signal_new, name="signal_new"),
    path("rapporten/<int:pk>/", reports.signal_detail, name="signal_detail"),
    path("rapporten/<int:pk>/verslag/", reports.signal_report_page, name="signal_report"),
    path("rapporten/<int:pk>/pdf/", reports.signal_pdf_view, name="signal_pdf"),
    path("rapporten/<int:pk>/versturen/", reports.signal_send, name="signal_send"),
    path("rapporten/<int:pk>/antwoord/", reports.signal_reply, name="signal_reply"),
    path("rapporten/<int:pk>/afronden/", reports.signal_close, name="signal_close"),
    path("rapporten/<int:pk>/heropenen/", reports.signal_reopen, name="signal_reopen"),
    path("verzendingen/<int:pk>/pdf/", reports.sending_pdf, name="sending_pdf"),
]
