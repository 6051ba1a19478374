// Written by `npm run openapi` (openapi-typescript) from openapi.json. Do not edit: change the API and run it again.

export interface paths {
    "/api/admin/reminders/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemindersAdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reminders/policies/{target}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["RemindersAdminController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reminders/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemindersAdminController_getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitation/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AuthController_updateProfile"];
        trace?: never;
    };
    "/api/auth/mfa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_startEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_confirmEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_verifySecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_completePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_listSessions"];
        put?: never;
        post?: never;
        delete: operations["AuthController_revokeOtherSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AuthController_revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseloadController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/caseload/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseloadController_team"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/caught-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaughtMailController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/caught-mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaughtMailController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklist-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChecklistTemplatesController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklist-templates/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ChecklistTemplatesController_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklist-templates/{step}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChecklistTemplatesController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClientsController_find"];
        put?: never;
        post: operations["ClientsController_intake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcedureController_listApplications"];
        put?: never;
        post: operations["ProcedureController_openApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcedureController_getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProcedureController_updateApplication"];
        trace?: never;
    };
    "/api/clients/{clientId}/applications/{applicationId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProcedureController_recordStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/applications/{applicationId}/steps/correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProcedureController_correctStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcedureController_listAppointments"];
        put?: never;
        post: operations["ProcedureController_createAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/appointments/{appointmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProcedureController_updateAppointment"];
        trace?: never;
    };
    "/api/clients/{clientId}/custody/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProcedureController_custodyStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DeadlinesController_ofClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/deadlines/{deadlineId}/met": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeadlinesController_met"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/deadlines/{deadlineId}/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeadlinesController_override"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/deadlines/{deadlineId}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeadlinesController_recompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/deadlines/{deadlineId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeadlinesController_waive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProcedureController_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/residence/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProcedureController_residenceStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/status-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcedureController_statusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/status-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcedureController_statusOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcedureController_getTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClientsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ClientsController_update"];
        trace?: never;
    };
    "/api/clients/{id}/applications/{applicationId}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DocumentWorkflowController_checklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ClientsController_reassign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClientsController_openInEmergency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClientsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DocumentsController_list"];
        put?: never;
        post: operations["DocumentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DocumentsController_get"];
        put?: never;
        post?: never;
        delete: operations["DocumentsController_delete"];
        options?: never;
        head?: never;
        patch: operations["DocumentsController_update"];
        trace?: never;
    };
    "/api/clients/{id}/documents/{documentId}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DocumentWorkflowController_recordSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/documents/{documentId}/translation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["DocumentWorkflowController_changeTranslation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/documents/{documentId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DocumentsController_uploadVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/documents/{documentId}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["DocumentsController_deleteVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/documents/{documentId}/versions/{number}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DocumentsController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClientsController_exportFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/export/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DocumentsController_exportArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/materials-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DocumentWorkflowController_listMaterialsRequests"];
        put?: never;
        post: operations["DocumentWorkflowController_createMaterialsRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/materials-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DocumentWorkflowController_updateMaterialsRequest"];
        trace?: never;
    };
    "/api/clients/{id}/referral-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferralsController_consentsOf"];
        put?: never;
        post: operations["ReferralsController_recordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/referral-consents/{consentId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReferralsController_withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferralsController_list"];
        put?: never;
        post: operations["ReferralsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferralsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ReferralsController_update"];
        trace?: never;
    };
    "/api/clients/{id}/referrals/{referralId}/appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReferralsController_addAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/referrals/{referralId}/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferralsController_letter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/referrals/{referralId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReferralsController_reissueLink"];
        delete: operations["ReferralsController_revokeLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/referrals/{referralId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReferralsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/referrals/{referralId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReferralsController_step"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClientsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/duplicate-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClientsController_duplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/at-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DeadlinesController_atRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DeadlinesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DeadlinesController_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeadlinesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DeadlinesController_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/missing-by-caseworker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DocumentWorkflowController_missingByCaseworker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/emergency-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EmergencyAccessController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/emergency-access/{grantId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EmergencyAccessController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner-replies/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartnerRepliesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner-replies/{referralId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartnerRepliesController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner-replies/{referralId}/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartnerRepliesController_letter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnersController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnersController_list"];
        put?: never;
        post: operations["PartnersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PartnersController_update"];
        trace?: never;
    };
    "/api/partners/{partnerId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartnersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{partnerId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartnersController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{partnerId}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartnersController_addService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{partnerId}/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnersController_getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PartnersController_updateService"];
        trace?: never;
    };
    "/api/partners/{partnerId}/services/{serviceId}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["PartnersController_setCapacity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{partnerId}/services/{serviceId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartnersController_deactivateService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{partnerId}/services/{serviceId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartnersController_reactivateService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/waiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferralsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/caseloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_caseloads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/disaggregation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_disaggregation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_outcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/referrals-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_referralsDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportsController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/time-in-stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_timeInStage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeamsController_list"];
        put?: never;
        post: operations["TeamsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeamsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TeamsController_rename"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/second-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_resetSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/worker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_worker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApplicationView: {
            allowedTransitions: components["schemas"]["TransitionOptionView"][];
            /** @description 1st, 2nd, 3rd … application */
            applicationNo: number;
            /** Format: uuid */
            clientId: string;
            /** Format: date */
            filedOn: string | null;
            history: components["schemas"]["StageHistoryView"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "REFUGEE_AND_CP" | "CP_ONLY";
            reasonableGroundsSubmitted: boolean;
            /** Format: date */
            reasonableGroundsSubmittedOn: string | null;
            regionalBureau: string | null;
            removal: components["schemas"]["RemovalSuspensionView"];
            /** @enum {string} */
            stage: "P0_INTAKE" | "P1_FILED" | "P2_EXAMINATION" | "P3_RECOGNISED_REFUGEE" | "P3_CP_ONLY" | "P3_REFUSED" | "P4_APPEAL_WINDOW" | "P4X_WINDOW_LAPSED" | "P5_APPEAL_PENDING" | "P6_APPEAL_DECIDED" | "P7_LITIGATION_WINDOW" | "P8_LITIGATION" | "P9_FINAL_NEGATIVE" | "P_WITHDRAWN";
            /** @description The full procedure state: decision, review, litigation, clocks */
            state: Record<string, unknown>;
            /** @description 3rd or later application: removal is not suspended without reasonable-grounds material (Art. 61-2-9(4)) */
            subsequentApplication: boolean;
            version: number;
        };
        AppointmentRequest: {
            /** Format: uuid */
            applicationId?: string | null;
            /** Format: date-time */
            endsAt?: string | null;
            interpreterLanguage?: string | null;
            /** @enum {string} */
            kind: "refugee-inquirer-interview" | "oral-opinion-hearing" | "reporting-date" | "lawyer-meeting" | "court-date" | "other";
            notes?: string | null;
            place?: string | null;
            /** Format: date-time */
            startsAt: string;
        };
        AppointmentView: {
            /** Format: uuid */
            applicationId: string | null;
            /** Format: uuid */
            clientId: string;
            /** Format: date-time */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            interpreterLanguage: string | null;
            /** @enum {string} */
            kind: "refugee-inquirer-interview" | "oral-opinion-hearing" | "reporting-date" | "lawyer-meeting" | "court-date" | "other";
            notes: string | null;
            outcome: string | null;
            place: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "missed" | "cancelled";
            version: number;
        };
        AssignmentRequest: {
            otherWorkerIds: string[];
            /** Format: uuid */
            primaryWorkerId: string;
            /**
             * Format: uuid
             * @description Move the file to another team you supervise
             */
            teamId?: string;
            version: number;
        };
        AssignmentView: {
            displayName: string;
            /** @enum {string} */
            role: "primary" | "other";
            /** Format: uuid */
            userId: string;
        };
        AtRiskDeadline: {
            /** @description Open business days (administrative calendar) left; negative when overdue */
            businessDaysLeft: number;
            caseNumber: string;
            deadline: components["schemas"]["DeadlineView"];
            ownerName: string | null;
        };
        AtRiskView: {
            openFiles: number;
            /** @example 60 */
            recentContactDays: number;
            /** @description Without an open deadline and without a recent contact */
            withNeither: number;
            withoutOpenDeadline: number;
            withoutRecentContact: number;
        };
        AuditEventView: {
            /** @example client.read */
            action: string;
            actorName: string | null;
            actorRole: string | null;
            /** Format: uuid */
            actorUserId: string | null;
            /** @description Names of the fields changed, never their values */
            changedFields: string[] | null;
            /** Format: uuid */
            clientId: string | null;
            correlationId: string | null;
            details: Record<string, unknown> | null;
            id: string;
            ip: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            outcome: "success" | "failure" | "denied";
            reason: string | null;
            recordIds: string[] | null;
            targetId: string | null;
            targetType: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEventView"][];
            /** @description Pass as cursor for the next (older) page */
            nextCursor: string | null;
        };
        BilingualText: {
            en: string;
            ja: string;
        };
        BilingualView: {
            en: string;
            ja: string;
        };
        BreakGlassRequest: {
            /**
             * @description Why you need this file now; shown in the audit trail
             * @example Client at the office in crisis; caseworker unreachable
             */
            reason: string;
        };
        CaseloadItem: {
            caseNumber: string;
            /** Format: uuid */
            clientId: string;
            /** @enum {string} */
            custodyStatus: "none" | "detained" | "supervision" | "provisional-release";
            familyName: string;
            givenName: string;
            /** @description Reading in katakana */
            katakanaName: string | null;
            nativeName: string | null;
            /** Format: date-time */
            nextAppointmentAt: string | null;
            nextDeadline: components["schemas"]["NextDeadlineView"] | null;
            /** @enum {string} */
            role: "primary" | "other";
            /** @enum {string|null} */
            stage: "P0_INTAKE" | "P1_FILED" | "P2_EXAMINATION" | "P3_RECOGNISED_REFUGEE" | "P3_CP_ONLY" | "P3_REFUSED" | "P4_APPEAL_WINDOW" | "P4X_WINDOW_LAPSED" | "P5_APPEAL_PENDING" | "P6_APPEAL_DECIDED" | "P7_LITIGATION_WINDOW" | "P8_LITIGATION" | "P9_FINAL_NEGATIVE" | "P_WITHDRAWN" | null;
        };
        CaseloadMonthView: {
            /** @description Files closed in the month */
            closures: number;
            /** @description Files opened in the month */
            intakes: number;
            /** @example 2025-04 */
            month: string;
            /** @description Files open at the end of the month */
            openFiles: number;
        };
        CaseloadPage: {
            items: components["schemas"]["CaseloadItem"][];
            nextCursor: string | null;
        };
        CaseloadsReportView: {
            atRisk: components["schemas"]["AtRiskView"];
            /** @description Null for administrators (aggregate only) */
            caseworkers: components["schemas"]["CaseworkerCaseloadView"][] | null;
            meta: components["schemas"]["ReportMetaView"];
            /** @description Every month of the period */
            months: components["schemas"]["CaseloadMonthView"][];
            teams: components["schemas"]["TeamCaseloadView"][];
        };
        CaseworkerCaseloadView: {
            months: components["schemas"]["OpenFilesMonthView"][];
            name: string;
            /** @description Open files now (as of the data version) */
            openNow: number;
            /** Format: uuid */
            teamId: string;
            /** Format: uuid */
            userId: string;
            /** @description Open files without an open deadline */
            withoutOpenDeadline: number;
            /** @description Open files without a held appointment or note in the last 60 days */
            withoutRecentContact: number;
        };
        CaseworkerLoad: {
            /** @description Open files by stage of their latest application (none: no application yet) */
            byStage: {
                [key: string]: number;
            };
            /** @description Open files where this person is the primary caseworker */
            clients: number;
            displayName: string;
            /** @description Open deadlines due within the next 7 days */
            dueWithin7Days: number;
            /** @description Open deadlines past their due date */
            overdue: number;
            /** Format: uuid */
            teamId: string;
            teamName: string;
            /** Format: uuid */
            userId: string;
        };
        CaughtMailResponse: {
            /** @description Sent to the caller, so shown in full; otherwise sign-in links and codes are redacted. */
            addressedToYou: boolean;
            from: string;
            html?: string | null;
            /** Format: uuid */
            id: string;
            messageId?: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** @description Links, tokens and codes that could sign someone in were removed from this copy. */
            redacted: boolean;
            subject: string;
            text: string;
            to: string[];
        };
        CaughtMailSummaryResponse: {
            /** @description Sent to the caller, so shown in full; otherwise sign-in links and codes are redacted. */
            addressedToYou: boolean;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            receivedAt: string;
            subject: string;
            to: string[];
        };
        ChecklistItemBody: {
            categories: ("identity" | "personal-statement" | "persecution-evidence" | "medical" | "country-information" | "isa-notice" | "court-document" | "support-letter" | "photograph" | "other")[];
            hint?: components["schemas"]["BilingualText"] | null;
            /**
             * @description kebab-case, unique in the template
             * @example personal-statement
             */
            key: string;
            /** @description At most 200 characters in each language */
            label: components["schemas"]["BilingualText"];
            needsTranslation: boolean;
            required: boolean;
        };
        ChecklistItemView: {
            /** @description The documents filed under the item */
            documentIds: string[];
            hint: components["schemas"]["BilingualView"] | null;
            key: string;
            label: components["schemas"]["BilingualView"];
            required: boolean;
            /** @enum {string} */
            status: "present" | "missing" | "awaiting-translation" | "optional-missing";
        };
        ChecklistTemplateItemView: {
            /** @description A document of these categories fills the item unless filed under another key */
            categories: ("identity" | "personal-statement" | "persecution-evidence" | "medical" | "country-information" | "isa-notice" | "court-document" | "support-letter" | "photograph" | "other")[];
            hint: components["schemas"]["BilingualView"] | null;
            /**
             * @description kebab-case, unique in the template
             * @example personal-statement
             */
            key: string;
            label: components["schemas"]["BilingualView"];
            /** @description A foreign-language document fills it only with a signed Japanese translation (Enforcement Regulation Art. 62) */
            needsTranslation: boolean;
            required: boolean;
        };
        ChecklistTemplateRequest: {
            /** @description The version the edit starts from (the current one); 409 STALE_VERSION otherwise */
            basedOnVersion: number;
            basis: components["schemas"]["BilingualText"];
            /** @description 1 to 40 items */
            items: components["schemas"]["ChecklistItemBody"][];
            title: components["schemas"]["BilingualText"];
        };
        ChecklistTemplateView: {
            basis: components["schemas"]["BilingualView"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The administrator who wrote this version; null for the defaults
             */
            createdBy: string | null;
            items: components["schemas"]["ChecklistTemplateItemView"][];
            /** @enum {string} */
            step: "first-application" | "subsequent-application" | "review-request" | "revocation-suit" | "provisional-release-extension";
            title: components["schemas"]["BilingualView"];
            /** @description 1 is the default seeded from the reference; each edit adds one */
            version: number;
        };
        ChecklistView: {
            /** Format: uuid */
            applicationId: string;
            /** @description Items whose documents all wait for a signed translation */
            awaitingTranslation: number;
            basis: components["schemas"]["BilingualView"] | null;
            /** @description No required item missing or waiting for a translation (true when nothing is expected) */
            complete: boolean;
            items: components["schemas"]["ChecklistItemView"][];
            /** @description Required items with no document */
            missing: number;
            /**
             * @description Null when the application’s stage expects nothing more (recognised, final, withdrawn)
             * @enum {string|null}
             */
            step: "first-application" | "subsequent-application" | "review-request" | "revocation-suit" | "provisional-release-extension" | null;
            templateVersion: number | null;
            title: components["schemas"]["BilingualView"] | null;
        };
        ClientArchiveRequest: {
            /** @description 'all', or the ids of the documents whose files go in */
            documents: "all" | string[];
            /** @enum {string} */
            purpose: "subject-access" | "legal-representative" | "transfer-with-consent" | "other";
            /** @description Who asked, and to whom it goes; kept in the audit trail */
            reason: string;
        };
        ClientExportRequest: {
            /**
             * @description subject-access: the person asked for their data (APPI Art. 33)
             * @enum {string}
             */
            purpose: "subject-access" | "legal-representative" | "transfer-with-consent" | "other";
            /**
             * @description Who asked, and to whom it goes; kept in the audit trail
             * @example Requested in person by the client on 26 Nov; handed over on paper
             */
            reason: string;
        };
        ClientExportView: {
            /** @description Every protection application with its full history */
            applications: components["schemas"]["ApplicationView"][];
            appointments: components["schemas"]["AppointmentView"][];
            client: components["schemas"]["ClientView"];
            /** @description Open and closed deadlines, superseded ones included */
            deadlines: components["schemas"]["DeadlineView"][];
            /** Format: date-time */
            exportedAt: string;
            /** @description Who exported it */
            exportedBy: string;
            /** @enum {string} */
            purpose: "subject-access" | "legal-representative" | "transfer-with-consent" | "other";
            reason: string;
            statusHistory: components["schemas"]["StatusHistoryView"];
            /** @description The whole timeline, newest first */
            timeline: components["schemas"]["TimelineItemView"][];
        };
        ClientSearchPage: {
            items: components["schemas"]["ClientSummaryView"][];
            nextCursor: string | null;
        };
        ClientSummaryView: {
            caseNumber: string;
            /** @enum {string} */
            custodyStatus: "none" | "detained" | "supervision" | "provisional-release";
            familyName: string;
            givenName: string;
            /** Format: uuid */
            id: string;
            katakanaName: string | null;
            nationality: string | null;
            nativeName: string | null;
            /**
             * @description Stage of the latest protection application
             * @enum {string|null}
             */
            stage: "P0_INTAKE" | "P1_FILED" | "P2_EXAMINATION" | "P3_RECOGNISED_REFUGEE" | "P3_CP_ONLY" | "P3_REFUSED" | "P4_APPEAL_WINDOW" | "P4X_WINDOW_LAPSED" | "P5_APPEAL_PENDING" | "P6_APPEAL_DECIDED" | "P7_LITIGATION_WINDOW" | "P8_LITIGATION" | "P9_FINAL_NEGATIVE" | "P_WITHDRAWN" | null;
            /** @enum {string} */
            status: "open" | "closed" | "anonymised";
            /** Format: uuid */
            teamId: string;
        };
        ClientView: {
            /**
             * @description How the caller reaches this file
             * @enum {string}
             */
            access: "scope" | "break-glass";
            /**
             * Format: date-time
             * @description With emergency (break-glass) access: when it ends
             */
            accessExpiresAt: string | null;
            address: string | null;
            aliases: string[];
            assignments: components["schemas"]["AssignmentView"][];
            /** @example 2026-0042 */
            caseNumber: string;
            /** Format: date-time */
            closedAt?: string | null;
            closedReason?: string | null;
            consents: components["schemas"]["ConsentView"][];
            custody: components["schemas"]["CustodyView"];
            /** Format: date */
            dateOfBirth: string | null;
            dateOfBirthApproximate: boolean;
            email: string | null;
            familyName: string;
            /** @enum {string|null} */
            gender: "female" | "male" | "non-binary" | "undisclosed" | null;
            givenName: string;
            /** Format: uuid */
            id: string;
            interpreterLanguage: string | null;
            interpreterNeeded: boolean;
            katakanaName: string | null;
            /** Format: date */
            landingDate: string | null;
            landingPort: string | null;
            languages: string[];
            /** @description ISO 3166-1 alpha-3; XXA stateless, XXX unknown */
            nationality: string | null;
            nativeName: string | null;
            phone: string | null;
            residence: components["schemas"]["ResidenceView"];
            residenceCardNumber: string | null;
            /** @enum {string} */
            status: "open" | "closed" | "anonymised";
            /** Format: uuid */
            teamId: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send back unchanged with an update; a stale one answers 409 STALE_VERSION. */
            version: number;
            vulnerabilityFlags: ("minor" | "unaccompanied-minor" | "torture-survivor" | "gender-based-violence" | "trafficking" | "serious-illness" | "disability" | "mental-health" | "pregnant" | "elderly" | "lgbtiq" | "single-parent")[];
            workAllowed: components["schemas"]["WorkAllowedView"];
        };
        CloseClientRequest: {
            /** @example Recognised as a refugee; support ended */
            reason: string;
            version: number;
        };
        ConsentRequest: {
            /** Format: date */
            givenOn: string;
            /** @enum {string} */
            kind: "data-processing" | "email-contact" | "partner-sharing";
            /** @example Housing partners only */
            scope: string;
            /** Format: date */
            withdrawnOn?: string | null;
        };
        ConsentView: {
            /** Format: date */
            givenOn: string;
            /** @enum {string} */
            kind: "data-processing" | "email-contact" | "partner-sharing";
            scope: string;
            /** Format: date */
            withdrawnOn: string | null;
        };
        CsrfTokenResponse: {
            csrfToken: string;
        };
        CustodyIntakeRequest: {
            /** @enum {string|null} */
            custody?: "NONE" | "DETAINED" | "SUPERVISION" | "PROVISIONAL_RELEASE" | null;
            /**
             * Format: date
             * @description Under provisional release: the last day of the current period, when known
             */
            provisionalReleaseUntil?: string | null;
            reportingIntervalMonths?: number | null;
            /**
             * @default D0_NONE
             * @enum {string}
             */
            stage: "D0_NONE" | "D1_INVESTIGATION" | "D2_DETAINED" | "D2_SUPERVISED_PRE" | "D2_PROVISIONAL_RELEASE_PRE" | "D3_FINDING" | "D4_HEARING" | "D5_OBJECTION" | "D6_DECISION" | "D7_DEPORTATION_ORDER" | "D8_DETAINED_POST" | "D8_SUPERVISED_POST" | "D8_PROVISIONAL_RELEASE" | "D9_REMOVED";
        };
        CustodyStepRequest: {
            /**
             * @description The real-world dates of the step, by field (see allowedTransitions.requiredDates)
             * @example {
             *       "noticeReceivedOn": "2025-12-26",
             *       "decidedOn": "2025-12-19"
             *     }
             */
            dates?: {
                [key: string]: string;
            };
            note?: string | null;
            /** @enum {string|null} */
            outcome?: "CUSTODY_DETAINED" | "CUSTODY_SUPERVISION" | "CUSTODY_PROVISIONAL_RELEASE" | "PROCEDURE_ENDED" | "SPECIAL_PERMISSION_GRANTED" | "ORDER_WITHDRAWN" | "RELEASE_EXTENDED" | null;
            /**
             * Format: date
             * @description The last day of the provisional release period: optional when provisional release starts, required with RELEASE_EXTENDED
             */
            provisionalReleaseUntil?: string | null;
            reportingIntervalMonths?: number | null;
            /** @enum {string} */
            to: "D0_NONE" | "D1_INVESTIGATION" | "D2_DETAINED" | "D2_SUPERVISED_PRE" | "D2_PROVISIONAL_RELEASE_PRE" | "D3_FINDING" | "D4_HEARING" | "D5_OBJECTION" | "D6_DECISION" | "D7_DEPORTATION_ORDER" | "D8_DETAINED_POST" | "D8_SUPERVISED_POST" | "D8_PROVISIONAL_RELEASE" | "D9_REMOVED";
            version: number;
        };
        CustodyView: {
            /** @enum {string} */
            deportationStage: "D0_NONE" | "D1_INVESTIGATION" | "D2_DETAINED" | "D2_SUPERVISED_PRE" | "D2_PROVISIONAL_RELEASE_PRE" | "D3_FINDING" | "D4_HEARING" | "D5_OBJECTION" | "D6_DECISION" | "D7_DEPORTATION_ORDER" | "D8_DETAINED_POST" | "D8_SUPERVISED_POST" | "D8_PROVISIONAL_RELEASE" | "D9_REMOVED";
            /**
             * Format: date
             * @description Under provisional release: the last day of the current period, when known
             */
            provisionalReleaseUntil: string | null;
            /** @description Months between reports under supervision measures or provisional release */
            reportingIntervalMonths: number | null;
            /** @enum {string} */
            status: "none" | "detained" | "supervision" | "provisional-release";
        };
        DataVersionView: {
            /**
             * Format: date-time
             * @description When the rebuild finished
             */
            asOf: string;
            /**
             * Format: date
             * @description “Today” in Japan for the rebuild: what counted as overdue, and everyone’s age
             */
            asOfDate: string;
            /** @description The rebuild’s number: the same figures for the same number */
            id: string;
        };
        DeadlineMonthRowView: {
            /** @example review-request */
            kind: string;
            /** @description Met after the due date */
            metLate: number;
            /** @description Met on or before the due date */
            metOnTime: number;
            /** @description The window was recorded as lapsed */
            missed: number;
            /**
             * @description The month the deadline fell due
             * @example 2025-04
             */
            month: string;
            /** @description Open, not yet due */
            open: number;
            /** @description Still open, due before the data version’s date */
            overdue: number;
            /** @description Deadlines whose computed due date a caseworker replaced; overlaps the other columns */
            overridden: number;
            waived: number;
        };
        DeadlineOutcomeCountsView: {
            /** @example review-request */
            kind: string;
            /** @description Met after the due date */
            metLate: number;
            /** @description Met on or before the due date */
            metOnTime: number;
            /** @description The window was recorded as lapsed */
            missed: number;
            /** @description Open, not yet due */
            open: number;
            /** @description Still open, due before the data version’s date */
            overdue: number;
            /** @description Deadlines whose computed due date a caseworker replaced; overlaps the other columns */
            overridden: number;
            waived: number;
        };
        DeadlinePreviewRequest: {
            /** Format: date */
            decisionDate?: string;
            /** Format: date */
            designatedDate?: string;
            /** Format: date */
            expiryDate?: string;
            /** @example review-request */
            kind: string;
            /** Format: date */
            knowledgeDate?: string;
            /** Format: date */
            lastReportDate?: string;
            /**
             * Format: date
             * @description The rule’s trigger event (e.g. the day the notice was received)
             * @example 2025-12-26
             */
            triggerDate?: string;
        };
        DeadlinePreviewView: {
            basis: components["schemas"]["BilingualView"];
            /** @enum {string} */
            confidence: "V" | "S" | "U";
            /** Format: date */
            conservativeDueDate?: string;
            /** Format: date */
            dueDate: string;
            explanation: components["schemas"]["BilingualView"];
            /** @enum {string} */
            hardness: "hard" | "soft";
            kind: string;
            /** Format: date */
            opensOn?: string;
            ruleVersion: number;
            /** Format: date */
            triggerDate: string;
        };
        DeadlineRuleView: {
            basis: components["schemas"]["BilingualView"];
            /** @enum {string} */
            confidence: "V" | "S" | "U";
            /** @enum {string} */
            hardness: "hard" | "soft";
            /** Format: date */
            inForceFrom: string;
            /** @description Every input the rule takes */
            inputs: string[];
            kind: string;
            /** @description Inputs the rule cannot do without */
            requiredInputs: string[];
            title: components["schemas"]["BilingualView"];
            /** @description The input the preview’s triggerDate stands for */
            triggerInput: string;
            version: number;
        };
        DeadlinesReportView: {
            meta: components["schemas"]["ReportMetaView"];
            /** @description Whether the viewer may open the overdue deadlines behind the figures (supervisors: GET /deadlines/overdue) */
            overdueLinks: boolean;
            /** @description Every month of the period */
            reminders: components["schemas"]["ReminderMonthView"][];
            /** @description By due month and kind; only rows with a deadline */
            rows: components["schemas"]["DeadlineMonthRowView"][];
            /** @description By kind, over the period */
            totals: components["schemas"]["DeadlineOutcomeCountsView"][];
        };
        DeadlineView: {
            /** Format: uuid */
            applicationId: string | null;
            /** Format: uuid */
            appointmentId: string | null;
            basis: components["schemas"]["BilingualView"];
            /** Format: uuid */
            clientId: string;
            /**
             * Format: date
             * @description What the rule computed (differs from dueDate after an override)
             */
            computedDueDate: string;
            /**
             * @description V verified, S secondary source, U unverified: check with a lawyer
             * @enum {string}
             */
            confidence: "V" | "S" | "U";
            /**
             * Format: date
             * @description Last date that is safe under any reading of an unverified rule
             */
            conservativeDueDate: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @description The date in force
             */
            dueDate: string;
            explanation: components["schemas"]["BilingualView"];
            /** @enum {string} */
            hardness: "hard" | "soft";
            /** Format: uuid */
            id: string;
            /** @description The dates it was computed from, by input name */
            inputs: Record<string, unknown>;
            /** @example review-request */
            kind: string;
            /**
             * Format: date
             * @description First day the act may be done (renewal windows)
             */
            opensOn: string | null;
            overrideReason?: string | null;
            /** Format: uuid */
            ownerId: string | null;
            resolution?: string | null;
            /**
             * Format: date
             * @description The day it was met (the act was done) or missed, which may be before it was recorded; null while open, waived or superseded
             */
            resolvedOn: string | null;
            ruleVersion: number;
            /** @enum {string} */
            status: "open" | "met" | "missed" | "waived" | "superseded";
            /** Format: uuid */
            supersededById: string | null;
            version: number;
        };
        DeleteDocumentRequest: {
            /**
             * @description Why it is deleted; kept in the audit trail
             * @example Uploaded to the wrong client file
             */
            reason: string;
            version: number;
        };
        DeleteVersionRequest: {
            /**
             * @description Why this version is deleted; kept in the audit trail
             * @example Wrong scan, pages missing
             */
            reason: string;
        };
        Dependencies: {
            /**
             * @description The evidence files’ storage (folder or S3 bucket)
             * @enum {string}
             */
            documents: "up" | "down";
            /** @enum {string} */
            postgres: "up" | "down";
            /** @enum {string} */
            redis: "up" | "down";
        };
        DisaggregationReportView: {
            meta: components["schemas"]["ReportMetaView"];
            /** @description Files active in the year, and the year’s filings and decisions, by the file’s characteristics; suppressed together, as the tables share their totals */
            tables: components["schemas"]["DisaggregationTableView"][];
            /**
             * @description Counts from 1 to threshold − 1 are shown as “< threshold”
             * @example 5
             */
            threshold: number;
            /** @example 2025 */
            year: number;
        };
        DisaggregationRowView: {
            /** @description One per column, in the order of `columns` */
            cells: components["schemas"]["PublishedCountView"][];
            /**
             * @description nationality: ISO 3166-1 alpha-3 or "unknown"; sex: female, male, non-binary, undisclosed or "unknown"; ageBand: 0-4, 5-11, 12-17, 18-59, 60+ or "unknown"; vulnerability: "vulnerable" or "not-vulnerable"
             * @example AFG
             */
            key: string;
            total: components["schemas"]["PublishedCountView"];
        };
        DisaggregationTableView: {
            columns: ("files" | "filed" | "recognised" | "complementaryProtection" | "refused")[];
            /** @enum {string} */
            dimension: "nationality" | "sex" | "ageBand" | "vulnerability";
            rows: components["schemas"]["DisaggregationRowView"][];
            total: components["schemas"]["PublishedCountView"];
            /** @description Column totals, in the order of `columns` */
            totals: components["schemas"]["PublishedCountView"][];
        };
        DocumentDetailView: {
            applicationId: string | null;
            /** @enum {string} */
            category: "identity" | "personal-statement" | "persecution-evidence" | "medical" | "country-information" | "isa-notice" | "court-document" | "support-letter" | "photograph" | "other";
            /** @description The checklist item it fills, if chosen */
            checklistItemKey: string | null;
            clientId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The latest version */
            currentVersion: components["schemas"]["DocumentVersionView"] | null;
            /** Format: date */
            documentDate: string | null;
            /** @description Marked for submission, not in Japanese and without a signed translation */
            flag: components["schemas"]["TranslationFlagView"] | null;
            /** @description To be submitted (ISA, review, court) */
            forSubmission: boolean;
            id: string;
            /**
             * @description ISO 639-1 code; ja is Japanese
             * @example fa
             */
            language: string;
            /** @description Only the assigned caseworkers and the team’s supervisors see it, never under emergency access */
            sensitive: boolean;
            /** @description When and where versions were handed in, newest first */
            submissions: components["schemas"]["DocumentSubmissionView"][];
            title: string;
            translation: components["schemas"]["TranslationView"];
            /** @description Set on a translation: the document it translates */
            translationOf: components["schemas"]["LinkedDocumentView"] | null;
            /** @description Its Japanese translations */
            translations: components["schemas"]["LinkedDocumentView"][];
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back with a change (optimistic locking) */
            version: number;
            versionCount: number;
            /** @description Every version, newest first */
            versions: components["schemas"]["DocumentVersionView"][];
        };
        DocumentPageView: {
            items: components["schemas"]["DocumentView"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        DocumentsSummaryView: {
            /** @description Checklist items missing, over the open files */
            missingItems: number;
            openFiles: number;
            /** @description Documents waiting for a translation, over the open files */
            untranslatedDocuments: number;
            /** @description Open files with checklist items missing */
            withMissingDocuments: number;
            /** @description Open files with documents for submission not in Japanese and without a signed translation */
            withUntranslatedDocuments: number;
        };
        DocumentSubmissionView: {
            applicationId: string | null;
            id: string;
            note: string | null;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string | null;
            /** Format: date */
            submittedOn: string;
            /** @enum {string} */
            submittedTo: "isa" | "review" | "court";
            /** @description The version handed in */
            versionNumber: number;
        };
        DocumentVersionView: {
            /** @description Its key is destroyed: the bytes can no longer be read */
            destroyed: boolean;
            /** Format: date-time */
            destroyedAt: string | null;
            /** @enum {string|null} */
            destroyedReason: "deleted" | "anonymised" | null;
            /**
             * @description Decided from the bytes at upload
             * @example application/pdf
             */
            mediaType: string;
            /** @example 2 */
            number: number;
            /** @description The name the file had when uploaded (data only); null once anonymised */
            originalName: string | null;
            /** @description SHA-256 of the original bytes, hex */
            sha256: string;
            /** @description Size of the original file in bytes */
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: string | null;
            uploadedByName: string | null;
        };
        DocumentView: {
            applicationId: string | null;
            /** @enum {string} */
            category: "identity" | "personal-statement" | "persecution-evidence" | "medical" | "country-information" | "isa-notice" | "court-document" | "support-letter" | "photograph" | "other";
            /** @description The checklist item it fills, if chosen */
            checklistItemKey: string | null;
            clientId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The latest version */
            currentVersion: components["schemas"]["DocumentVersionView"] | null;
            /** Format: date */
            documentDate: string | null;
            /** @description Marked for submission, not in Japanese and without a signed translation */
            flag: components["schemas"]["TranslationFlagView"] | null;
            /** @description To be submitted (ISA, review, court) */
            forSubmission: boolean;
            id: string;
            /**
             * @description ISO 639-1 code; ja is Japanese
             * @example fa
             */
            language: string;
            /** @description Only the assigned caseworkers and the team’s supervisors see it, never under emergency access */
            sensitive: boolean;
            title: string;
            translation: components["schemas"]["TranslationView"];
            /** @description Set on a translation: the document it translates */
            translationOf: components["schemas"]["LinkedDocumentView"] | null;
            /** @description Its Japanese translations */
            translations: components["schemas"]["LinkedDocumentView"][];
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back with a change (optimistic locking) */
            version: number;
            versionCount: number;
        };
        DuplicateCandidate: {
            /** @description Outside your scope: the display names of that team’s supervisors, to ask. Empty in your scope. */
            askSupervisors: string[];
            /**
             * @description Only in your scope
             * @example 2025-0117
             */
            caseNumber: string | null;
            /**
             * Format: uuid
             * @description Only in your scope
             */
            clientId: string | null;
            /** @description False: a possible match in a file you may not see; only its team and whom to ask are given. */
            inYourScope: boolean;
            /**
             * @description Only in your scope
             * @enum {string|null}
             */
            reason: "same-residence-card" | "same-birth-date-similar-name" | null;
            /** @description The file’s team; outside your scope, the team to ask */
            teamName: string;
        };
        DuplicateCheckRequest: {
            /** Format: date */
            dateOfBirth?: string | null;
            familyName: string;
            givenName?: string;
            katakanaName?: string | null;
            nativeName?: string | null;
            residenceCardNumber?: string | null;
        };
        EmergencyAccessPage: {
            /** @description Newest first */
            items: components["schemas"]["EmergencyAccessView"][];
            nextCursor: string | null;
        };
        EmergencyAccessView: {
            /** @description Whether the caller may end it now */
            canEnd: boolean;
            /** @example 2026-0042 */
            caseNumber: string;
            /** Format: uuid */
            clientId: string;
            /**
             * Format: date-time
             * @description When it was ended before it expired
             */
            endedAt: string | null;
            /** Format: uuid */
            endedById: string | null;
            endedByName: string | null;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            grantedAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            openedById: string;
            openedByName: string;
            /** @description The reason given when it was opened */
            reason: string;
            /** @enum {string} */
            state: "active" | "ended" | "expired";
            /** Format: uuid */
            teamId: string;
            teamName: string;
        };
        EnrolmentConfirmRequest: {
            /** @example 123456 */
            code: string;
        };
        EnrolmentStartRequest: {
            /**
             * Format: password
             * @description The current password, typed again. Required when adding a second factor to a signed-in account; not asked during a sign-in that must end in enrolment (the password was just typed).
             */
            currentPassword?: string;
        };
        EnrolmentStartResponse: {
            otpauthUri: string;
            /** @description An SVG QR code as a data URL */
            qrCodeDataUrl: string;
            /** @description For typing into the app by hand */
            secret: string;
        };
        IntakeRequest: {
            address?: string | null;
            aliases?: string[];
            /** @description Create the file although possible duplicates were found */
            confirmNotDuplicate?: boolean;
            consents?: components["schemas"]["ConsentRequest"][];
            custody: components["schemas"]["CustodyIntakeRequest"];
            /** Format: date */
            dateOfBirth?: string | null;
            dateOfBirthApproximate?: boolean;
            email?: string | null;
            /** @example Hussain */
            familyName?: string;
            /** @enum {string|null} */
            gender?: "female" | "male" | "non-binary" | "undisclosed" | null;
            /** @example Amina */
            givenName?: string;
            interpreterLanguage?: string | null;
            interpreterNeeded?: boolean;
            /** @example フセイン アミナ */
            katakanaName?: string | null;
            /**
             * Format: date
             * @description Starts the 6-month window (Art. 61-2-2(1)(i))
             */
            landingDate?: string | null;
            /** @example Narita */
            landingPort?: string | null;
            /**
             * @example [
             *       "fa",
             *       "en"
             *     ]
             */
            languages?: string[];
            /** @example AFG */
            nationality?: string | null;
            /** @example أمينة حسين */
            nativeName?: string | null;
            otherWorkerIds?: string[];
            phone?: string | null;
            /**
             * Format: uuid
             * @description Defaults to you when you are a caseworker
             */
            primaryWorkerId?: string;
            residence: components["schemas"]["ResidenceIntakeRequest"];
            residenceCardNumber?: string | null;
            /** Format: uuid */
            teamId: string;
            vulnerabilityFlags?: ("minor" | "unaccompanied-minor" | "torture-survivor" | "gender-based-violence" | "trafficking" | "serious-illness" | "disability" | "mental-health" | "pregnant" | "elderly" | "lgbtiq" | "single-parent")[];
        };
        IntakeResponse: {
            client: components["schemas"]["ClientView"];
            /** @description Possible duplicates you confirmed were different people */
            duplicates: components["schemas"]["DuplicateCandidate"][];
        };
        InvitedUserResponse: {
            /** @description False when the mail server could not be reached: resend later. */
            invitationSent: boolean;
            user: components["schemas"]["UserView"];
        };
        InviteUserRequest: {
            /** @example Sato Yuki */
            displayName: string;
            email: string;
            /**
             * @default ja
             * @enum {string}
             */
            locale: "ja" | "en";
            /** @default [] */
            memberships: components["schemas"]["MembershipRequest"][];
            /** @enum {string} */
            role: "caseworker" | "supervisor" | "admin";
        };
        LinkedDocumentView: {
            id: string;
            /** @example ja */
            language: string;
            title: string;
        };
        MaterialsRequestView: {
            /** Format: uuid */
            applicationId: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description Its `materials-request` deadline (the open one, else the latest)
             */
            deadlineId: string | null;
            /** @description What ISA asked for */
            description: string;
            /** Format: date */
            dueDate: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description The date of ISA’s letter (or when it reached the client)
             */
            receivedOn: string;
            /**
             * Format: date
             * @description When it was answered or withdrawn
             */
            resolvedOn: string | null;
            /** @enum {string} */
            status: "open" | "answered" | "withdrawn";
            /** @description Send it back with a change (optimistic locking) */
            version: number;
        };
        MembershipRequest: {
            /** @enum {string} */
            kind: "member" | "supervisor";
            /** Format: uuid */
            teamId: string;
        };
        MembershipView: {
            /** @enum {string} */
            kind: "member" | "supervisor";
            /** Format: uuid */
            teamId: string;
            teamName: string;
        };
        MeResponse: {
            /** @description Send as X-CSRF-Token with every POST, PUT, PATCH and DELETE. */
            csrfToken: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "ja" | "en";
            /** @enum {string} */
            role: "caseworker" | "supervisor" | "admin";
            /** @description Whether an authenticator app is enrolled for this account. */
            secondFactorEnabled: boolean;
            /**
             * @description Anything but active: finish the second factor first.
             * @enum {string}
             */
            sessionState: "active" | "mfa-pending" | "mfa-enrolment-required";
            teams: components["schemas"]["MeTeam"][];
        };
        MeTeam: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "member" | "supervisor";
        };
        MetRequest: {
            note?: string | null;
            /**
             * Format: date
             * @description When the act was done
             */
            on: string;
            version: number;
        };
        MissingDocumentsByCaseworkerView: {
            /**
             * Format: uuid
             * @description Null: files without a primary caseworker
             */
            caseworkerId: string | null;
            caseworkerName: string | null;
            /** @description Open files whose latest application has missing items or items waiting for a translation */
            files: components["schemas"]["MissingDocumentsFileView"][];
            /** Format: uuid */
            teamId: string;
        };
        MissingDocumentsFileView: {
            awaitingTranslation: number;
            /** @example 2026-0042 */
            caseNumber: string;
            /** Format: uuid */
            clientId: string;
            missing: number;
        };
        MyDeadlineView: {
            /** Format: uuid */
            applicationId: string | null;
            /** Format: uuid */
            appointmentId: string | null;
            basis: components["schemas"]["BilingualView"];
            /** @example 2026-0042 */
            caseNumber: string;
            /** Format: uuid */
            clientId: string;
            /**
             * Format: date
             * @description What the rule computed (differs from dueDate after an override)
             */
            computedDueDate: string;
            /**
             * @description V verified, S secondary source, U unverified: check with a lawyer
             * @enum {string}
             */
            confidence: "V" | "S" | "U";
            /**
             * Format: date
             * @description Last date that is safe under any reading of an unverified rule
             */
            conservativeDueDate: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @description The date in force
             */
            dueDate: string;
            explanation: components["schemas"]["BilingualView"];
            /** @enum {string} */
            hardness: "hard" | "soft";
            /** Format: uuid */
            id: string;
            /** @description The dates it was computed from, by input name */
            inputs: Record<string, unknown>;
            /** @example review-request */
            kind: string;
            /**
             * Format: date
             * @description First day the act may be done (renewal windows)
             */
            opensOn: string | null;
            overrideReason?: string | null;
            /** Format: uuid */
            ownerId: string | null;
            resolution?: string | null;
            /**
             * Format: date
             * @description The day it was met (the act was done) or missed, which may be before it was recorded; null while open, waived or superseded
             */
            resolvedOn: string | null;
            ruleVersion: number;
            /** @enum {string} */
            status: "open" | "met" | "missed" | "waived" | "superseded";
            /** Format: uuid */
            supersededById: string | null;
            version: number;
        };
        NationalFiguresInfoView: {
            note: string;
            sources: components["schemas"]["NationalSourceView"][];
            title: string;
            /** @example 2025-03-14 */
            version: string;
            /** @description The years the file has figures for */
            years: number[];
        };
        NationalOutcomeView: {
            /** @description Refugee-status applications */
            applications: number;
            /** @description Complementary-protection-only applications (from December 2023) */
            cpApplications: number | null;
            cpRecognised: number | null;
            /** @description Humanitarian permissions to stay */
            humanitarian: number;
            /** @description Recognised as refugees, at first instance and on review */
            recognised: number;
            /** @description Of which on review */
            recognisedOnAppeal: number | null;
            recognisedPerHundredApplications: number | null;
            /** @description As for the organisation; null where ISA publishes no refusals */
            recognitionRate: number | null;
            refused: number | null;
            /** @example 2023 */
            year: number;
        };
        NationalSourceView: {
            title: string;
            /** Format: uri */
            url: string;
            /** @description The years this source gives figures for */
            years: number[];
        };
        NewApplicationRequest: {
            /** @enum {string} */
            kind: "REFUGEE_AND_CP" | "CP_ONLY";
            /** @example 東京出入国在留管理局 */
            regionalBureau?: string | null;
        };
        NewDocumentUpload: {
            /** Format: uuid */
            applicationId?: string;
            /** @enum {string} */
            category: "identity" | "personal-statement" | "persecution-evidence" | "medical" | "country-information" | "isa-notice" | "court-document" | "support-letter" | "photograph" | "other";
            /**
             * @description The checklist item it fills (else its category decides)
             * @example personal-statement
             */
            checklistItemKey?: string;
            /**
             * Format: date
             * @description The date on the document
             */
            documentDate?: string;
            /**
             * Format: binary
             * @description The file: the last part of the form
             */
            file: string;
            /** @description To be submitted to ISA, the review or a court */
            forSubmission?: boolean;
            /**
             * @description ISO 639-1 code of the document’s language; ja is Japanese
             * @example fa
             */
            language: string;
            /** @description Medical or trauma evidence: never shown under emergency access */
            sensitive?: boolean;
            /**
             * @description Kept in the file only: never in logs
             * @example Arrest warrant, Tehran court, 2024
             */
            title: string;
            /**
             * Format: uuid
             * @description Makes this upload the Japanese translation of that document
             */
            translationOfId?: string;
        };
        NewMaterialsRequestRequest: {
            /**
             * Format: uuid
             * @description The application under examination; the file’s latest when not given
             */
            applicationId?: string | null;
            /** @example Original of the arrest warrant and its translation */
            description: string;
            /**
             * Format: date
             * @description The due date in ISA’s letter: a materials-request deadline with reminders
             */
            dueDate: string;
            /**
             * Format: date
             * @description The date of ISA’s letter (not in the future)
             */
            receivedOn: string;
        };
        NewPartnerRequest: {
            contactPerson?: string | null;
            /**
             * @description As the organisation writes it
             * @example NPO法人デモ支援ネット
             */
            name: string;
            /** @example Demo Support Network */
            nameEn?: string | null;
            /** @description Opening hours, how intake works, what to bring */
            notes?: string | null;
            /** @example 03-1234-5678 */
            phone?: string | null;
            /**
             * Format: email
             * @description Where referrals are sent
             */
            referralEmail: string;
            /**
             * Format: uri
             * @description http or https
             */
            website?: string | null;
        };
        NewPartnerServiceRequest: {
            description?: string | null;
            /** @description Who the partner takes, in its own words */
            eligibilityNotes?: string | null;
            /** @enum {string} */
            kind: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other";
            /**
             * @description ISO 639-1 codes, each once
             * @example [
             *       "ja",
             *       "en"
             *     ]
             */
            languages: string[];
            /** @example 緊急シェルター */
            name: string;
            /** @description Where it is offered, each once; a nationwide service lists all 47 */
            prefectures: ("hokkaido" | "aomori" | "iwate" | "miyagi" | "akita" | "yamagata" | "fukushima" | "ibaraki" | "tochigi" | "gunma" | "saitama" | "chiba" | "tokyo" | "kanagawa" | "niigata" | "toyama" | "ishikawa" | "fukui" | "yamanashi" | "nagano" | "gifu" | "shizuoka" | "aichi" | "mie" | "shiga" | "kyoto" | "osaka" | "hyogo" | "nara" | "wakayama" | "tottori" | "shimane" | "okayama" | "hiroshima" | "yamaguchi" | "tokushima" | "kagawa" | "ehime" | "kochi" | "fukuoka" | "saga" | "nagasaki" | "kumamoto" | "oita" | "miyazaki" | "kagoshima" | "okinawa")[];
            /**
             * @description The public programme it is (reference §5.1)
             * @enum {string|null}
             */
            programme?: "rhq-protection-allowance" | "rhq-settlement-programme" | "jfba-legal-aid" | null;
        };
        NewReferralConsentRequest: {
            /**
             * Format: date
             * @description Not in the future (Japan time)
             */
            givenOn: string;
            /**
             * Format: uuid
             * @description One partner (or serviceKind)
             */
            partnerId?: string | null;
            /** @description What the client agreed to, in the caseworker’s words */
            scope: string;
            /**
             * @description Every partner of this kind of service (or partnerId)
             * @enum {string|null}
             */
            serviceKind?: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other" | null;
        };
        NewReferralRequest: {
            /** @description One of the organisation’s own services, by name (or serviceId) */
            internalService?: string | null;
            /**
             * @default ja
             * @enum {string}
             */
            letterLocale: "ja" | "en";
            /** @description What the client needs, in the letter’s words */
            reason: string;
            /**
             * Format: uuid
             * @description A partner’s service from the directory (or internalService)
             */
            serviceId?: string | null;
            /**
             * @description Required with internalService; a partner’s service has its own
             * @enum {string|null}
             */
            serviceKind?: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other" | null;
            /** @description What the letter may carry; nothing else leaves */
            sharedFields?: ("name" | "nativeName" | "dateOfBirth" | "gender" | "nationality" | "languages" | "interpreter" | "phone" | "email" | "address" | "procedureStage" | "residenceStatus" | "workAllowed" | "vulnerabilities")[];
            /** @enum {string} */
            urgency: "today" | "this-week" | "routine";
        };
        NewVersionUpload: {
            /** Format: binary */
            file: string;
        };
        NextDeadlineView: {
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            hardness: "hard" | "soft";
            /** Format: uuid */
            id: string;
            /** @example review-request */
            kind: string;
        };
        NoteRequest: {
            body: string;
        };
        OpenFilesMonthView: {
            /** @example 2025-04 */
            month: string;
            /** @description Files open at the end of the month */
            openFiles: number;
        };
        OutcomeRowView: {
            /** @description First-instance decisions granting complementary protection */
            complementaryProtection: number;
            detained: number;
            /** @description First protection applications filed */
            filedFirst: number;
            /** @description Second and later applications filed */
            filedSubsequent: number;
            /** @description Humanitarian permissions to stay (residence track) */
            humanitarian: number;
            judgmentsLost: number;
            judgmentsWon: number;
            /**
             * @description “2024” by year, “2024-Q1” by quarter
             * @example 2024
             */
            period: string;
            provisionalRelease: number;
            /** @description First-instance decisions recognising refugee status */
            recognised: number;
            /** @description Recognised per 100 applications filed in the same period: the rate ISA’s table allows for every year */
            recognisedPerHundredApplications: number | null;
            /**
             * @description Recognised ÷ (recognised + complementary protection + refused), percent, one decimal; null without a decision
             * @example 12.5
             */
            recognitionRate: number | null;
            /** @description First-instance refusals */
            refused: number;
            reviewDismissed: number;
            /** @description Reviews rejected as inadmissible */
            reviewRejected: number;
            /** @description Requests for administrative review filed */
            reviewRequested: number;
            /** @description Reviews decided for the applicant */
            reviewUpheld: number;
            /** @description Revocation suits filed */
            suitsFiled: number;
            withdrawn: number;
        };
        OutcomesReportView: {
            /** @enum {string} */
            granularity: "year" | "quarter";
            meta: components["schemas"]["ReportMetaView"];
            /** @description ISA’s figures for the years of the period that the data file has */
            national: components["schemas"]["NationalOutcomeView"][];
            /** @description One row per year or quarter of the period, zeros included */
            rows: components["schemas"]["OutcomeRowView"][];
        };
        OverdueDeadline: {
            /** @example 2026-0042 */
            caseNumber: string;
            /** @description Family and given name in Latin script */
            clientName: string;
            /** @description Calendar days since the due date (Japan time) */
            daysOverdue: number;
            deadline: components["schemas"]["DeadlineView"];
            ownerName: string | null;
        };
        OverrideRequest: {
            /** Format: date */
            dueDate: string;
            /** @example The bureau agreed in writing to accept the filing on this date */
            reason: string;
            version: number;
        };
        PartnerAnswerRequest: {
            /** @enum {string} */
            action: "acknowledge" | "accept" | "decline";
            /** @description Anything the caseworker should know (an intake date, a contact) */
            note?: string | null;
            /** @description Why (required with decline) */
            reason?: string | null;
            /** @description The token from the reply link */
            token: string;
        };
        PartnerDetailView: {
            /** @description Inactive organisations and their services are left out of searches */
            active: boolean;
            contactPerson: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description As the organisation writes it
             * @example NPO法人デモ支援ネット
             */
            name: string;
            /** @example Demo Support Network */
            nameEn: string | null;
            notes: string | null;
            /** @example 03-1234-5678 */
            phone: string | null;
            /**
             * Format: email
             * @description Where referrals are sent
             */
            referralEmail: string;
            services: components["schemas"]["PartnerServiceView"][];
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back with a change: a stale version answers 409 */
            version: number;
            /** Format: uri */
            website: string | null;
        };
        PartnerOrganisationPageView: {
            /** @description By name */
            items: components["schemas"]["PartnerOrganisationView"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        PartnerOrganisationView: {
            /** @description Inactive organisations and their services are left out of searches */
            active: boolean;
            contactPerson: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description As the organisation writes it
             * @example NPO法人デモ支援ネット
             */
            name: string;
            /** @example Demo Support Network */
            nameEn: string | null;
            notes: string | null;
            /** @example 03-1234-5678 */
            phone: string | null;
            /**
             * Format: email
             * @description Where referrals are sent
             */
            referralEmail: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back with a change: a stale version answers 409 */
            version: number;
            /** Format: uri */
            website: string | null;
        };
        PartnerReferralView: {
            /** @description acknowledge, accept, decline, as the status allows */
            allowedActions: ("send" | "acknowledge" | "accept" | "decline" | "start" | "complete" | "cancel")[];
            caseworkerName: string | null;
            /** @description Who sent the referral */
            fromOrganisation: string;
            /** @enum {string} */
            letterLocale: "ja" | "en";
            /** Format: date-time */
            linkExpiresAt: string;
            number: number;
            organisationName: string;
            partnerNote: string | null;
            reason: string;
            /** Format: date */
            sentOn: string;
            /** @enum {string} */
            serviceKind: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other";
            serviceName: string;
            shared: components["schemas"]["SharedRowView"][];
            /** @enum {string} */
            status: "draft" | "sent" | "acknowledged" | "accepted" | "declined" | "in-progress" | "completed" | "cancelled";
            /** @enum {string} */
            urgency: "today" | "this-week" | "routine";
        };
        PartnerServiceListingView: {
            active: boolean;
            /** @description Places free (beds, seats) as last reported; null when not counted */
            capacityAvailable: number | null;
            /**
             * Format: date
             * @description The day that count was given
             */
            capacityUpdatedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Who the partner takes, in its own words */
            eligibilityNotes: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other";
            /**
             * @description ISO 639-1 codes
             * @example [
             *       "ja",
             *       "en",
             *       "fa"
             *     ]
             */
            languages: string[];
            /** @example 緊急シェルター */
            name: string;
            partner: components["schemas"]["PartnerSummaryView"];
            /** Format: uuid */
            partnerId: string;
            prefectures: ("hokkaido" | "aomori" | "iwate" | "miyagi" | "akita" | "yamagata" | "fukushima" | "ibaraki" | "tochigi" | "gunma" | "saitama" | "chiba" | "tokyo" | "kanagawa" | "niigata" | "toyama" | "ishikawa" | "fukui" | "yamanashi" | "nagano" | "gifu" | "shizuoka" | "aichi" | "mie" | "shiga" | "kyoto" | "osaka" | "hyogo" | "nara" | "wakayama" | "tottori" | "shimane" | "okayama" | "hiroshima" | "yamaguchi" | "tokushima" | "kagawa" | "ehime" | "kochi" | "fukuoka" | "saga" | "nagasaki" | "kumamoto" | "oita" | "miyazaki" | "kagoshima" | "okinawa")[];
            /**
             * @description The public programme it is, when Yorisoi knows its eligibility rules (reference §5.1)
             * @enum {string|null}
             */
            programme: "rhq-protection-allowance" | "rhq-settlement-programme" | "jfba-legal-aid" | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PartnerServicePageView: {
            /** @description By organisation name, then service */
            items: components["schemas"]["PartnerServiceListingView"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        PartnerServiceView: {
            active: boolean;
            /** @description Places free (beds, seats) as last reported; null when not counted */
            capacityAvailable: number | null;
            /**
             * Format: date
             * @description The day that count was given
             */
            capacityUpdatedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Who the partner takes, in its own words */
            eligibilityNotes: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other";
            /**
             * @description ISO 639-1 codes
             * @example [
             *       "ja",
             *       "en",
             *       "fa"
             *     ]
             */
            languages: string[];
            /** @example 緊急シェルター */
            name: string;
            /** Format: uuid */
            partnerId: string;
            prefectures: ("hokkaido" | "aomori" | "iwate" | "miyagi" | "akita" | "yamagata" | "fukushima" | "ibaraki" | "tochigi" | "gunma" | "saitama" | "chiba" | "tokyo" | "kanagawa" | "niigata" | "toyama" | "ishikawa" | "fukui" | "yamanashi" | "nagano" | "gifu" | "shizuoka" | "aichi" | "mie" | "shiga" | "kyoto" | "osaka" | "hyogo" | "nara" | "wakayama" | "tottori" | "shimane" | "okayama" | "hiroshima" | "yamaguchi" | "tokushima" | "kagawa" | "ehime" | "kochi" | "fukuoka" | "saga" | "nagasaki" | "kumamoto" | "oita" | "miyazaki" | "kagoshima" | "okinawa")[];
            /**
             * @description The public programme it is, when Yorisoi knows its eligibility rules (reference §5.1)
             * @enum {string|null}
             */
            programme: "rhq-protection-allowance" | "rhq-settlement-programme" | "jfba-legal-aid" | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PartnerSummaryView: {
            active: boolean;
            contactPerson: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            nameEn: string | null;
            phone: string | null;
            /** Format: uri */
            website: string | null;
        };
        PasswordChangeRequest: {
            /** Format: password */
            currentPassword: string;
            /** Format: password */
            newPassword: string;
        };
        PasswordResetRequest: {
            email: string;
        };
        ProfileUpdateRequest: {
            displayName?: string;
            /** @enum {string} */
            locale?: "ja" | "en";
        };
        ProtectionStepRequest: {
            /**
             * @description The real-world dates of the step, by field (see allowedTransitions.requiredDates)
             * @example {
             *       "noticeReceivedOn": "2025-12-26",
             *       "decidedOn": "2025-12-19"
             *     }
             */
            dates?: {
                [key: string]: string;
            };
            note?: string | null;
            /** @enum {string|null} */
            outcome?: "UPHELD" | "DISMISSED" | "REJECTED_INADMISSIBLE" | "HEARING_SCHEDULED" | "HEARING_HELD" | "HEARING_OMITTED" | "JUDGMENT_LOST" | "JUDGMENT_WON" | "APPEAL_FILED" | null;
            /** @enum {string} */
            to: "P0_INTAKE" | "P1_FILED" | "P2_EXAMINATION" | "P3_RECOGNISED_REFUGEE" | "P3_CP_ONLY" | "P3_REFUSED" | "P4_APPEAL_WINDOW" | "P4X_WINDOW_LAPSED" | "P5_APPEAL_PENDING" | "P6_APPEAL_DECIDED" | "P7_LITIGATION_WINDOW" | "P8_LITIGATION" | "P9_FINAL_NEGATIVE" | "P_WITHDRAWN";
            version: number;
        };
        PublishedCountView: {
            /** @enum {string} */
            kind: "count" | "below" | "withheld";
            /** @description Only for kind "count" */
            value: number | null;
        };
        ReadinessResponse: {
            dependencies: components["schemas"]["Dependencies"];
            /**
             * @description Present (true) only while the process is shutting down: it still serves requests, but send it no new ones.
             * @enum {boolean}
             */
            draining?: true;
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        RecoveryCodesRequest: {
            /**
             * Format: password
             * @description The current password, typed again: new codes are a way into the account.
             */
            currentPassword: string;
        };
        RecoveryCodesResponse: {
            /** @description A new CSRF token when this step completed the sign-in */
            csrfToken?: string;
            /** @description Shown once. Each works once. */
            recoveryCodes: string[];
        };
        ReferralAppointmentRequest: {
            /** Format: uuid */
            applicationId?: string | null;
            /** Format: date-time */
            endsAt?: string | null;
            interpreterLanguage?: string | null;
            /** @enum {string} */
            kind: "refugee-inquirer-interview" | "oral-opinion-hearing" | "reporting-date" | "lawyer-meeting" | "court-date" | "other";
            notes?: string | null;
            place?: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @description The referral’s version as read */
            version: number;
        };
        ReferralConsentView: {
            /** Format: date */
            givenOn: string;
            /** Format: uuid */
            id: string;
            /** @description Given and not withdrawn, today */
            inForce: boolean;
            /** Format: uuid */
            partnerId: string | null;
            partnerName: string | null;
            /** @description What the client agreed to, in the caseworker’s words */
            scope: string;
            /**
             * @description Every partner of this kind of service
             * @enum {string|null}
             */
            serviceKind: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other" | null;
            version: number;
            /** Format: date */
            withdrawnOn: string | null;
        };
        ReferralOutcomeView: {
            /** @description Accepted by the partner, not yet completed (accepted or in progress) */
            accepted: number;
            cancelled: number;
            completed: number;
            declined: number;
            /** @description Median days from sending to the partner’s first answer; null over fewer than 5 answers */
            medianDaysToAnswer: number | null;
            /** @description Referrals sent in the period */
            sent: number;
            /** @enum {string} */
            serviceKind: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other";
            /** @description Sent or acknowledged, without an answer yet */
            waiting: number;
        };
        ReferralsDocumentsReportView: {
            documents: components["schemas"]["DocumentsSummaryView"];
            meta: components["schemas"]["ReportMetaView"];
            /** @description One row per kind of service with a referral sent in the period */
            referrals: components["schemas"]["ReferralOutcomeView"][];
        };
        ReferralStepRequest: {
            /**
             * @description One of the referral’s allowedActions (send has its own request)
             * @enum {string}
             */
            action: "acknowledge" | "accept" | "decline" | "start" | "complete" | "cancel";
            /** @description What the partner said, when their answer came by phone */
            note?: string | null;
            /** @description How it ended (required with complete) */
            outcome?: string | null;
            /** @description Why the partner declined (required with decline) */
            reason?: string | null;
            /** @description The version as read */
            version: number;
        };
        ReferralTargetView: {
            /** @description The organisation’s own service, when it stays inside */
            internalService: string | null;
            organisationName: string | null;
            /**
             * Format: uuid
             * @description Null for the organisation’s own service
             */
            partnerId: string | null;
            /** @enum {string|null} */
            programme: "rhq-protection-allowance" | "rhq-settlement-programme" | "jfba-legal-aid" | null;
            /** Format: uuid */
            serviceId: string | null;
            /** @enum {string} */
            serviceKind: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other";
            serviceName: string | null;
        };
        ReferralView: {
            /** @description What the caseworker may do next */
            allowedActions: ("send" | "acknowledge" | "accept" | "decline" | "start" | "complete" | "cancel")[];
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: uuid */
            appointmentId: string | null;
            /** Format: uuid */
            clientId: string;
            /** @description For a partner: the client’s consent in force covers it today (required to send) */
            consentCovered: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            createdByName: string | null;
            declineReason: string | null;
            /**
             * Format: uuid
             * @description The open `referral-follow-up` deadline
             */
            followUpDeadlineId: string | null;
            /**
             * Format: date
             * @description Without an answer by then, a follow-up deadline
             */
            followUpOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            letterLocale: "ja" | "en";
            /** @description The short number partners quote */
            number: number;
            outcome: string | null;
            /** @description The partner’s latest note */
            partnerNote: string | null;
            reason: string;
            /** @description The partner’s reply link in force */
            replyLink: components["schemas"]["ReplyLinkView"] | null;
            /** Format: date */
            sentOn: string | null;
            /** @description What the letter carries; nothing else leaves */
            sharedFields: ("name" | "nativeName" | "dateOfBirth" | "gender" | "nationality" | "languages" | "interpreter" | "phone" | "email" | "address" | "procedureStage" | "residenceStatus" | "workAllowed" | "vulnerabilities")[];
            /** @description What was sent, as it was sent; null before sending */
            sharedRows: components["schemas"]["SharedRowView"][] | null;
            /** @enum {string} */
            status: "draft" | "sent" | "acknowledged" | "accepted" | "declined" | "in-progress" | "completed" | "cancelled";
            target: components["schemas"]["ReferralTargetView"];
            /** @enum {string} */
            urgency: "today" | "this-week" | "routine";
            /** @description Send it back with a change (optimistic locking) */
            version: number;
            /** @description Where the referral does not fit what the file shows (advice, not a block) */
            warnings: components["schemas"]["ReferralWarningView"][];
        };
        ReferralWarningView: {
            /** @description Where the rule comes from */
            basis: string;
            /** @enum {string} */
            code: "EMPLOYMENT_WORK_NOT_ALLOWED" | "RHQ_ALLOWANCE_AFTER_FINAL_DECISION" | "RHQ_ALLOWANCE_WHILE_DETAINED" | "RHQ_SETTLEMENT_NOT_PROTECTED";
            label: components["schemas"]["BilingualView"];
        };
        RefreshQueuedView: {
            /**
             * @description A rebuild is queued (once, however often asked)
             * @enum {boolean}
             */
            queued: true;
        };
        ReminderMonthView: {
            /** @description Escalations to a supervisor that went out */
            escalated: number;
            failed: number;
            /**
             * @description The month the reminders were due to go out
             * @example 2025-04
             */
            month: string;
            sent: number;
        };
        ReminderPolicyRequest: {
            dailyUntilDue: boolean;
            enabled: boolean;
            /**
             * @description Days before the due date
             * @example [
             *       60,
             *       30,
             *       14,
             *       7,
             *       3,
             *       1
             *     ]
             */
            leadDays: number[];
            onRecording: boolean;
            sendAtHour: number;
            sendAtMinute: number;
            version: number;
        };
        ReminderPolicyView: {
            /** @description Also remind every business day until the due date */
            dailyUntilDue: boolean;
            enabled: boolean;
            /** @description Days before the due date */
            leadDays: number[];
            /** @description Also remind at once when the deadline is recorded */
            onRecording: boolean;
            /** @description Asia/Tokyo */
            sendAtHour: number;
            sendAtMinute: number;
            /** @example deadline:review-request */
            target: string;
            version: number;
        };
        ReminderStatsView: {
            /** @description Reminders by status */
            counts: {
                [key: string]: number;
            };
            /** @description Median seconds between the planned time and the send, last 24 h */
            latenessP50Seconds: number | null;
            latenessP99Seconds: number | null;
            /** @description Planned reminders past their time by more than 5 minutes */
            overdue: number;
            /** @description BullMQ job counts of the reminders queue */
            queue: {
                [key: string]: number;
            };
            /** @description Reminders sent in the last 24 hours */
            sentLast24h: number;
        };
        RemovalSuspensionView: {
            reasonsEn: string[];
            reasonsJa: string[];
            /** @description Whether removal is suspended while this application is pending */
            suspended: boolean;
            /** @description Rests on an unverified reading of the law: check with a lawyer */
            unverified: boolean;
        };
        ReplyLinkView: {
            /** @description Past its expiry: the partner can no longer open it */
            expired: boolean;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            issuedAt: string;
            /**
             * @description What the mail server said: failed means the partner has not been told
             * @enum {string}
             */
            mail: "pending" | "delivered" | "failed";
            /**
             * Format: email
             * @description The partner’s referral address it was e-mailed to
             */
            sentTo: string;
        };
        ReplyTokenRequest: {
            /** @description The token from the reply link */
            token: string;
        };
        ReportMetaView: {
            /** @description True for administrators: organisation-wide aggregates, no per-caseworker figures */
            aggregateOnly: boolean;
            /** @description Null before the first rebuild: every figure is then zero */
            dataVersion: components["schemas"]["DataVersionView"] | null;
            /**
             * @description First month of the period (YYYY-MM, Japan time)
             * @example 2024-01
             */
            from: string;
            /** Format: date-time */
            generatedAt: string;
            /**
             * Format: uuid
             * @description The team filter; null for the viewer’s whole scope
             */
            teamId: string | null;
            teamName: string | null;
            /**
             * @description Last month of the period, included
             * @example 2025-12
             */
            to: string;
        };
        ReportsOverviewView: {
            /** @description True for administrators: organisation-wide aggregates only */
            aggregateOnly: boolean;
            dataVersion: components["schemas"]["DataVersionView"] | null;
            /**
             * @description The month of the earliest file in the viewer’s scope (YYYY-MM); null without files
             * @example 2019-04
             */
            earliestMonth: string | null;
            national: components["schemas"]["NationalFiguresInfoView"];
            /** @description How often the worker rebuilds the reporting store, in minutes */
            refreshMinutes: number;
            /** @description The teams the viewer may filter by: a supervisor’s supervised teams, every team for an administrator */
            teams: components["schemas"]["ReportTeamView"][];
        };
        ReportTeamView: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ResidenceIntakeRequest: {
            /** Format: date */
            expiresOn?: string | null;
            /** @enum {string} */
            stage: "REGULAR_OTHER" | "TOKUTEI_TRIAGE" | "TOKUTEI" | "STAY_RESTRICTED" | "KARITAIZAI" | "NO_STATUS" | "TEIJUSHA" | "HUMANITARIAN" | "SPECIAL_PERMISSION" | "DEPARTED";
            /** @enum {string|null} */
            triageCategory?: "A" | "B" | "C" | "D1" | "D2" | null;
            /** @description Work permitted by the designation document */
            workAllowed?: boolean | null;
        };
        ResidenceStepRequest: {
            /**
             * @description The real-world dates of the step, by field (see allowedTransitions.requiredDates)
             * @example {
             *       "noticeReceivedOn": "2025-12-26",
             *       "decidedOn": "2025-12-19"
             *     }
             */
            dates?: {
                [key: string]: string;
            };
            note?: string | null;
            /** @enum {string|null} */
            outcome?: "RENEWED" | "TRIAGE_A" | "TRIAGE_B" | "TRIAGE_C" | "TRIAGE_D1" | "TRIAGE_D2" | null;
            /** @enum {string} */
            to: "REGULAR_OTHER" | "TOKUTEI_TRIAGE" | "TOKUTEI" | "STAY_RESTRICTED" | "KARITAIZAI" | "NO_STATUS" | "TEIJUSHA" | "HUMANITARIAN" | "SPECIAL_PERMISSION" | "DEPARTED";
            version: number;
            workAllowed?: boolean;
        };
        ResidenceView: {
            /** Format: date */
            expiresOn: string | null;
            /** @enum {string} */
            stage: "REGULAR_OTHER" | "TOKUTEI_TRIAGE" | "TOKUTEI" | "STAY_RESTRICTED" | "KARITAIZAI" | "NO_STATUS" | "TEIJUSHA" | "HUMANITARIAN" | "SPECIAL_PERMISSION" | "DEPARTED";
            triageCategory: string | null;
            /** @description Work permitted by the status itself (the designation document) */
            workAllowedByStatus: boolean;
        };
        SecondFactorRequest: {
            /**
             * @description The 6-digit code from the authenticator app
             * @example 123456
             */
            code?: string;
            /**
             * @description One of the recovery codes, instead of a code
             * @example ABCDE-FGHJK
             */
            recoveryCode?: string;
        };
        ServiceCapacityRequest: {
            /** @description Places free (beds, seats); null: no longer counted */
            available: number | null;
            /**
             * Format: date
             * @description The day the partner gave the count (not after today); today when not given
             */
            updatedOn?: string | null;
            /** @description The service’s version as read */
            version: number;
        };
        SessionResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @description The session making this request */
            current: boolean;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            ip: string | null;
            /** Format: date-time */
            lastSeenAt: string;
            userAgent: string | null;
        };
        SessionsEndedResponse: {
            /** @description How many other sessions were ended */
            ended: number;
        };
        SharedRowView: {
            /** @enum {string} */
            field: "name" | "nativeName" | "dateOfBirth" | "gender" | "nationality" | "languages" | "interpreter" | "phone" | "email" | "address" | "procedureStage" | "residenceStatus" | "workAllowed" | "vulnerabilities";
            /** @description In the letter’s language */
            label: string;
            value: string;
        };
        SignInRequest: {
            /** @example sato@example.org */
            email: string;
            /** Format: password */
            password: string;
        };
        StageHistoryView: {
            /**
             * Format: uuid
             * @description The entry whose dates this one corrects
             */
            correctsId: string | null;
            /** @description Every date recorded, by field */
            dates: {
                [key: string]: string;
            };
            /**
             * Format: date
             * @description When it happened
             */
            eventOn: string;
            from: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            outcome: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string;
            to: string;
        };
        StatusHistoryView: {
            custody: components["schemas"]["StageHistoryView"][];
            residence: components["schemas"]["StageHistoryView"][];
        };
        StatusOptionsView: {
            custody: components["schemas"]["StatusOptionView"][];
            residence: components["schemas"]["StatusOptionView"][];
        };
        StatusOptionView: {
            labelEn: string;
            labelJa: string;
            outcome: string | null;
            requiredDates: string[];
            to: string;
        };
        StepCorrectionRequest: {
            /**
             * @description The corrected dates of the last step, by field
             * @example {
             *       "decidedOn": "2025-12-19",
             *       "noticeReceivedOn": "2025-12-26"
             *     }
             */
            dates: {
                [key: string]: string;
            };
            /** @description Why the dates were wrong */
            note?: string | null;
            version: number;
        };
        SubmissionRequest: {
            /**
             * Format: uuid
             * @description The application it was handed in for; the document’s own when not given
             */
            applicationId?: string | null;
            note?: string | null;
            /**
             * Format: date
             * @description Not in the future (Japan time)
             */
            submittedOn: string;
            /** @enum {string} */
            submittedTo: "isa" | "review" | "court";
            /**
             * @description The version handed in
             * @example 1
             */
            versionNumber: number;
        };
        TeamCaseloadView: {
            months: components["schemas"]["OpenFilesMonthView"][];
            /** Format: uuid */
            teamId: string;
            teamName: string;
        };
        TeamDetailView: {
            /** Format: uuid */
            id: string;
            /** @description Active members (caseworkers and supervisors working cases) */
            memberCount: number;
            members: components["schemas"]["TeamMemberView"][];
            name: string;
            supervisorCount: number;
        };
        TeamMemberView: {
            active: boolean;
            displayName: string;
            /** @enum {string} */
            kind: "member" | "supervisor";
            /** @enum {string} */
            role: "caseworker" | "supervisor" | "admin";
            /** Format: uuid */
            userId: string;
        };
        TeamNameRequest: {
            /** @example Tokyo intake */
            name: string;
        };
        TeamOverview: {
            caseworkers: components["schemas"]["CaseworkerLoad"][];
            /** Format: date */
            today: string;
            /** @description Teams with open files that have no primary caseworker */
            unassigned: components["schemas"]["UnassignedFiles"][];
        };
        TeamView: {
            /** Format: uuid */
            id: string;
            /** @description Active members (caseworkers and supervisors working cases) */
            memberCount: number;
            name: string;
            supervisorCount: number;
        };
        TimeInStageReportView: {
            meta: components["schemas"]["ReportMetaView"];
            /** @description Every year of the period × the three intervals */
            rows: components["schemas"]["TimeInStageRowView"][];
        };
        TimeInStageRowView: {
            /** @description Applications whose interval ended in the year (within the period) */
            count: number;
            /** @enum {string} */
            interval: "filed-to-decision" | "decision-to-review-request" | "review-to-decision";
            /** @description Median days; null over fewer than 5 applications */
            medianDays: number | null;
            /** @description ISA’s published average (months × 30.4, rounded); null where none is published */
            nationalAverageDays: number | null;
            /** @description ISA’s average for the year comes from a secondary source that could not be verified */
            nationalUnverified: boolean;
            /** @description 90th percentile in days; null over fewer than 5 applications */
            p90Days: number | null;
            /** @example 2024 */
            year: number;
        };
        TimelineItemView: {
            actorName: string | null;
            /** Format: uuid */
            actorUserId: string | null;
            /** @description The text of a note or a step’s note */
            body: string | null;
            data: Record<string, unknown>;
            id: string;
            /** @example application.stage */
            kind: string;
            /** Format: date-time */
            occurredAt: string;
        };
        TimelinePage: {
            items: components["schemas"]["TimelineItemView"][];
            nextCursor: string | null;
        };
        TokenPasswordRequest: {
            /** Format: password */
            newPassword: string;
            /** @description The token from the emailed link */
            token: string;
        };
        TransitionOptionView: {
            labelEn: string;
            labelJa: string;
            /** @enum {string|null} */
            outcome: "UPHELD" | "DISMISSED" | "REJECTED_INADMISSIBLE" | "HEARING_SCHEDULED" | "HEARING_HELD" | "HEARING_OMITTED" | "JUDGMENT_LOST" | "JUDGMENT_WON" | "APPEAL_FILED" | null;
            /** @description Dates the step must record */
            requiredDates: string[];
            /** @enum {string} */
            to: "P0_INTAKE" | "P1_FILED" | "P2_EXAMINATION" | "P3_RECOGNISED_REFUGEE" | "P3_CP_ONLY" | "P3_REFUSED" | "P4_APPEAL_WINDOW" | "P4X_WINDOW_LAPSED" | "P5_APPEAL_PENDING" | "P6_APPEAL_DECIDED" | "P7_LITIGATION_WINDOW" | "P8_LITIGATION" | "P9_FINAL_NEGATIVE" | "P_WITHDRAWN";
        };
        TranslationFlagView: {
            basis: components["schemas"]["BilingualView"];
            /** @enum {string} */
            code: "TRANSLATION_MISSING" | "TRANSLATION_NOT_SIGNED";
            message: components["schemas"]["BilingualView"];
        };
        TranslationRequest: {
            /**
             * Format: date
             * @description The date agreed with the translator: a translation-due deadline with reminders
             */
            dueDate?: string | null;
            /**
             * Format: date
             * @description The date the translator signed (signed only; not in the future)
             */
            signedOn?: string | null;
            /**
             * @description The next status (see translation.allowedNext), or the current one to edit its details
             * @enum {string}
             */
            status: "not-needed" | "needed" | "requested" | "draft" | "checked" | "signed";
            /** @description Required from requested on */
            translatorName?: string | null;
            /** @description The document’s version as read */
            version: number;
        };
        TranslationView: {
            /** @description The statuses it may move to next */
            allowedNext: ("not-needed" | "needed" | "requested" | "draft" | "checked" | "signed")[];
            /** Format: date */
            dueDate: string | null;
            /** Format: date */
            signedOn: string | null;
            /** @enum {string} */
            status: "not-needed" | "needed" | "requested" | "draft" | "checked" | "signed";
            translatorName: string | null;
        };
        UnassignedFiles: {
            clients: number;
            /** Format: uuid */
            teamId: string;
            teamName: string;
        };
        UpdateApplicationRequest: {
            /**
             * Format: date
             * @description When material showing reasonable grounds was submitted (3rd+ application)
             */
            reasonableGroundsSubmittedOn?: string | null;
            regionalBureau?: string | null;
            version: number;
        };
        UpdateAppointmentRequest: {
            /** Format: date-time */
            endsAt?: string | null;
            interpreterLanguage?: string | null;
            /** @enum {string} */
            kind?: "refugee-inquirer-interview" | "oral-opinion-hearing" | "reporting-date" | "lawyer-meeting" | "court-date" | "other";
            notes?: string | null;
            outcome?: string | null;
            place?: string | null;
            /** Format: date-time */
            startsAt?: string;
            /** @enum {string} */
            status?: "scheduled" | "held" | "missed" | "cancelled";
            version: number;
        };
        UpdateClientRequest: {
            address?: string | null;
            aliases?: string[];
            consents?: components["schemas"]["ConsentRequest"][];
            /** Format: date */
            dateOfBirth?: string | null;
            dateOfBirthApproximate?: boolean;
            email?: string | null;
            /** @example Hussain */
            familyName?: string;
            /** @enum {string|null} */
            gender?: "female" | "male" | "non-binary" | "undisclosed" | null;
            /** @example Amina */
            givenName?: string;
            interpreterLanguage?: string | null;
            interpreterNeeded?: boolean;
            /** @example フセイン アミナ */
            katakanaName?: string | null;
            /**
             * Format: date
             * @description Starts the 6-month window (Art. 61-2-2(1)(i))
             */
            landingDate?: string | null;
            /** @example Narita */
            landingPort?: string | null;
            /**
             * @example [
             *       "fa",
             *       "en"
             *     ]
             */
            languages?: string[];
            /** @example AFG */
            nationality?: string | null;
            /** @example أمينة حسين */
            nativeName?: string | null;
            phone?: string | null;
            residenceCardNumber?: string | null;
            /** @description The version you read */
            version: number;
            vulnerabilityFlags?: ("minor" | "unaccompanied-minor" | "torture-survivor" | "gender-based-violence" | "trafficking" | "serious-illness" | "disability" | "mental-health" | "pregnant" | "elderly" | "lgbtiq" | "single-parent")[];
        };
        UpdateDocumentRequest: {
            /** Format: uuid */
            applicationId?: string | null;
            /** @enum {string} */
            category?: "identity" | "personal-statement" | "persecution-evidence" | "medical" | "country-information" | "isa-notice" | "court-document" | "support-letter" | "photograph" | "other";
            checklistItemKey?: string | null;
            /** Format: date */
            documentDate?: string | null;
            forSubmission?: boolean;
            /** @example ja */
            language?: string;
            sensitive?: boolean;
            title?: string;
            version: number;
        };
        UpdateMaterialsRequestRequest: {
            description?: string;
            /**
             * Format: date
             * @description A new due date (ISA granted more time)
             */
            dueDate?: string;
            /**
             * Format: date
             * @description When answered or withdrawn (today when not given)
             */
            resolvedOn?: string | null;
            /**
             * @description answered meets the deadline on resolvedOn; withdrawn ends it
             * @enum {string}
             */
            status?: "open" | "answered" | "withdrawn";
            version: number;
        };
        UpdatePartnerRequest: {
            contactPerson?: string | null;
            name?: string;
            nameEn?: string | null;
            notes?: string | null;
            phone?: string | null;
            /** Format: email */
            referralEmail?: string;
            /** @description The organisation’s version as read */
            version: number;
            /** Format: uri */
            website?: string | null;
        };
        UpdatePartnerServiceRequest: {
            description?: string | null;
            eligibilityNotes?: string | null;
            /** @enum {string} */
            kind?: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other";
            /** @description Replaces the list */
            languages?: string[];
            name?: string;
            /** @description Replaces the list */
            prefectures?: ("hokkaido" | "aomori" | "iwate" | "miyagi" | "akita" | "yamagata" | "fukushima" | "ibaraki" | "tochigi" | "gunma" | "saitama" | "chiba" | "tokyo" | "kanagawa" | "niigata" | "toyama" | "ishikawa" | "fukui" | "yamanashi" | "nagano" | "gifu" | "shizuoka" | "aichi" | "mie" | "shiga" | "kyoto" | "osaka" | "hyogo" | "nara" | "wakayama" | "tottori" | "shimane" | "okayama" | "hiroshima" | "yamaguchi" | "tokushima" | "kagawa" | "ehime" | "kochi" | "fukuoka" | "saga" | "nagasaki" | "kumamoto" | "oita" | "miyazaki" | "kagoshima" | "okinawa")[];
            /**
             * @description null: not a named programme
             * @enum {string|null}
             */
            programme?: "rhq-protection-allowance" | "rhq-settlement-programme" | "jfba-legal-aid" | null;
            /** @description The service’s version as read */
            version: number;
        };
        UpdateReferralRequest: {
            /** @enum {string} */
            letterLocale?: "ja" | "en";
            reason?: string;
            sharedFields?: ("name" | "nativeName" | "dateOfBirth" | "gender" | "nationality" | "languages" | "interpreter" | "phone" | "email" | "address" | "procedureStage" | "residenceStatus" | "workAllowed" | "vulnerabilities")[];
            /** @enum {string} */
            urgency?: "today" | "this-week" | "routine";
            /** @description The referral’s version as read */
            version: number;
        };
        UpdateUserRequest: {
            displayName?: string;
            /** @enum {string} */
            locale?: "ja" | "en";
            /** @description Replaces all memberships */
            memberships?: components["schemas"]["MembershipRequest"][];
            /** @enum {string} */
            role?: "caseworker" | "supervisor" | "admin";
            /** @description The version you read; a stale one answers 409 STALE_VERSION. */
            version: number;
        };
        UserView: {
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSignInAt: string | null;
            /** @enum {string} */
            locale: "ja" | "en";
            memberships: components["schemas"]["MembershipView"][];
            /** @enum {string} */
            role: "caseworker" | "supervisor" | "admin";
            secondFactorEnabled: boolean;
            /**
             * @description invited: has not set a password yet
             * @enum {string}
             */
            status: "invited" | "active" | "deactivated";
            /** @description Send back unchanged with an update; a stale version answers 409. */
            version: number;
        };
        VersionRequest: {
            /** @description The version as read */
            version: number;
        };
        WaitingReferralView: {
            caseNumber: string;
            /** Format: uuid */
            clientId: string;
            /** @description The client’s name as the file shows it */
            clientName: string;
            /** @description The follow-up day has come without an answer */
            followUpDue: boolean;
            /** Format: date */
            followUpOn: string | null;
            /** Format: uuid */
            id: string;
            number: number;
            organisationName: string | null;
            /** Format: date */
            sentOn: string;
            /** @enum {string} */
            serviceKind: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other";
            /** @enum {string} */
            status: "draft" | "sent" | "acknowledged" | "accepted" | "declined" | "in-progress" | "completed" | "cancelled";
            /** @enum {string} */
            urgency: "today" | "this-week" | "routine";
        };
        WaiveRequest: {
            /** @example Client left Japan */
            reason: string;
            version: number;
        };
        WithdrawReferralConsentRequest: {
            /** @description The version as read */
            version: number;
            /**
             * Format: date
             * @description Today when not given; not in the future
             */
            withdrawnOn?: string;
        };
        WorkAllowedView: {
            allowed: boolean;
            basis: string;
            reasonEn: string;
            reasonJa: string;
        };
        WorkerHealthResponse: {
            /** Format: date-time */
            lastHeartbeatAt: string | null;
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    RemindersAdminController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPolicyView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RemindersAdminController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                target: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderPolicyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPolicyView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RemindersAdminController_getStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderStatsView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_find: {
        parameters: {
            query?: {
                /** @description Events touching this client's file */
                clientId?: string;
                cursor?: string;
                from?: string;
                limit?: number;
                to?: string;
                /** @description Events by this user */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenPasswordRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Too many failed attempts: LOGIN_THROTTLED with retryAfterSeconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_startEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolmentStartRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentStartResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PASSWORD_CONFIRMATION_FAILED: the current password is wrong (counts toward the lockout). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many wrong passwords: LOGIN_THROTTLED with retryAfterSeconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_confirmEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolmentConfirmRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryCodesRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description PASSWORD_CONFIRMATION_FAILED: the current password is wrong (counts toward the lockout).
             *
             *     Role not allowed, second factor pending, or CSRF token missing.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many wrong passwords: LOGIN_THROTTLED with retryAfterSeconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_verifySecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondFactorRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrfTokenResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many wrong codes in a row: SECOND_FACTOR_LOCKED with retryAfterSeconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description If the address has an account, a link is on its way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Over 20 requests per hour from this network address: RATE_LIMITED with retryAfterSeconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_completePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenPasswordRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_revokeOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionsEndedResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseloadController_mine: {
        parameters: {
            query?: {
                /** @description From the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseloadPage"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseloadController_team: {
        parameters: {
            query?: {
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamOverview"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaughtMailController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaughtMailSummaryResponse"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaughtMailController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaughtMailResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such message, or not one the caller may open. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChecklistTemplatesController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplateView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChecklistTemplatesController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step: "first-application" | "subsequent-application" | "review-request" | "revocation-suit" | "provisional-release-extension";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChecklistTemplateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplateView"];
                };
            };
            /** @description VALIDATION_FAILED with the fields: keys unique and kebab-case, 1–40 items, labels in both languages, known categories */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description STALE_VERSION: basedOnVersion is not the current version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChecklistTemplatesController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step: "first-application" | "subsequent-application" | "review-request" | "revocation-suit" | "provisional-release-extension";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplateView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_find: {
        parameters: {
            query?: {
                assignedTo?: string;
                /** @description From the previous page’s nextCursor */
                cursor?: string;
                custody?: "none" | "detained" | "supervision" | "provisional-release";
                flag?: ("minor" | "unaccompanied-minor" | "torture-survivor" | "gender-based-violence" | "trafficking" | "serious-illness" | "disability" | "mental-health" | "pregnant" | "elderly" | "lgbtiq" | "single-parent")[];
                language?: string;
                limit?: number;
                nationality?: string;
                /** @description Part of any name form: Latin, native script, katakana, alias */
                q?: string;
                /** @description Stage of the latest application */
                stage?: ("P0_INTAKE" | "P1_FILED" | "P2_EXAMINATION" | "P3_RECOGNISED_REFUGEE" | "P3_CP_ONLY" | "P3_REFUSED" | "P4_APPEAL_WINDOW" | "P4X_WINDOW_LAPSED" | "P5_APPEAL_PENDING" | "P6_APPEAL_DECIDED" | "P7_LITIGATION_WINDOW" | "P8_LITIGATION" | "P9_FINAL_NEGATIVE" | "P_WITHDRAWN")[];
                status?: "open" | "closed" | "anonymised";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientSearchPage"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_intake: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntakeRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DUPLICATE_SUSPECTED: details.candidates; send confirmNotDuplicate: true to create anyway. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RATE_LIMITED: an answer with candidates counts as a duplicate check */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_listApplications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_openApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewApplicationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_updateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_recordStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtectionStepRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description STAGE_TRANSITION_NOT_ALLOWED: details.allowed lists the steps possible from the current stage. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_correctStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepCorrectionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_listAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_createAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_updateAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appointmentId: string;
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAppointmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_custodyStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustodyStepRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description STAGE_TRANSITION_NOT_ALLOWED: details.allowed lists the steps possible from the current stage. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_ofClient: {
        parameters: {
            query?: {
                applicationId?: string;
                /** @description Also met, missed, waived and superseded ones (the history) */
                includeClosed?: boolean;
            };
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_met: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
                deadlineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_override: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
                deadlineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverrideRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_recompute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
                deadlineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_waive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
                deadlineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaiveRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_addNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description The note is on the timeline */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_residenceStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidenceStepRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description STAGE_TRANSITION_NOT_ALLOWED: details.allowed lists the steps possible from the current stage. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_statusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusHistoryView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_statusOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusOptionsView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProcedureController_getTimeline: {
        parameters: {
            query?: {
                /** @description From the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file, or not one you may see (the two are indistinguishable). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClientRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file, or not one you may see (the two are indistinguishable). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentWorkflowController_checklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file, document or record, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_openInEmergency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakGlassRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseClientRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_list: {
        parameters: {
            query?: {
                applicationId?: string;
                /** @description From the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Only originals not in Japanese: what a new translation can be of */
                translatable?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentPageView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or document, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["NewDocumentUpload"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or document, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PAYLOAD_TOO_LARGE: over DOCUMENTS_MAX_UPLOAD_MB, refused while the upload arrives; nothing is stored. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description FILE_TYPE_NOT_ALLOWED (not PDF, JPEG, PNG, HEIC, TIFF, WebP, DOCX, ODT, plain text, MP3 or M4A) or FILE_TYPE_MISMATCH (the declared type contradicts the bytes). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description FILE_CONTENT_REFUSED: active content in a PDF, or an archive that unpacks to far more than it weighs. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or document, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteDocumentRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or document, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDocumentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or document, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentWorkflowController_recordSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailView"];
                };
            };
            /** @description VALIDATION_FAILED: submittedOn in the future */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file, document or record, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DOCUMENT_KEY_DESTROYED: that version was deleted */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentWorkflowController_changeTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranslationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailView"];
                };
            };
            /** @description VALIDATION_FAILED: a translator and due date from requested on, a signature date (not in the future) for signed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file, document or record, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TRANSLATION_STATUS_NOT_ALLOWED (details.allowed lists the possible steps), STALE_VERSION, CLIENT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_uploadVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["NewVersionUpload"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or document, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PAYLOAD_TOO_LARGE: over DOCUMENTS_MAX_UPLOAD_MB, refused while the upload arrives; nothing is stored. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description FILE_TYPE_NOT_ALLOWED (not PDF, JPEG, PNG, HEIC, TIFF, WebP, DOCX, ODT, plain text, MP3 or M4A) or FILE_TYPE_MISMATCH (the declared type contradicts the bytes). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description FILE_CONTENT_REFUSED: active content in a PDF, or an archive that unpacks to far more than it weighs. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_deleteVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteVersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or document, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_content: {
        parameters: {
            query?: {
                /** @description inline: images and PDFs only, for the preview */
                disposition?: "attachment" | "inline";
            };
            header?: never;
            path: {
                documentId: string;
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or document, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DOCUMENT_KEY_DESTROYED: the version was deleted or the file anonymised */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DOCUMENT_UNREADABLE: the stored file failed its integrity check or cannot be decrypted with the configured master key. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_exportFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientExportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientExportView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_exportArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientArchiveRequest"];
            };
        };
        responses: {
            /** @description client.json and documents/… */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or document, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DOCUMENT_UNREADABLE: the stored file failed its integrity check or cannot be decrypted with the configured master key. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentWorkflowController_listMaterialsRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialsRequestView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file, document or record, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentWorkflowController_createMaterialsRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMaterialsRequestRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialsRequestView"];
                };
            };
            /** @description VALIDATION_FAILED: receivedOn in the future, or dueDate before it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file, document or record, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentWorkflowController_updateMaterialsRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMaterialsRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialsRequestView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file, document or record, or not one you may see (sensitive documents are not shown under emergency access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description STALE_VERSION, CLIENT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_consentsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralConsentView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_recordConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewReferralConsentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralConsentView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or partner, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawReferralConsentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralConsentView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description STALE_VERSION, CONSENT_REQUIRED (already withdrawn), CLIENT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewReferralRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_SERVICE_INACTIVE, CLIENT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReferralRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REFERRAL_TRANSITION_NOT_ALLOWED (details.allowedNext), CONSENT_REQUIRED, PARTNER_SERVICE_INACTIVE, STALE_VERSION, CLIENT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_addAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralAppointmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REFERRAL_TRANSITION_NOT_ALLOWED (details.allowedNext), CONSENT_REQUIRED, PARTNER_SERVICE_INACTIVE, STALE_VERSION, CLIENT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_letter: {
        parameters: {
            query?: {
                /** @description inline: for the dashboard’s preview */
                disposition?: "attachment" | "inline";
            };
            header?: never;
            path: {
                id: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. A referral to the organisation’s own service has no letter. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_reissueLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REFERRAL_TRANSITION_NOT_ALLOWED (details.allowedNext), CONSENT_REQUIRED, PARTNER_SERVICE_INACTIVE, STALE_VERSION, CLIENT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_revokeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. Also when no link is in force. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REFERRAL_TRANSITION_NOT_ALLOWED (details.allowedNext), CONSENT_REQUIRED, PARTNER_SERVICE_INACTIVE, STALE_VERSION, CLIENT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_step: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"];
                };
            };
            /** @description VALIDATION_FAILED: a reason to decline, an outcome to complete */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file or referral, or not one you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REFERRAL_TRANSITION_NOT_ALLOWED (details.allowedNext), CONSENT_REQUIRED, PARTNER_SERVICE_INACTIVE, STALE_VERSION, CLIENT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientsController_duplicates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DuplicateCheckRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateCandidate"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RATE_LIMITED: details.retryAfterSeconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_atRisk: {
        parameters: {
            query?: {
                /** @description Open business days ahead */
                businessDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AtRiskDeadline"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_mine: {
        parameters: {
            query?: {
                from?: string;
                status?: "open" | "met" | "missed" | "waived" | "superseded";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyDeadlineView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_overdue: {
        parameters: {
            query?: {
                /** @description Due on or after */
                dueFrom?: string;
                /** @description Due on or before (not before dueFrom) */
                dueTo?: string;
                kind?: "landing-six-months" | "review-request" | "revocation-suit" | "court-appeal" | "oral-hearing-request" | "objection" | "residence-renewal" | "provisional-stay-renewal" | "supervision-report" | "supervisor-event-report" | "provisional-release-extension" | "appointment" | "isa-set-date" | "materials-request" | "translation-due" | "referral-follow-up";
                /** @description One of the teams I supervise; all of them when not given */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueDeadline"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadlinePreviewRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinePreviewView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineRuleView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentWorkflowController_missingByCaseworker: {
        parameters: {
            query?: {
                /** @description One of the teams you supervise; all of them when not given */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingDocumentsByCaseworkerView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TEAM_NOT_FOUND: not a team you supervise */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EmergencyAccessController_list: {
        parameters: {
            query?: {
                /** @description From the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAccessPage"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EmergencyAccessController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAccessView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such emergency access, or not one you may end (the two are indistinguishable). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerRepliesController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyTokenRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerReferralView"];
                };
            };
            /** @description REPLY_LINK_INVALID: not a link of this referral (guessed, mistyped, or another referral’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REPLY_LINK_EXPIRED: past its 14 days, withdrawn, or the referral is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RATE_LIMITED: too many refused links from this network address in the hour (or, for the letter, too many downloads of it) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerRepliesController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerAnswerRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerReferralView"];
                };
            };
            /** @description REPLY_LINK_INVALID: not a link of this referral (guessed, mistyped, or another referral’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REPLY_LINK_EXPIRED: past its 14 days, withdrawn, or the referral is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RATE_LIMITED: too many refused links from this network address in the hour (or, for the letter, too many downloads of it) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerRepliesController_letter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyTokenRequest"];
            };
        };
        responses: {
            /** @description The letter as sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description REPLY_LINK_INVALID: not a link of this referral (guessed, mistyped, or another referral’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REPLY_LINK_EXPIRED: past its 14 days, withdrawn, or the referral is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RATE_LIMITED: too many refused links from this network address in the hour (or, for the letter, too many downloads of it) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_search: {
        parameters: {
            query?: {
                /** @description From the previous page’s nextCursor */
                cursor?: string;
                /** @description Also inactive services and those of inactive organisations */
                includeInactive?: boolean;
                kind?: "housing" | "living-allowance" | "legal-aid" | "immigration-paperwork" | "japanese-language" | "employment" | "health" | "psychosocial" | "education" | "other";
                /** @description Services given in this language (ISO 639-1) */
                language?: string;
                limit?: number;
                /** @description Services offered in this prefecture */
                prefecture?: "hokkaido" | "aomori" | "iwate" | "miyagi" | "akita" | "yamagata" | "fukushima" | "ibaraki" | "tochigi" | "gunma" | "saitama" | "chiba" | "tokyo" | "kanagawa" | "niigata" | "toyama" | "ishikawa" | "fukui" | "yamanashi" | "nagano" | "gifu" | "shizuoka" | "aichi" | "mie" | "shiga" | "kyoto" | "osaka" | "hyogo" | "nara" | "wakayama" | "tottori" | "shimane" | "okayama" | "hiroshima" | "yamaguchi" | "tokushima" | "kagawa" | "ehime" | "kochi" | "fukuoka" | "saga" | "nagasaki" | "kumamoto" | "oita" | "miyazaki" | "kagoshima" | "okinawa";
                /** @description Part of the organisation’s name (Japanese or English) or of the service’s name; case-insensitive */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerServicePageView"];
                };
            };
            /** @description VALIDATION_FAILED: an unknown kind or prefecture, a malformed language code, or an unreadable cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_list: {
        parameters: {
            query?: {
                /** @description From the previous page’s nextCursor */
                cursor?: string;
                includeInactive?: boolean;
                limit?: number;
                /** @description Part of the name, Japanese or English; case-insensitive */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerOrganisationPageView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPartnerRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartnerRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description STALE_VERSION: someone changed it since it was read; nothing was changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_addService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPartnerServiceRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerServiceView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerServiceView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation, or no such service of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartnerServiceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerServiceView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation, or no such service of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description STALE_VERSION: someone changed it since it was read; nothing was changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_setCapacity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceCapacityRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerServiceView"];
                };
            };
            /** @description VALIDATION_FAILED: a negative count, or a day after today */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation, or no such service of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description STALE_VERSION: someone changed it since it was read; nothing was changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_deactivateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerServiceView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation, or no such service of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_reactivateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerServiceView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECORD_NOT_FOUND: no such partner organisation, or no such service of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingReferralView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_caseloads: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); by default January two years ago, Japan time */
                from?: string;
                /** @description One team of the viewer’s scope (a supervisor’s supervised team, any team for an administrator) */
                teamId?: string;
                /** @description Last month, included (YYYY-MM); by default the current month. At most 120 months after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseloadsReportView"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed month, from after to, from before 2000-01, or more than 120 months. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TEAM_NOT_FOUND: an administrator named a team that does not exist (a supervisor naming a team they do not supervise gets 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_deadlines: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); by default January two years ago, Japan time */
                from?: string;
                /** @description One team of the viewer’s scope (a supervisor’s supervised team, any team for an administrator) */
                teamId?: string;
                /** @description Last month, included (YYYY-MM); by default the current month. At most 120 months after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinesReportView"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed month, from after to, from before 2000-01, or more than 120 months. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TEAM_NOT_FOUND: an administrator named a team that does not exist (a supervisor naming a team they do not supervise gets 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_disaggregation: {
        parameters: {
            query?: {
                /** @description One calendar year; by default the current year. Always the viewer’s whole scope */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisaggregationReportView"];
                };
            };
            /** @description VALIDATION_FAILED: the year is not one from 2000. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_export: {
        parameters: {
            query: {
                format: "csv" | "xlsx";
                /** @description First month (YYYY-MM); by default January two years ago, Japan time */
                from?: string;
                granularity?: "year" | "quarter";
                /** @description By default the viewer’s language */
                lang?: "ja" | "en";
                /** @description One team of the viewer’s scope (a supervisor’s supervised team, any team for an administrator) */
                teamId?: string;
                /** @description Last month, included (YYYY-MM); by default the current month. At most 120 months after from */
                to?: string;
                /** @description The year of the disaggregated tables; by default the year of `to` */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment named yorisoi-report-<from>-<to>.<format> */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED: a malformed month, from after to, from before 2000-01, or more than 120 months. Or a format, language, granularity or year not offered. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TEAM_NOT_FOUND: an administrator named a team that does not exist (a supervisor naming a team they do not supervise gets 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_outcomes: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); by default January two years ago, Japan time */
                from?: string;
                granularity?: "year" | "quarter";
                /** @description One team of the viewer’s scope (a supervisor’s supervised team, any team for an administrator) */
                teamId?: string;
                /** @description Last month, included (YYYY-MM); by default the current month. At most 120 months after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesReportView"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed month, from after to, from before 2000-01, or more than 120 months. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TEAM_NOT_FOUND: an administrator named a team that does not exist (a supervisor naming a team they do not supervise gets 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportsOverviewView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_referralsDocuments: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); by default January two years ago, Japan time */
                from?: string;
                /** @description One team of the viewer’s scope (a supervisor’s supervised team, any team for an administrator) */
                teamId?: string;
                /** @description Last month, included (YYYY-MM); by default the current month. At most 120 months after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralsDocumentsReportView"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed month, from after to, from before 2000-01, or more than 120 months. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TEAM_NOT_FOUND: an administrator named a team that does not exist (a supervisor naming a team they do not supervise gets 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshQueuedView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_timeInStage: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); by default January two years ago, Japan time */
                from?: string;
                /** @description One team of the viewer’s scope (a supervisor’s supervised team, any team for an administrator) */
                teamId?: string;
                /** @description Last month, included (YYYY-MM); by default the current month. At most 120 months after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeInStageReportView"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed month, from after to, from before 2000-01, or more than 120 months. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TEAM_NOT_FOUND: an administrator named a team that does not exist (a supervisor naming a team they do not supervise gets 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamNameRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamNameRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetailView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                active?: boolean;
                role?: "caseworker" | "supervisor" | "admin";
                /** @description Part of a name or email */
                search?: string;
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitedUserResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitedUserResponse"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_resetSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description No valid session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed, second factor pending, or CSRF token missing. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The api process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description PostgreSQL, Redis or the documents’ storage is unreachable, or the process is shutting down (`draining`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
        };
    };
    HealthController_worker: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerHealthResponse"];
                };
            };
            /** @description No worker has processed jobs recently. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerHealthResponse"];
                };
            };
        };
    };
}
