"""The ``sohoa`` commands, one module per group: each adds its sub-commands to the parser and
turns their arguments into one call of the service, then renders the answer."""

from __future__ import annotations
