from accounts import roles


def grant_certificate_roles(sender, **kwargs):
    """Certifying bodies look certificates up and read the audit log; trainers also issue by
    hand and revoke. Nobody edits or deletes a certificate. Both roles use the Wagtail admin."""
    from .models import AuditEntry, Certificate

    roles.grant(roles.CERTIFYING_BODIES, Certificate, ["view_certificate"])
    roles.grant(
        roles.TRAINERS,
        Certificate,
        ["view_certificate", "issue_certificate", "revoke_certificate"],
    )
    for group_name in (roles.CERTIFYING_BODIES, roles.TRAINERS):
        roles.grant(group_name, AuditEntry, ["view_auditentry"])
        roles.grant_admin_access(group_name)
