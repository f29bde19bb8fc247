"""Pages outside any place: the welcome page and logging in."""

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from nabij.community.access import member_of
from nabij.community.selectors import places_of


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"places": places_of(member_of(request.user))})


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True
