"""Map weeks since ziekmelding, or milestones the werknemer recognises, to one of the four phases."""
from __future__ import annotations

from typing import Optional

PHASES: tuple[str, ...] = ("ziekmelding", "start", "tijdens", "einde")
PHASE_LABELS: dict[str, str] = {
    "ziekmelding": "net ziek gemeld",
    "start": "start van de re-integratie",
    "tijdens": "tijdens de re-integratie",
    "einde": "richting het einde van het tweede jaar",
}
#: The last phase's label once week 104 is behind the werknemer (blind round 46: week 112, on WGA).
PAST_TWO_YEARS_LABEL = "voorbij het tweede ziektejaar"
# Boundaries in whole weeks (general knowledge of the WVP; see content/timeline.yml for the sources).
START_WEEK = 6       # probleemanalyse around week 6
DURING_WEEK = 13     # plan van aanpak made (week 8) and the first weeks of opbouw behind you
END_WEEK = 79        # roughly 1.5 years: the WIA and the end of the second year come into view
TWO_YEARS_WEEKS = 104  # the end of the second year of sick leave (loondoorbetaling ends; the WIA starts)

MILESTONE_PHASES: dict[str, str] = {
    "geen": "ziekmelding",
    "probleemanalyse": "start",
    "plan_van_aanpak": "start",
    "opbouw": "tijdens",
    "eerstejaarsevaluatie": "tijdens",
    "wia": "einde",
}


def phase_for_weeks(weeks: float) -> str:
    """The phase that fits `weeks` since the ziekmelding."""
    if weeks < 0:
        raise ValueError("weeks since ziekmelding cannot be negative")
    if weeks < START_WEEK:
        return "ziekmelding"
    if weeks < DURING_WEEK:
        return "start"
    if weeks < END_WEEK:
        return "tijdens"
    return "einde"


def past_two_years(phase: Optional[str], weeks: Optional[float]) -> bool:
    """The last phase with week 104 behind the werknemer (blind round 46: week 112, on WGA)."""
    return phase == PHASES[-1] and weeks is not None and weeks >= TWO_YEARS_WEEKS


def phase_for_milestone(milestone: str) -> Optional[str]:
    """The phase that fits the last milestone the werknemer recognises, or None for an unknown one."""
    return MILESTONE_PHASES.get(milestone)
