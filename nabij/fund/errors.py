from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class FundError(ErrorCode):
    """Why a fund service refuses; nothing is changed when one is raised."""

    AMOUNT_INVALID = (
        "amount_invalid",
        _("Dit bedrag klopt niet. Schrijf een bedrag in euro, zoals 25 of 12,50."),
    )
    ZERO_AMOUNT = "zero_amount", _("Een gift moet meer dan € 0 zijn.")
    AMOUNT_NOT_POSITIVE = "amount_not_positive", _("Het bedrag moet groter zijn dan € 0.")
    AMOUNT_TOO_LARGE = "amount_too_large", _("Dit bedrag is te groot.")
    DATE_IN_FUTURE = "date_in_future", _("Deze datum ligt in de toekomst.")
    DATES_REVERSED = "dates_reversed", _("De einddatum ligt voor de begindatum.")
    NO_FUND = "no_fund", _("Deze plek heeft nog geen solidariteitsfonds.")
    FUND_EXISTS = "fund_exists", _("Deze plek heeft al een solidariteitsfonds.")
    NAME_EMPTY = "name_empty", _("Vul een naam in.")
    OTHER_FUND = "other_fund", _("Dit hoort bij een ander fonds.")
    PLEDGE_ENDED = "pledge_ended", _("Deze vaste gift liep op die datum niet.")
    PLEDGE_ALREADY_STOPPED = (
        "pledge_already_stopped",
        _("Deze vaste gift is al stopgezet."),
    )
    PLEDGE_STOP_BEFORE_START = (
        "pledge_stop_before_start",
        _("Deze vaste gift begon op %(start)s. Kies die dag of later."),
    )
    PLEDGE_STOP_BEFORE_GIFT = (
        "pledge_stop_before_gift",
        _("Op %(day)s kwam er nog een gift binnen voor deze vaste gift. Kies die dag of later."),
    )
    PLEDGE_STOP_AFTER_END = (
        "pledge_stop_after_end",
        _("Deze vaste gift stopt al op %(end)s. Kies die dag of vroeger."),
    )
    ALREADY_SEATED = "already_seated", _("Deze persoon zit al in het comité.")
    SEAT_ENDED = "seat_ended", _("Deze persoon zit niet meer in het comité.")
    TEXT_EMPTY = "text_empty", _("Vul dit in.")
    CODE_INVALID = (
        "code_invalid",
        _("Een code bestaat uit kleine letters, cijfers en streepjes, zoals voeding-1."),
    )
    CODE_TAKEN = "code_taken", _("Er is al een criterium met deze code.")
    CATEGORY_UNKNOWN = "category_unknown", _("Kies een soort hulp.")
    HOUSEHOLD_MAX_INCOMPLETE = (
        "household_max_incomplete",
        _(
            "Een maximum per gezin heeft een bedrag en een periode: vul beide in, "
            "of geen van beide."
        ),
    )
    NOT_CURRENT = (
        "not_current",
        _("Van dit criterium bestaat een nieuwere versie. Pas die aan."),
    )
    CRITERION_NOT_IN_FORCE = (
        "criterion_not_in_force",
        _("Dit criterium geldt vandaag niet."),
    )
    ABOVE_MAXIMUM = (
        "above_maximum",
        _("Dit is meer dan het criterium toelaat: hoogstens %(maximum)s."),
    )
    HOUSEHOLD_SIZE_INVALID = (
        "household_size_invalid",
        _("Het aantal mensen in het gezin is minstens 1."),
    )
    SITUATION_EMPTY = (
        "situation_empty",
        _("Beschrijf de situatie in je eigen woorden, zonder naam."),
    )
    NOT_ON_COMMITTEE = (
        "not_on_committee",
        _("Alleen wie in het comité van het fonds zit, beslist over een aanvraag."),
    )
    CONFLICT_OF_INTEREST = (
        "conflict_of_interest",
        _(
            "Je diende deze aanvraag in of ze gaat over jou: daarom beslis je er niet over. "
            "Vraag twee andere comitéleden."
        ),
    )
    ALREADY_DECIDED = "already_decided", _("Over deze aanvraag is al beslist.")
    PROPOSAL_OPEN = (
        "proposal_open",
        _("Er ligt al een voorstel klaar. Bevestig het of stuur het terug."),
    )
    PROPOSAL_CLOSED = "proposal_closed", _("Dit voorstel werd al bevestigd of teruggestuurd.")
    CRITERION_MISSING = (
        "criterion_missing",
        _("Kies het criterium waarop de beslissing steunt."),
    )
    REASON_MISSING = "reason_missing", _("Schrijf waarom: een beslissing heeft altijd een reden.")
    REASON_CODE_MISSING = (
        "reason_code_missing",
        _("Kies een reden in het kort: die komt, zonder namen, in het openbare verslag."),
    )
    REASON_CODE_UNEXPECTED = (
        "reason_code_unexpected",
        _("Een volledige toekenning heeft geen reden in het kort."),
    )
    OUTCOME_UNKNOWN = "outcome_unknown", _("Kies toekennen, deels toekennen of weigeren.")
    PARTIAL_NOT_LESS = (
        "partial_not_less",
        _("Bij deels toekennen ligt het bedrag onder het gevraagde (%(asked)s) en boven € 0."),
    )
    SAME_PERSON = (
        "same_person",
        _(
            "Je deed dit voorstel zelf. Een tweede comitélid moet het bevestigen: "
            "niemand beslist alleen."
        ),
    )
    NOTE_EMPTY = "note_empty", _("Schrijf waarom je het voorstel terugstuurt.")
    NO_BUDGET = "no_budget", _("Er is geen budget voor vandaag: leg eerst een budget vast.")
    BUDGET_EXCEEDED = (
        "budget_exceeded",
        _("Dit past niet meer in het budget: er blijft nog %(left)s over in deze periode."),
    )
    BUDGET_OVERLAP = (
        "budget_overlap",
        _("Deze periode overlapt met een ander budget van het fonds."),
    )
    BUDGET_BELOW_GRANTED = (
        "budget_below_granted",
        _(
            "In deze periode werd al %(granted)s toegekend. "
            "Het budget moet minstens %(granted)s zijn."
        ),
    )
    HOUSEHOLD_MAXIMUM = (
        "household_maximum",
        _(
            "Dit gaat boven het maximum per gezin van dit criterium: er kan nog %(left)s "
            "voor dit gezin in deze periode."
        ),
    )
    NOT_GRANTED = "not_granted", _("Deze aanvraag werd geweigerd: er valt niets uit te betalen.")
    PAYOUT_EXCEEDS = (
        "payout_exceeds",
        _("Dit is meer dan toegekend: er blijft nog %(left)s uit te betalen."),
    )
    KIND_UNKNOWN = "kind_unknown", _("Kies hoe de hulp gegeven wordt.")
    DESCRIPTION_EMPTY = (
        "description_empty",
        _("Beschrijf de hulp in natura, bijvoorbeeld: een pakket met winterkleding."),
    )
