from django.urls import path

from nabij.ledger.views import (
    accounts,
    corrections,
    mine,
    overview,
    settlements,
    setup,
    tasks,
    till,
    vouchers,
)

app_name = "ledger"

urlpatterns = [
    path("", overview.overview, name="overview"),
    path("currencies/new/", setup.currency_new, name="currency_new"),
    path("demurrage/", corrections.demurrage, name="demurrage"),
    path("accounts/", accounts.account_list, name="account_list"),
    path("accounts/new/", setup.account_new, name="account_new"),
    path("accounts/<int:pk>/limits/", setup.limit_override, name="limit_override"),
    path("accounts/<int:pk>/", accounts.statement, name="statement"),
    path("accounts/<int:pk>/card/", accounts.card_pdf, name="card_pdf"),
    path("accounts/<int:pk>/card/replace/", accounts.card_replace, name="card_replace"),
    path("transfers/<int:pk>/reverse/", corrections.transfer_reverse, name="transfer_reverse"),
    path("tasks/", tasks.task_list, name="task_list"),
    path("tasks/new/", tasks.task_new, name="task_new"),
    path("tasks/<int:pk>/", tasks.task_confirm, name="task_confirm"),
    path("tasks/<int:pk>/cancel/", tasks.task_cancel, name="task_cancel"),
    path("vouchers/", vouchers.voucher_list, name="voucher_list"),
    path("vouchers/<int:pk>/", vouchers.batch_detail, name="batch_detail"),
    path("vouchers/<int:pk>/cancel/", vouchers.batch_cancel, name="batch_cancel"),
    path("vouchers/<int:pk>/sheet/", vouchers.batch_pdf, name="batch_pdf"),
    path("settlements/", settlements.settlement_list, name="settlement_list"),
    path("settlements/<int:pk>/pdf/", settlements.settlement_pdf, name="settlement_pdf"),
    path("settlements/<int:pk>/csv/", settlements.settlement_csv, name="settlement_csv"),
    path("till/", till.payment_take, name="payment_take"),
    path("till/voucher/", till.voucher_redeem, name="voucher_redeem"),
    path("shop/", till.shop_statement, name="shop_statement"),
    path("mine/", mine.mine, name="mine"),
    path("mine/card/", mine.my_card, name="my_card"),
]
