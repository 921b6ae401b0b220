from wagtail import hooks

from .rules.campaign import CampaignRule
from .rules.duplicates import DuplicateRule
from .rules.language import LanguageRule
from .rules.learned import LearnedScoreRule
from .rules.links import LinksRule
from .rules.words import WordListRule

# Triage runs the rules, and the desk shows them, in this order.
TRIAGE_RULES = (
    WordListRule,
    LinksRule,
    LanguageRule,
    LearnedScoreRule,
    DuplicateRule,
    CampaignRule,
)
for rule in TRIAGE_RULES:
    hooks.register("masthead_triage_rule", rule)
