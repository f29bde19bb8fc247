"""The signals of the demo neighbourhood: a winter survey, unmet needs, testimonies, and
the signal report they fed.

Rabot's community workers asked the neighbourhood how it got through the winter: a survey
in Dutch, Arabic, Turkish and French, on the web, on paper and on the phone, six weeks
long, with a few hundred answers. Who struggles with the energy bill feels lonelier, has
fewer people to turn to, and writes more about heating, so the cross-tabulations and the
grouped open answers have something to tell. A second, smaller survey about the
playground is still open, so its public link works. Over the last half year workers
noted needs no one could meet, and recorded testimonies (consent given, names left out,
read by a second staff member). From all this they made "Energiearmoede in Rabot", sent
it to the city council's committee, got an answer from the alderman, and closed it as
partly achieved; a second signal is still a draft.

The rows are written in bulk; every response follows the survey's route (the skip rule
drops the follow-up question for whoever got help from a neighbour).
"""

import hashlib
import random
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from nabij.community.choices import RoleKind
from nabij.community.models import Group, Member, Place
from nabij.demo.cast import CAST, RABOT
from nabij.demo.gatherings import GROUPS
from nabij.demo.vocabulary import STREETS
from nabij.signals.choices import (
    ConsentHow,
    FigureKind,
    NeedType,
    QuestionKind,
    ResponseChannel,
    SignalOutcome,
    SignalStatus,
    SurveyStatus,
    TestimonyStatus,
)
from nabij.signals.flow import route
from nabij.signals.models import (
    Answer,
    Choice,
    Question,
    Response,
    Signal,
    SignalFigure,
    SignalReply,
    SignalSending,
    SignalTestimony,
    SkipRule,
    Survey,
    Testimony,
    UnmetNeed,
)
from nabij.signals.selectors.surveys import survey_steps

Texts = Mapping[str, str]  # {"nl": ..., "ar": ...}

WINTER_ANSWERS = (300, 340)
WINTER_WEEKS = 6
WINTER_LANGUAGES = (("nl", 50), ("ar", 20), ("tr", 20), ("fr", 10))
CHANNELS = {  # per language: web, paper, phone
    "nl": (55, 30, 15),
    "ar": (40, 45, 15),
    "tr": (45, 40, 15),
    "fr": (55, 30, 15),
}
PLAYGROUND_ANSWERS = (38, 52)
PLAYGROUND_LANGUAGES = (("nl", 55), ("ar", 25), ("tr", 20))
NEEDS = (36, 54)
NEEDS_DAYS = 180


# --- the surveys ----------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionSpec:
    kind: str
    text: Texts
    choices: tuple[Texts, ...] = ()
    help: Texts = field(default_factory=dict)
    required: bool = False
    scale: tuple[int, int] | None = None
    scale_labels: Mapping[str, list[str]] = field(default_factory=dict)
    number: tuple[int, int] | None = None


@dataclass(frozen=True)
class SurveySpec:
    title: Texts
    intro: Texts
    languages: tuple[str, ...]
    questions: tuple[QuestionSpec, ...]
    # (question position, choice position) -> target position, None: the end.
    skips: Mapping[tuple[int, int], int | None] = field(default_factory=dict)


YES = {"nl": "Ja", "ar": "نعم", "tr": "Evet", "fr": "Oui"}
NO = {"nl": "Nee", "ar": "لا", "tr": "Hayır", "fr": "Non"}


# The positions of the winter survey's questions, as the answers below refer to them.
ENERGY, WARM, LONELY, HOUSEHOLD, HELPED, WHY_NOT, TURN_TO, KNOWS, BETTER = range(1, 10)
# Positions of choices.
PAYS, PAYS_NOT_ALWAYS, PAYS_NOT = 1, 2, 3
HELPED_YES, HELPED_NO = 1, 2
WHY_UNKNOWN, WHY_AFRAID, WHY_LANGUAGE, WHY_NO_NEED = 1, 2, 3, 4
FAMILY, FRIENDS, NEIGHBOURS, SOCIAL_WORK, FAITH, NOBODY = 1, 2, 3, 4, 5, 6

WINTER = SurveySpec(
    title={
        "nl": "Hoe gaat het met je, deze winter?",
        "ar": "كيف حالك هذا الشتاء؟",
        "tr": "Bu kış nasılsın?",
        "fr": "Comment vas-tu cet hiver ?",
    },
    intro={
        "nl": "Buurtwerk Rabot wil weten hoe het gaat met de energierekening, met "
        "eenzaamheid en met hulp in de buurt. Je antwoorden zijn anoniem. Het duurt "
        "ongeveer vijf minuten.",
        "ar": "يريد العمل الحي في رابوت أن يعرف كيف تسير الأمور مع فاتورة الطاقة ومع "
        "الوحدة ومع المساعدة في الحي. أجوبتك مجهولة الاسم. يستغرق الأمر حوالي خمس دقائق.",
        "tr": "Rabot mahalle çalışması enerji faturası, yalnızlık ve mahallede yardım "
        "konusunda durumun nasıl olduğunu öğrenmek istiyor. Cevapların anonimdir. "
        "Yaklaşık beş dakika sürer.",
        "fr": "Le travail de quartier de Rabot veut savoir comment ça va avec la facture "
        "d'énergie, la solitude et l'entraide dans le quartier. Tes réponses sont "
        "anonymes. Cela prend environ cinq minutes.",
    },
    languages=("nl", "ar", "tr", "fr"),
    questions=(
        QuestionSpec(
            QuestionKind.SINGLE,
            {
                "nl": "Lukt het om je energierekening te betalen?",
                "ar": "هل تستطيع دفع فاتورة الطاقة؟",
                "tr": "Enerji faturanı ödeyebiliyor musun?",
                "fr": "Arrives-tu à payer ta facture d'énergie ?",
            },
            (
                YES,
                {"nl": "Soms niet", "ar": "أحيانًا لا", "tr": "Bazen hayır", "fr": "Pas toujours"},
                NO,
            ),
            required=True,
        ),
        QuestionSpec(
            QuestionKind.SINGLE,
            {
                "nl": "Kan je je woning warm genoeg houden?",
                "ar": "هل تستطيع تدفئة بيتك بما يكفي؟",
                "tr": "Evini yeterince ısıtabiliyor musun?",
                "fr": "Arrives-tu à chauffer assez ton logement ?",
            },
            (
                YES,
                {
                    "nl": "Niet altijd",
                    "ar": "ليس دائمًا",
                    "tr": "Her zaman değil",
                    "fr": "Pas toujours",
                },
                NO,
            ),
        ),
        QuestionSpec(
            QuestionKind.SCALE,
            {
                "nl": "Hoe eenzaam voel je je?",
                "ar": "إلى أي حد تشعر بالوحدة؟",
                "tr": "Kendini ne kadar yalnız hissediyorsun?",
                "fr": "À quel point te sens-tu seul ou seule ?",
            },
            required=True,
            scale=(1, 5),
            scale_labels={
                "nl": ["helemaal niet eenzaam", "heel eenzaam"],
                "ar": ["لا أشعر بالوحدة أبدًا", "أشعر بوحدة شديدة"],
                "tr": ["hiç yalnız değilim", "çok yalnızım"],
                "fr": ["pas du tout seul", "très seul"],
            },
        ),
        QuestionSpec(
            QuestionKind.NUMBER,
            {
                "nl": "Met hoeveel mensen woon je samen? Tel jezelf mee.",
                "ar": "كم عدد الأشخاص الذين يعيشون في بيتك؟ احسب نفسك معهم.",
                "tr": "Evinde kaç kişi yaşıyor? Kendini de say.",
                "fr": "Combien de personnes vivent chez toi, toi compris ?",
            },
            number=(1, 12),
        ),
        QuestionSpec(
            QuestionKind.SINGLE,
            {
                "nl": "Kreeg je deze winter hulp van een buur?",
                "ar": "هل حصلت على مساعدة من أحد الجيران هذا الشتاء؟",
                "tr": "Bu kış bir komşudan yardım aldın mı?",
                "fr": "As-tu reçu de l'aide d'un voisin cet hiver ?",
            },
            (YES, NO),
            required=True,
        ),
        QuestionSpec(
            QuestionKind.MULTIPLE,
            {
                "nl": "Waarom niet?",
                "ar": "لماذا لا؟",
                "tr": "Neden almadın?",
                "fr": "Pourquoi pas ?",
            },
            (
                {
                    "nl": "Ik ken mijn buren niet",
                    "ar": "لا أعرف جيراني",
                    "tr": "Komşularımı tanımıyorum",
                    "fr": "Je ne connais pas mes voisins",
                },
                {
                    "nl": "Ik durf het niet te vragen",
                    "ar": "لا أجرؤ على الطلب",
                    "tr": "İstemeye çekiniyorum",
                    "fr": "Je n'ose pas demander",
                },
                {
                    "nl": "De taal is moeilijk",
                    "ar": "اللغة صعبة",
                    "tr": "Dil zor",
                    "fr": "La langue est difficile",
                },
                {
                    "nl": "Ik had geen hulp nodig",
                    "ar": "لم أحتج إلى مساعدة",
                    "tr": "Yardıma ihtiyacım olmadı",
                    "fr": "Je n'avais pas besoin d'aide",
                },
            ),
            help={
                "nl": "Je mag meer dan één antwoord kiezen.",
                "ar": "يمكنك اختيار أكثر من جواب.",
                "tr": "Birden fazla cevap seçebilirsin.",
                "fr": "Tu peux choisir plusieurs réponses.",
            },
        ),
        QuestionSpec(
            QuestionKind.MULTIPLE,
            {
                "nl": "Bij wie kan je terecht als het moeilijk gaat?",
                "ar": "إلى من يمكنك اللجوء عندما تكون الأمور صعبة؟",
                "tr": "İşler zorlaştığında kime başvurabilirsin?",
                "fr": "Vers qui peux-tu te tourner quand c'est difficile ?",
            },
            (
                {"nl": "Familie", "ar": "العائلة", "tr": "Aile", "fr": "La famille"},
                {"nl": "Vrienden", "ar": "الأصدقاء", "tr": "Arkadaşlar", "fr": "Des amis"},
                {"nl": "Buren", "ar": "الجيران", "tr": "Komşular", "fr": "Des voisins"},
                {
                    "nl": "Buurtwerk of OCMW",
                    "ar": "العمل الحي أو المركز العمومي للرعاية الاجتماعية (OCMW)",
                    "tr": "Mahalle çalışması veya OCMW",
                    "fr": "Le travail de quartier ou le CPAS",
                },
                {
                    "nl": "Moskee, kerk of vereniging",
                    "ar": "المسجد أو الكنيسة أو جمعية",
                    "tr": "Cami, kilise veya dernek",
                    "fr": "Une mosquée, une église ou une association",
                },
                {"nl": "Niemand", "ar": "لا أحد", "tr": "Hiç kimse", "fr": "Personne"},
            ),
            help={
                "nl": "Je mag meer dan één antwoord kiezen.",
                "ar": "يمكنك اختيار أكثر من جواب.",
                "tr": "Birden fazla cevap seçebilirsin.",
                "fr": "Tu peux choisir plusieurs réponses.",
            },
        ),
        QuestionSpec(
            QuestionKind.SINGLE,
            {
                "nl": "Weet je waar je terecht kan met vragen over je energierekening?",
                "ar": "هل تعرف أين يمكنك طرح أسئلتك حول فاتورة الطاقة؟",
                "tr": "Enerji faturanla ilgili sorular için nereye gidebileceğini biliyor musun?",
                "fr": "Sais-tu où poser tes questions sur ta facture d'énergie ?",
            },
            (YES, NO),
        ),
        QuestionSpec(
            QuestionKind.TEXT,
            {
                "nl": "Wat zou je buurt beter maken?",
                "ar": "ما الذي سيجعل حيّك أفضل؟",
                "tr": "Mahalleni ne daha iyi yapardı?",
                "fr": "Qu'est-ce qui rendrait ton quartier meilleur ?",
            },
        ),
    ),
    # Who got help from a neighbour is not asked why not.
    skips={(HELPED, HELPED_YES): TURN_TO},
)

# Open answers to "Wat zou je buurt beter maken?", by theme. Within a language each theme
# keeps one word in the same form, so grouping by theme finds it.
HEATING, RENT, LONELINESS, PLAYGROUND, SAFETY, OTHER = (
    "heating",
    "rent",
    "loneliness",
    "playground",
    "safety",
    "other",
)
BETTER_ANSWERS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        HEATING: (
            "Betere verwarming in de torens.",
            "De verwarming valt elke winter uit.",
            "Hulp met de verwarming en de energiefactuur.",
            "Isolatie en een verwarming die werkt.",
            "Goedkopere verwarming, binnen is het te koud.",
            "Dat de huisbaas de verwarming laat nakijken.",
            "Verwarming die je zelf kan regelen.",
        ),
        RENT: (
            "Lagere huur.",
            "De huur is te hoog voor wat je krijgt.",
            "Betaalbare huur voor gezinnen met kinderen.",
            "Een huur die past bij ons inkomen.",
            "Minder huur, meer sociale woningen.",
            "Elk jaar stijgt de huur, het loon niet.",
        ),
        LONELINESS: (
            "Een plek om te praten als je eenzaam bent.",
            "Iets voor ouderen die eenzaam zijn.",
            "Ik ben vaak eenzaam. Een koffiemoment zou helpen.",
            "Dat buren elkaar groeten, dan is niemand zo eenzaam.",
            "Bezoek aan huis voor wie eenzaam is.",
        ),
        PLAYGROUND: (
            "Een groter speelplein.",
            "Het speelplein opknappen, er is niets voor de kleintjes.",
            "Schaduw en banken op het speelplein.",
            "Een speelplein dat ook in de winter open is.",
            "Minder auto's rond het speelplein.",
        ),
        SAFETY: (
            "Ik voel me 's avonds niet veilig op straat.",
            "Meer licht, dan is het veiliger.",
            "Veilig oversteken aan de school.",
            "Veiliger fietsen in de Wondelgemstraat.",
            "De portiek van de toren is niet veilig.",
        ),
        OTHER: (
            "Minder zwerfvuil.",
            "Meer groen en bomen.",
            "Een bank aan de bushalte.",
            "Niets, ik woon hier graag.",
            "Activiteiten voor jongeren in het weekend.",
            "Een dokter die nieuwe patiënten aanneemt.",
        ),
    },
    "ar": {
        HEATING: (
            "تدفئة أفضل في العمارات.",
            "التدفئة تتعطل كل شتاء.",
            "مساعدة في التدفئة وفاتورة الطاقة.",
            "التدفئة غالية جدًا، البيت بارد.",
            "أن يصلح المالك التدفئة بسرعة.",
        ),
        RENT: (
            "إيجار أقل.",
            "الإيجار مرتفع جدًا بالنسبة لما نحصل عليه.",
            "إيجار في متناول العائلات الكبيرة.",
            "كل سنة يرتفع الإيجار والراتب لا.",
        ),
        LONELINESS: (
            "مكان نلتقي فيه حتى لا نشعر بالوحدة.",
            "نشاط للنساء اللواتي يعشن الوحدة.",
            "الوحدة صعبة، خصوصًا في الشتاء.",
            "زيارات لكبار السن الذين يعانون من الوحدة.",
        ),
        PLAYGROUND: (
            "ملعب أكبر للأطفال.",
            "ملعب نظيف وآمن للصغار.",
            "ظل ومقاعد في الملعب.",
            "ملعب مفتوح في الشتاء أيضًا.",
        ),
        SAFETY: (
            "إنارة أكثر في الشوارع ليلًا.",
            "لا أشعر بالأمان في المساء.",
            "الأمان عند مدخل العمارة.",
            "الأمان للأطفال في طريق المدرسة.",
        ),
        OTHER: (
            "نظافة الشوارع.",
            "دروس اللغة الهولندية في الحي.",
            "طبيب يقبل مرضى جدد.",
            "لا شيء، الحي جيد.",
        ),
    },
    "tr": {
        HEATING: (
            "Kaloriferler düzgün çalışsın.",
            "Her kış kalorifer bozuluyor.",
            "Kalorifer çok pahalı, evde üşüyoruz.",
            "Ev sahibi kaloriferi hemen tamir etsin.",
            "Kalorifer ve fatura için yardım.",
        ),
        RENT: (
            "Daha düşük kira.",
            "Kira çok yüksek.",
            "Büyük aileler için uygun kira.",
            "Her yıl kira artıyor, maaş artmıyor.",
        ),
        LONELINESS: (
            "Yalnız kalan yaşlılar için bir buluşma yeri.",
            "Kadınlar için çay saati, yalnız kalmasınlar.",
            "Kışın çok yalnız hissediyorum.",
            "Yalnız yaşayanlara ziyaret.",
        ),
        PLAYGROUND: (
            "Çocuklar için daha büyük bir oyun parkı.",
            "Oyun parkı temiz olsun.",
            "Oyun parkında gölge ve bank.",
            "Küçük çocuklar için oyun parkı.",
        ),
        SAFETY: (
            "Akşamları sokaklar güvenli değil.",
            "Daha fazla ışık, daha güvenli sokaklar.",
            "Okul yolu güvenli olsun.",
            "Apartman girişi güvenli değil.",
        ),
        OTHER: (
            "Sokaklar daha temiz olsun.",
            "Mahallede Hollandaca kursu.",
            "Yeni hasta kabul eden bir doktor.",
            "Bir şey yok, memnunum.",
        ),
    },
    "fr": {
        HEATING: (
            "Un meilleur chauffage dans les tours.",
            "Le chauffage tombe en panne chaque hiver.",
            "De l'aide pour le chauffage et la facture.",
            "Un chauffage moins cher, il fait froid chez nous.",
        ),
        RENT: (
            "Des loyers plus bas.",
            "Les loyers sont trop chers pour ce qu'on a.",
            "Des loyers abordables pour les familles.",
        ),
        LONELINESS: (
            "Un endroit pour parler quand on est seul.",
            "Des visites pour les personnes âgées seules.",
            "Moins de gens seuls, plus de fêtes de quartier.",
        ),
        PLAYGROUND: (
            "Une plaine de jeux plus grande.",
            "Des jeux pour les petits enfants.",
            "Des bancs près des jeux.",
        ),
        SAFETY: (
            "Plus de sécurité le soir.",
            "La sécurité à l'entrée des tours.",
            "Plus de sécurité pour traverser près de l'école.",
        ),
        OTHER: (
            "Des rues plus propres.",
            "Rien, j'aime bien le quartier.",
            "Un médecin qui prend de nouveaux patients.",
        ),
    },
}

PLAYGROUND_SURVEY = SurveySpec(
    title={
        "nl": "Het speelplein aan de Rabotstraat",
        "ar": "ملعب الأطفال في شارع رابوت",
        "tr": "Rabotstraat'taki oyun parkı",
    },
    intro={
        "nl": "De stad wil het speelplein vernieuwen. Wat vinden jij en je kinderen? "
        "Je antwoorden zijn anoniem.",
        "ar": "تريد المدينة تجديد ملعب الأطفال. ما رأيك أنت وأطفالك؟ أجوبتك مجهولة الاسم.",
        "tr": "Belediye oyun parkını yenilemek istiyor. Sen ve çocukların ne düşünüyorsunuz? "
        "Cevapların anonimdir.",
    },
    languages=("nl", "ar", "tr"),
    questions=(
        QuestionSpec(
            QuestionKind.SINGLE,
            {
                "nl": "Hoe vaak gaan je kinderen naar het speelplein?",
                "ar": "كم مرة يذهب أطفالك إلى الملعب؟",
                "tr": "Çocukların ne sıklıkla oyun parkına gidiyor?",
            },
            (
                {"nl": "Elke dag", "ar": "كل يوم", "tr": "Her gün"},
                {"nl": "Elke week", "ar": "كل أسبوع", "tr": "Her hafta"},
                {"nl": "Zelden", "ar": "نادرًا", "tr": "Nadiren"},
                {"nl": "Nooit", "ar": "أبدًا", "tr": "Hiç"},
            ),
            required=True,
        ),
        QuestionSpec(
            QuestionKind.SCALE,
            {
                "nl": "Hoe veilig voelt het speelplein?",
                "ar": "إلى أي حد تشعر أن الملعب آمن؟",
                "tr": "Oyun parkı ne kadar güvenli?",
            },
            scale=(1, 5),
            scale_labels={
                "nl": ["helemaal niet veilig", "heel veilig"],
                "ar": ["غير آمن أبدًا", "آمن جدًا"],
                "tr": ["hiç güvenli değil", "çok güvenli"],
            },
        ),
        QuestionSpec(
            QuestionKind.MULTIPLE,
            {
                "nl": "Wat mist er op het speelplein?",
                "ar": "ما الذي ينقص الملعب؟",
                "tr": "Oyun parkında ne eksik?",
            },
            (
                {"nl": "Schaduw", "ar": "الظل", "tr": "Gölge"},
                {"nl": "Banken", "ar": "مقاعد", "tr": "Banklar"},
                {
                    "nl": "Toestellen voor kleine kinderen",
                    "ar": "ألعاب للأطفال الصغار",
                    "tr": "Küçük çocuklar için oyuncaklar",
                },
                {"nl": "Verlichting", "ar": "إنارة", "tr": "Aydınlatma"},
                {"nl": "Een toilet", "ar": "مرحاض", "tr": "Tuvalet"},
            ),
        ),
        QuestionSpec(
            QuestionKind.TEXT,
            {
                "nl": "Wil je nog iets zeggen over het speelplein?",
                "ar": "هل تريد أن تقول شيئًا آخر عن الملعب؟",
                "tr": "Oyun parkı hakkında söylemek istediğin başka bir şey var mı?",
            },
        ),
    ),
)
PLAYGROUND_REMARKS = {
    "nl": (
        "Er ligt vaak glas.",
        "Graag een omheining, de straat is dichtbij.",
        "Een waterpunt in de zomer.",
        "Mijn kinderen spelen er graag.",
    ),
    "ar": ("الملعب صغير جدًا.", "نحتاج إلى سياج حول الملعب.", "أطفالي يحبون اللعب هناك."),
    "tr": ("Oyun parkı çok küçük.", "Etrafına çit lazım.", "Çocuklarım orada oynamayı seviyor."),
}


@dataclass(frozen=True)
class Written:
    """A survey as written: its rows, and its questions and choices by position."""

    survey: Survey
    questions: dict[int, Question]
    choices: dict[tuple[int, int], int]  # (question position, choice position) -> choice id


def _public_key(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_letters + string.digits, k=22))


def _survey_write(
    place: Place, spec: SurveySpec, *, rng: random.Random, by: Member, created: datetime
) -> Written:
    """The survey with its questions, choices and skip rules, open for answers."""
    survey = Survey.objects.create(
        place=place,
        title=dict(spec.title),
        intro=dict(spec.intro),
        languages=list(spec.languages),
        status=SurveyStatus.OPEN,
        public_key=_public_key(rng),
        created_by=by,
        created_at=created,
        opened_at=created + timedelta(days=2),
    )
    questions = Question.objects.bulk_create(
        Question(
            place=place,
            survey=survey,
            position=position,
            kind=q.kind,
            text=dict(q.text),
            help=dict(q.help),
            required=q.required,
            scale_min=q.scale[0] if q.scale else None,
            scale_max=q.scale[1] if q.scale else None,
            scale_labels=dict(q.scale_labels),
            number_min=Decimal(q.number[0]) if q.number else None,
            number_max=Decimal(q.number[1]) if q.number else None,
        )
        for position, q in enumerate(spec.questions, start=1)
    )
    by_position = {q.position: q for q in questions}
    keys = [
        (position, n)
        for position, q in enumerate(spec.questions, start=1)
        for n in range(1, len(q.choices) + 1)
    ]
    choices = Choice.objects.bulk_create(
        Choice(
            place=place,
            question=by_position[position],
            position=n,
            label=dict(spec.questions[position - 1].choices[n - 1]),
        )
        for position, n in keys
    )
    choice_ids = {key: choice.pk for key, choice in zip(keys, choices, strict=True)}
    SkipRule.objects.bulk_create(
        SkipRule(
            place=place,
            survey=survey,
            question=by_position[position],
            choice_id=choice_ids[position, n],
            target=by_position[target] if target is not None else None,
        )
        for (position, n), target in spec.skips.items()
    )
    return Written(survey=survey, questions=by_position, choices=choice_ids)


# What one person answered, by question position: choice positions, a number or a text.
Given = dict[int, tuple[int, ...] | int | str]


@dataclass(frozen=True)
class Filled:
    language: str
    channel: str
    day: date
    given: Given


def _pick(rng: random.Random, weights: Sequence[float]) -> int:
    """A position (1, 2, ...) drawn with `weights`."""
    return rng.choices(range(1, len(weights) + 1), weights)[0]


# How lonely (1-5) people feel, by whether they can pay for energy.
LONELY_WEIGHTS = {
    PAYS: (30, 30, 22, 12, 6),
    PAYS_NOT_ALWAYS: (12, 22, 30, 22, 14),
    PAYS_NOT: (6, 12, 24, 30, 28),
}
WARM_WEIGHTS = {PAYS: (75, 20, 5), PAYS_NOT_ALWAYS: (25, 55, 20), PAYS_NOT: (10, 40, 50)}
HELPED_ODDS = (0.45, 0.45, 0.3, 0.2, 0.2)  # by loneliness


def _winter_given(rng: random.Random, language: str) -> Given:
    """One person's answers, before the route: who cannot pay for energy is colder,
    lonelier, gets less help and writes more often about heating. Now and then someone
    leaves a question that is not required open."""
    energy = _pick(rng, (50, 30, 20))
    lonely = _pick(rng, LONELY_WEIGHTS[energy])
    household = _pick(rng, (24 if lonely >= 4 else 14, 20, 16, 16, 12, 8, 4, 2))
    helped = HELPED_YES if rng.random() < HELPED_ODDS[lonely - 1] else HELPED_NO
    given: Given = {ENERGY: (energy,), LONELY: lonely, HELPED: (helped,)}
    if rng.random() > 0.03:
        given[WARM] = (_pick(rng, WARM_WEIGHTS[energy]),)
    if rng.random() > 0.06:
        given[HOUSEHOLD] = household
    # Asked only of who got no help (the route drops it for the others).
    if lonely <= 2 and rng.random() < 0.4:
        given[WHY_NOT] = (WHY_NO_NEED,)
    else:
        odds = {
            WHY_UNKNOWN: 0.35 + 0.25 * (lonely >= 4),
            WHY_AFRAID: 0.3,
            WHY_LANGUAGE: 0.05 if language == "nl" else 0.4,
        }
        given[WHY_NOT] = tuple(n for n, odd in odds.items() if rng.random() < odd) or (WHY_UNKNOWN,)
    if rng.random() > 0.04:
        if rng.random() < 0.03 + 0.2 * (lonely >= 4):
            given[TURN_TO] = (NOBODY,)
        else:
            odds = {
                FAMILY: 0.6,
                FRIENDS: 0.45,
                NEIGHBOURS: 0.2 + 0.3 * (helped == HELPED_YES),
                SOCIAL_WORK: 0.25 + 0.2 * (energy == PAYS_NOT),
                FAITH: 0.15 + 0.1 * (language in ("ar", "tr")),
            }
            given[TURN_TO] = tuple(n for n, odd in odds.items() if rng.random() < odd) or (FAMILY,)
    if rng.random() > 0.05:
        given[KNOWS] = (1 if rng.random() < (0.6 if energy == PAYS else 0.35) else 2,)
    if rng.random() < 0.65:
        themes = {
            HEATING: 16 + 25 * (energy == PAYS_NOT) + 10 * (energy == PAYS_NOT_ALWAYS),
            RENT: 18,
            LONELINESS: 8 + 25 * (lonely >= 4),
            PLAYGROUND: 10 + 15 * (household >= 4),
            SAFETY: 14,
            OTHER: 10,
        }
        theme = rng.choices(list(themes), list(themes.values()))[0]
        given[BETTER] = rng.choice(BETTER_ANSWERS[language][theme])
    return dict(sorted(given.items()))


def _playground_given(rng: random.Random, language: str) -> Given:
    given: Given = {1: (_pick(rng, (25, 40, 25, 10)),)}
    if rng.random() > 0.05:
        given[2] = _pick(rng, (15, 30, 30, 18, 7))
    missing = tuple(n for n, odd in enumerate((0.5, 0.35, 0.45, 0.4, 0.3), 1) if rng.random() < odd)
    if missing:
        given[3] = missing
    if rng.random() < 0.3:
        given[4] = rng.choice(PLAYGROUND_REMARKS[language])
    return given


def _responses_write(
    written: Written,
    filled: Sequence[Filled],
    *,
    seed: int,
    staff: Sequence[Member],
    rng: random.Random,
) -> tuple[int, int]:
    """Responses and their answers, only the questions on each person's route; how many
    of each were written."""
    survey, place = written.survey, written.survey.place
    steps = survey_steps(survey)
    web = 0
    responses = []
    for person in filled:
        token_hash = None
        if person.channel == ResponseChannel.WEB:
            web += 1
            token_hash = hashlib.sha256(
                f"nabij-demo:{seed}:signals:{survey.public_key}:{web}".encode()
            ).hexdigest()
        responses.append(
            Response(
                place=place,
                survey=survey,
                language=person.language,
                channel=person.channel,
                submitted_on=person.day,
                token_hash=token_hash,
                entered_by=None if token_hash else rng.choice(staff),
            )
        )
    Response.objects.bulk_create(responses, batch_size=500)
    answers = []
    # Plain ids rather than model instances: thousands of rows, written in one go.
    ids = {position: question.pk for position, question in written.questions.items()}
    for response, person in zip(responses, filled, strict=True):
        picked = {
            ids[position]: [written.choices[position, n] for n in value]
            for position, value in person.given.items()
            if isinstance(value, tuple)
        }
        on_route = set(route(steps, picked))
        row = {"place_id": place.pk, "response_id": response.pk}
        for position, value in person.given.items():
            question = ids[position]
            if question not in on_route:
                continue
            if isinstance(value, tuple):
                answers.extend(
                    Answer(**row, question_id=question, choice_id=written.choices[position, n])
                    for n in value
                )
            elif isinstance(value, int):
                answers.append(Answer(**row, question_id=question, number=value))
            else:
                answers.append(Answer(**row, question_id=question, text=value))
    Answer.objects.bulk_create(answers, batch_size=1000)
    return len(responses), len(answers)


def _filled(
    rng: random.Random,
    *,
    count: int,
    languages: Sequence[tuple[str, int]],
    first: date,
    days: int,
    given,
) -> list[Filled]:
    """`count` people answering over `days` days from `first`, most in the first weeks
    (the paper forms come in at the first gatherings), in date order."""
    codes, weights = zip(*languages, strict=True)
    people = []
    for _ in range(count):
        language = rng.choices(codes, weights)[0]
        channel = rng.choices(ResponseChannel.values, CHANNELS[language])[0]
        day = first + timedelta(days=min(days - 1, int(rng.triangular(0, days, days / 6))))
        people.append(Filled(language, channel, day, given(rng, language)))
    people.sort(key=lambda person: person.day)
    return people


# --- unmet needs and testimonies -------------------------------------------------------

NEED_NOTES: dict[str, tuple[str, ...]] = {
    NeedType.ENERGY: (
        "Budgetmeter leeg, geen geld om op te laden.",
        "Achterstal bij de energieleverancier, afsluiting dreigt.",
        "Verwarming stuk, huisbaas reageert niet.",
        "Voorschotfactuur verdubbeld, kan ze niet betalen.",
        "Geen recht op sociaal tarief, toch te weinig inkomen.",
        "Gezin stookt maar één kamer, kinderen vaak ziek.",
    ),
    NeedType.HOUSING: (
        "Schimmel in de slaapkamer van de kinderen.",
        "Zoekt een kleinere woning, wachtlijst sociale huisvesting te lang.",
        "Huur opgezegd, nog geen nieuwe woning.",
        "Lift in de toren al weken stuk, oudere bewoner komt niet buiten.",
        "Te veel mensen in een te kleine woning.",
    ),
    NeedType.INCOME: (
        "Schulden bij de ziekenkas, geen budgetbegeleiding vrij.",
        "Leefloon te laat uitbetaald, niets meer voor eten.",
        "Deurwaarder aan de deur, wist niet waar naartoe.",
        "Werkt, maar het loon is op na de huur.",
    ),
    NeedType.PAPERWORK: (
        "Brief van de belastingen niet begrepen, geen tolk vrij.",
        "Aanvraag schooltoelage te moeilijk online.",
        "Geen computer om de energieleverancier te contacteren.",
        "Formulier voor de ziekenkas kwijt, loket alleen online.",
    ),
    NeedType.RIGHTS: (
        "Geen verblijfspapieren, durft niet naar het OCMW.",
        "Recht op verhoogde tegemoetkoming nooit aangevraagd.",
        "Wacht al maanden op antwoord over gezinshereniging.",
    ),
}
NEED_PEOPLE = ((1, 50), (2, 20), (3, 14), (4, 10), (5, 6))
# Which groups a need of this type is often seen in (keys of the demo's groups).
NEED_GROUPS = {
    NeedType.ENERGY: "huurders",
    NeedType.HOUSING: "huurders",
    NeedType.INCOME: "moeders",
    NeedType.PAPERWORK: "moeders",
    NeedType.RIGHTS: "plein",
}
WINTER_MONTHS = (11, 12, 1, 2, 3)


def _need_type(rng: random.Random, day: date) -> str:
    energy = 40 if day.month in WINTER_MONTHS else 16
    types = (NeedType.ENERGY, NeedType.HOUSING, NeedType.INCOME, NeedType.PAPERWORK)
    return rng.choices((*types, NeedType.RIGHTS), (energy, 22, 18, 14, 10))[0]


def _needs_write(
    rng: random.Random, place: Place, now: datetime, staff: Sequence[Member]
) -> list[UnmetNeed]:
    groups = dict(
        Group.objects.filter(place=place, name__in=[g.name for g in GROUPS]).values_list(
            "name", "pk"
        )
    )
    group_of = {g.key: groups.get(g.name) for g in GROUPS if g.place == RABOT}
    streets, street_weights = zip(*STREETS, strict=True)
    people, people_weights = zip(*NEED_PEOPLE, strict=True)
    needs = []
    for _ in range(rng.randint(*NEEDS)):
        day = now.date() - timedelta(days=rng.randint(1, NEEDS_DAYS))
        kind = _need_type(rng, day)
        needs.append(
            UnmetNeed(
                place=place,
                need_type=kind,
                noted_on=day,
                people=rng.choices(people, people_weights)[0],
                sector=rng.choices(streets, street_weights)[0] if rng.random() < 0.6 else "",
                group_id=group_of.get(NEED_GROUPS[kind]) if rng.random() < 0.3 else None,
                note=rng.choice(NEED_NOTES[kind]),
                recorded_by=rng.choice(staff),
                recorded_at=timezone.make_aware(
                    datetime.combine(day, time(rng.randint(9, 17), rng.randint(0, 59)))
                ),
            )
        )
    needs.sort(key=lambda need: (need.noted_on, need.recorded_at))
    return UnmetNeed.objects.bulk_create(needs)


@dataclass(frozen=True)
class TestimonySpec:
    text: str
    theme: str
    context: str
    consent_how: str
    days_ago: int
    language: str = "nl"
    approved: bool = True


TESTIMONIES: tuple[TestimonySpec, ...] = (
    TestimonySpec(
        "We zetten de verwarming pas aan als de kinderen thuiskomen. Overdag zit ik met "
        "een jas aan in de zetel.",
        NeedType.ENERGY,
        "moeder van drie kinderen, woont in de torens",
        ConsentHow.SPOKEN,
        60,
    ),
    TestimonySpec(
        "Elke maand moet ik kiezen: de budgetmeter opladen of boodschappen doen. Deze "
        "winter heb ik twee keer in het donker gezeten.",
        NeedType.ENERGY,
        "alleenstaande man, vijftiger",
        ConsentHow.WRITTEN,
        55,
    ),
    TestimonySpec(
        "لا أشغّل التدفئة إلا ساعة واحدة في المساء. أطفالي ينامون بملابس الشتاء، "
        "وأخجل أن أدعو أحدًا إلى بيتي.",
        NeedType.ENERGY,
        "moeder, sinds twee jaar in België",
        ConsentHow.SPOKEN,
        52,
        language="ar",
    ),
    TestimonySpec(
        "Sinds mijn vrouw er niet meer is, spreek ik soms een hele week niemand. In de "
        "kou ga ik ook niet meer naar buiten.",
        NeedType.VISIT,
        "gepensioneerde man, woont alleen",
        ConsentHow.SPOKEN,
        48,
    ),
    TestimonySpec(
        "De schimmel komt terug, hoe vaak ik ook kuis. De huisbaas zegt dat we te weinig "
        "verluchten, maar verluchten kost warmte.",
        NeedType.HOUSING,
        "huurder, gezin met jonge kinderen",
        ConsentHow.MESSAGE,
        44,
    ),
    TestimonySpec(
        "Ik had recht op het sociaal tarief, maar niemand had me dat gezegd. Drie jaar "
        "te veel betaald.",
        NeedType.PAPERWORK,
        "vrouw, zestiger",
        ConsentHow.WRITTEN,
        40,
    ),
    TestimonySpec(
        "Mijn zoon maakt zijn huiswerk in de bibliotheek, omdat het daar warm is.",
        NeedType.ENERGY,
        "vader van twee tieners",
        ConsentHow.SPOKEN,
        4,
        approved=False,
    ),
)
QUOTED = (0, 1, 2)  # the testimonies the energy signal quotes


def _testimonies_write(
    rng: random.Random, place: Place, now: datetime, worker: Member, admin: Member
) -> list[Testimony]:
    rows = []
    for n, spec in enumerate(TESTIMONIES):
        # The worker records most, the admin some; the other one reads it.
        recorder, reviewer = (admin, worker) if n % 3 == 2 else (worker, admin)
        recorded = now - timedelta(days=spec.days_ago, hours=rng.randint(0, 8))
        rows.append(
            Testimony(
                place=place,
                text=spec.text,
                language=spec.language,
                theme=spec.theme,
                context=spec.context,
                consent_how=spec.consent_how,
                consent_on=recorded.date(),
                status=TestimonyStatus.APPROVED if spec.approved else TestimonyStatus.DRAFT,
                recorded_by=recorder,
                recorded_at=recorded,
                reviewed_by=reviewer if spec.approved else None,
                reviewed_at=recorded + timedelta(days=rng.randint(1, 4)) if spec.approved else None,
            )
        )
    return Testimony.objects.bulk_create(rows)


# --- the signal reports ----------------------------------------------------------------

ENERGY_ISSUE = (
    "Deze winter zegt ongeveer de helft van wie onze bevraging invulde, dat het niet of "
    "niet altijd lukt om de energierekening te betalen. Wie de rekening niet kan betalen, "
    "voelt zich ook vaker eenzaam: men nodigt niemand meer uit en gaat minder buiten. "
    "Veel mensen weten niet waar ze met vragen over hun rekening terecht kunnen, zeker "
    "wie geen Nederlands spreekt. Buurtwerkers noteerden daarnaast tientallen noden "
    "rond energie en wonen waar niemand een antwoord op had."
)
ENERGY_DEMANDS = (
    "1. Een energiepunt in het buurthuis, elke week, met tolken Arabisch en Turks.\n"
    "2. Het sociaal tarief automatisch voor iedereen die er recht op heeft.\n"
    "3. Een renovatieplan voor de torens: isolatie en een verwarming die werkt.\n"
    "4. Geen afsluiting van gas of elektriciteit tijdens de winter."
)
ENERGY_REPLY = (
    "De stad opent een energiepunt in het buurthuis van Rabot, twee voormiddagen per "
    "week, met tolken via de tolkendienst. Voor de renovatie van de torens verwijst de "
    "schepen naar de sociale huisvestingsmaatschappij. Het automatisch sociaal tarief "
    "is een federale bevoegdheid; de stad zal het signaal doorgeven."
)
ENERGY_OUTCOME = (
    "Het energiepunt in het buurthuis komt er. Over de renovatie van de torens en het "
    "automatisch sociaal tarief is niets beslist: we volgen dat op met de Huurdersgroep "
    "Torens."
)
TOWERS_ISSUE = (
    "In de torens komen schimmel, kapotte liften en verwarming die uitvalt steeds terug. "
    "Bewoners melden het aan de huisbaas, maar herstellingen blijven uit."
)


def _at(day: date, hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _signals_write(
    place: Place,
    now: datetime,
    *,
    winter: Written,
    closed: datetime,
    quotes: Sequence[Testimony],
    worker: Member,
    admin: Member,
) -> dict[str, int]:
    created = closed + timedelta(days=2)
    sent = created + timedelta(days=9)
    answered = sent + timedelta(days=11)
    finished = answered + timedelta(days=5)
    energy = Signal.objects.create(
        place=place,
        title="Energiearmoede in Rabot",
        issue=ENERGY_ISSUE,
        demands=ENERGY_DEMANDS,
        status=SignalStatus.CLOSED,
        outcome=SignalOutcome.PARTLY,
        outcome_note=ENERGY_OUTCOME,
        created_by=worker,
        created_at=created,
        updated_at=finished,
    )
    towers = Signal.objects.create(
        place=place,
        title="Herstellingen in de torens",
        issue=TOWERS_ISSUE,
        created_by=admin,
        created_at=now - timedelta(days=3),
        updated_at=now - timedelta(days=1),
    )
    figures = SignalFigure.objects.bulk_create(
        [
            SignalFigure(
                place=place,
                signal=energy,
                position=1,
                kind=FigureKind.SURVEY_QUESTION,
                caption="Lukt het om je energierekening te betalen?",
                survey=winter.survey,
                question=winter.questions[ENERGY],
            ),
            SignalFigure(
                place=place,
                signal=energy,
                position=2,
                kind=FigureKind.SURVEY_CROSSTAB,
                caption="Hoe eenzaam mensen zich voelen, naargelang ze hun energierekening "
                "kunnen betalen",
                survey=winter.survey,
                question=winter.questions[LONELY],
                by_question=winter.questions[ENERGY],
            ),
            SignalFigure(
                place=place,
                signal=energy,
                position=3,
                kind=FigureKind.NEEDS_BY_TYPE,
                caption="Noden zonder antwoord van het voorbije halfjaar, per soort",
                period_from=created.date() - timedelta(days=NEEDS_DAYS),
                period_until=created.date(),
            ),
            SignalFigure(
                place=place,
                signal=towers,
                position=1,
                kind=FigureKind.NEEDS_BY_GROUP,
                caption="Noden zonder antwoord, per groep",
            ),
        ]
    )
    SignalTestimony.objects.bulk_create(
        SignalTestimony(place=place, signal=energy, testimony=quote, position=n)
        for n, quote in enumerate(quotes, start=1)
    )
    # The PDF exactly as it went out, made on the day it was sent.
    from nabij.signals.report_pdf import signal_pdf  # waits for report_pdf

    sending = SignalSending.objects.create(
        place=place,
        signal=energy,
        recipient="Gemeenteraad Gent – commissie Welzijn",
        sent_on=sent.date(),
        how="Per e-mail, en toegelicht in de commissie",
        pdf=signal_pdf(energy, now=sent),
        recorded_by=worker,
        recorded_at=sent,
    )
    SignalReply.objects.create(
        place=place,
        signal=energy,
        sending=sending,
        received_on=answered.date(),
        sender="Schepen van Welzijn",
        summary=ENERGY_REPLY,
        recorded_by=worker,
        recorded_at=answered,
    )
    return {
        "signal": 2,
        "signalfigure": len(figures),
        "signaltestimony": len(quotes),
        "signalsending": 1,
        "signalreply": 1,
    }


# --- all of it -------------------------------------------------------------------------


def _cast(role: str) -> Member:
    username = next(m.username for m in CAST if m.place == RABOT and m.role == role)
    return Member.objects.get(user__username=username)


def seed_signals(*, seed: int, now: datetime) -> dict[str, int]:
    """Write Rabot's surveys, unmet needs, testimonies and signals; how many rows of each."""
    rng = random.Random(f"nabij-demo:{seed}:signals")
    place = Place.objects.get(slug=RABOT)
    worker, admin = _cast(RoleKind.WORKER), _cast(RoleKind.ADMIN)
    staff = (worker, worker, admin)  # the worker does most of the typing
    today = now.date()
    with transaction.atomic():
        winter_created = _at(today - timedelta(days=84), 10)
        winter = _survey_write(place, WINTER, rng=rng, by=worker, created=winter_created)
        opened = winter.survey.opened_at
        filled = _filled(
            rng,
            count=rng.randint(*WINTER_ANSWERS),
            languages=WINTER_LANGUAGES,
            first=opened.date(),
            days=WINTER_WEEKS * 7,
            given=_winter_given,
        )
        responses, answers = _responses_write(winter, filled, seed=seed, staff=staff, rng=rng)
        closed = opened + timedelta(weeks=WINTER_WEEKS)
        # Closed once the answers are in: the database takes answers only while it is open.
        Survey.objects.filter(pk=winter.survey.pk).update(
            status=SurveyStatus.CLOSED, closed_at=closed
        )

        playground = _survey_write(
            place, PLAYGROUND_SURVEY, rng=rng, by=admin, created=_at(today - timedelta(12), 9)
        )
        days = (today - playground.survey.opened_at.date()).days
        filled = _filled(
            rng,
            count=rng.randint(*PLAYGROUND_ANSWERS),
            languages=PLAYGROUND_LANGUAGES,
            first=playground.survey.opened_at.date(),
            days=days,
            given=_playground_given,
        )
        more = _responses_write(playground, filled, seed=seed, staff=staff, rng=rng)

        needs = _needs_write(rng, place, now, staff)
        testimonies = _testimonies_write(rng, place, now, worker, admin)
        rows = _signals_write(
            place,
            now,
            winter=winter,
            closed=closed,
            quotes=[testimonies[n] for n in QUOTED],
            worker=worker,
            admin=admin,
        )
    return {
        "survey": 2,
        "question": len(winter.questions) + len(playground.questions),
        "choice": len(winter.choices) + len(playground.choices),
        "skiprule": len(WINTER.skips),
        "response": responses + more[0],
        "answer": answers + more[1],
        "unmetneed": len(needs),
        "testimony": len(testimonies),
        **rows,
    }
