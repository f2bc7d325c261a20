"""Branching cases of the demo curriculum as plain data, in ``BranchingCaseBlock``'s shape
(``courses.blocks``), for lessons (formative) and final assessments (the "branching" kind).

A choice with a remediation is a critical error: it fails the case whatever the points
(decision 0014), and the remediation is what the learner reads about why."""


def choice(label, leads_to, consequence, points=0, remediation="", critical=None):
    """One choice; ``leads_to`` is a situation's or an ending's key."""
    return {
        "label": label,
        "leads_to": leads_to,
        "consequence": consequence,
        "points": points,
        "critical": bool(remediation) if critical is None else critical,
        "remediation": remediation,
    }


def situation(key, text, choices):
    return {"key": key, "text": text, "image": None, "image_alt": "", "choices": choices}


def ending(key, title, debrief):
    return {"key": key, "title": title, "debrief": debrief}


def case_spec(title, intro, situations, endings):
    """A whole case from tuples: situations ``(key, text, choices)``, choices ``(label,
    leads_to, consequence, points, remediation)``, endings ``(key, title, debrief)``."""
    return {
        "title": title,
        "intro": intro,
        "situations": [
            situation(key, text, [choice(*item) for item in choices])
            for key, text, choices in situations
        ],
        "endings": [ending(*item) for item in endings],
    }
