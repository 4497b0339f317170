"""What a committed write changed, so each panel refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from remonitor.core.text import translate


@dataclass(frozen=True, slots=True)
class StoreChange:
    series_ids: frozenset[int] = field(default_factory=frozenset)
    events: bool = False
    applications: bool = False
    batches: bool = False
    rates: bool = False

    everything: bool = False
    """Refresh every view (start-up, a restored backup, the user's Refresh)."""
    bundled: bool = False
    """The bundled reference data were (re)loaded: not news, however new to the store."""

    def __or__(self, other: StoreChange) -> StoreChange:
        return StoreChange(
            self.series_ids | other.series_ids,
            self.events or other.events,
            self.applications or other.applications,
            self.batches or other.batches,
            self.rates or other.rates,
            self.everything or other.everything,
            self.bundled or other.bundled,
        )

    def __bool__(self) -> bool:
        return bool(self.series_ids or self.events or self.applications or self.batches
                    or self.rates or self.everything)

    MAX_NAMED = 500
    """Series named one by one in a payload; more are sent as "everything" (a colleague's
    big import: the listener reads afresh, as at start)."""

    def to_payload(self) -> dict:
        """The change as JSON-ready data, to tell other windows (a team store's NOTIFY,
        whose payload holds 8,000 bytes)."""
        many = len(self.series_ids) > self.MAX_NAMED
        return {"series": [] if many else sorted(self.series_ids), "events": self.events,
                "applications": self.applications, "batches": self.batches,
                "rates": self.rates, "everything": self.everything or many}

    @classmethod
    def from_payload(cls, data: dict) -> StoreChange:
        return cls(frozenset(int(i) for i in data.get("series", ())),
                   bool(data.get("events")), bool(data.get("applications")),
                   bool(data.get("batches")), bool(data.get("rates")),
                   bool(data.get("everything")))

    @property
    def observations(self) -> bool:
        return bool(self.series_ids) or self.everything

    def describe(self) -> str:
        if self.everything:
            return translate("StoreChange", "everything")
        parts = []
        if self.series_ids:
            parts.append(translate("StoreChange", "figures of {n} series").format(
                n=len(self.series_ids)))
        if self.events:
            parts.append(translate("StoreChange", "events"))
        if self.applications:
            parts.append(translate("StoreChange", "licence applications"))
        if self.rates:
            parts.append(translate("StoreChange", "exchange rates"))
        if self.batches and not parts:
            parts.append(translate("StoreChange", "import batches"))
        return ", ".join(parts) or translate("StoreChange", "nothing")
