from nabij.fund.urls_public import urlpatterns as public_urlpatterns

app_name = "fund"

urlpatterns: list = [
    *public_urlpatterns,
]
