"""The detection contract's fixed keys (``shared/spec/categories.md``)."""

CATEGORIES: tuple[str, ...] = (
    "abuse",
    "threat",
    "intimidation",
    "exposure_threat",
    "dogeza",
    "money",
    "punish_staff",
    "staff_attack",
    "privacy",
    "discrimination_sexual",
    "excessive_demand",
    "restraint",
    "repeat",
    "after_hours",
)
"""The 14 category keys, in the contract's order (tags are ``kasuhara_<key>``)."""

LEVELS: tuple[str, ...] = ("none", "low", "medium", "high")
"""Overall levels, mildest first; ``LEVELS.index`` orders them."""
