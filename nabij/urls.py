from django.contrib.auth import views as auth_views
from django.urls import include, path

from nabij import i18n, pages

urlpatterns = [
    path("", pages.home, name="home"),
    path("login/", pages.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("language/<str:code>/", i18n.language_set, name="language"),
    path("p/<slug:slug>/", include("nabij.community.urls")),
    path("p/<slug:slug>/aid/", include("nabij.aid.urls")),
    path("p/<slug:slug>/munt/", include("nabij.ledger.urls")),
    path("p/<slug:slug>/inzicht/", include("nabij.insight.urls")),
    path("p/<slug:slug>/fonds/", include("nabij.fund.urls")),
    path("p/<slug:slug>/delen/", include("nabij.sharing.urls")),
    path("p/<slug:slug>/repair/", include("nabij.repair.urls")),
    path("p/<slug:slug>/signalen/", include("nabij.signals.urls")),
    path("p/<slug:slug>/praktijken/", include("nabij.practices.urls")),
    path("praktijken/", include("nabij.practices.urls_public")),
]
