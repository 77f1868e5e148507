"""Helpdesk integrations: one module per helpdesk behind the interface in ``integrations.base``.

``HELPDESKS`` is the only place a helpdesk is listed; routes, config keys and clients follow
from it. Adding a third helpdesk means adding its module here, its settings in
``worker/config.py`` and its fixtures under ``tests/fixtures/<name>/``.
"""

from __future__ import annotations

from types import ModuleType

from integrations import freshdesk, zendesk

HELPDESKS: dict[str, ModuleType] = {zendesk.NAME: zendesk, freshdesk.NAME: freshdesk}
