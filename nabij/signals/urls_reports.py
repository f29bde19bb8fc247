from django.urls import path

from nabij.signals.views import home

urlpatterns: list = [
    path("", home.home, name="home"),
]
