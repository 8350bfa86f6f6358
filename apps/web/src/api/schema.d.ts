// Generated from the API's OpenAPI document by `node scripts/web-api-types.mjs`: never edit by hand.

export interface paths {
    "/api/auth/confirm-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirmer son adresse
         * @description Avec le jeton du lien de l’e-mail.
         */
        post: operations["AuthController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/confirmation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recevoir un nouveau lien de confirmation */
        post: operations["AuthController_resendConfirmation"];
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
        /**
         * Se connecter
         * @description Limité en nombre de tentatives par adresse et par poste. Un navigateur envoie `x-refresh-cookie: 1` : le jeton de rafraîchissement voyage alors dans un cookie HttpOnly (chemin /api/auth) et non dans la réponse.
         */
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
        /**
         * Se déconnecter (révoque le jeton de rafraîchissement)
         * @description Sans `refreshToken` dans le corps, la session du cookie du navigateur est fermée et le cookie effacé.
         */
        post: operations["AuthController_logout"];
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
        /**
         * Choisir un nouveau mot de passe
         * @description Ferme toutes les sessions ouvertes.
         */
        post: operations["AuthController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recevoir un lien pour choisir un nouveau mot de passe */
        post: operations["AuthController_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vérifier un lien de réinitialisation
         * @description Avec le jeton du lien de l’e-mail ; l’adresse est masquée.
         */
        post: operations["AuthController_inspectPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/proconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ProConnect est-il proposé ?
         * @description Sans configuration ProConnect, le bouton n’est pas affiché.
         */
        get: operations["ProConnectController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/proconnect/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Commencer la connexion avec ProConnect (professionnels)
         * @description Redirige le navigateur vers ProConnect (code d’autorisation avec PKCE, `state` et `nonce`) et pose un cookie HttpOnly qui lie la connexion à ce navigateur.
         */
        get: operations["ProConnectController_authorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/proconnect/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finir la connexion avec ProConnect
         * @description La page de retour envoie le `code`, le `state` (et `iss`) reçus dans son adresse, avec le cookie posé au départ. Un navigateur envoie `x-refresh-cookie: 1` : le jeton de rafraîchissement voyage alors dans le cookie de session, comme pour la connexion par mot de passe.
         */
        post: operations["ProConnectController_callback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/proconnect/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Se déconnecter de la plateforme et de ProConnect
         * @description Ferme la session de la plateforme et donne l’adresse où envoyer le navigateur pour fermer celle de ProConnect.
         */
        post: operations["ProConnectController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renouveler le jeton d’accès
         * @description Le jeton de rafraîchissement ne sert qu’une fois ; le réutiliser ferme toute la session. Sans `refreshToken` dans le corps, celui du cookie du navigateur sert, et le cookie est renouvelé.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Créer un compte
         * @description Sans invitation, la réponse est la même que l’adresse ait déjà un compte ou non : un lien de confirmation part vers une adresse nouvelle, un avertissement vers le titulaire d’un compte existant. Avec `invitationToken`, le compte est créé confirmé et rejoint l’organisation.
         */
        post: operations["AuthController_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidate-invitations/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rattacher à mon compte la fiche de l’invitation */
        post: operations["CandidateSelfController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidate-invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voir une invitation à créer son espace candidat (jeton du lien de l’e-mail) */
        post: operations["CandidateSelfController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidate-invitations/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Créer son espace candidat depuis l’invitation
         * @description Choisir un mot de passe suffit : l’adresse est confirmée par le lien.
         */
        post: operations["CandidateSelfController_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les personnes que suit mon organisation */
        get: operations["CandidatesController_list"];
        put?: never;
        /**
         * Inscrire une personne accompagnée
         * @description Cherchez-la d’abord (POST /api/candidates/lookup) : un NIR ne peut figurer qu’une fois. Avec une adresse e-mail, elle est invitée à créer son espace.
         */
        post: operations["CandidatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Voir une fiche candidat
         * @description Le candidat, les prescripteurs habilités, les organisations qui le suivent ; l’équipe avec un motif. Chaque lecture du NIR est enregistrée.
         */
        get: operations["CandidatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mettre à jour une fiche candidat
         * @description Un NIR enregistré ne se modifie pas ici : demandez une correction.
         */
        patch: operations["CandidatesController_update"];
        trace?: never;
    };
    "/api/candidates/{candidateId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suivre une personne déjà inscrite
         * @description Prouvez la connaître : son NIR exact ; ou ses nom, prénom, date de naissance complète et adresse e-mail ensemble (nom, prénom et date de naissance pour une fiche sans NIR ni e-mail). Les tentatives refusées sont limitées par personne et par compte, et chaque tentative figure dans le journal des accès de la personne. Elle peut aussi vous donner accès depuis son espace.
         */
        post: operations["CandidatesController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les consentements du candidat au partage de son diagnostic */
        get: operations["CandidatesController_listConsents"];
        put?: never;
        /** Enregistrer le consentement du candidat au partage avec une structure */
        post: operations["CandidatesController_recordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}/consents/{consentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Retirer un consentement */
        delete: operations["CandidatesController_revokeConsent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}/diagnostic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Le diagnostic socio-professionnel (version courante)
         * @description Les éléments sensibles (santé, justice) et, pour un employeur, tout le diagnostic sans consentement, sont masqués.
         */
        get: operations["CandidatesController_diagnostic"];
        /**
         * Compléter le diagnostic (nouvelle version)
         * @description Les prescripteurs et orienteurs qui accompagnent la personne ; seuls les champs envoyés changent.
         */
        put: operations["CandidatesController_updateDiagnostic"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}/diagnostic/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** L’historique du diagnostic */
        get: operations["CandidatesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}/diagnostic/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une version du diagnostic */
        get: operations["CandidatesController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Le candidat est-il éligible à un parcours dans cette structure aujourd’hui ?
         * @description Avec ce qui fonde la réponse, jusqu’à quand, les raisons d’un refus et les critères que sa fiche laisse présumer.
         */
        get: operations["EligibilityController_answer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}/eligibility-diagnoses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les diagnostics d’éligibilité du candidat
         * @description Le diagnostic d’une SIAE pour elle-même n’est visible que d’elle, du candidat et de l’équipe.
         */
        get: operations["EligibilityController_list"];
        put?: never;
        /**
         * Valider l’éligibilité IAE
         * @description Un prescripteur habilité la valide pour toutes les SIAE, 6 mois ; une SIAE pour elle-même, 92 jours, avec les critères administratifs et leurs justificatifs. Un orienteur reçoit 403.
         */
        post: operations["EligibilityController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}/eligibility-diagnoses/{diagnosisId}/criteria/{key}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Télécharger le justificatif d’un critère */
        get: operations["EligibilityController_proof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{candidateId}/nir-correction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Demander la correction du NIR
         * @description Examinée par l’équipe de la plateforme.
         */
        post: operations["CandidatesController_requestNirCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chercher une personne déjà inscrite (NIR, e-mail, ou nom et date de naissance)
         * @description Ne dévoile que ce que vous pouvez voir.
         */
        post: operations["CandidatesController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidature-resumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envoyer un CV (multipart : champ « file », PDF, JPEG ou PNG)
         * @description Renvoie l’identifiant à donner dans resumeFileId.
         */
        post: operations["CandidaturesController_uploadResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envoyer une candidature
         * @description Par le candidat lui-même, par un prescripteur ou un orienteur, ou par une SIAE pour elle-même (auto-prescription : son diagnostic d’éligibilité d’abord). Refusée si l’employeur bloque les candidatures, ferme les spontanées, si le candidat y a postulé il y a moins de 24 h, ou si une SIAE ne pourrait pas l’embaucher.
         */
        post: operations["CandidaturesController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Voir une candidature
         * @description Son employeur, son émetteur, le candidat (sans le motif de refus ni le commentaire privé), l’équipe avec un motif.
         */
        get: operations["CandidaturesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Embaucher
         * @description Dans une SIAE : l’éligibilité doit être valide à la date d’embauche (sinon 422 avec ce qui manque), le PASS IAE est délivré ou repris. Les autres candidatures en cours de la personne deviennent « embauché ailleurs ».
         */
        post: operations["CandidatureTransitionsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archiver
         * @description La candidature disparaît des listes (sauf `archived=only` ou `include`) ; une embauche, une action préalable et le vivier ne s’archivent pas.
         */
        post: operations["CandidatureTransitionsController_archive"];
        /**
         * Désarchiver
         * @description La candidature revient dans les listes ; elle compte comme touchée aujourd’hui.
         */
        delete: operations["CandidatureTransitionsController_unarchive"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Annuler l’embauche (jusqu’à son premier jour)
         * @description Le PASS IAE délivré pour elle est rendu si aucune autre embauche ne l’utilise.
         */
        post: operations["CandidatureTransitionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/external-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Orienter une candidature déclinée vers une autre structure
         * @description Crée une nouvelle candidature, envoyée par votre structure.
         */
        post: operations["CandidatureTransitionsController_externalTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/hiring-dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changer les dates d’une embauche qui n’a pas commencé
         * @description Le début se reporte de 30 jours au plus, jamais dans le passé (422 sinon) ; le PASS IAE délivré pour cette embauche suit (début et fin). L’accompagnateur et le candidat sont prévenus.
         */
        post: operations["CandidatureTransitionsController_changeHiringDates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** L’historique d’une candidature : chaque changement d’état, qui, quand */
        get: operations["CandidaturesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Garder dans le vivier */
        post: operations["CandidatureTransitionsController_pool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/postponement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mettre en attente
         * @description Avec un commentaire, lu par l’accompagnateur.
         */
        post: operations["CandidatureTransitionsController_postpone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/prior-to-hire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Action préalable à l’embauche (GEIQ) */
        post: operations["CandidatureTransitionsController_priorToHire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/prior-to-hire-cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Annuler l’action préalable à l’embauche (GEIQ) */
        post: operations["CandidatureTransitionsController_cancelPriorToHire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mettre à l’étude */
        post: operations["CandidatureTransitionsController_process"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Décliner
         * @description Avec un motif (GET /api/refusal-reasons) ; le motif et le commentaire privé ne sont jamais montrés au candidat.
         */
        post: operations["CandidatureTransitionsController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rouvrir une candidature « embauché ailleurs » */
        post: operations["CandidatureTransitionsController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/{candidatureId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transférer à une autre de mes structures
         * @description La candidature y repart comme nouvelle.
         */
        post: operations["CandidatureTransitionsController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exporter en CSV les candidatures d’un mois
         * @description Reçues par une structure employeuse, envoyées par une organisation prescriptrice.
         */
        get: operations["CandidaturesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les candidatures reçues par ma structure
         * @description Les plus récentes d’abord ; filtres par état, dates, fiche de poste, émetteur, nom du candidat.
         */
        get: operations["CandidaturesController_received"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/received/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Combien de candidatures reçues dans chaque état
         * @description Avec les mêmes filtres que la liste, sauf l’état ; chaque état est nommé, avec 0 quand il n’y en a aucune.
         */
        get: operations["CandidaturesController_receivedCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidatures/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les candidatures que j’ai envoyées, ou que mon organisation a envoyées */
        get: operations["CandidaturesController_sent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chercher une commune (saisie semi-automatique)
         * @description Par code postal ou début de code postal (2 à 4 chiffres), sinon par nom : les noms qui commencent par la saisie, puis ceux dont un mot commence par elle ou s’en approche, et seulement à défaut, les noms qui lui ressemblent ; dans chaque groupe, la commune la plus peuplée d’abord.
         */
        get: operations["CommunesController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voir une commune par son code INSEE */
        get: operations["CommunesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-campaign-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ouvrir une campagne par DDETS de la plateforme, avec un même calendrier (équipe) */
        post: operations["ControlCampaignsController_createForEveryDepartement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les campagnes de mon territoire
         * @description DDETS : son département ; DREETS : sa région ; DGEFP et équipe : toutes. Consultables 3 ans après leur fin.
         */
        get: operations["ControlCampaignsController_list"];
        put?: never;
        /**
         * Ouvrir une campagne de contrôle pour mon département (DDETS)
         * @description Période contrôlée et calendrier ; taux de SIAE tirées de 20 à 40 % (30 % par défaut). La graine du tirage sera tirée à sa confirmation.
         */
        post: operations["ControlCampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une campagne, ses SIAE contrôlées et son historique */
        get: operations["ControlCampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier le nom, le taux ou le calendrier avant le tirage */
        patch: operations["ControlCampaignsController_update"];
        trace?: never;
    };
    "/api/control-campaigns/{campaignId}/population": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * La population contrôlable, avant de confirmer le tirage
         * @description Embauches acceptées en AI, EI, ACI, ETTI du département dans la période, auto-prescrites par la SIAE qui embauche, avec un PASS IAE délivré pour elles ; SIAE qui en ont au moins 2 ; combien seraient tirées.
         */
        get: operations["ControlCampaignsController_population"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-campaigns/{campaignId}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirmer le tirage
         * @description Tire les SIAE (le taux, au moins une) puis, dans chacune, 20 % des embauches (au moins 2, au plus 20), avec une graine tirée à cet instant et enregistrée (avec la population) pour un tirage reproductible. Pas avant le lendemain de la fin de la période contrôlée (409). Les SIAE sont prévenues à la date de notification.
         */
        post: operations["ControlCampaignsController_select"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les contrôles de ma structure
         * @description Ceux dont la structure a été prévenue ; consultables 3 ans après la fin de la campagne.
         */
        get: operations["ControlEvaluationsController_listMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-evaluations/{evaluationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un contrôle : embauches et critères contrôlés, justificatifs, échéance, examen, décision, sanctions */
        get: operations["ControlEvaluationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-evaluations/{evaluationId}/criteria/{criterionId}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Télécharger le justificatif d’un critère */
        get: operations["ControlEvaluationsController_proof"];
        put?: never;
        /**
         * Déposer le justificatif d’un critère (multipart : champ « file », PDF, JPEG ou PNG)
         * @description Remplace le précédent tant que rien n’est transmis ; taille maximale : UPLOAD_MAX_BYTES (5 Mo par défaut). En phase contradictoire, seulement pour les critères refusés ou non transmis.
         */
        post: operations["ControlEvaluationsController_uploadProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-evaluations/{evaluationId}/criteria/{criterionId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accepter ou refuser le justificatif d’un critère (DDETS de la campagne)
         * @description Un refus s’explique ; l’examen se corrige jusqu’à la décision.
         */
        post: operations["ControlEvaluationsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-evaluations/{evaluationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conclure l’examen : accepter ou refuser la structure (DDETS de la campagne)
         * @description Acceptée : le contrôle est clos. Refusée après la première transmission : la phase contradictoire s’ouvre (à sa date). Refusée après la phase contradictoire : refus définitif, puis sanctions.
         */
        post: operations["ControlEvaluationsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-evaluations/{evaluationId}/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Décider les sanctions d’une structure refusée (ou l’absence de sanction, motivée)
         * @description Formation obligatoire, retrait de l’auto-prescription sur une période (appliqué par l’éligibilité), baisse de l’aide au poste (1 à 100 %) sur une période, proposition de déconventionnement.
         */
        post: operations["ControlEvaluationsController_sanction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-evaluations/{evaluationId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transmettre les justificatifs à la DDETS
         * @description Un justificatif par critère attendu ; plus aucune modification ensuite (une seconde transmission en phase contradictoire).
         */
        post: operations["ControlEvaluationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les départements et leur région */
        get: operations["DepartementsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eligibility-criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les critères administratifs d’éligibilité, leurs niveaux et justificatifs */
        get: operations["EligibilityController_criteria"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eligibility-proofs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envoyer un justificatif (multipart : champ « file », PDF, JPEG ou PNG)
         * @description Renvoie l’identifiant à donner dans criteria[].proofFileId ; taille maximale : UPLOAD_MAX_BYTES (5 Mo par défaut).
         */
        post: operations["EligibilityController_uploadProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les e-mails envoyés ou en attente (le plus récent d’abord) */
        get: operations["EmailsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voir l’état d’un e-mail */
        get: operations["EmailsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/emails/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Relancer un e-mail en échec ou resté en file d’attente */
        post: operations["EmailsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annuaire des structures actives
         * @description Par nom ; filtrer par département ou type. La recherche géographique est à GET /api/search/structures (et /api/search/job-offers).
         */
        get: operations["EmployersController_list"];
        put?: never;
        /**
         * Inscrire une structure (SIAE ou autre employeur)
         * @description Avec `adminEmail`, invite son premier administrateur.
         */
        post: operations["EmployersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{employerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fiche d’une structure et ses fiches de poste ouvertes
         * @description Une structure inactive n’est visible que de ses membres et de l’équipe.
         */
        get: operations["EmployersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Modifier la fiche de la structure (administrateurs)
         * @description Nom, SIRET et convention : équipe de la plateforme seulement.
         */
        patch: operations["EmployersController_update"];
        trace?: never;
    };
    "/api/employers/{employerId}/antennes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les antennes de la structure (membres de la structure)
         * @description Les établissements secondaires déclarés sous elle (même SIREN, même type), par nom ; une antenne n’en a pas.
         */
        get: operations["EmployersController_listAntennes"];
        put?: never;
        /**
         * Déclarer une antenne (établissement secondaire)
         * @description Même SIREN et même type que la structure mère ; vous en devenez administrateur.
         */
        post: operations["EmployersController_createAntenne"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{employerId}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Désactiver une structure (fin de convention)
         * @description Une SIAE reste active 30 jours après la date indiquée.
         */
        post: operations["EmployersController_deactivate"];
        /** Réactiver une structure */
        delete: operations["EmployersController_reactivate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{employerId}/job-descriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Toutes les fiches de poste de ma structure (ouvertes d’abord) */
        get: operations["JobDescriptionsController_list"];
        put?: never;
        /**
         * Publier une fiche de poste
         * @description Une fiche non mise à jour pendant 90 jours est fermée (prévenu à 60 jours).
         */
        post: operations["JobDescriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{employerId}/job-descriptions/{jobDescriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Supprimer une fiche de poste */
        delete: operations["JobDescriptionsController_remove"];
        options?: never;
        head?: never;
        /** Modifier, ouvrir ou fermer une fiche de poste */
        patch: operations["JobDescriptionsController_update"];
        trace?: never;
    };
    "/api/habilitation-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Le tableau de bord des habilitations de mon territoire
         * @description En une liste : les demandes en attente (transmises ou en attente d’informations) avec leur âge, et les habilitations préfectorales qui finissent bientôt ; les plus anciennes et les plus proches d’abord.
         */
        get: operations["HabilitationBoardController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/habilitation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les demandes de mon territoire
         * @description DDETS : son département ; DREETS : sa région ; DGEFP et équipe : toutes. Les plus anciennes d’abord.
         */
        get: operations["HabilitationRequestsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/habilitation-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une demande de mon territoire */
        get: operations["HabilitationRequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/habilitation-requests/{requestId}/cdiae-opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enregistrer l’avis du CDIAE */
        post: operations["HabilitationRequestsController_cdiaeOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/habilitation-requests/{requestId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Télécharger une pièce d’une demande de mon territoire */
        get: operations["HabilitationRequestsController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/habilitation-requests/{requestId}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accorder l’habilitation (au plus 5 ans)
         * @description Après l’avis du CDIAE ; l’organisation devient prescripteur habilité jusqu’à la date de fin.
         */
        post: operations["HabilitationRequestsController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/habilitation-requests/{requestId}/information-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Demander des informations à l’organisation */
        post: operations["HabilitationRequestsController_requestInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/habilitation-requests/{requestId}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuser l’habilitation */
        post: operations["HabilitationRequestsController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vivacité : le processus répond */
        get: operations["PlatformController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Disponibilité : PostgreSQL et Redis répondent
         * @description Répond 503 quand PostgreSQL ou Redis ne répond pas. Quand Redis a perdu le calendrier de tâches planifiées, répond 200 avec `status: degraded`, `checks.schedules: down` et leurs noms : l’API sert, mais ces tâches ne tournent plus jusqu’à ce qu’un worker les rétablisse.
         */
        get: operations["PlatformController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inscrire un service de l’État (DDETS, DREETS, DGEFP)
         * @description Une DDETS par département, une DREETS par région ; inviter ensuite ses agents.
         */
        post: operations["InstitutionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accepter une invitation (compte existant)
         * @description Le compte connecté doit avoir l’adresse à laquelle l’invitation a été envoyée.
         */
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Voir une invitation (jeton du lien de l’e-mail)
         * @description Indique s’il faut créer un compte ou se connecter pour l’accepter.
         */
        post: operations["InvitationsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-descriptions/{jobDescriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voir une fiche de poste ouverte et sa structure */
        get: operations["JobDescriptionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mon compte et mes organisations */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier mon nom */
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/me/candidate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ma fiche candidat */
        get: operations["CandidateSelfController_mine"];
        put?: never;
        /** Créer ma fiche candidat */
        post: operations["CandidateSelfController_createMine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/candidate/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Qui a consulté mon NIR ou ma fiche, et pourquoi */
        get: operations["CandidateSelfController_accessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/candidate/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Donner accès à ma fiche à une organisation
         * @description L’employeur ou le prescripteur qui vous accompagne peut alors lire votre fiche ; l’accès figure dans votre journal.
         */
        post: operations["CandidateSelfController_grantAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/candidatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes candidatures (candidat) */
        get: operations["CandidaturesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fermer mon compte
         * @description Mot de passe confirmé : le compte ne se connecte plus et toutes ses sessions se ferment. Ce que la loi fait garder (candidatures, PASS IAE, diagnostics, journal) est gardé ; la réponse dit quoi et pourquoi.
         */
        post: operations["MeController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes notifications facultatives, par organisation */
        get: operations["MeController_notificationSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-settings/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Choisir les notifications reçues pour une organisation
         * @description Donnez la liste complète de celles que vous ne voulez plus recevoir.
         */
        put: operations["MeController_setNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changer mon mot de passe
         * @description Ferme toutes les sessions ouvertes.
         */
        post: operations["MeController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chercher un métier (autocomplétion)
         * @description Propose les appellations du ROME qui correspondent à un intitulé saisi, sans tenir compte des accents ni des majuscules, par début de mot et en tolérant les fautes de frappe ; un code ROME liste les appellations de ce métier.
         */
        get: operations["MetiersController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metiers/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les 14 grands domaines du ROME */
        get: operations["MetiersController_domains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nir-correction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demandes de correction de NIR (équipe) */
        get: operations["CandidateSelfController_listNirCorrections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nir-correction-requests/{requestId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accepter une correction de NIR (équipe) */
        post: operations["CandidateSelfController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nir-correction-requests/{requestId}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuser une correction de NIR (équipe) */
        post: operations["CandidateSelfController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voir une de mes organisations */
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les invitations de l’organisation */
        get: operations["InvitationsController_list"];
        put?: never;
        /**
         * Inviter une personne par e-mail
         * @description L’invitation est valable 14 jours ; réinviter la même adresse renouvelle l’invitation et renvoie un lien.
         */
        post: operations["InvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Annuler une invitation */
        delete: operations["InvitationsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les membres (par nom) */
        get: operations["OrganizationsController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Retirer un membre (administrateur) ou quitter l’organisation (soi-même) */
        delete: operations["OrganizationsController_remove"];
        options?: never;
        head?: never;
        /**
         * Nommer administrateur ou retirer ce rôle
         * @description Une organisation garde toujours au moins un administrateur.
         */
        patch: operations["OrganizationsController_changeRole"];
        trace?: never;
    };
    "/api/pass-iae/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Un PASS IAE : dates, état, jours restants, suspensions, prolongations, embauches
         * @description Pour la personne, les professionnels qui la suivent, les prescripteurs habilités, et l’équipe avec un motif (X-Access-Reason).
         */
        get: operations["PassIaeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pass-iae/{number}/date-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Corriger les dates d’un PASS IAE (équipe)
         * @description Début et/ou fin, avec la raison, gardée dans l’historique ; la fin vient après le début (422), sans chevaucher un autre PASS de la personne ni laisser dehors une de ses suspensions ou prolongations (409).
         */
        post: operations["PassIaeController_correctDates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pass-iae/{number}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * L’historique d’un PASS IAE (équipe)
         * @description Délivrance, embauches, suspensions, prolongations, corrections : qui, quand, quoi.
         */
        get: operations["PassIaeController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pass-iae/{number}/prolongation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Demander une prolongation à un prescripteur habilité (RQTH, SENIOR, PARTICULAR_DIFFICULTIES)
         * @description Le bilan (PDF) s’envoie d’abord par POST /api/prolongation-reports ; l’organisation choisie reçoit la demande et un rappel tous les 10 jours pendant 30 jours.
         */
        post: operations["PassIaeController_requestProlongation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pass-iae/{number}/prolongations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Déclarer une prolongation (SENIOR_CDI, COMPLETE_TRAINING)
         * @description Par la SIAE de la dernière embauche, de 12 mois avant à 6 mois après la fin du PASS ; la prolongation commence le lendemain de la fin. Les autres motifs se demandent à un prescripteur habilité.
         */
        post: operations["PassIaeController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pass-iae/{number}/suspensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspendre le PASS IAE
         * @description Par la SIAE de la dernière embauche (tous motifs) ou un prescripteur habilité (contrat rompu ou terminé). 36 mois au plus, à partir d’aujourd’hui au plus tard et de 365 jours en arrière au plus tôt ; la fin du PASS recule d’autant.
         */
        post: operations["PassIaeController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pass-iae/{number}/suspensions/{suspensionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Supprimer une suspension
         * @description Par la structure qui l’a faite ; la fin du PASS revient d’autant.
         */
        delete: operations["PassIaeController_deleteSuspension"];
        options?: never;
        head?: never;
        /**
         * Modifier une suspension
         * @description Par la structure qui l’a faite ; la fin du PASS suit.
         */
        patch: operations["PassIaeController_editSuspension"];
        trace?: never;
    };
    "/api/pass-iae/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vérifier un PASS IAE avec la date de naissance de son titulaire
         * @description Répond seulement si ce numéro est un PASS en cours ou à venir de la personne née ce jour-là, et jusqu’à quand ; un couple faux répond { valid: false }. Nombre de vérifications limité.
         */
        get: operations["PassIaeController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annuaire des prescripteurs habilités
         * @description Les organisations décrites ; les orienteurs sur demande.
         */
        get: operations["PrescriberOrganizationsController_directory"];
        put?: never;
        /**
         * Inscrire son organisation prescriptrice
         * @description Vous en devenez administrateur. Une organisation habilitée par la loi est vérifiée par l’équipe ; d’ici là ses membres sont orienteurs.
         */
        post: operations["PrescriberOrganizationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fiche d’une organisation prescriptrice */
        get: operations["PrescriberOrganizationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier la fiche de l’organisation (administrateurs) */
        patch: operations["PrescriberOrganizationsController_update"];
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}/authorization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Valider ou refuser une organisation habilitée par la loi (équipe) */
        post: operations["PrescriberOrganizationsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}/habilitation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les demandes d’habilitation de mon organisation */
        get: operations["HabilitationRequestsController_listMine"];
        put?: never;
        /**
         * Préparer une demande d’habilitation (ou de renouvellement)
         * @description Brouillon : répondre aux 4 axes, joindre les pièces, puis transmettre.
         */
        post: operations["HabilitationRequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une demande de mon organisation, avec ses échanges et son historique */
        get: operations["HabilitationRequestsController_getMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Compléter les réponses (brouillon, ou informations demandées) */
        patch: operations["HabilitationRequestsController_edit"];
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Répondre à une demande d’informations de la DDETS */
        post: operations["HabilitationRequestsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Annuler la demande */
        post: operations["HabilitationRequestsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Joindre une pièce (multipart : champ « file », PDF, JPEG ou PNG ; champ « label »)
         * @description Au plus 10 pièces ; taille maximale : UPLOAD_MAX_BYTES (5 Mo par défaut).
         */
        post: operations["HabilitationRequestsController_addDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Télécharger une pièce de la demande */
        get: operations["HabilitationRequestsController_documentForOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transmettre la demande à la DDETS du département */
        post: operations["HabilitationRequestsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations/{organizationId}/habilitation-withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retirer une habilitation préfectorale (DDETS qui l’a accordée) */
        post: operations["HabilitationRequestsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prescriber-organizations/awaiting-authorization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les organisations habilitées par la loi à vérifier (équipe)
         * @description Celles dont l’habilitation n’est ni validée ni refusée, les plus anciennes d’abord ; pagination par curseur.
         */
        get: operations["PrescriberOrganizationsController_awaitingAuthorization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les types de problèmes que l’API peut renvoyer */
        get: operations["PlatformController_problems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/problems/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un type de problème */
        get: operations["PlatformController_problem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prolongation-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envoyer le bilan d’une demande de prolongation (multipart : champ « file », PDF)
         * @description Renvoie l’identifiant à donner dans reportFileId ; taille maximale : UPLOAD_MAX_BYTES (5 Mo par défaut).
         */
        post: operations["ProlongationRequestsController_uploadReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prolongation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les demandes de prolongation adressées à mon organisation
         * @description Les plus récentes d’abord ; filtre status (pending pour celles qui attendent).
         */
        get: operations["ProlongationRequestsController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prolongation-requests/{requestId}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuser la prolongation
         * @description Avec une raison et, si besoin, des actions proposées ; la structure et la personne sont prévenues.
         */
        post: operations["ProlongationRequestsController_deny"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prolongation-requests/{requestId}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accorder la prolongation
         * @description La prolongation est créée et la fin du PASS repoussée, en une fois ; la structure et la personne sont prévenues.
         */
        post: operations["ProlongationRequestsController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prolongation-requests/{requestId}/readdress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adresser la demande à un autre prescripteur habilité
         * @description Par la structure qui l’a envoyée, quand l’organisation sollicitée n’est plus habilitée (prescriberOrganizationHabilitated à false) : la demande, toujours en attente, va à l’organisation choisie, qui est prévenue et relancée à partir de ce jour. Tant que l’organisation sollicitée est habilitée : 409.
         */
        post: operations["ProlongationRequestsController_readdress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prolongation-requests/{requestId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Télécharger le bilan joint à une demande
         * @description Pour la structure qui demande et l’organisation qui décide.
         */
        get: operations["ProlongationRequestsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/refusal-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les motifs de refus d’une candidature */
        get: operations["CandidaturesController_refusalReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/romes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voir un métier ROME et ses appellations */
        get: operations["RomesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/job-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chercher des offres (fiches de poste ouvertes) autour d’une commune
         * @description Texte libre tolérant accents, majuscules et fautes de frappe. Sans texte : tout ce qui est dans le rayon, le plus proche d’abord. Filtres : types de structure et programmes (`kind`), départements, types de contrat, grands domaines et codes ROME, heures par semaine, CV non exigé, candidatures spontanées ; `facets` compte les résultats par type, contrat, département et domaine.
         */
        get: operations["SearchController_jobOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/prescribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annuaire des prescripteurs habilités autour d’une commune
         * @description Par type, le plus proche d’abord (rayon de 5 km par défaut).
         */
        get: operations["SearchController_prescribers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/structures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chercher des structures autour d’une commune
         * @description Les structures actives, avec leur nombre d’offres ouvertes ; celles sans offre y figurent aussi, marquées quand elles acceptent les candidatures spontanées. Filtres : types de structure et programmes (`kind`), départements, types de contrat, grands domaines et codes ROME, heures par semaine, CV non exigé, candidatures spontanées ; `facets` compte les résultats par type, contrat, département et domaine. Les filtres d’offre retiennent les structures dont une offre ouverte y répond.
         */
        get: operations["SearchController_structures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Offres suggérées pour un profil de candidat
         * @description Les offres des métiers visés (ou du même métier ROME) dans la distance maximale, expliquées critère par critère (métier, distance, heures). Les critères sont donnés ici explicitement ; la version qui lit le diagnostic d’un candidat s’appuiera sur la même recherche.
         */
        get: operations["SearchController_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/auto-prescription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Part d’auto-prescription de chaque SIAE du territoire
         * @description Embauches commençant dans la période, et celles dont la SIAE a validé l’éligibilité elle-même. Réservé aux services de l’État du territoire (DDETS du département, DREETS de la région, DGEFP) et à l’équipe de la plateforme. Territoire : ?departement= ou ?region= (par défaut celui de la DDETS ou de la DREETS qui lit, sinon la France entière) ; période : ?from=&to= (par défaut les 12 derniers mois) ; ?format=csv pour un fichier CSV.
         */
        get: operations["StatsController_autoPrescription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/candidatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidatures : envoyées, acceptées, déclinées par motif, en attente depuis plus de 30 jours, taux de transformation, délai de première réponse
         * @description Chiffres publics, sans donnée personnelle. Territoire : ?departement= ou ?region= (par défaut celui de la DDETS ou de la DREETS qui lit, sinon la France entière) ; période : ?from=&to= (par défaut les 12 derniers mois) ; ?format=csv pour un fichier CSV.
         */
        get: operations["StatsController_candidatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/pass-iae": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * PASS IAE : délivrés, en cours, suspendus, prolongés, finissant dans les 90 jours
         * @description Chiffres publics. Territoire : ?departement= ou ?region= (par défaut celui de la DDETS ou de la DREETS qui lit, sinon la France entière) ; période : ?from=&to= (par défaut les 12 derniers mois) ; ?format=csv pour un fichier CSV.
         */
        get: operations["StatsController_passIae"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/prescribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prescripteurs : organisations habilitées et leur activité, par type
         * @description Chiffres publics. Territoire : ?departement= ou ?region= (par défaut celui de la DDETS ou de la DREETS qui lit, sinon la France entière) ; période : ?from=&to= (par défaut les 12 derniers mois) ; ?format=csv pour un fichier CSV.
         */
        get: operations["StatsController_prescribers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/prescribers/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activité de chaque organisation prescriptrice habilitée du territoire
         * @description Réservé aux services de l’État du territoire (DDETS du département, DREETS de la région, DGEFP) et à l’équipe de la plateforme. Territoire : ?departement= ou ?region= (par défaut celui de la DDETS ou de la DREETS qui lit, sinon la France entière) ; période : ?from=&to= (par défaut les 12 derniers mois) ; ?format=csv pour un fichier CSV.
         */
        get: operations["StatsController_prescriberOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Désactiver un compte (équipe)
         * @description Avec la raison, gardée dans le journal. Le compte ne se connecte plus, ses sessions sont fermées, il ne compte plus parmi les membres de ses organisations (qui gardent un administrateur actif) ; ce qu’il a fait reste.
         */
        post: operations["UsersController_deactivate"];
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
        AcceptDto: {
            /** @description Message au candidat (et à son accompagnateur). */
            answer?: string | null;
            /**
             * @description L’état affiché quand la décision a été prise : s’il a changé depuis (un collègue, un autre onglet), 409 `candidature-changed`.
             * @enum {string}
             */
            expectedState?: "new" | "processing" | "postponed" | "prior_to_hire" | "accepted" | "refused" | "cancelled" | "obsolete" | "pool";
            /**
             * Format: uuid
             * @description Le poste occupé.
             */
            hiredJobDescriptionId?: string | null;
            /** @example 2027-05-31 */
            hiringEnd?: string | null;
            /**
             * @description Premier jour du contrat : pas dans le passé, au plus tard dans 6 mois.
             * @example 2026-12-01
             */
            hiringStart: string;
        };
        AcceptedDto: {
            /** @example Si un compte correspond à cette adresse, un e-mail vient d’être envoyé. */
            message: string;
        };
        AccessGrantedDto: {
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
        };
        AccessLogEntryDto: {
            /** @enum {string} */
            action: "nir_read" | "staff_read" | "claimed" | "claim_refused" | "access_granted";
            /** Format: date-time */
            at: string;
            /** @description Lectures de ce jour par cette organisation pour ce motif (`at` : la dernière). */
            count: number;
            organizationName: string | null;
            reason: string;
        };
        AddressDto: {
            /**
             * @description Code INSEE de la commune (voir GET /api/communes).
             * @example 69123
             */
            communeCode: string;
            /** @example Bâtiment B */
            complement?: string | null;
            /** @example 12 rue de la République */
            line: string;
            /** @example 69002 */
            postalCode: string;
        };
        AnswerDto: {
            /** @description Message au candidat (et à son accompagnateur). */
            answer?: string | null;
            /**
             * @description L’état affiché quand la décision a été prise : s’il a changé depuis (un collègue, un autre onglet), 409 `candidature-changed`.
             * @enum {string}
             */
            expectedState?: "new" | "processing" | "postponed" | "prior_to_hire" | "accepted" | "refused" | "cancelled" | "obsolete" | "pool";
        };
        AppellationDto: {
            /**
             * @description Code OGR de l’appellation (France Travail).
             * @example 16250
             */
            code: string;
            /**
             * @description Lettre du grand domaine (A à N).
             * @example F
             */
            domainLetter: string;
            /**
             * @description Intitulé de l’appellation.
             * @example Maçon / Maçonne
             */
            label: string;
            /**
             * @description Code ROME du métier de rattachement.
             * @example F1703
             */
            romeCode: string;
            /**
             * @description Intitulé du métier ROME.
             * @example Maçonnerie
             */
            romeLabel: string;
        };
        AppellationListDto: {
            /** @description Les appellations, de la plus pertinente à la moins pertinente. */
            items: components["schemas"]["AppellationDto"][];
        };
        AuthorDto: {
            organizationId: string | null;
            organizationName: string | null;
            userId: string | null;
        };
        AuthorizationDecisionDto: {
            /** @description Obligatoire pour un refus ; envoyé aux membres. */
            reason?: string;
            /** @enum {string} */
            status: "validated" | "refused";
        };
        AuthorizationDecisionViewDto: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            byUserId: string | null;
            reason: string | null;
        };
        AutoPrescriptionFiguresDto: {
            autoPrescribed: number;
            /**
             * @description Quand les données ont été lues : les chiffres des 12 derniers mois sont recalculés chaque heure, ceux des trois dernières années civiles chaque jour, ceux d’une autre période à la demande.
             * @example 2026-11-23T08:41:00.000Z
             */
            computedAt: string;
            hires: number;
            /** @description Les flux (envoyées, délivrés…) sont comptés sur ces jours, inclus. */
            period: components["schemas"]["PeriodDto"];
            share: number | null;
            /** @description La part la plus haute d’abord. */
            siae: components["schemas"]["SiaeAutoPrescriptionDto"][];
            territory: components["schemas"]["TerritoryDto"];
            /** @description Le jour où les stocks (en attente, en cours) sont comptés. */
            today: string;
        };
        AxesViewDto: {
            identification: string | null;
            mission: string | null;
            staffCompetence: string | null;
            unmetNeed: string | null;
        };
        BarrierDto: {
            /**
             * @description health, addiction et justice sont sensibles.
             * @enum {string}
             */
            kind: "mobility" | "housing" | "health" | "addiction" | "childcare" | "language" | "basic_skills" | "digital" | "finances" | "rights_access" | "justice" | "confidence" | "other";
            note?: string | null;
            /** @enum {string} */
            status: "identified" | "in_progress" | "resolved";
        };
        BatchCreatedDto: {
            departementCode: string;
            /** Format: uuid */
            id: string;
        };
        BatchSkippedDto: {
            departementCode: string;
            reason: string;
        };
        BirthPlaceDto: {
            communeCode: string | null;
            communeName: string | null;
            country: string | null;
        };
        BoardCountsDto: {
            expiries: number;
            requests: number;
        };
        BoardDepartementDto: {
            code: string;
            name: string;
        };
        BoardExpiryDto: {
            /** @description Jours restants (négatif : déjà finie). */
            daysLeft: number;
            /** @description Une demande de renouvellement est en cours. */
            renewalRequested: boolean;
            validUntil: string;
        };
        BoardItemDto: {
            /** @description Ce qui ordonne la liste : transmission d’une demande, dernier jour d’une habilitation. */
            date: string;
            departement: components["schemas"]["BoardDepartementDto"];
            expiry: components["schemas"]["BoardExpiryDto"] | null;
            /**
             * Format: uuid
             * @description La demande, ou l’organisation pour une fin d’habilitation.
             */
            id: string;
            organization: components["schemas"]["BoardOrganizationDto"];
            request: components["schemas"]["BoardRequestDto"] | null;
            /** @enum {string} */
            type: "request" | "expiry";
        };
        BoardOrganizationDto: {
            /** Format: uuid */
            id: string;
            kind: string;
            kindLabel: string;
            name: string;
        };
        BoardRequestDto: {
            /** @description Jours depuis la transmission. */
            ageInDays: number | null;
            cdiaeOpinionOn: string | null;
            isRenewal: boolean;
            /** @enum {string} */
            status: "submitted" | "information_requested";
            /** Format: date-time */
            submittedAt: string | null;
        };
        CampaignBatchDto: {
            /** Format: uuid */
            batchId: string;
            created: components["schemas"]["BatchCreatedDto"][];
            /** @description Départements dont une campagne couvre déjà la période. */
            skipped: components["schemas"]["BatchSkippedDto"][];
        };
        CampaignDto: {
            /** @description Dernier jour de la structure pour transmettre en phase contradictoire. */
            adversarialDeadline: string;
            /** Format: date-time */
            adversarialOpenedAt: string | null;
            adversarialStart: string;
            /** @description Campagnes ouvertes ensemble par l’équipe. */
            batchId: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            departement: components["schemas"]["ControlDepartementDto"];
            endsOn: string;
            evaluations: components["schemas"]["EvaluationSummaryDto"][];
            history: components["schemas"]["ControlHistoryEntryDto"][];
            /** Format: uuid */
            id: string;
            /** @description La DDETS qui conduit la campagne. */
            institution: components["schemas"]["RefDto"];
            name: string;
            /** Format: date-time */
            notifiedAt: string | null;
            notifyOn: string;
            periodEnd: string;
            periodStart: string;
            ratioPercent: number;
            /** @description La campagne reste consultable 3 ans après sa fin. */
            readableUntil: string;
            /** @enum {string} */
            right: "decide" | "read";
            /** @description La graine du tirage, tirée à sa confirmation (null avant) : la même graine sur la même population tire les mêmes SIAE et embauches. */
            seed: number | null;
            selection: components["schemas"]["SelectionDto"] | null;
            /** @enum {string} */
            state: "draft" | "selected" | "submission" | "adversarial" | "closed";
            submissionDeadline: string;
        };
        CampaignRefDto: {
            /** @description Dernier jour pour transmettre en phase contradictoire. */
            adversarialDeadline: string;
            adversarialStart: string;
            departementCode: string;
            /** @description Fin de la campagne : la DDETS examine jusqu’à ce jour. */
            endsOn: string;
            /** Format: uuid */
            id: string;
            institutionName: string;
            name: string;
            periodEnd: string;
            periodStart: string;
            state: string;
            submissionDeadline: string;
        };
        CancelDto: {
            comment?: string | null;
            /**
             * @description L’état affiché quand la décision a été prise : s’il a changé depuis (un collègue, un autre onglet), 409 `candidature-changed`.
             * @enum {string}
             */
            expectedState?: "new" | "processing" | "postponed" | "prior_to_hire" | "accepted" | "refused" | "cancelled" | "obsolete" | "pool";
        };
        CandidateAccountDto: {
            candidateId: string;
            email: string;
            userId: string;
        };
        CandidateAddressDto: {
            communeCode: string;
            communeName: string;
            complement: string | null;
            departementCode: string;
            line: string;
            postalCode: string;
        };
        CandidateAttachedDto: {
            candidateId: string;
        };
        CandidateDto: {
            /**
             * @description À quel titre vous voyez cette fiche.
             * @enum {string}
             */
            access: "self" | "staff" | "professional";
            address: components["schemas"]["CandidateAddressDto"] | null;
            birthDate: string;
            birthName: string | null;
            birthPlace: components["schemas"]["BirthPlaceDto"];
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            firstName: string;
            franceTravailId: string | null;
            franceTravailIdMissingReason: string | null;
            hasAccount: boolean;
            /** Format: uuid */
            id: string;
            lastName: string;
            /** @description Chaque lecture par un professionnel est enregistrée. */
            nir: string | null;
            nirMissingReason: string | null;
            phone: string | null;
            situation: components["schemas"]["CandidateSituationDto"];
            /** @enum {string|null} */
            title: "M" | "MME" | null;
            /** Format: date-time */
            updatedAt: string;
        };
        CandidateInvitationDto: {
            email: string;
            firstName: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "expired";
        };
        CandidatePageDto: {
            items: components["schemas"]["CandidateDto"][];
            nextCursor: string | null;
        };
        CandidateRefDto: {
            firstName: string;
            /** Format: uuid */
            id: string;
            lastName: string;
        };
        CandidateSituationDto: {
            /**
             * Format: date
             * @description Allocataire AAH depuis
             * @example 2025-03-01
             */
            aahSince?: string | null;
            /** @description Sortant de l’aide sociale à l’enfance. */
            aseLeaver?: boolean;
            /**
             * Format: date
             * @description Allocataire ASS depuis
             * @example 2025-03-01
             */
            assSince?: string | null;
            /**
             * @description level_3 = CAP, BEP ; level_4 = bac…
             * @enum {string|null}
             */
            educationLevel?: "none" | "primary" | "level_3" | "level_4" | "level_5" | "level_6" | "level_7_8" | null;
            /** @enum {string|null} */
            frenchLevel?: "below_a1" | "a1_a2" | "b1_or_more" | null;
            /** @enum {string|null} */
            housing?: "stable" | "unstable" | "hosted" | "emergency_shelter" | "homeless" | null;
            /**
             * @description Placé sous main de justice, ou sortant de détention.
             * @enum {string|null}
             */
            justice?: "none" | "under_supervision" | "released" | null;
            /** @description Réside dans un quartier prioritaire (QPV), si connu. */
            livesInQpv?: boolean | null;
            /** @description Réside en zone de revitalisation rurale (ZRR), si connu. */
            livesInZrr?: boolean | null;
            loneParent?: boolean;
            mobilityIssue?: boolean;
            /** @enum {string|null} */
            refugeeStatus?: "refugee" | "subsidiary_protection" | "temporary_protection" | "asylum_seeker" | null;
            /**
             * Format: date
             * @description Fin de la RQTH (reconnaissance de la qualité de travailleur handicapé)
             * @example 2025-03-01
             */
            rqthUntil?: string | null;
            /**
             * Format: date
             * @description Bénéficiaire du RSA depuis
             * @example 2025-03-01
             */
            rsaSince?: string | null;
            /**
             * Format: date
             * @description Sans emploi depuis
             * @example 2025-03-01
             */
            unemployedSince?: string | null;
        };
        CandidatureDto: {
            /** @description Pour l’employeur : les actions possibles. */
            allowedTransitions?: ("process" | "postpone" | "accept" | "add_to_pool" | "move_to_prior_to_hire" | "cancel_prior_to_hire" | "refuse" | "cancel" | "change_hiring_dates" | "render_obsolete" | "transfer" | "reset" | "external_transfer")[];
            /** @description La réponse de l’employeur au candidat. */
            answer: string | null;
            /** @description Commentaire privé au prescripteur ; jamais montré au candidat. */
            answerToPrescriber?: string | null;
            /**
             * Format: date-time
             * @description Archivée par la structure (ou au bout de 180 jours sans activité) : masquée de ses listes ; jamais montré au candidat.
             */
            archivedAt?: string | null;
            candidate: components["schemas"]["PersonDto"];
            /** Format: date-time */
            createdAt: string;
            /** @description Un prescripteur habilité a validé l’éligibilité en envoyant la candidature. */
            eligibilityValidatedBySender: boolean;
            employer: components["schemas"]["CandidatureEmployerDto"];
            hasResume: boolean;
            hiring: components["schemas"]["HiringDto"] | null;
            /** Format: uuid */
            id: string;
            jobDescriptions: components["schemas"]["JobRefDto"][];
            message: string;
            passIae: components["schemas"]["PassRefDto"] | null;
            /** Format: date-time */
            processedAt: string | null;
            /** @description Jamais montré au candidat. */
            refusalReason?: components["schemas"]["RefusalReasonRefDto"] | null;
            sender: components["schemas"]["SenderDto"];
            /** @enum {string} */
            state: "new" | "processing" | "postponed" | "prior_to_hire" | "accepted" | "refused" | "cancelled" | "obsolete" | "pool";
            stateLabel: string;
            transferredFrom: components["schemas"]["TransferredFromDto"] | null;
            /** Format: date-time */
            updatedAt: string;
        };
        CandidatureEmployerDto: {
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
        };
        CandidatureFiguresDto: {
            /** @description Parmi elles, acceptées (embauche). */
            accepted: number;
            /** @description Envoyées dans la période et ayant reçu une première réponse de l’employeur. */
            answered: number;
            byEmployerKind: components["schemas"]["EmployerKindFigureDto"][];
            /** @description Par émetteur : le candidat, la SIAE elle-même (auto-prescription), un prescripteur par type. */
            bySender: components["schemas"]["SenderFigureDto"][];
            computedAt: string;
            /** @description Médiane du délai entre l’envoi et la première réponse, en jours. */
            medianDaysToFirstAnswer: number | null;
            /** @description Parmi elles, encore sans réponse (nouvelle, à l’étude, en attente). */
            pending: number;
            /** @description Sans réponse, envoyées il y a plus de 30 jours (toutes périodes). */
            pendingOver30Days: number;
            period: components["schemas"]["PeriodDto"];
            /** @description Parmi elles, déclinées. */
            refused: number;
            refusedByReason: components["schemas"]["RefusalReasonFigureDto"][];
            /** @description Candidatures envoyées dans la période. */
            sent: number;
            territory: components["schemas"]["TerritoryDto"];
            today: string;
            /** @description Acceptées / envoyées, en %. */
            transformationRate: number | null;
        };
        CandidaturePageDto: {
            items: components["schemas"]["CandidatureDto"][];
            nextCursor: string | null;
        };
        CdiaeOpinionDto: {
            /**
             * @description Date de l’avis du CDIAE.
             * @example 2026-11-20
             */
            on: string;
            /** @enum {string} */
            opinion?: "favorable" | "unfavorable" | "reserved";
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ChangeRoleDto: {
            /** @enum {string} */
            role: "admin" | "member";
        };
        ClaimDto: {
            /**
             * Format: date
             * @description Sans NIR : sa date de naissance complète.
             * @example 1992-01-30
             */
            birthDate?: string;
            /** @description Sans NIR : son adresse e-mail, si sa fiche en a une. */
            email?: string;
            /** @description Sans NIR : son prénom. */
            firstName?: string;
            /** @description Sans NIR : son nom. */
            lastName?: string;
            /** @description Le NIR exact de la personne. */
            nir?: string;
        };
        CloseAccountDto: {
            /** @description Votre mot de passe, pour confirmer. */
            password: string;
        };
        ClosureDto: {
            /** Format: date-time */
            closedAt: string;
            /** @description Ce qui est gardé, et pourquoi. */
            kept: string[];
        };
        CodeLabelDto: {
            code: string;
            label: string;
        };
        CommuneDto: {
            /**
             * @description Code INSEE (code officiel géographique).
             * @example 69123
             */
            code: string;
            /** @example 69 */
            departementCode: string;
            /** @example Rhône */
            departementName: string;
            /**
             * @description Latitude du centre (WGS 84).
             * @example 45.74846
             */
            latitude: number;
            /**
             * @description Longitude du centre (WGS 84).
             * @example 4.84671
             */
            longitude: number;
            /** @example Lyon */
            name: string;
            /**
             * @example [
             *       "69001",
             *       "69002"
             *     ]
             */
            postalCodes: string[];
        };
        CommuneListDto: {
            /** @description Les communes trouvées, les plus pertinentes d’abord. */
            items: components["schemas"]["CommuneDto"][];
        };
        ConsentDto: {
            /** Format: date-time */
            collectedAt: string;
            collectedByOrganizationId: string | null;
            employer: components["schemas"]["ConsentEmployerDto"];
            /** Format: uuid */
            id: string;
            method: string;
            purpose: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        ConsentEmployerDto: {
            id: string;
            name: string;
        };
        ConsentInputDto: {
            /**
             * Format: uuid
             * @description La structure avec qui partager.
             */
            employerId: string;
            /** @enum {string} */
            method: "in_person" | "by_phone" | "in_writing" | "by_candidate";
            /**
             * @description Partager le diagnostic, ou aussi ses éléments sensibles (santé, justice).
             * @enum {string}
             */
            purpose: "share_diagnostic" | "share_sensitive_diagnostic";
        };
        ContractTypeDto: {
            /** @enum {string} */
            code: "PERMANENT" | "PERMANENT_I" | "FIXED_TERM" | "FIXED_TERM_USAGE" | "FIXED_TERM_I" | "FIXED_TERM_I_PHC" | "FIXED_TERM_I_CVG" | "FIXED_TERM_TREMPLIN" | "APPRENTICESHIP" | "PROFESSIONAL_TRAINING" | "TEMPORARY" | "BUSINESS_CREATION" | "OTHER";
            label: string;
        };
        ControlDecisionDto: {
            /** @description Obligatoire pour le motif « other ». */
            comment?: string;
            /**
             * @description Acceptée quand aucun critère ne reste refusé ; refusée sinon.
             * @enum {string}
             */
            decision: "accepted" | "refused";
            /**
             * @description Obligatoire pour un refus.
             * @enum {string}
             */
            reason?: "invalid_proof" | "missing_proof" | "other";
        };
        ControlDepartementDto: {
            /** @example 59 */
            code: string;
            /** @example Nord */
            name: string;
        };
        ControlEmployerDto: {
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
        };
        ControlEmployerRefDto: {
            id: string;
            /** @enum {string} */
            kind: "AI" | "EI" | "ACI" | "ETTI";
            name: string;
        };
        ControlEvaluationDto: {
            campaign: components["schemas"]["CampaignRefDto"];
            /** @description Le dernier jour pour transmettre, dans la phase en cours. */
            deadline: string | null;
            employer: components["schemas"]["ControlEmployerDto"];
            final: components["schemas"]["FinalDto"] | null;
            firstPhaseRefusal: components["schemas"]["RefusalDto"] | null;
            hires: components["schemas"]["ControlledHireDto"][];
            hiresInPopulation: number;
            /** @description Pour les services de l’État ; vide pour la structure. */
            history: components["schemas"]["ControlHistoryEntryDto"][];
            /** Format: uuid */
            id: string;
            /** @enum {number|null} */
            openPhase: 1 | 2 | null;
            /** Format: date-time */
            resubmittedAt: string | null;
            sanctions: components["schemas"]["SanctionsViewDto"] | null;
            /** @enum {string} */
            state: "pending" | "submittable" | "submitted" | "refused" | "adversarial" | "resubmitted" | "closed";
            /** Format: date-time */
            submittedAt: string | null;
        };
        ControlHistoryEntryDto: {
            /** @example control_campaign.selected */
            action: string;
            actorUserId: string | null;
            /** Format: date-time */
            at: string;
            details: Record<string, never>;
        };
        ControlledCriterionDto: {
            /** @description Le justificatif attendu. */
            expectedProof: string;
            /** Format: uuid */
            id: string;
            /** @example RSA */
            key: string;
            label: string;
            level: number;
            proofs: components["schemas"]["ControlProofDto"][];
            /** @description Visibles de la structure une fois la décision de la phase prise. */
            reviews: components["schemas"]["ReviewViewDto"][];
            /** @description Un justificatif est attendu pour ce critère dans la phase ouverte. */
            toSend: boolean;
        };
        ControlledHireDto: {
            candidate: components["schemas"]["CandidateRefDto"];
            criteria: components["schemas"]["ControlledCriterionDto"][];
            hiringStart: string;
            /** Format: uuid */
            id: string;
            passNumber: string | null;
            /**
             * @description pending : un critère au moins sans justificatif ; uploaded : tous déposés ; submitted : transmis ; reviewed : tous examinés, décision à venir (DDETS) ; refused, refused_2 : refusé une fois, deux fois ; accepted.
             * @enum {string}
             */
            state: "pending" | "uploaded" | "submitted" | "reviewed" | "refused" | "refused_2" | "accepted";
        };
        ControlProofDto: {
            fileName: string;
            /** @enum {number} */
            phase: 1 | 2;
            submitted: boolean;
            /** Format: date-time */
            uploadedAt: string;
        };
        CorrectPassDatesDto: {
            /**
             * @description Le dernier jour corrigé (absent : inchangé) ; après le début.
             * @example 2028-11-30
             */
            endDate?: string;
            /** @description Pourquoi corriger : gardé dans l’historique du PASS. */
            reason: string;
            /**
             * @description Le premier jour corrigé (absent : inchangé).
             * @example 2026-12-01
             */
            startDate?: string;
        };
        CreateAntenneDto: {
            address: components["schemas"]["AddressDto"];
            /** @description Ne plus recevoir aucune candidature. */
            blockCandidatures?: boolean;
            /** @example Jardins de Cocagne */
            brand?: string | null;
            description?: string | null;
            /** @example contact@jardins-du-rhone.fr */
            email?: string | null;
            /** @description SIAE implantée en détention (équipe de la plateforme) : pas de PASS IAE pour une personne placée sous main de justice. */
            locatedInPrison?: boolean;
            /**
             * @description Code NAF (APE).
             * @example 8899B
             */
            naf?: string | null;
            /** @example Les Jardins du Rhône — antenne de Vénissieux */
            name: string;
            /** @example 04 78 00 00 00 */
            phone?: string | null;
            /** @description ACI seulement : Premières heures en chantier, Convergence. */
            programmes?: ("PHC" | "CONVERGENCE")[];
            /** @description Accompagnement proposé aux salariés en parcours. */
            providedSupport?: string | null;
            /**
             * @description SIRET de l’établissement : même SIREN que la structure mère.
             * @example 51234567800027
             */
            siret: string;
            /** @description Accepter les candidatures spontanées (sans fiche de poste). */
            spontaneousCandidaturesOpen?: boolean;
            /** @example https://jardins-du-rhone.fr */
            website?: string | null;
        };
        CreateCampaignDto: {
            /**
             * Format: date
             * @description Dernier jour pour transmettre de nouveaux justificatifs en phase contradictoire, après son début et avant la fin de la campagne (la DDETS examine entre les deux). Par défaut : 14 jours avant la fin, au plus tôt le lendemain du début de la phase. Une modification des autres dates ne la change pas.
             * @example 2027-03-17
             */
            adversarialDeadline?: string;
            /**
             * Format: date
             * @description Début de la phase contradictoire (seconde chance pour les justificatifs refusés).
             * @example 2027-02-15
             */
            adversarialStart: string;
            /**
             * Format: date
             * @description Fin de la campagne : la DDETS examine jusqu’à ce jour ce qui a été transmis ; clôture le lendemain (ce qui n’a pas été examiné est accepté d’office).
             * @example 2027-03-31
             */
            endsOn: string;
            /** @example Contrôle a posteriori 2026 — Nord */
            name: string;
            /**
             * Format: date
             * @description Jour où les SIAE tirées au sort sont prévenues (le tirage se fait ce jour-là si la DDETS ne l’a pas confirmé).
             * @example 2026-12-01
             */
            notifyOn: string;
            /**
             * Format: date
             * @description Dernier jour de la période contrôlée ; avant la notification.
             * @example 2026-06-30
             */
            periodEnd: string;
            /**
             * Format: date
             * @description Premier jour de la période contrôlée (début d’embauche).
             * @example 2026-01-01
             */
            periodStart: string;
            /**
             * @description Part des SIAE éligibles au contrôle qui sont tirées au sort (au moins une).
             * @default 30
             */
            ratioPercent?: number;
            /**
             * Format: date
             * @description Dernier jour pour transmettre les justificatifs.
             * @example 2027-01-31
             */
            submissionDeadline: string;
        };
        CreateCandidateDto: {
            /**
             * Format: date
             * @description Allocataire AAH depuis
             * @example 2025-03-01
             */
            aahSince?: string | null;
            address?: components["schemas"]["AddressDto"] | null;
            /** @description Sortant de l’aide sociale à l’enfance. */
            aseLeaver?: boolean;
            /**
             * Format: date
             * @description Allocataire ASS depuis
             * @example 2025-03-01
             */
            assSince?: string | null;
            /**
             * @description Commune de naissance (code INSEE), pour une naissance en France.
             * @example 69123
             */
            birthCommuneCode?: string | null;
            /**
             * @description Pays de naissance (code ISO à deux lettres).
             * @example FR
             */
            birthCountry?: string | null;
            /**
             * Format: date
             * @example 1992-01-30
             */
            birthDate: string;
            birthName?: string | null;
            /**
             * @description level_3 = CAP, BEP ; level_4 = bac…
             * @enum {string|null}
             */
            educationLevel?: "none" | "primary" | "level_3" | "level_4" | "level_5" | "level_6" | "level_7_8" | null;
            email?: string | null;
            firstName: string;
            /** @example 1234567A */
            franceTravailId?: string | null;
            /**
             * @description Obligatoire sans identifiant France Travail.
             * @enum {string|null}
             */
            franceTravailIdMissingReason?: "not_registered" | "forgotten" | null;
            /** @enum {string|null} */
            frenchLevel?: "below_a1" | "a1_a2" | "b1_or_more" | null;
            /** @enum {string|null} */
            housing?: "stable" | "unstable" | "hosted" | "emergency_shelter" | "homeless" | null;
            /**
             * @description Placé sous main de justice, ou sortant de détention.
             * @enum {string|null}
             */
            justice?: "none" | "under_supervision" | "released" | null;
            lastName: string;
            /** @description Réside dans un quartier prioritaire (QPV), si connu. */
            livesInQpv?: boolean | null;
            /** @description Réside en zone de revitalisation rurale (ZRR), si connu. */
            livesInZrr?: boolean | null;
            loneParent?: boolean;
            mobilityIssue?: boolean;
            /**
             * @description Numéro de sécurité sociale ; un NIR enregistré se corrige par une demande.
             * @example 2 92 01 69 123 456 69
             */
            nir?: string | null;
            /**
             * @description Obligatoire sans NIR.
             * @enum {string|null}
             */
            nirMissingReason?: "no_nir" | "nir_of_another_person" | null;
            /** @example 06 12 34 56 78 */
            phone?: string | null;
            /** @enum {string|null} */
            refugeeStatus?: "refugee" | "subsidiary_protection" | "temporary_protection" | "asylum_seeker" | null;
            /**
             * Format: date
             * @description Fin de la RQTH (reconnaissance de la qualité de travailleur handicapé)
             * @example 2025-03-01
             */
            rqthUntil?: string | null;
            /**
             * Format: date
             * @description Bénéficiaire du RSA depuis
             * @example 2025-03-01
             */
            rsaSince?: string | null;
            /** @enum {string|null} */
            title?: "M" | "MME" | null;
            /**
             * Format: date
             * @description Sans emploi depuis
             * @example 2025-03-01
             */
            unemployedSince?: string | null;
        };
        CreateDiagnosisDto: {
            /** @description Un prescripteur habilité n’est pas tenu de renseigner les critères ; une SIAE donne 1 critère de niveau 1 ou 2 (AI, ETTI) ou 3 (ACI, EI, EITI) critères de niveau 2, chacun avec son justificatif. */
            criteria?: components["schemas"]["CriterionInputDto"][];
            notes?: string | null;
        };
        CreateEmployerDto: {
            address: components["schemas"]["AddressDto"];
            /** @description Invite cette adresse comme premier administrateur de la structure. */
            adminEmail?: string;
            /** @description Ne plus recevoir aucune candidature. */
            blockCandidatures?: boolean;
            /** @example Jardins de Cocagne */
            brand?: string | null;
            /** @description Identifiant ASP de la convention (SIAE). */
            conventionAspId?: string | null;
            description?: string | null;
            /** @example contact@jardins-du-rhone.fr */
            email?: string | null;
            /** @enum {string} */
            kind: "ACI" | "AI" | "EI" | "ETTI" | "EITI" | "GEIQ" | "EA" | "EATT" | "OPCS";
            /** @description SIAE implantée en détention (équipe de la plateforme) : pas de PASS IAE pour une personne placée sous main de justice. */
            locatedInPrison?: boolean;
            /**
             * @description Code NAF (APE).
             * @example 8899B
             */
            naf?: string | null;
            /** @example Les Jardins du Rhône */
            name: string;
            /** @example 04 78 00 00 00 */
            phone?: string | null;
            /** @description ACI seulement : Premières heures en chantier, Convergence. */
            programmes?: ("PHC" | "CONVERGENCE")[];
            /** @description Accompagnement proposé aux salariés en parcours. */
            providedSupport?: string | null;
            /** @example 51234567800019 */
            siret: string;
            /** @description Accepter les candidatures spontanées (sans fiche de poste). */
            spontaneousCandidaturesOpen?: boolean;
            /** @example https://jardins-du-rhone.fr */
            website?: string | null;
        };
        CreateHabilitationRequestDto: {
            /**
             * @description Département dont la DDETS instruit la demande.
             * @example 69
             */
            departementCode: string;
            /** @description Renouvellement : partenariats, participation aux instances locales… */
            evaluationNotes?: string | null;
            /** @description Axe 1 — l’organisation est clairement identifiée par les services de l’État du territoire. */
            identification?: string | null;
            /** @description Axe 2 — sa mission d’accueil ou d’accompagnement de personnes en difficulté. */
            mission?: string | null;
            /** @description Axe 3 — un personnel compétent pour réaliser un diagnostic socio-professionnel, connaissant l’IAE. */
            staffCompetence?: string | null;
            /** @description Axe 4 — un besoin non couvert par les prescripteurs habilités nationalement. */
            unmetNeed?: string | null;
        };
        CreateInstitutionDto: {
            /**
             * @description Département couvert (DDETS).
             * @example 69
             */
            departmentCode?: string;
            /** @enum {string} */
            kind: "DDETS_IAE" | "DREETS_IAE" | "DGEFP_IAE";
            /** @example DDETS du Rhône */
            name: string;
            /**
             * @description Région couverte (DREETS).
             * @example 84
             */
            regionCode?: string;
        };
        CreateJobDescriptionDto: {
            /**
             * @description Code de l’appellation ROME (voir GET /api/metiers).
             * @example 11573
             */
            appellationCode: string;
            /**
             * @description Les types possibles dépendent du type de structure.
             * @enum {string}
             */
            contractType: "PERMANENT" | "PERMANENT_I" | "FIXED_TERM" | "FIXED_TERM_USAGE" | "FIXED_TERM_I" | "FIXED_TERM_I_PHC" | "FIXED_TERM_I_CVG" | "FIXED_TERM_TREMPLIN" | "APPRENTICESHIP" | "PROFESSIONAL_TRAINING" | "TEMPORARY" | "BUSINESS_CREATION" | "OTHER";
            /** @example Agent de tri en ressourcerie */
            customTitle?: string | null;
            description?: string | null;
            hoursPerWeek?: number | null;
            /** @description Recrutement ouvert. */
            isActive?: boolean;
            /** @description Poste réservé aux résidents d’un quartier prioritaire (QPV). */
            isQpvMandatory?: boolean;
            /** @description CV obligatoire pour candidater. */
            isResumeMandatory?: boolean;
            /**
             * @description Commune du poste ; par défaut celle de la structure.
             * @example 69259
             */
            locationCommuneCode?: string | null;
            /** @default 1 */
            openPositions?: number;
            /** @description Obligatoire quand contractType vaut OTHER. */
            otherContractType?: string | null;
            /** @description Profil recherché. */
            profileWanted?: string | null;
        };
        CreatePrescriberOrganizationDto: {
            address?: components["schemas"]["AddressDto"] | null;
            /** @description Présentation : une organisation apparaît dans l’annuaire public une fois décrite. */
            description?: string | null;
            email?: string | null;
            /** @description Organisation conventionnée pour l’accompagnement des bénéficiaires du RSA. */
            isBrsa?: boolean;
            /**
             * @description OHPD : habilitée par le préfet ; OTHER : autre organisation (orienteur).
             * @enum {string}
             */
            kind: "FT" | "CAP_EMPLOI" | "ML" | "CAF" | "MSA" | "DEPT" | "ASE" | "ODC" | "CCAS" | "PLIE" | "OCASF" | "CHRS" | "CHU" | "CPH" | "PENSION" | "RS_FJT" | "OIL" | "CADA" | "HUDA" | "SPIP" | "PJJ" | "CIDFF" | "PREVENTION" | "AFPA" | "PIJ_BIJ" | "CAVA" | "OACAS" | "CSAPA" | "CAARUD" | "EPIDE" | "E2C" | "OHPD" | "OTHER";
            /** @example Mission locale de Lyon */
            name: string;
            /** @example 04 72 00 00 00 */
            phone?: string | null;
            /**
             * @description Code SAFIR, pour une agence France Travail.
             * @example 69031
             */
            safirCode?: string;
            /**
             * @description Obligatoire sauf pour une agence France Travail.
             * @example 77890123400015
             */
            siret?: string;
            website?: string | null;
        };
        CreateSuspensionDto: {
            /**
             * @description Dernier jour suspendu ; 36 mois au plus.
             * @example 2027-01-31
             */
            endDate: string;
            explanation?: string | null;
            /**
             * @description Un prescripteur habilité : CONTRACT_BROKEN ou FINISHED_CONTRACT. CONTRAT_PASSERELLE : EI et ACI.
             * @enum {string}
             */
            reason: "CONTRACT_SUSPENDED" | "CONTRACT_BROKEN" | "FINISHED_CONTRACT" | "APPROVAL_BETWEEN_CTA_MEMBERS" | "CONTRAT_PASSERELLE";
            /**
             * @description Au plus tard aujourd’hui, au plus tôt il y a 365 jours, dans le PASS.
             * @example 2026-11-02
             */
            startDate: string;
        };
        CriterionDto: {
            /** @example RSA */
            key: string;
            label: string;
            /** @enum {number} */
            level: 1 | 2;
            /** @description Le justificatif attendu. */
            proof: string;
            /** @description Âge maximal du justificatif, en mois, le jour du diagnostic ; null quand il doit seulement être en cours de validité. */
            proofValidityMonths: number | null;
        };
        CriterionInputDto: {
            /**
             * @description Voir GET /api/eligibility-criteria.
             * @example RSA
             */
            key: string;
            /**
             * @description La date du justificatif ; obligatoire avec un justificatif.
             * @example 2026-10-02
             */
            proofDate?: string;
            /**
             * Format: uuid
             * @description Le justificatif envoyé par POST /api/eligibility-proofs ; obligatoire pour une SIAE.
             */
            proofFileId?: string;
        };
        DeactivateEmployerDto: {
            /**
             * @description Date de fin de convention (par défaut aujourd’hui). Une SIAE reste active 30 jours de plus.
             * @example 2026-11-30
             */
            on?: string;
            /** @example Convention non renouvelée */
            reason: string;
        };
        DeactivateUserDto: {
            /** @description Pourquoi : gardé dans le journal. */
            reason: string;
        };
        DecisionDto: {
            /** Format: date-time */
            at: string;
            on: string | null;
            reference: string | null;
            refusalReason: string | null;
            validUntil: string | null;
        };
        DeclareProlongationDto: {
            /**
             * @description Dernier jour de la prolongation, qui commence le lendemain de la fin du PASS.
             * @example 2028-06-30
             */
            endDate: string;
            explanation?: string | null;
            /**
             * @description SENIOR_CDI (10 ans au plus) ou COMPLETE_TRAINING (12 mois au plus).
             * @enum {string}
             */
            reason: "SENIOR_CDI" | "COMPLETE_TRAINING";
        };
        DenialDto: {
            explanation: string | null;
            proposedActions: ("EXIT_IAE" | "SOCIAL_PARTNER" | "OTHER")[];
            proposedActionsExplanation: string | null;
            /** @enum {string} */
            reason: "IAE" | "SIAE" | "DURATION" | "REASON";
            reasonLabel: string;
        };
        DenyProlongationDto: {
            explanation?: string | null;
            proposedActions?: ("EXIT_IAE" | "SOCIAL_PARTNER" | "OTHER")[];
            proposedActionsExplanation?: string | null;
            /**
             * @description IAE : l’IAE ne convient plus ; SIAE : ce type de structure ne convient plus ; DURATION : durée inadaptée ; REASON : motif inadapté.
             * @enum {string}
             */
            reason: "IAE" | "SIAE" | "DURATION" | "REASON";
        };
        DepartementDto: {
            /** @example 2A */
            code: string;
            /** @example Corse-du-Sud */
            name: string;
            /** @example 94 */
            regionCode: string;
            /** @example Corse */
            regionName: string;
        };
        DepartementListDto: {
            /** @description Les départements, DROM et collectivités d’outre-mer compris, par code. */
            items: components["schemas"]["DepartementDto"][];
        };
        DepartementRefDto: {
            code: string;
            name: string;
        };
        DiagnosisAuthorDto: {
            /** @example FT */
            kind: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
        };
        DiagnosisCriterionDto: {
            /** @description Téléchargeable par son auteur, le candidat et l’équipe. */
            hasProof: boolean;
            key: string;
            label: string;
            level: number;
            proofDate: string | null;
        };
        DiagnosisDto: {
            author: components["schemas"]["DiagnosisAuthorDto"];
            /** @enum {string} */
            authorKind: "prescriber" | "employer";
            /** Format: uuid */
            candidateId: string;
            /** @example 2026-11-23 */
            createdOn: string;
            criteria: components["schemas"]["DiagnosisCriterionDto"][];
            /** Format: uuid */
            id: string;
            notes: string | null;
            /** Format: uuid */
            replacedById: string | null;
            valid: boolean;
            /**
             * @description Dernier jour de validité.
             * @example 2027-05-22
             */
            validUntil: string;
        };
        DiagnosticChangeDto: {
            /** @description La liste complète des freins que vous voyez (remplace la précédente, sauf les freins sensibles écrits par d’autres). */
            barriers?: components["schemas"]["BarrierDto"][];
            /** @description Ce qui change dans cette version. */
            changeSummary?: string | null;
            grid?: components["schemas"]["GridDto"];
            notes?: string | null;
            /** @enum {string|null} */
            orientation?: "professional" | "socio_professional" | "social" | null;
            project?: components["schemas"]["ProjectDto"];
        };
        DiagnosticDto: {
            author: components["schemas"]["AuthorDto"];
            barriers: Record<string, never>[];
            candidateId: string;
            changeSummary: string | null;
            /** @description Par dimension : { level, authorOrganizationId }. */
            grid: Record<string, never>;
            notes: string | null;
            orientation: string | null;
            project: Record<string, never>;
            /** @description Des éléments vous sont masqués (sensibles, ou consentement absent). */
            restricted: boolean;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        DiagnosticHistoryEntryDto: {
            /** Format: date-time */
            at: string;
            author: components["schemas"]["AuthorDto"];
            changeSummary: string | null;
            version: number;
        };
        DocumentDto: {
            contentType: string;
            fileName: string;
            id: string;
            label: string;
            size: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        DomainDto: {
            /** @example Hôtellerie-Restauration, Tourisme, Loisirs et Animation */
            label: string;
            /** @example G */
            letter: string;
        };
        EditSuspensionDto: {
            /** @example 2027-02-28 */
            endDate?: string;
            explanation?: string | null;
            /** @enum {string} */
            reason?: "CONTRACT_SUSPENDED" | "CONTRACT_BROKEN" | "FINISHED_CONTRACT" | "APPROVAL_BETWEEN_CTA_MEMBERS" | "CONTRAT_PASSERELLE";
            /** @example 2026-11-02 */
            startDate?: string;
        };
        EligibilityAnswerDto: {
            basis: components["schemas"]["EligibilityBasisDto"] | null;
            /** Format: uuid */
            candidateId: string;
            eligible: boolean;
            employer: components["schemas"]["EmployerRefDto"];
            /** @example 2026-11-23 */
            on: string;
            /** @description Les critères que la fiche du candidat laisse présumer, à justifier. */
            proposedCriteria: components["schemas"]["ProposedCriterionDto"][];
            proposedCriteriaMeetRequirement: boolean | null;
            /** @description Pourquoi la personne n’est pas éligible ici. */
            reasons: components["schemas"]["ReasonDto"][];
            /** @description false pour un GEIQ, une EA, une EATT, une OPCS. */
            required: boolean;
            /** @description Ce qu’il faut pour que la structure auto-prescrive. */
            requirement: components["schemas"]["RequirementDto"] | null;
            /** @description Dernier jour de validité de ce qui fonde l’éligibilité. */
            validUntil: string | null;
        };
        EligibilityBasisDto: {
            authorOrganizationName: string | null;
            createdOn: string | null;
            /** Format: uuid */
            diagnosisId: string | null;
            /** @enum {string} */
            kind: "notRequired" | "passIae" | "prescriberDiagnosis" | "employerDiagnosis";
        };
        EmailConfirmedDto: {
            /** @example true */
            confirmed: boolean;
            email: string;
        };
        EmailDto: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            recipient: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "queued" | "sent" | "failed";
            subject: string | null;
            /** @example identity/invitation */
            template: string;
        };
        EmailOnlyDto: {
            /** @example camille.martin@example.org */
            email: string;
        };
        EmailPageDto: {
            items: components["schemas"]["EmailDto"][];
            nextCursor: string | null;
        };
        EmployerAddressDto: {
            communeCode: string;
            communeName: string;
            complement: string | null;
            departementCode: string;
            /** @description Centre de la commune. */
            latitude: number;
            line: string;
            longitude: number;
            postalCode: string;
        };
        EmployerDto: {
            active: boolean;
            address: components["schemas"]["EmployerAddressDto"];
            blockCandidatures: boolean;
            brand: string | null;
            conventionAspId: string | null;
            /** Format: date-time */
            createdAt: string;
            deactivatedOn: string | null;
            description: string | null;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @description Structure d’insertion (ACI, AI, EI, ETTI, EITI), soumise aux règles de l’IAE. */
            isSiae: boolean;
            /** @enum {string} */
            kind: "ACI" | "AI" | "EI" | "ETTI" | "EITI" | "GEIQ" | "EA" | "EATT" | "OPCS";
            kindLabel: string;
            /** @description Dernier jour d’activité (fin de convention + 30 jours pour une SIAE). */
            lastActiveDay: string | null;
            locatedInPrison: boolean;
            naf: string | null;
            name: string;
            /** @description Structure mère, pour une antenne. */
            parentId: string | null;
            phone: string | null;
            programmes: ("PHC" | "CONVERGENCE")[];
            providedSupport: string | null;
            siret: string | null;
            spontaneousCandidaturesOpen: boolean;
            /**
             * Format: date-time
             * @description Sortie des recherches après la grâce d’un conventionnement terminé (la structure gardait des données).
             */
            unlistedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            website: string | null;
        };
        EmployerKindFigureDto: {
            /** @description Parmi elles, acceptées (embauche). */
            accepted: number;
            /** @example ACI */
            key: string;
            label: string;
            medianDaysToFirstAnswer: number | null;
            /** @description Parmi elles, encore sans réponse (nouvelle, à l’étude, en attente). */
            pending: number;
            pendingOver30Days: number;
            /** @description Parmi elles, déclinées. */
            refused: number;
            /** @description Candidatures envoyées dans la période. */
            sent: number;
            /** @description Acceptées / envoyées, en %. */
            transformationRate: number | null;
        };
        EmployerPageDto: {
            items: components["schemas"]["EmployerDto"][];
            nextCursor: string | null;
        };
        EmployerRefDto: {
            /** Format: uuid */
            id: string;
            /** @example ACI */
            kind: string;
            name: string;
        };
        EmployerWithJobsDto: {
            active: boolean;
            address: components["schemas"]["EmployerAddressDto"];
            /** @description Les types de contrat que cette structure peut proposer dans une fiche de poste (selon son type et ses programmes). */
            allowedContractTypes: components["schemas"]["ContractTypeDto"][];
            blockCandidatures: boolean;
            brand: string | null;
            conventionAspId: string | null;
            /** Format: date-time */
            createdAt: string;
            deactivatedOn: string | null;
            description: string | null;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @description Structure d’insertion (ACI, AI, EI, ETTI, EITI), soumise aux règles de l’IAE. */
            isSiae: boolean;
            /** @enum {string} */
            kind: "ACI" | "AI" | "EI" | "ETTI" | "EITI" | "GEIQ" | "EA" | "EATT" | "OPCS";
            kindLabel: string;
            /** @description Dernier jour d’activité (fin de convention + 30 jours pour une SIAE). */
            lastActiveDay: string | null;
            locatedInPrison: boolean;
            naf: string | null;
            name: string;
            /** @description Fiches de poste ouvertes au recrutement. */
            openJobDescriptions: components["schemas"]["JobDescriptionDto"][];
            /** @description Structure mère, pour une antenne. */
            parentId: string | null;
            phone: string | null;
            programmes: ("PHC" | "CONVERGENCE")[];
            providedSupport: string | null;
            siret: string | null;
            spontaneousCandidaturesOpen: boolean;
            /**
             * Format: date-time
             * @description Sortie des recherches après la grâce d’un conventionnement terminé (la structure gardait des données).
             */
            unlistedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            website: string | null;
        };
        EvaluationDto: {
            notes: string | null;
            /** @description Prescriptions depuis le début de l’habilitation, comptées à l’envoi. */
            prescriptionsCount: number | null;
            since: string | null;
        };
        EvaluationSummaryDto: {
            employer: components["schemas"]["ControlEmployerRefDto"];
            /** @enum {string|null} */
            finalState: "accepted" | "refused" | null;
            hasSanctions: boolean;
            hiresInPopulation: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "pending" | "submittable" | "submitted" | "refused" | "adversarial" | "resubmitted" | "closed";
        };
        ExternalTransferDto: {
            /** Format: uuid */
            employerId: string;
            jobDescriptionIds?: string[];
            /** @description Par défaut, le message de la candidature d’origine. */
            message?: string | null;
        };
        FacetDto: {
            /** @example 12 */
            count: number;
            /** @example Atelier et chantier d’insertion */
            label: string;
            /** @example ACI */
            value: string;
        };
        FacetsDto: {
            contractTypes: components["schemas"]["FacetDto"][];
            departements: components["schemas"]["FacetDto"][];
            domains: components["schemas"]["FacetDto"][];
            /** @description Types de structure et programmes (PHC, CONVERGENCE). */
            kinds: components["schemas"]["FacetDto"][];
        };
        FieldErrorDocument: {
            /** @example isEmail */
            code: string;
            /** @example email */
            field: string;
            /** @example Le champ « email » doit être une adresse e-mail valide. */
            message: string;
        };
        FinalDto: {
            /** Format: date-time */
            at: string;
            comment: string | null;
            /** @description Clos d’office à la fin de la campagne. */
            forced: boolean;
            /** @enum {string|null} */
            reason: "delay" | "invalid_proof" | "missing_proof" | "other" | null;
            reasonLabel: string | null;
            /** @enum {string} */
            state: "accepted" | "refused";
        };
        GrantAccessDto: {
            /**
             * Format: uuid
             * @description L’employeur ou le prescripteur à qui vous donnez accès à votre fiche.
             */
            organizationId: string;
        };
        GrantDto: {
            /**
             * @description Date de la décision (par défaut aujourd’hui).
             * @example 2026-11-23
             */
            decisionOn?: string;
            /** @example Arrêté préfectoral n° 69-2026-11-23-004 */
            decisionReference: string;
            /**
             * @description Dernier jour de l’habilitation : au plus 5 ans après la décision.
             * @example 2031-11-22
             */
            validUntil: string;
        };
        GridDto: {
            /** @description Disponibilité — 1 (vulnérable) à 4 (disponible) ; null pour effacer. */
            availability?: number | null;
            /** @description Ressources financières — 1 (vulnérable) à 4 (disponible) ; null pour effacer. */
            finances?: number | null;
            /** @description Logement — 1 (vulnérable) à 4 (disponible) ; null pour effacer. */
            housing?: number | null;
            /** @description Justice (sensible) — 1 (vulnérable) à 4 (disponible) ; null pour effacer. */
            justice?: number | null;
            /** @description Maîtrise de la langue française — 1 (vulnérable) à 4 (disponible) ; null pour effacer. */
            language?: number | null;
            /** @description Mobilité — 1 (vulnérable) à 4 (disponible) ; null pour effacer. */
            mobility?: number | null;
            /** @description Accès au droit — 1 (vulnérable) à 4 (disponible) ; null pour effacer. */
            rightsAccess?: number | null;
            /** @description Capacité à occuper un poste de travail — 1 (vulnérable) à 4 (disponible) ; null pour effacer. */
            workCapacity?: number | null;
        };
        HabilitationAxesDto: {
            /** @description Renouvellement : partenariats, participation aux instances locales… */
            evaluationNotes?: string | null;
            /** @description Axe 1 — l’organisation est clairement identifiée par les services de l’État du territoire. */
            identification?: string | null;
            /** @description Axe 2 — sa mission d’accueil ou d’accompagnement de personnes en difficulté. */
            mission?: string | null;
            /** @description Axe 3 — un personnel compétent pour réaliser un diagnostic socio-professionnel, connaissant l’IAE. */
            staffCompetence?: string | null;
            /** @description Axe 4 — un besoin non couvert par les prescripteurs habilités nationalement. */
            unmetNeed?: string | null;
        };
        HabilitationBoardDto: {
            counts: components["schemas"]["BoardCountsDto"];
            items: components["schemas"]["BoardItemDto"][];
        };
        HabilitationReasonDto: {
            reason: string;
        };
        HabilitationRequestDto: {
            ageInDays: number | null;
            allowedActions: ("edit" | "submit" | "requestInformation" | "answer" | "recordCdiaeOpinion" | "grant" | "refuse" | "cancel")[];
            axes: components["schemas"]["AxesViewDto"];
            cdiaeOpinion: components["schemas"]["OpinionDto"] | null;
            /** Format: date-time */
            createdAt: string;
            decision: components["schemas"]["DecisionDto"] | null;
            departement: components["schemas"]["DepartementRefDto"];
            documents: components["schemas"]["DocumentDto"][];
            evaluation: components["schemas"]["EvaluationDto"] | null;
            history: components["schemas"]["HistoryDto"][];
            /** Format: uuid */
            id: string;
            isRenewal: boolean;
            messages: components["schemas"]["RequestMessageDto"][];
            organization: components["schemas"]["NamedDto"];
            /** @enum {string} */
            status: "draft" | "submitted" | "information_requested" | "granted" | "refused" | "cancelled";
            /** Format: date-time */
            submittedAt: string | null;
        };
        HabilitationViewDto: {
            /** @enum {string|null} */
            basis: "law" | "prefectoral" | null;
            departementCode: string | null;
            /** @description Dernier jour de l’habilitation préfectorale. */
            validUntil: string | null;
        };
        HealthDto: {
            /** @example ok */
            status: string;
        };
        HiringDatesDto: {
            /**
             * @description Nouvelle fin ; absente : la fin prévue reste.
             * @example 2027-06-14
             */
            hiringEnd?: string | null;
            /**
             * @description Nouveau premier jour : pas dans le passé, au plus 30 jours après le début prévu.
             * @example 2026-12-15
             */
            hiringStart: string;
        };
        HiringDto: {
            end: string | null;
            /** Format: uuid */
            jobDescriptionId: string | null;
            start: string;
        };
        HistoryDto: {
            action: string;
            actorUserId: string | null;
            /** Format: date-time */
            at: string;
            details: Record<string, never>;
        };
        HistoryEntryDto: {
            /** Format: date-time */
            at: string;
            by: string | null;
            comment: string | null;
            from: string;
            to: string;
            transition: string;
        };
        HoursRangeDto: {
            max?: number | null;
            min?: number | null;
        };
        InvitationAcceptedDto: {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            role: "admin" | "member";
        };
        InvitationDto: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            firstName: string | null;
            /** Format: uuid */
            id: string;
            invitedById: string | null;
            lastName: string | null;
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            role: "admin" | "member";
            /** @enum {string} */
            status: "pending" | "expired" | "accepted" | "revoked";
        };
        InvitationOrganizationDto: {
            family: string;
            /** Format: uuid */
            id: string;
            kind: string;
            kindLabel: string;
            name: string;
        };
        InvitationPreviewDto: {
            /** @description Un compte existe déjà pour cette adresse : connectez-vous puis acceptez. */
            accountExists: boolean;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            invitedBy: string | null;
            organization: components["schemas"]["InvitationOrganizationDto"];
            /** @enum {string} */
            role: "admin" | "member";
            /** @enum {string} */
            status: "pending" | "expired" | "accepted" | "revoked";
        };
        InvitationSignUpDto: {
            password: string;
            /** @description Le jeton reçu dans le lien de l’e-mail (après « #jeton= »). */
            token: string;
        };
        InviteDto: {
            /** @example dominique.bernard@example.org */
            email: string;
            firstName?: string;
            lastName?: string;
            /**
             * @default member
             * @enum {string}
             */
            role?: "admin" | "member";
        };
        JobAppellationDto: {
            code: string;
            label: string;
            /** @example K2204 */
            romeCode: string;
            romeLabel: string;
        };
        JobDescriptionDto: {
            appellation: components["schemas"]["JobAppellationDto"];
            /** @enum {string} */
            contractType: "PERMANENT" | "PERMANENT_I" | "FIXED_TERM" | "FIXED_TERM_USAGE" | "FIXED_TERM_I" | "FIXED_TERM_I_PHC" | "FIXED_TERM_I_CVG" | "FIXED_TERM_TREMPLIN" | "APPRENTICESHIP" | "PROFESSIONAL_TRAINING" | "TEMPORARY" | "BUSINESS_CREATION" | "OTHER";
            contractTypeLabel: string;
            /** Format: date-time */
            createdAt: string;
            customTitle: string | null;
            description: string | null;
            /** Format: uuid */
            employerId: string;
            hoursPerWeek: number | null;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            isQpvMandatory: boolean;
            isResumeMandatory: boolean;
            /** Format: date-time */
            lastEmployerUpdateAt: string;
            location: components["schemas"]["JobLocationDto"];
            openPositions: number;
            otherContractType: string | null;
            profileWanted: string | null;
            /** @description Intitulé affiché : le titre personnalisé, sinon l’appellation ROME. */
            title: string;
        };
        JobDescriptionWithEmployerDto: {
            appellation: components["schemas"]["JobAppellationDto"];
            /** @enum {string} */
            contractType: "PERMANENT" | "PERMANENT_I" | "FIXED_TERM" | "FIXED_TERM_USAGE" | "FIXED_TERM_I" | "FIXED_TERM_I_PHC" | "FIXED_TERM_I_CVG" | "FIXED_TERM_TREMPLIN" | "APPRENTICESHIP" | "PROFESSIONAL_TRAINING" | "TEMPORARY" | "BUSINESS_CREATION" | "OTHER";
            contractTypeLabel: string;
            /** Format: date-time */
            createdAt: string;
            customTitle: string | null;
            description: string | null;
            employer: components["schemas"]["EmployerDto"];
            /** Format: uuid */
            employerId: string;
            hoursPerWeek: number | null;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            isQpvMandatory: boolean;
            isResumeMandatory: boolean;
            /** Format: date-time */
            lastEmployerUpdateAt: string;
            location: components["schemas"]["JobLocationDto"];
            openPositions: number;
            otherContractType: string | null;
            profileWanted: string | null;
            /** @description Intitulé affiché : le titre personnalisé, sinon l’appellation ROME. */
            title: string;
        };
        JobLocationDto: {
            communeCode: string;
            communeName: string;
            departementCode: string;
            /** @description Vrai quand le poste est à l’adresse de la structure. */
            isEmployerAddress: boolean;
            latitude: number;
            longitude: number;
        };
        JobOfferPageDto: {
            /**
             * @description Mots lus comme d’autres (fautes de frappe).
             * @example {
             *       "cuisinnier": [
             *         "cuisinier"
             *       ]
             *     }
             */
            corrections: {
                [key: string]: string[];
            };
            /** @description Nombre de résultats par valeur, sur l’ensemble des résultats. */
            facets: components["schemas"]["FacetsDto"];
            items: components["schemas"]["JobOfferResultDto"][];
            nextCursor: string | null;
            origin: components["schemas"]["OriginDto"];
            /** @description Nombre de résultats (estimation avec Meilisearch). */
            total: number;
        };
        JobOfferResultDto: {
            appellation: components["schemas"]["CodeLabelDto"];
            /** @enum {string} */
            contractType: "PERMANENT" | "PERMANENT_I" | "FIXED_TERM" | "FIXED_TERM_USAGE" | "FIXED_TERM_I" | "FIXED_TERM_I_PHC" | "FIXED_TERM_I_CVG" | "FIXED_TERM_TREMPLIN" | "APPRENTICESHIP" | "PROFESSIONAL_TRAINING" | "TEMPORARY" | "BUSINESS_CREATION" | "OTHER";
            contractTypeLabel: string;
            domain: components["schemas"]["DomainDto"];
            employer: components["schemas"]["OfferEmployerDto"];
            hoursPerWeek: number | null;
            /**
             * Format: uuid
             * @description Identifiant de la fiche de poste (GET /api/job-descriptions/{id}).
             */
            id: string;
            isResumeMandatory: boolean;
            location: components["schemas"]["ResultLocationDto"];
            openPositions: number;
            rome: components["schemas"]["CodeLabelDto"];
            /** @example Cuisinier / Cuisinière */
            title: string;
            /** @description Dernière mise à jour par l’employeur. */
            updatedAt: string;
        };
        JobRefDto: {
            contractType: string;
            /** Format: uuid */
            id: string;
            title: string;
        };
        KindChangeViewDto: {
            /** Format: date-time */
            at: string;
            /**
             * Format: uuid
             * @description null : le passage automatique à la fin d’une habilitation.
             */
            byUserId: string | null;
        };
        LoginDto: {
            /** @example camille.martin@example.org */
            email: string;
            password: string;
        };
        LogoutDto: {
            /**
             * @description Fermer aussi toutes les autres sessions du compte.
             * @default false
             */
            everywhere?: boolean;
            /** @description Absent : le jeton du cookie de session du navigateur. */
            refreshToken?: string;
        };
        LookupDto: {
            /**
             * Format: date
             * @example 1992-01-30
             */
            birthDate?: string;
            email?: string;
            firstName?: string;
            lastName?: string;
            /** @description NIR complet */
            nir?: string;
        };
        LookupMatchDto: {
            /** @description Vrai si vous pouvez ouvrir la fiche ; sinon rattachez-vous en prouvant connaître la personne (POST /api/candidates/{id}/assignments). */
            accessible: boolean;
            /** @description Pour une fiche que vous pouvez ouvrir, ou trouvée par son NIR. */
            birthYear: number | null;
            /** Format: uuid */
            candidateId: string;
            /** @example C. M**** */
            displayName: string;
            /** @enum {string} */
            matchedOn: "nir" | "email" | "nameAndBirthDate";
        };
        MeDto: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            emailConfirmed: boolean;
            firstName: string;
            /** @description Faux pour un compte créé avec ProConnect sans mot de passe choisi (le lien « mot de passe oublié » en donne un). */
            hasPassword: boolean;
            /** Format: uuid */
            id: string;
            isStaff: boolean;
            /** @enum {string} */
            kind: "professional" | "candidate";
            lastName: string;
            memberships: components["schemas"]["MembershipDto"][];
            /** @description Vrai si le compte est relié à une identité ProConnect. */
            proconnect: boolean;
        };
        MemberDto: {
            email: string;
            firstName: string;
            /** Format: date-time */
            joinedAt: string;
            lastName: string;
            /** @enum {string} */
            role: "admin" | "member";
            /** Format: uuid */
            userId: string;
        };
        MemberPageDto: {
            items: components["schemas"]["MemberDto"][];
            nextCursor: string | null;
        };
        MembershipDto: {
            organization: components["schemas"]["OrganizationDto"];
            /** @enum {string} */
            role: "admin" | "member";
            /** Format: date-time */
            since: string;
        };
        MessageDto: {
            message: string;
        };
        NamedDto: {
            id: string;
            kind: string;
            kindLabel: string;
            name: string;
        };
        NirCorrectionDto: {
            candidateId: string;
            /** @description Une autre fiche porte déjà ce NIR. */
            conflictingCandidateId: string | null;
            currentNir: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            decisionNote: string | null;
            id: string;
            reason: string;
            /** Format: date-time */
            requestedAt: string;
            requestedNir: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
        };
        NirCorrectionInputDto: {
            /** @example 2 92 01 69 123 456 69 */
            nir: string;
            reason: string;
        };
        NirDecisionDto: {
            note?: string;
        };
        NotificationSettingDto: {
            enabled: boolean;
            /** @example candidatures.received */
            key: string;
            label: string;
        };
        NotificationSettingsDto: {
            notifications: components["schemas"]["NotificationSettingDto"][];
            organization: components["schemas"]["SettingsOrganizationDto"];
        };
        OfferEmployerDto: {
            brand: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "ACI" | "AI" | "EI" | "ETTI" | "EITI" | "GEIQ" | "EA" | "EATT" | "OPCS";
            kindLabel: string;
            name: string;
            programmes: ("PHC" | "CONVERGENCE")[];
            spontaneousCandidaturesOpen: boolean;
        };
        OpinionDto: {
            on: string;
            opinion: string | null;
        };
        OrganizationDto: {
            /**
             * @description Prescripteurs : état de l’habilitation.
             * @enum {string|null}
             */
            authorizationStatus: "not_set" | "validated" | "refused" | "not_required" | null;
            /** Format: date-time */
            createdAt: string;
            departmentCode: string | null;
            /** @enum {string} */
            family: "employer" | "prescriber" | "institution";
            /** @description Prescripteur habilité (autorisation validée). */
            habilitated: boolean;
            /** Format: uuid */
            id: string;
            /** @example ML */
            kind: string;
            /** @example Mission locale */
            kindLabel: string;
            name: string;
            regionCode: string | null;
            siret: string | null;
        };
        OrganizationRefDto: {
            /** Format: uuid */
            id: string;
            /** @example ACI */
            kind: string;
            name: string;
        };
        OriginDto: {
            /** @example 69123 */
            communeCode: string;
            /** @example Lyon */
            communeName: string;
            /** @example 25 */
            radiusKm: number;
        };
        PassCheckDto: {
            /**
             * @description Dernier jour de validité, quand il est valide.
             * @example 2028-11-29
             */
            endDate?: string;
            /** @description Vrai si ce numéro est un PASS IAE en cours ou à venir de la personne née ce jour-là. */
            valid: boolean;
        };
        PassDto: {
            /** Format: uuid */
            candidateId: string;
            /**
             * @description Dernier jour de validité, suspensions et prolongations comprises.
             * @example 2028-11-29
             */
            endDate: string;
            hires: components["schemas"]["PassHireDto"][];
            /** Format: uuid */
            id: string;
            /** @example 999990000042 */
            number: string;
            /** @example 99999 00 00042 */
            numberDisplay: string;
            /** @example default */
            origin: string;
            pendingRequest: components["schemas"]["ProlongationRequestDto"] | null;
            prolongations: components["schemas"]["ProlongationDto"][];
            /** @description Jours de parcours restants, jours suspendus exclus. */
            remainingDays: number;
            /** @example 2026-12-01 */
            startDate: string;
            /**
             * @description L’état aujourd’hui.
             * @enum {string}
             */
            status: "future" | "valid" | "suspended" | "expired";
            suspensions: components["schemas"]["SuspensionDto"][];
        };
        PassHireDto: {
            cancelled: boolean;
            /** Format: uuid */
            candidatureId: string;
            employer: components["schemas"]["OrganizationRefDto"];
            hiringEnd: string | null;
            hiringStart: string;
        };
        PassHistoryEntryDto: {
            /** @example pass_iae.dates_corrected */
            action: string;
            /** Format: uuid */
            actorOrganizationId: string | null;
            /** Format: uuid */
            actorUserId: string | null;
            /** Format: date-time */
            at: string;
            details: Record<string, never>;
        };
        PassIaeFiguresDto: {
            /** @description Par type de la SIAE qui a obtenu le PASS. */
            byEmployerKind: components["schemas"]["PassKindFigureDto"][];
            computedAt: string;
            /** @description Finissant dans les 90 prochains jours. */
            endingWithin90Days: number;
            /** @description PASS IAE dont le parcours commence dans la période. */
            issued: number;
            period: components["schemas"]["PeriodDto"];
            prolongationsByReason: components["schemas"]["ProlongationReasonFigureDto"][];
            /** @description Prolongations commençant dans la période. */
            prolongationsStarted: number;
            /** @description En cours aujourd’hui (suspendus compris). */
            running: number;
            /** @description En cours et prolongés au moins une fois. */
            runningProlonged: number;
            /** @description Suspendus aujourd’hui. */
            suspended: number;
            territory: components["schemas"]["TerritoryDto"];
            today: string;
        };
        PassKindFigureDto: {
            /** @description Finissant dans les 90 prochains jours. */
            endingWithin90Days: number;
            /** @description PASS IAE dont le parcours commence dans la période. */
            issued: number;
            key: string;
            label: string;
            /** @description En cours aujourd’hui (suspendus compris). */
            running: number;
            /** @description En cours et prolongés au moins une fois. */
            runningProlonged: number;
            /** @description Suspendus aujourd’hui. */
            suspended: number;
        };
        PassRefDto: {
            endDate: string;
            /** @example 999990000001 */
            number: string;
            startDate: string;
        };
        PasswordResetDto: {
            password: string;
            /** @description Le jeton reçu dans le lien de l’e-mail (après « #jeton= »). */
            token: string;
        };
        PasswordResetInfoDto: {
            /** @example ca***@example.org */
            email: string;
            /** Format: date-time */
            expiresAt: string;
        };
        PeriodDto: {
            /** @example 2025-11-24 */
            from: string;
            /** @example 2026-11-23 */
            to: string;
        };
        PersonDto: {
            birthDate: string;
            firstName: string;
            /** Format: uuid */
            id: string;
            lastName: string;
        };
        PopulationDto: {
            bySiae: components["schemas"]["PopulationSiaeDto"][];
            /** Format: uuid */
            campaignId: string;
            /** @description Embauches acceptées dans la période, auto-prescrites par la SIAE qui embauche, avec un PASS IAE délivré pour elles. */
            hires: number;
            qualifyingSiae: number;
            ratioPercent: number;
            /** @description La graine du tirage, une fois confirmé. */
            seed: number | null;
            siae: number;
            siaeToSelect: number;
            /** @enum {string} */
            state: "draft" | "selected" | "submission" | "adversarial" | "closed";
        };
        PopulationSiaeDto: {
            employer: components["schemas"]["ControlEmployerRefDto"];
            hires: number;
            /** @description 20 % de ses embauches, au moins 2, au plus 20. */
            hiresControlledIfDrawn: number;
            /** @description Au moins 2 embauches auto-prescrites dans la période. */
            qualifies: boolean;
            selected: boolean;
        };
        PostponeDto: {
            /** @description Message au candidat (et à son accompagnateur). */
            answer?: string | null;
            /** @description Pourquoi la candidature est mise en attente (lu par l’accompagnateur). */
            comment: string;
            /**
             * @description L’état affiché quand la décision a été prise : s’il a changé depuis (un collègue, un autre onglet), 409 `candidature-changed`.
             * @enum {string}
             */
            expectedState?: "new" | "processing" | "postponed" | "prior_to_hire" | "accepted" | "refused" | "cancelled" | "obsolete" | "pool";
        };
        PrescriberAddressDto: {
            complement: string | null;
            line: string | null;
            postalCode: string | null;
        };
        PrescriberAddressViewDto: {
            /**
             * @description Code INSEE de la commune (voir GET /api/communes).
             * @example 69123
             */
            communeCode: string;
            communeName: string;
            /** @example Bâtiment B */
            complement?: string | null;
            departementCode: string;
            latitude: number;
            /** @example 12 rue de la République */
            line: string;
            longitude: number;
            /** @example 69002 */
            postalCode: string;
        };
        PrescriberFiguresDto: {
            /** @description Ayant envoyé une candidature ou fait un diagnostic dans la période. */
            active: number;
            activeHabilitated: number;
            byKind: components["schemas"]["PrescriberKindFigureDto"][];
            candidaturesAccepted: number;
            candidaturesSent: number;
            computedAt: string;
            /** @description Diagnostics d’éligibilité faits dans la période. */
            diagnoses: number;
            habilitated: number;
            organizations: number;
            period: components["schemas"]["PeriodDto"];
            territory: components["schemas"]["TerritoryDto"];
            today: string;
            transformationRate: number | null;
        };
        PrescriberKindFigureDto: {
            /** @description Ayant envoyé une candidature ou fait un diagnostic dans la période. */
            active: number;
            activeHabilitated: number;
            candidaturesAccepted: number;
            candidaturesSent: number;
            /** @description Diagnostics d’éligibilité faits dans la période. */
            diagnoses: number;
            habilitated: number;
            key: string;
            label: string;
            organizations: number;
            transformationRate: number | null;
        };
        PrescriberOrganizationDto: {
            address: components["schemas"]["PrescriberAddressViewDto"] | null;
            /** @description La dernière décision de l’équipe sur l’habilitation : qui, quand, pourquoi. */
            authorizationDecision: components["schemas"]["AuthorizationDecisionViewDto"] | null;
            /** @enum {string} */
            authorizationStatus: "not_set" | "validated" | "refused" | "not_required";
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            email: string | null;
            /** @description Prescripteur habilité : peut valider l’éligibilité IAE. */
            habilitated: boolean;
            habilitation: components["schemas"]["HabilitationViewDto"];
            /** Format: uuid */
            id: string;
            isBrsa: boolean;
            /** @enum {string} */
            kind: "FT" | "CAP_EMPLOI" | "ML" | "CAF" | "MSA" | "DEPT" | "ASE" | "ODC" | "CCAS" | "PLIE" | "OCASF" | "CHRS" | "CHU" | "CPH" | "PENSION" | "RS_FJT" | "OIL" | "CADA" | "HUDA" | "SPIP" | "PJJ" | "CIDFF" | "PREVENTION" | "AFPA" | "PIJ_BIJ" | "CAVA" | "OACAS" | "CSAPA" | "CAARUD" | "EPIDE" | "E2C" | "OHPD" | "OTHER";
            /** @description Le dernier changement de type : qui, quand. */
            kindChange: components["schemas"]["KindChangeViewDto"] | null;
            kindLabel: string;
            /** @description Dans l’annuaire public (présentation renseignée). */
            listed: boolean;
            name: string;
            phone: string | null;
            safirCode: string | null;
            siret: string | null;
            website: string | null;
        };
        PrescriberOrganizationFigureDto: {
            candidaturesAccepted: number;
            candidaturesSent: number;
            departementCode: string | null;
            diagnoses: number;
            habilitated: boolean;
            /**
             * Format: uuid
             * @description L’organisation.
             */
            key: string;
            kind: string;
            /** Format: date-time */
            lastActivityAt: string | null;
            name: string;
            transformationRate: number | null;
        };
        PrescriberOrganizationFiguresDto: {
            /**
             * @description Quand les données ont été lues : les chiffres des 12 derniers mois sont recalculés chaque heure, ceux des trois dernières années civiles chaque jour, ceux d’une autre période à la demande.
             * @example 2026-11-23T08:41:00.000Z
             */
            computedAt: string;
            /** @description Les plus actives d’abord. */
            organizations: components["schemas"]["PrescriberOrganizationFigureDto"][];
            /** @description Les flux (envoyées, délivrés…) sont comptés sur ces jours, inclus. */
            period: components["schemas"]["PeriodDto"];
            territory: components["schemas"]["TerritoryDto"];
            /** @description Le jour où les stocks (en attente, en cours) sont comptés. */
            today: string;
        };
        PrescriberOrganizationPageDto: {
            items: components["schemas"]["PrescriberOrganizationDto"][];
            nextCursor: string | null;
        };
        PrescriberPageDto: {
            /**
             * @description Mots lus comme d’autres (fautes de frappe).
             * @example {
             *       "cuisinnier": [
             *         "cuisinier"
             *       ]
             *     }
             */
            corrections: {
                [key: string]: string[];
            };
            /** @description Nombre de résultats par valeur, sur l’ensemble des résultats. */
            facets: components["schemas"]["FacetsDto"];
            items: components["schemas"]["PrescriberResultDto"][];
            nextCursor: string | null;
            origin: components["schemas"]["OriginDto"];
            /** @description Nombre de résultats (estimation avec Meilisearch). */
            total: number;
        };
        PrescriberResultDto: {
            address: components["schemas"]["PrescriberAddressDto"];
            description: string | null;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "FT" | "CAP_EMPLOI" | "ML" | "CAF" | "MSA" | "DEPT" | "ASE" | "ODC" | "CCAS" | "PLIE" | "OCASF" | "CHRS" | "CHU" | "CPH" | "PENSION" | "RS_FJT" | "OIL" | "CADA" | "HUDA" | "SPIP" | "PJJ" | "CIDFF" | "PREVENTION" | "AFPA" | "PIJ_BIJ" | "CAVA" | "OACAS" | "CSAPA" | "CAARUD" | "EPIDE" | "E2C" | "OHPD" | "OTHER";
            kindLabel: string;
            location: components["schemas"]["ResultLocationDto"];
            name: string;
            phone: string | null;
            website: string | null;
        };
        ProblemDocument: {
            /** @example Le champ « email » doit être une adresse e-mail valide. */
            detail: string;
            errors?: components["schemas"]["FieldErrorDocument"][];
            /** @example 400 */
            status: number;
            /** @example Données invalides */
            title: string;
            /**
             * @description Identifiant stable du type de problème (voir GET /api/problems).
             * @example /api/problems/validation-error
             */
            type: string;
        };
        ProblemTypeDto: {
            description: string;
            /** @example validation-error */
            slug: string;
            /** @example 400 */
            status: number;
            title: string;
            /** @example /api/problems/validation-error */
            type: string;
        };
        ProConnectCallbackDto: {
            /** @description Le code d’autorisation (à usage unique) du retour de ProConnect. */
            code: string;
            /** @description Le paramètre `iss` du retour (RFC 9207), quand ProConnect le donne. */
            iss?: string;
            /** @description Le paramètre `state` du retour ; il doit être celui de la connexion commencée par ce navigateur. */
            state: string;
        };
        ProConnectLogoutResultDto: {
            /** @description Où envoyer le navigateur pour fermer aussi la session ProConnect ; null si la session n’a pas été ouverte par ProConnect. */
            endSessionUrl?: string | null;
        };
        ProConnectOrganizationDto: {
            /** Format: uuid */
            organizationId?: string;
            organizationName?: string;
            /**
             * @description `joined` : une invitation en attente a été acceptée ; `join-requested` : le SIRET transmis est celui d’une organisation dont vous n’êtes pas membre, votre demande est enregistrée ; `member` : déjà membre ; `none` : pas de SIRET, ou aucune organisation ne le porte.
             * @enum {string}
             */
            outcome: "none" | "member" | "joined" | "join-requested";
        };
        ProConnectSignInDto: {
            /** @description Jeton d’accès (JWT) à envoyer dans `Authorization: Bearer …`. */
            accessToken: string;
            /**
             * @description Compte créé, retrouvé par l’identifiant ProConnect, ou relié à celui de la même adresse confirmée.
             * @enum {string}
             */
            account: "created" | "found" | "linked";
            /**
             * @description Niveau d’authentification (acr) annoncé par ProConnect.
             * @example eidas1
             */
            acr?: string | null;
            /** @description Méthodes d’authentification (amr) annoncées par ProConnect. */
            amr: string[];
            /**
             * @description Durée de validité du jeton d’accès, en secondes.
             * @example 900
             */
            expiresIn: number;
            /** @description Ce qui s’est passé, pour la personne. */
            message: string;
            organization: components["schemas"]["ProConnectOrganizationDto"];
            /** @description Jeton de rafraîchissement, à usage unique : chaque renouvellement en donne un nouveau. Absent quand il voyage dans le cookie du navigateur. */
            refreshToken?: string;
            /** Format: date-time */
            refreshTokenExpiresAt: string;
            /** @example Bearer */
            tokenType: string;
        };
        ProConnectStatusDto: {
            /**
             * @description Où envoyer le navigateur pour commencer ; null sans ProConnect.
             * @example /api/auth/proconnect/authorize
             */
            authorizeUrl?: string | null;
            /** @description Vrai si la plateforme est reliée à ProConnect : le bouton « S’identifier avec ProConnect » est proposé. */
            enabled: boolean;
        };
        ProjectDto: {
            /** @example 69123 */
            communeCode?: string | null;
            constraints?: string | null;
            hoursPerWeek?: components["schemas"]["HoursRangeDto"];
            maxDistanceKm?: number | null;
            /** @description Métiers visés (codes d’appellation ROME). */
            targetAppellationCodes?: string[];
        };
        ProlongationDto: {
            /** Format: date-time */
            createdAt: string;
            declaredBy: components["schemas"]["OrganizationRefDto"] | null;
            endDate: string;
            explanation: string | null;
            /** Format: uuid */
            id: string;
            /** @description Le prescripteur qui l’a accordée (motifs RQTH, SENIOR, PARTICULAR_DIFFICULTIES). */
            prescriberOrganization: components["schemas"]["OrganizationRefDto"] | null;
            /** @example COMPLETE_TRAINING */
            reason: string;
            reasonLabel: string;
            /** Format: uuid */
            requestId: string | null;
            startDate: string;
        };
        ProlongationReasonFigureDto: {
            key: string;
            prolongations: number;
        };
        ProlongationRequestDto: {
            /**
             * @description Le jour où la demande a été adressée à son prescripteur : son envoi, ou son envoi à un autre prescripteur habilité.
             * @example 2026-12-01
             */
            addressedOn: string;
            candidate: components["schemas"]["RequestCandidateDto"];
            contactEmail: string | null;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
            denial: components["schemas"]["DenialDto"] | null;
            /** @description La SIAE qui demande. */
            employer: components["schemas"]["OrganizationRefDto"];
            endDate: string;
            explanation: string | null;
            /** @description Un bilan est joint (GET /api/prolongation-requests/{id}/report). */
            hasReport: boolean;
            /** Format: uuid */
            id: string;
            /** @example 999990000042 */
            passNumber: string;
            prescriberOrganization: components["schemas"]["OrganizationRefDto"];
            /** @description L’organisation sollicitée est habilitée. false : son habilitation a pris fin ou a été retirée, elle ne décide plus ; une demande en attente s’adresse alors à un autre prescripteur habilité (POST /api/prolongation-requests/{id}/readdress). */
            prescriberOrganizationHabilitated: boolean;
            /** Format: date-time */
            processedAt: string | null;
            /** @enum {string} */
            reason: "RQTH" | "SENIOR" | "PARTICULAR_DIFFICULTIES";
            reasonLabel: string;
            remindersSent: number;
            requirePhoneInterview: boolean;
            startDate: string;
            /** @enum {string} */
            status: "pending" | "granted" | "denied";
        };
        ProlongationRequestPageDto: {
            items: components["schemas"]["ProlongationRequestDto"][];
            nextCursor: string | null;
        };
        ProofDto: {
            /** @example application/pdf */
            contentType: string;
            fileName: string;
            /** Format: uuid */
            id: string;
            size: number;
        };
        ProposedCriterionDto: {
            key: string;
            label: string;
            level: number;
        };
        ReaddressProlongationRequestDto: {
            /**
             * Format: uuid
             * @description L’organisation de prescripteurs habilitée qui décidera désormais.
             */
            prescriberOrganizationId: string;
        };
        ReadinessDto: {
            /**
             * @example {
             *       "database": "up",
             *       "redis": "up",
             *       "schedules": "up"
             *     }
             */
            checks: Record<string, never>;
            /** @description Les tâches planifiées dont Redis a perdu le calendrier (un worker les rétablit). */
            missingSchedules?: string[];
            /** @example ok */
            status: string;
        };
        ReasonDto: {
            /** @enum {string} */
            code: "noDiagnosis" | "diagnosisExpired" | "diagnosisForAnotherSiae" | "autoPrescriptionWithdrawn" | "proofsTooOld";
            message: string;
        };
        RefDto: {
            id: string;
            name: string;
        };
        RefreshDto: {
            /** @description Absent : le jeton du cookie de session du navigateur. */
            refreshToken?: string;
        };
        RefusalDto: {
            /** Format: date-time */
            at: string | null;
            comment: string | null;
            /** @enum {string} */
            reason: "delay" | "invalid_proof" | "missing_proof" | "other";
            reasonLabel: string;
        };
        RefusalReasonDto: {
            key: string;
            label: string;
            /** @description Un message est alors obligatoire. */
            needsMessage: boolean;
        };
        RefusalReasonFigureDto: {
            key: string;
            label: string;
            refused: number;
        };
        RefusalReasonRefDto: {
            /** @enum {string} */
            key: "did_not_come" | "did_not_come_to_interview" | "hired_elsewhere" | "training" | "non_eligible" | "not_mobile" | "not_interested" | "lacking_skills" | "incompatible" | "prevent_objectives" | "no_position" | "duplicate" | "other" | "auto";
            label: string;
        };
        RefuseDto: {
            /** @description Message au candidat (et à son accompagnateur). */
            answer?: string | null;
            /** @description Commentaire privé à l’accompagnateur ; jamais envoyé au candidat. */
            answerToPrescriber?: string | null;
            /**
             * @description L’état affiché quand la décision a été prise : s’il a changé depuis (un collègue, un autre onglet), 409 `candidature-changed`.
             * @enum {string}
             */
            expectedState?: "new" | "processing" | "postponed" | "prior_to_hire" | "accepted" | "refused" | "cancelled" | "obsolete" | "pool";
            /** @enum {string} */
            reason: "did_not_come" | "did_not_come_to_interview" | "hired_elsewhere" | "training" | "non_eligible" | "not_mobile" | "not_interested" | "lacking_skills" | "incompatible" | "prevent_objectives" | "no_position" | "duplicate" | "other";
        };
        ReportDto: {
            /** @example application/pdf */
            contentType: string;
            fileName: string;
            /** Format: uuid */
            id: string;
            size: number;
        };
        RequestCandidateDto: {
            /** @example 1968-03-14 */
            birthDate: string;
            firstName: string;
            /** Format: uuid */
            id: string;
            lastName: string;
        };
        RequestMessageDto: {
            /** Format: date-time */
            at: string;
            authorId: string | null;
            body: string;
            id: string;
            /** @enum {string} */
            kind: "information_request" | "answer";
        };
        RequestProlongationDto: {
            contactEmail?: string | null;
            /** @example 04 72 00 00 00 */
            contactPhone?: string | null;
            /** @example 2028-06-30 */
            endDate: string;
            /** @description Pourquoi prolonger : la situation de la personne, ce que le parcours doit encore apporter. */
            explanation: string;
            /**
             * Format: uuid
             * @description L’organisation de prescripteurs habilitée qui décidera.
             */
            prescriberOrganizationId: string;
            /**
             * @description RQTH (3 ans en tout), SENIOR (5 ans en tout), PARTICULAR_DIFFICULTIES (AI et ACI, 3 ans en tout) ; 12 mois par demande.
             * @enum {string}
             */
            reason: "RQTH" | "SENIOR" | "PARTICULAR_DIFFICULTIES";
            /**
             * Format: uuid
             * @description Le bilan envoyé par POST /api/prolongation-reports (PDF).
             */
            reportFileId?: string | null;
            /** @description La structure souhaite un entretien téléphonique (contactEmail et contactPhone requis). */
            requirePhoneInterview?: boolean;
        };
        RequirementDto: {
            /** @example 1 */
            level1: number;
            /** @example 3 */
            level2: number;
        };
        ResultLocationDto: {
            /** @example 69123 */
            communeCode: string;
            /** @example Lyon */
            communeName: string;
            /** @example 69 */
            departementCode: string;
            /**
             * @description Distance depuis la commune cherchée, à vol d’oiseau, au dixième de kilomètre.
             * @example 3.2
             */
            distanceKm: number;
            /** @description Centre de la commune (WGS 84). */
            latitude: number;
            longitude: number;
        };
        ResumeDto: {
            contentType: string;
            fileName: string;
            /** Format: uuid */
            id: string;
            size: number;
        };
        ReviewDto: {
            /** @description Obligatoire pour un refus : ce que la structure lira. */
            comment?: string;
            /** @enum {string} */
            decision: "accepted" | "refused";
        };
        ReviewViewDto: {
            comment: string | null;
            /** @enum {string} */
            decision: "accepted" | "refused";
            /** @enum {number} */
            phase: 1 | 2;
            /** Format: date-time */
            reviewedAt: string;
        };
        RomeAppellationDto: {
            /**
             * @description Code OGR de l’appellation.
             * @example 16971
             */
            code: string;
            /**
             * @description Intitulé de l’appellation.
             * @example Nettoyeur / Nettoyeuse de locaux
             */
            label: string;
        };
        RomeDomainDto: {
            /**
             * @description Intitulé du grand domaine.
             * @example Services à la personne et à la collectivité
             */
            label: string;
            /**
             * @description Lettre du grand domaine (A à N).
             * @example K
             */
            letter: string;
        };
        RomeDomainListDto: {
            /** @description Les 14 grands domaines du ROME, de A à N. */
            items: components["schemas"]["RomeDomainDto"][];
        };
        RomeDto: {
            /** @description Appellations du métier, par ordre alphabétique. */
            appellations: components["schemas"]["RomeAppellationDto"][];
            /**
             * @description Code ROME.
             * @example K2204
             */
            code: string;
            /** @description Grand domaine du métier. */
            domain: components["schemas"]["RomeDomainDto"];
            /**
             * @description Intitulé du métier.
             * @example Nettoyage de locaux
             */
            label: string;
        };
        SanctionsDto: {
            /** @description Retrait de l’auto-prescription : la structure ne valide plus l’éligibilité elle-même, à partir d’un mois au moins après la décision, jusqu’à `to` ou sans fin. */
            autoPrescriptionWithdrawal?: components["schemas"]["WithdrawalDto"];
            /** @description Proposition de déconventionnement. */
            deactivationProposed?: boolean;
            /** @description Le texte de la décision, envoyé à la structure ; obligatoire avec une sanction. */
            explanation?: string;
            /** @description Sans sanction : la raison (obligatoire). */
            noSanctionReason?: string;
            /** @description Baisse de l’aide au poste, de 1 à 100 %, sur une période. */
            subsidyCut?: components["schemas"]["SubsidyCutDto"];
            /** @description Session de formation obligatoire sur l’auto-prescription. */
            trainingSession?: boolean;
        };
        SanctionsViewDto: {
            autoPrescriptionWithdrawal: components["schemas"]["WithdrawalViewDto"] | null;
            deactivationProposed: boolean;
            /** Format: date-time */
            decidedAt: string;
            explanation: string | null;
            noSanctionReason: string | null;
            subsidyCut: components["schemas"]["SubsidyCutDto"] | null;
            trainingSession: boolean;
        };
        SearchCriterionDto: {
            /** @enum {string} */
            criterion: "metier" | "distance" | "hours";
            /** @example Métier recherché : Cuisinier / Cuisinière */
            detail: string;
            /** @description Null quand l’offre ne le précise pas. */
            met: boolean | null;
        };
        SelectionDto: {
            /** @description Embauches de la population au moment du tirage. */
            populationHires: number;
            /** @description SIAE ayant au moins 2 embauches de la population. */
            qualifyingSiae: number;
            /** Format: date-time */
            selectedAt: string;
            selectedSiae: number;
        };
        SendCandidatureDto: {
            /**
             * Format: uuid
             * @description Le candidat ; omis quand un candidat postule pour lui-même.
             */
            candidateId?: string;
            /** Format: uuid */
            employerId: string;
            /** @description Les fiches de poste visées ; aucune : candidature spontanée. */
            jobDescriptionIds?: string[];
            /** @description Le message de candidature : motivation, raisons de l’orientation, éléments du diagnostic. */
            message: string;
            /**
             * Format: uuid
             * @description Le CV envoyé par POST /api/candidature-resumes ; obligatoire si une fiche choisie le demande.
             */
            resumeFileId?: string | null;
        };
        SenderDto: {
            /** @description Un prescripteur habilité aujourd’hui (sinon : un orienteur, le candidat ou l’employeur). */
            habilitated: boolean;
            /** @enum {string} */
            kind: "candidate" | "prescriber" | "employer";
            organization: components["schemas"]["CandidatureEmployerDto"] | null;
            userName: string | null;
        };
        SenderFigureDto: {
            /** @description Parmi elles, acceptées (embauche). */
            accepted: number;
            habilitated: boolean | null;
            /** @example prescriber:FT:habilitated */
            key: string;
            organizationKind: string | null;
            /** @description Parmi elles, encore sans réponse (nouvelle, à l’étude, en attente). */
            pending: number;
            /** @description Parmi elles, déclinées. */
            refused: number;
            /** @enum {string} */
            sender: "candidate" | "employer" | "prescriber";
            /** @description Candidatures envoyées dans la période. */
            sent: number;
            /** @description Acceptées / envoyées, en %. */
            transformationRate: number | null;
        };
        SessionDto: {
            /** @description Jeton d’accès (JWT) à envoyer dans `Authorization: Bearer …`. */
            accessToken: string;
            /**
             * @description Durée de validité du jeton d’accès, en secondes.
             * @example 900
             */
            expiresIn: number;
            /** @description Jeton de rafraîchissement, à usage unique : chaque renouvellement en donne un nouveau. Absent quand il voyage dans le cookie du navigateur. */
            refreshToken?: string;
            /** Format: date-time */
            refreshTokenExpiresAt: string;
            /** @example Bearer */
            tokenType: string;
        };
        SettingsOrganizationDto: {
            /** @enum {string} */
            family: "employer" | "prescriber" | "institution";
            /** Format: uuid */
            id: string;
            name: string;
        };
        SiaeAutoPrescriptionDto: {
            /** @description Dont l’éligibilité a été validée par la SIAE elle-même. */
            autoPrescribed: number;
            departementCode: string;
            /** @description Embauches commençant dans la période. */
            hires: number;
            /**
             * Format: uuid
             * @description La SIAE.
             */
            key: string;
            kind: string;
            name: string;
            /** @description En %. */
            share: number | null;
        };
        SignUpDto: {
            /** @example camille.martin@example.org */
            email: string;
            /** @example Camille */
            firstName: string;
            /** @description Jeton d’une invitation reçue par e-mail : le compte rejoint l’organisation et l’adresse est confirmée. */
            invitationToken?: string;
            /**
             * @description Professionnel (SIAE, prescripteur, DDETS) ou candidat.
             * @default professional
             * @enum {string}
             */
            kind?: "professional" | "candidate";
            /** @example Martin */
            lastName: string;
            /** @description 12 caractères au moins ; une phrase de passe est idéale. */
            password: string;
        };
        SignUpResultDto: {
            email: string;
            /** @description Faux tant que le lien de confirmation n’a pas été ouvert. */
            emailConfirmed: boolean;
            /** @description Vrai si le compte a rejoint l’organisation de l’invitation. */
            invitationAccepted: boolean;
            message: string;
        };
        StateCountDto: {
            /** @example 12 */
            count: number;
            /** @example Nouvelle */
            label: string;
            /** @enum {string} */
            state: "new" | "processing" | "postponed" | "prior_to_hire" | "accepted" | "refused" | "cancelled" | "obsolete" | "pool";
        };
        StructurePageDto: {
            /**
             * @description Mots lus comme d’autres (fautes de frappe).
             * @example {
             *       "cuisinnier": [
             *         "cuisinier"
             *       ]
             *     }
             */
            corrections: {
                [key: string]: string[];
            };
            /** @description Nombre de résultats par valeur, sur l’ensemble des résultats. */
            facets: components["schemas"]["FacetsDto"];
            items: components["schemas"]["StructureResultDto"][];
            nextCursor: string | null;
            origin: components["schemas"]["OriginDto"];
            /** @description Nombre de résultats (estimation avec Meilisearch). */
            total: number;
        };
        StructureResultDto: {
            /** @description La structure reçoit des candidatures. */
            acceptsCandidatures: boolean;
            brand: string | null;
            description: string | null;
            /**
             * Format: uuid
             * @description Identifiant de la structure (GET /api/employers/{id}).
             */
            id: string;
            /** @enum {string} */
            kind: "ACI" | "AI" | "EI" | "ETTI" | "EITI" | "GEIQ" | "EA" | "EATT" | "OPCS";
            kindLabel: string;
            location: components["schemas"]["ResultLocationDto"];
            name: string;
            /** @description Fiches de poste ouvertes au recrutement. */
            openOffers: number;
            /** @description Ouverte aux candidatures spontanées (sans fiche de poste). */
            openToSpontaneousCandidatures: boolean;
            programmes: ("PHC" | "CONVERGENCE")[];
        };
        SubsidyCutDto: {
            /** @example 2027-04-15 */
            from: string;
            percent: number;
            /** @example 2027-10-14 */
            to: string;
        };
        SuggestionDto: {
            criteria: components["schemas"]["SearchCriterionDto"][];
            offer: components["schemas"]["JobOfferResultDto"];
            /** @description Adéquation au profil : le métier d’abord, puis les heures, puis la proximité. */
            score: number;
        };
        SuggestionListDto: {
            items: components["schemas"]["SuggestionDto"][];
            origin: components["schemas"]["OriginDto"];
        };
        SuspensionDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Dernier jour suspendu.
             * @example 2027-01-31
             */
            endDate: string;
            explanation: string | null;
            /** Format: uuid */
            id: string;
            /** @description La structure qui l’a faite (elle seule la modifie). */
            madeBy: components["schemas"]["OrganizationRefDto"] | null;
            /** @example CONTRACT_SUSPENDED */
            reason: string;
            reasonLabel: string;
            /** @example 2026-11-02 */
            startDate: string;
        };
        TerritoryDto: {
            /** @example 13 */
            code: string | null;
            /** @enum {string} */
            level: "national" | "region" | "departement";
            /** @example Bouches-du-Rhône */
            name: string;
        };
        TokenDto: {
            /** @description Le jeton reçu dans le lien de l’e-mail (après « #jeton= »). */
            token: string;
        };
        TransferDto: {
            /**
             * Format: uuid
             * @description Une autre structure dont vous êtes membre.
             */
            employerId: string;
        };
        TransferredFromDto: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            employerId: string;
        };
        UpdateCampaignDto: {
            /**
             * Format: date
             * @description Dernier jour pour transmettre de nouveaux justificatifs en phase contradictoire, après son début et avant la fin de la campagne (la DDETS examine entre les deux). Par défaut : 14 jours avant la fin, au plus tôt le lendemain du début de la phase. Une modification des autres dates ne la change pas.
             * @example 2027-03-17
             */
            adversarialDeadline?: string;
            /**
             * Format: date
             * @description Début de la phase contradictoire (seconde chance pour les justificatifs refusés).
             * @example 2027-02-15
             */
            adversarialStart?: string;
            /**
             * Format: date
             * @description Fin de la campagne : la DDETS examine jusqu’à ce jour ce qui a été transmis ; clôture le lendemain (ce qui n’a pas été examiné est accepté d’office).
             * @example 2027-03-31
             */
            endsOn?: string;
            /** @example Contrôle a posteriori 2026 — Nord */
            name?: string;
            /**
             * Format: date
             * @description Jour où les SIAE tirées au sort sont prévenues (le tirage se fait ce jour-là si la DDETS ne l’a pas confirmé).
             * @example 2026-12-01
             */
            notifyOn?: string;
            /**
             * Format: date
             * @description Dernier jour de la période contrôlée ; avant la notification.
             * @example 2026-06-30
             */
            periodEnd?: string;
            /**
             * Format: date
             * @description Premier jour de la période contrôlée (début d’embauche).
             * @example 2026-01-01
             */
            periodStart?: string;
            /**
             * @description Part des SIAE éligibles au contrôle qui sont tirées au sort (au moins une).
             * @default 30
             */
            ratioPercent?: number;
            /**
             * Format: date
             * @description Dernier jour pour transmettre les justificatifs.
             * @example 2027-01-31
             */
            submissionDeadline?: string;
        };
        UpdateCandidateDto: {
            /**
             * Format: date
             * @description Allocataire AAH depuis
             * @example 2025-03-01
             */
            aahSince?: string | null;
            address?: components["schemas"]["AddressDto"] | null;
            /** @description Sortant de l’aide sociale à l’enfance. */
            aseLeaver?: boolean;
            /**
             * Format: date
             * @description Allocataire ASS depuis
             * @example 2025-03-01
             */
            assSince?: string | null;
            /**
             * @description Commune de naissance (code INSEE), pour une naissance en France.
             * @example 69123
             */
            birthCommuneCode?: string | null;
            /**
             * @description Pays de naissance (code ISO à deux lettres).
             * @example FR
             */
            birthCountry?: string | null;
            /**
             * Format: date
             * @example 1992-01-30
             */
            birthDate?: string;
            birthName?: string | null;
            /**
             * @description level_3 = CAP, BEP ; level_4 = bac…
             * @enum {string|null}
             */
            educationLevel?: "none" | "primary" | "level_3" | "level_4" | "level_5" | "level_6" | "level_7_8" | null;
            email?: string | null;
            firstName?: string;
            /** @example 1234567A */
            franceTravailId?: string | null;
            /**
             * @description Obligatoire sans identifiant France Travail.
             * @enum {string|null}
             */
            franceTravailIdMissingReason?: "not_registered" | "forgotten" | null;
            /** @enum {string|null} */
            frenchLevel?: "below_a1" | "a1_a2" | "b1_or_more" | null;
            /** @enum {string|null} */
            housing?: "stable" | "unstable" | "hosted" | "emergency_shelter" | "homeless" | null;
            /**
             * @description Placé sous main de justice, ou sortant de détention.
             * @enum {string|null}
             */
            justice?: "none" | "under_supervision" | "released" | null;
            lastName?: string;
            /** @description Réside dans un quartier prioritaire (QPV), si connu. */
            livesInQpv?: boolean | null;
            /** @description Réside en zone de revitalisation rurale (ZRR), si connu. */
            livesInZrr?: boolean | null;
            loneParent?: boolean;
            mobilityIssue?: boolean;
            /**
             * @description Numéro de sécurité sociale ; un NIR enregistré se corrige par une demande.
             * @example 2 92 01 69 123 456 69
             */
            nir?: string | null;
            /**
             * @description Obligatoire sans NIR.
             * @enum {string|null}
             */
            nirMissingReason?: "no_nir" | "nir_of_another_person" | null;
            /** @example 06 12 34 56 78 */
            phone?: string | null;
            /** @enum {string|null} */
            refugeeStatus?: "refugee" | "subsidiary_protection" | "temporary_protection" | "asylum_seeker" | null;
            /**
             * Format: date
             * @description Fin de la RQTH (reconnaissance de la qualité de travailleur handicapé)
             * @example 2025-03-01
             */
            rqthUntil?: string | null;
            /**
             * Format: date
             * @description Bénéficiaire du RSA depuis
             * @example 2025-03-01
             */
            rsaSince?: string | null;
            /** @enum {string|null} */
            title?: "M" | "MME" | null;
            /**
             * Format: date
             * @description Sans emploi depuis
             * @example 2025-03-01
             */
            unemployedSince?: string | null;
        };
        UpdateEmployerDto: {
            address?: components["schemas"]["AddressDto"];
            /** @description Ne plus recevoir aucune candidature. */
            blockCandidatures?: boolean;
            /** @example Jardins de Cocagne */
            brand?: string | null;
            /** @description Équipe de la plateforme seulement. */
            conventionAspId?: string | null;
            description?: string | null;
            /** @example contact@jardins-du-rhone.fr */
            email?: string | null;
            /** @description SIAE implantée en détention (équipe de la plateforme) : pas de PASS IAE pour une personne placée sous main de justice. */
            locatedInPrison?: boolean;
            /**
             * @description Code NAF (APE).
             * @example 8899B
             */
            naf?: string | null;
            /** @description Équipe de la plateforme seulement. */
            name?: string;
            /** @example 04 78 00 00 00 */
            phone?: string | null;
            /** @description ACI seulement : Premières heures en chantier, Convergence. */
            programmes?: ("PHC" | "CONVERGENCE")[];
            /** @description Accompagnement proposé aux salariés en parcours. */
            providedSupport?: string | null;
            /** @description Équipe de la plateforme seulement. */
            siret?: string;
            /** @description Accepter les candidatures spontanées (sans fiche de poste). */
            spontaneousCandidaturesOpen?: boolean;
            /** @example https://jardins-du-rhone.fr */
            website?: string | null;
        };
        UpdateJobDescriptionDto: {
            /**
             * @description Code de l’appellation ROME (voir GET /api/metiers).
             * @example 11573
             */
            appellationCode?: string;
            /**
             * @description Les types possibles dépendent du type de structure.
             * @enum {string}
             */
            contractType?: "PERMANENT" | "PERMANENT_I" | "FIXED_TERM" | "FIXED_TERM_USAGE" | "FIXED_TERM_I" | "FIXED_TERM_I_PHC" | "FIXED_TERM_I_CVG" | "FIXED_TERM_TREMPLIN" | "APPRENTICESHIP" | "PROFESSIONAL_TRAINING" | "TEMPORARY" | "BUSINESS_CREATION" | "OTHER";
            /** @example Agent de tri en ressourcerie */
            customTitle?: string | null;
            description?: string | null;
            hoursPerWeek?: number | null;
            /** @description Recrutement ouvert. */
            isActive?: boolean;
            /** @description Poste réservé aux résidents d’un quartier prioritaire (QPV). */
            isQpvMandatory?: boolean;
            /** @description CV obligatoire pour candidater. */
            isResumeMandatory?: boolean;
            /**
             * @description Commune du poste ; par défaut celle de la structure.
             * @example 69259
             */
            locationCommuneCode?: string | null;
            /** @default 1 */
            openPositions?: number;
            /** @description Obligatoire quand contractType vaut OTHER. */
            otherContractType?: string | null;
            /** @description Profil recherché. */
            profileWanted?: string | null;
        };
        UpdateMeDto: {
            firstName?: string;
            lastName?: string;
        };
        UpdateNotificationSettingsDto: {
            /** @description Les notifications que vous ne voulez plus recevoir pour cette organisation (les autres sont rétablies). */
            disabled: string[];
        };
        UpdatePrescriberOrganizationDto: {
            address?: components["schemas"]["AddressDto"] | null;
            /** @description Présentation : une organisation apparaît dans l’annuaire public une fois décrite. */
            description?: string | null;
            email?: string | null;
            /** @description Organisation conventionnée pour l’accompagnement des bénéficiaires du RSA. */
            isBrsa?: boolean;
            /**
             * @description Équipe de la plateforme seulement. Un changement de type rouvre la validation : habilitée par la loi, l’organisation attend de nouveau la vérification de l’équipe ; OHPD, une habilitation préfectorale ; OTHER (orienteur), rien à valider.
             * @enum {string}
             */
            kind?: "FT" | "CAP_EMPLOI" | "ML" | "CAF" | "MSA" | "DEPT" | "ASE" | "ODC" | "CCAS" | "PLIE" | "OCASF" | "CHRS" | "CHU" | "CPH" | "PENSION" | "RS_FJT" | "OIL" | "CADA" | "HUDA" | "SPIP" | "PJJ" | "CIDFF" | "PREVENTION" | "AFPA" | "PIJ_BIJ" | "CAVA" | "OACAS" | "CSAPA" | "CAARUD" | "EPIDE" | "E2C" | "OHPD" | "OTHER";
            /** @description Équipe de la plateforme seulement. */
            name?: string;
            /** @example 04 72 00 00 00 */
            phone?: string | null;
            /** @description Équipe de la plateforme seulement. */
            safirCode?: string | null;
            /** @description Équipe de la plateforme seulement. */
            siret?: string;
            website?: string | null;
        };
        WithdrawalDto: {
            /**
             * @description Au plus tôt un mois après la décision.
             * @example 2027-04-15
             */
            from: string;
            /**
             * @description Après le début ; absent ou null : retrait sans fin.
             * @example 2027-10-14
             */
            to?: string | null;
        };
        WithdrawalViewDto: {
            /** @example 2027-04-15 */
            from: string;
            /**
             * @description null : retrait sans fin.
             * @example 2027-10-14
             */
            to: string | null;
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
    AuthController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailConfirmedDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuthController_resendConfirmation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailOnlyDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Trop de tentatives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description `1` : le jeton de rafraîchissement est posé dans un cookie HttpOnly, SameSite=Strict (navigateurs ; l’en-tête Origin doit être celui de la plateforme). */
                "x-refresh-cookie"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Authentification requise. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Action non autorisée. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Trop de tentatives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Action non autorisée. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuthController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuthController_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailOnlyDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Trop de tentatives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuthController_inspectPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetInfoDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProConnectController_status: {
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
                    "application/json": components["schemas"]["ProConnectStatusDto"];
                };
            };
        };
    };
    ProConnectController_authorize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirection vers ProConnect (See Other). */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Trop de tentatives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Erreur */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProConnectController_callback: {
        parameters: {
            query?: never;
            header?: {
                /** @description `1` : session dans un cookie HttpOnly (navigateurs). */
                "x-refresh-cookie"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProConnectCallbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProConnectSignInDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Action non autorisée. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Erreur */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProConnectController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProConnectLogoutResultDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Action non autorisée. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Authentification requise. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Action non autorisée. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuthController_signUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpResultDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Action non autorisée. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Trop de tentatives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidateSelfController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateAttachedDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à certains comptes.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidateSelfController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateInvitationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidateSelfController_signUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationSignUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateAccountDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_list: {
        parameters: {
            query?: {
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description Nom ou prénom */
                q?: string;
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
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
                    "application/json": components["schemas"]["CandidatePageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCandidateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_get: {
        parameters: {
            query?: {
                /** @description Motif de la consultation, obligatoire pour l’équipe de la plateforme ; enregistré avec chaque lecture du NIR. */
                reason?: string;
            };
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
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
                    "application/json": components["schemas"]["CandidateDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_update: {
        parameters: {
            query?: {
                /** @description Motif de la consultation, obligatoire pour l’équipe de la plateforme ; enregistré avec chaque lecture du NIR. */
                reason?: string;
            };
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCandidateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_claim: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Trop de tentatives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_listConsents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
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
                    "application/json": components["schemas"]["ConsentDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_recordConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à certains comptes.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_revokeConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
                consentId: string;
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
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à certains comptes.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_diagnostic: {
        parameters: {
            query?: never;
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
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
                    "application/json": components["schemas"]["DiagnosticDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_updateDiagnostic: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiagnosticChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiagnosticDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
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
                    "application/json": components["schemas"]["DiagnosticHistoryEntryDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_version: {
        parameters: {
            query?: never;
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
                version: number;
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
                    "application/json": components["schemas"]["DiagnosticDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EligibilityController_answer: {
        parameters: {
            query: {
                /** @description La structure qui recrute. */
                employer: string;
            };
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
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
                    "application/json": components["schemas"]["EligibilityAnswerDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EligibilityController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
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
                    "application/json": components["schemas"]["DiagnosisDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EligibilityController_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDiagnosisDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiagnosisDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EligibilityController_proof: {
        parameters: {
            query?: never;
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
                diagnosisId: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_requestNirCorrection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NirCorrectionInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NirCorrectionDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatesController_lookup: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LookupMatchDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Trop de tentatives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_uploadResume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Le fichier (PDF, JPEG ou PNG), vérifié d’après son contenu.
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResumeDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à certains comptes.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Erreur */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendCandidatureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à certains comptes.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidatureId: string;
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
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_accept: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_archive: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
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
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_unarchive: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
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
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_cancel: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_externalTransfer: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalTransferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_changeHiringDates: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HiringDatesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                candidatureId: string;
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
                    "application/json": components["schemas"]["HistoryEntryDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_pool: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_postpone: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostponeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_priorToHire: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
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
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_cancelPriorToHire: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
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
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_process: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
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
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_refuse: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_reset: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
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
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidatureTransitionsController_transfer: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                candidatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_export: {
        parameters: {
            query: {
                /** @description Le mois (AAAA-MM). */
                month: string;
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier CSV (séparateur « ; », UTF-8). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_received: {
        parameters: {
            query?: {
                /** @description Les candidatures archivées : masquées (par défaut), seules, ou avec les autres. */
                archived?: "exclude" | "only" | "include";
                /** @description Reçues depuis ce jour (inclus). */
                createdFrom?: string;
                /** @description Reçues jusqu’à ce jour (inclus). */
                createdTo?: string;
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                jobDescriptionId?: string;
                limit?: number;
                /** @description Nom ou prénom du candidat. */
                q?: string;
                senderKind?: "candidate" | "prescriber" | "employer";
                senderOrganizationId?: string;
                /** @description États, séparés par des virgules : new, processing, postponed, prior_to_hire, accepted, refused, cancelled, obsolete, pool. */
                state?: string[];
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
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
                    "application/json": components["schemas"]["CandidaturePageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_receivedCounts: {
        parameters: {
            query?: {
                /** @description Les candidatures archivées : masquées (par défaut), seules, ou avec les autres. */
                archived?: "exclude" | "only" | "include";
                /** @description Reçues depuis ce jour (inclus). */
                createdFrom?: string;
                /** @description Reçues jusqu’à ce jour (inclus). */
                createdTo?: string;
                jobDescriptionId?: string;
                /** @description Nom ou prénom du candidat. */
                q?: string;
                senderKind?: "candidate" | "prescriber" | "employer";
                senderOrganizationId?: string;
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
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
                    "application/json": components["schemas"]["StateCountDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_sent: {
        parameters: {
            query?: {
                /** @description Les candidatures archivées : masquées (par défaut), seules, ou avec les autres. */
                archived?: "exclude" | "only" | "include";
                /** @description Reçues depuis ce jour (inclus). */
                createdFrom?: string;
                /** @description Reçues jusqu’à ce jour (inclus). */
                createdTo?: string;
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                jobDescriptionId?: string;
                limit?: number;
                /** @description Nom ou prénom du candidat. */
                q?: string;
                /** @description Mes candidatures, ou celles de mon organisation. */
                scope?: "mine" | "organization";
                senderKind?: "candidate" | "prescriber" | "employer";
                senderOrganizationId?: string;
                /** @description États, séparés par des virgules : new, processing, postponed, prior_to_hire, accepted, refused, cancelled, obsolete, pool. */
                state?: string[];
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
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
                    "application/json": components["schemas"]["CandidaturePageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CommunesController_search: {
        parameters: {
            query: {
                /** @description Nombre maximal de communes renvoyées. */
                limit?: number;
                /** @description Nom (sans souci des accents, des majuscules ni des tirets ; « st » vaut « saint » ; quelques fautes de frappe sont tolérées), code postal (69001), début de code postal (2 à 4 chiffres) ou code INSEE (2A004). */
                q: string;
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
                    "application/json": components["schemas"]["CommuneListDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CommunesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Code INSEE à 5 caractères (2A004 en Corse). */
                code: string;
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
                    "application/json": components["schemas"]["CommuneDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlCampaignsController_createForEveryDepartement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignBatchDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à l’équipe de la plateforme.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlCampaignsController_list: {
        parameters: {
            query?: {
                /** @description DREETS, DGEFP et équipe : un département. */
                departement?: string;
                state?: "draft" | "selected" | "submission" | "adversarial" | "closed";
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
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
                    "application/json": components["schemas"]["CampaignDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlCampaignsController_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlCampaignsController_get: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                campaignId: string;
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
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlCampaignsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlCampaignsController_population: {
        parameters: {
            query?: {
                /** @description Simuler un autre taux que celui de la campagne. */
                ratioPercent?: number;
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                campaignId: string;
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
                    "application/json": components["schemas"]["PopulationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlCampaignsController_select: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                campaignId: string;
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
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlEvaluationsController_listMine: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
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
                    "application/json": components["schemas"]["ControlEvaluationDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlEvaluationsController_get: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                evaluationId: string;
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
                    "application/json": components["schemas"]["ControlEvaluationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlEvaluationsController_proof: {
        parameters: {
            query?: {
                /** @description La phase (1 : transmission, 2 : phase contradictoire) ; la dernière par défaut. */
                phase?: 1 | 2;
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                criterionId: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlEvaluationsController_uploadProof: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                criterionId: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Le fichier (PDF, JPEG ou PNG), vérifié d’après son contenu.
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlEvaluationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Erreur */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlEvaluationsController_review: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                criterionId: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlEvaluationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlEvaluationsController_decide: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ControlDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlEvaluationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlEvaluationsController_sanction: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SanctionsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlEvaluationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ControlEvaluationsController_submit: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                evaluationId: string;
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
                    "application/json": components["schemas"]["ControlEvaluationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    DepartementsController_list: {
        parameters: {
            query?: {
                /** @description Seulement les départements de cette région (code INSEE). */
                regionCode?: "01" | "02" | "03" | "04" | "06" | "11" | "24" | "27" | "28" | "32" | "44" | "52" | "53" | "75" | "76" | "84" | "93" | "94" | "975" | "977" | "978" | "984" | "986" | "987" | "988" | "989";
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
                    "application/json": components["schemas"]["DepartementListDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EligibilityController_criteria: {
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
                    "application/json": components["schemas"]["CriterionDto"][];
                };
            };
        };
    };
    EligibilityController_uploadProof: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Le fichier (PDF, JPEG ou PNG), vérifié d’après son contenu.
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProofDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Erreur */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmailsController_list: {
        parameters: {
            query?: {
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description Adresse du destinataire */
                recipient?: string;
                status?: "queued" | "sent" | "failed";
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
                    "application/json": components["schemas"]["EmailPageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmailsController_get: {
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
                    "application/json": components["schemas"]["EmailDto"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmailsController_retry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDto"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmployersController_list: {
        parameters: {
            query?: {
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                departement?: string;
                /** @description Répéter le paramètre pour plusieurs types. */
                kind?: ("ACI" | "AI" | "EI" | "ETTI" | "EITI" | "GEIQ" | "EA" | "EATT" | "OPCS")[];
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
                    "application/json": components["schemas"]["EmployerPageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmployersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmployerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmployersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
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
                    "application/json": components["schemas"]["EmployerWithJobsDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmployersController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEmployerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmployersController_listAntennes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
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
                    "application/json": components["schemas"]["EmployerDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmployersController_createAntenne: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAntenneDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmployersController_deactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivateEmployerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    EmployersController_reactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                employerId: string;
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
                    "application/json": components["schemas"]["EmployerDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    JobDescriptionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employerId: string;
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
                    "application/json": components["schemas"]["JobDescriptionDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    JobDescriptionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                employerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJobDescriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDescriptionDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    JobDescriptionsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                employerId: string;
                jobDescriptionId: string;
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
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    JobDescriptionsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                employerId: string;
                jobDescriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateJobDescriptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDescriptionDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationBoardController_get: {
        parameters: {
            query?: {
                /** @description DREETS, DGEFP et équipe : un département. */
                departement?: string;
                /** @description Habilitations qui finissent dans ce nombre de jours (ou déjà finies sans retour). */
                expiringWithinDays?: number;
                /** @description Type d’organisation prescriptrice. */
                kind?: string;
                /** @description Demandes transmises depuis au moins ce nombre de jours. */
                minAgeDays?: number;
                status?: "submitted" | "information_requested";
                /** @description Seulement les demandes, ou seulement les fins d’habilitation. */
                type?: "request" | "expiry";
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
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
                    "application/json": components["schemas"]["HabilitationBoardDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_list: {
        parameters: {
            query?: {
                departement?: string;
                status?: "draft" | "submitted" | "information_requested" | "granted" | "refused" | "cancelled";
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
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
                    "application/json": components["schemas"]["HabilitationRequestDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_get: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                requestId: string;
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
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_cdiaeOpinion: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CdiaeOpinionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_document: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                documentId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_grant: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_requestInformation: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_refuse: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HabilitationReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PlatformController_health: {
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
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    PlatformController_ready: {
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
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Une dépendance ne répond pas (problem+json, `checks` détaille laquelle). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InstitutionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstitutionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à l’équipe de la plateforme.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationAcceptedDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Action non autorisée. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    InvitationsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    JobDescriptionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobDescriptionId: string;
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
                    "application/json": components["schemas"]["JobDescriptionWithEmployerDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_me: {
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
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidateSelfController_mine: {
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
                    "application/json": components["schemas"]["CandidateDto"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidateSelfController_createMine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCandidateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidateSelfController_accessLog: {
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
                    "application/json": components["schemas"]["AccessLogEntryDto"][];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidateSelfController_grantAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantAccessDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessGrantedDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_mine: {
        parameters: {
            query?: {
                /** @description Les candidatures archivées : masquées (par défaut), seules, ou avec les autres. */
                archived?: "exclude" | "only" | "include";
                /** @description Reçues depuis ce jour (inclus). */
                createdFrom?: string;
                /** @description Reçues jusqu’à ce jour (inclus). */
                createdTo?: string;
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                jobDescriptionId?: string;
                limit?: number;
                /** @description Nom ou prénom du candidat. */
                q?: string;
                senderKind?: "candidate" | "prescriber" | "employer";
                senderOrganizationId?: string;
                /** @description États, séparés par des virgules : new, processing, postponed, prior_to_hire, accepted, refused, cancelled, obsolete, pool. */
                state?: string[];
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
                    "application/json": components["schemas"]["CandidaturePageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseAccountDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosureDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_notificationSettings: {
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
                    "application/json": components["schemas"]["NotificationSettingsDto"][];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_setNotificationSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MetiersController_search: {
        parameters: {
            query: {
                /** @description Nombre de propositions. */
                limit?: number;
                /** @description Ce que la personne tape : un intitulé de métier (sans se soucier des accents, des majuscules ni des fautes de frappe), ou un code ROME (K2204) ou son début (K22). */
                q: string;
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
                    "application/json": components["schemas"]["AppellationListDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MetiersController_domains: {
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
                    "application/json": components["schemas"]["RomeDomainListDto"];
                };
            };
        };
    };
    CandidateSelfController_listNirCorrections: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
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
                    "application/json": components["schemas"]["NirCorrectionDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidateSelfController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NirDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NirCorrectionDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidateSelfController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NirDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NirCorrectionDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    OrganizationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
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
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    InvitationsController_list: {
        parameters: {
            query?: {
                /** @description Par défaut : en attente et expirées. */
                status?: "pending" | "expired" | "accepted" | "revoked";
            };
            header?: never;
            path: {
                organizationId: string;
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
                    "application/json": components["schemas"]["InvitationDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    InvitationsController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    InvitationsController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                invitationId: string;
                organizationId: string;
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
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    OrganizationsController_members: {
        parameters: {
            query?: {
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                organizationId: string;
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
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    OrganizationsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
                userId: string;
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
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    OrganizationsController_changeRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PassIaeController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
            path: {
                /** @description Le numéro du PASS IAE, 12 caractères (ex. 999990000042). */
                number: string;
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
                    "application/json": components["schemas"]["PassDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à certains comptes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PassIaeController_correctDates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Le numéro du PASS IAE, 12 caractères (ex. 999990000042). */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectPassDatesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à l’équipe de la plateforme.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PassIaeController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Le numéro du PASS IAE, 12 caractères (ex. 999990000042). */
                number: string;
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
                    "application/json": components["schemas"]["PassHistoryEntryDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à l’équipe de la plateforme.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PassIaeController_requestProlongation: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                /** @description Le numéro du PASS IAE, 12 caractères (ex. 999990000042). */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestProlongationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProlongationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PassIaeController_declare: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                /** @description Le numéro du PASS IAE, 12 caractères (ex. 999990000042). */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareProlongationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PassIaeController_suspend: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                /** @description Le numéro du PASS IAE, 12 caractères (ex. 999990000042). */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSuspensionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PassIaeController_deleteSuspension: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                /** @description Le numéro du PASS IAE, 12 caractères (ex. 999990000042). */
                number: string;
                suspensionId: string;
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
                    "application/json": components["schemas"]["PassDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PassIaeController_editSuspension: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                /** @description Le numéro du PASS IAE, 12 caractères (ex. 999990000042). */
                number: string;
                suspensionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditSuspensionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PassIaeController_check: {
        parameters: {
            query: {
                /** @description La date de naissance de la personne. */
                birthDate: string;
                /** @description Le numéro du PASS IAE (les espaces sont ignorés). */
                number: string;
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
                    "application/json": components["schemas"]["PassCheckDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Trop de tentatives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PrescriberOrganizationsController_directory: {
        parameters: {
            query?: {
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                departement?: string;
                /** @description Inclure les organisations non habilitées (orienteurs). */
                includeOrienteurs?: boolean;
                kind?: ("FT" | "CAP_EMPLOI" | "ML" | "CAF" | "MSA" | "DEPT" | "ASE" | "ODC" | "CCAS" | "PLIE" | "OCASF" | "CHRS" | "CHU" | "CPH" | "PENSION" | "RS_FJT" | "OIL" | "CADA" | "HUDA" | "SPIP" | "PJJ" | "CIDFF" | "PREVENTION" | "AFPA" | "PIJ_BIJ" | "CAVA" | "OACAS" | "CSAPA" | "CAARUD" | "EPIDE" | "E2C" | "OHPD" | "OTHER")[];
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
                    "application/json": components["schemas"]["PrescriberOrganizationPageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PrescriberOrganizationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrescriberOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriberOrganizationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à certains comptes.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PrescriberOrganizationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
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
                    "application/json": components["schemas"]["PrescriberOrganizationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PrescriberOrganizationsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePrescriberOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriberOrganizationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PrescriberOrganizationsController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizationDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriberOrganizationDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_listMine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
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
                    "application/json": components["schemas"]["HabilitationRequestDto"][];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHabilitationRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_getMine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
                requestId: string;
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
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_edit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HabilitationAxesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
                requestId: string;
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
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_addDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Le fichier (PDF, JPEG ou PNG), vérifié d’après son contenu.
                     */
                    file: string;
                    /** @description Ce qu’est la pièce (statuts, rapport d’activité…). */
                    label: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_documentForOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                organizationId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                organizationId: string;
                requestId: string;
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
                    "application/json": components["schemas"]["HabilitationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HabilitationRequestsController_withdraw: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HabilitationReasonDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PrescriberOrganizationsController_awaitingAuthorization: {
        parameters: {
            query?: {
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
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
                    "application/json": components["schemas"]["PrescriberOrganizationPageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Réservé à l’équipe de la plateforme. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PlatformController_problems: {
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
                    "application/json": components["schemas"]["ProblemTypeDto"][];
                };
            };
        };
    };
    PlatformController_problem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
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
                    "application/json": components["schemas"]["ProblemTypeDto"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProlongationRequestsController_uploadReport: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Le fichier (PDF), vérifié d’après son contenu.
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Erreur */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProlongationRequestsController_inbox: {
        parameters: {
            query?: {
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                limit?: number;
                status?: "pending" | "granted" | "denied";
            };
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
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
                    "application/json": components["schemas"]["ProlongationRequestPageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProlongationRequestsController_deny: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DenyProlongationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProlongationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProlongationRequestsController_grant: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                requestId: string;
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
                    "application/json": components["schemas"]["ProlongationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProlongationRequestsController_readdress: {
        parameters: {
            query?: never;
            header: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReaddressProlongationRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProlongationRequestDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflit avec l’état actuel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProlongationRequestsController_report: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifiant de l’organisation pour laquelle vous agissez. */
                "X-Organization-Id": string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CandidaturesController_refusalReasons: {
        parameters: {
            query?: {
                /** @description Le type de structure (un GEIQ n’a pas tous les motifs). */
                employerKind?: string;
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
                    "application/json": components["schemas"]["RefusalReasonDto"][];
                };
            };
        };
    };
    RomesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Code ROME : une lettre de A à N puis quatre chiffres. */
                code: string;
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
                    "application/json": components["schemas"]["RomeDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SearchController_jobOffers: {
        parameters: {
            query: {
                /** @description Code INSEE de la commune autour de laquelle chercher (2A004 en Corse). */
                commune: string;
                /** @description Types de contrat ; répéter le paramètre. */
                contractType?: ("PERMANENT" | "PERMANENT_I" | "FIXED_TERM" | "FIXED_TERM_USAGE" | "FIXED_TERM_I" | "FIXED_TERM_I_PHC" | "FIXED_TERM_I_CVG" | "FIXED_TERM_TREMPLIN" | "APPRENTICESHIP" | "PROFESSIONAL_TRAINING" | "TEMPORARY" | "BUSINESS_CREATION" | "OTHER")[];
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                /** @description Départements (codes) ; répéter le paramètre. */
                departement?: string[];
                /** @description Grands domaines ROME (lettre A à N) ; répéter le paramètre. */
                domain?: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N")[];
                /** @description Au plus ce nombre d’heures par semaine. */
                hoursMax?: number;
                /** @description Au moins ce nombre d’heures par semaine. */
                hoursMin?: number;
                /** @description Types de structure, et programmes d’ACI (PHC, CONVERGENCE). Répéter le paramètre pour plusieurs valeurs. */
                kind?: ("ACI" | "AI" | "EI" | "ETTI" | "EITI" | "GEIQ" | "EA" | "EATT" | "OPCS" | "PHC" | "CONVERGENCE")[];
                limit?: number;
                /** @description Texte libre (intitulés, métiers, noms et descriptions des structures) ; accents, majuscules et fautes de frappe tolérés. Vide : tout ce qui est autour de la commune, le plus proche d’abord. */
                q?: string;
                /** @description Rayon autour de la commune, en kilomètres. */
                radius?: 2 | 5 | 10 | 15 | 25 | 50 | 100;
                /** @description Seulement les offres qui ne demandent pas de CV. */
                resumeOptional?: boolean;
                /** @description Métiers (codes ROME) ; répéter le paramètre. Un code inconnu du référentiel est refusé. */
                rome?: string[];
                /** @description Pertinence (par défaut avec un texte), distance (par défaut sans texte) ou fraîcheur (mises à jour récentes d’abord). */
                sort?: "relevance" | "distance" | "freshness";
                /** @description Seulement les structures ouvertes aux candidatures spontanées. */
                spontaneous?: boolean;
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
                    "application/json": components["schemas"]["JobOfferPageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SearchController_prescribers: {
        parameters: {
            query: {
                /** @description Code INSEE de la commune autour de laquelle chercher (2A004 en Corse). */
                commune: string;
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                /** @description Types d’organisation ; répéter le paramètre. */
                kind?: ("FT" | "CAP_EMPLOI" | "ML" | "CAF" | "MSA" | "DEPT" | "ASE" | "ODC" | "CCAS" | "PLIE" | "OCASF" | "CHRS" | "CHU" | "CPH" | "PENSION" | "RS_FJT" | "OIL" | "CADA" | "HUDA" | "SPIP" | "PJJ" | "CIDFF" | "PREVENTION" | "AFPA" | "PIJ_BIJ" | "CAVA" | "OACAS" | "CSAPA" | "CAARUD" | "EPIDE" | "E2C" | "OHPD" | "OTHER")[];
                limit?: number;
                /** @description Texte libre (intitulés, métiers, noms et descriptions des structures) ; accents, majuscules et fautes de frappe tolérés. Vide : tout ce qui est autour de la commune, le plus proche d’abord. */
                q?: string;
                /** @description Rayon autour de la commune, en kilomètres. */
                radius?: 2 | 5 | 10 | 15 | 25 | 50 | 100;
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
                    "application/json": components["schemas"]["PrescriberPageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SearchController_structures: {
        parameters: {
            query: {
                /** @description Code INSEE de la commune autour de laquelle chercher (2A004 en Corse). */
                commune: string;
                /** @description Types de contrat ; répéter le paramètre. */
                contractType?: ("PERMANENT" | "PERMANENT_I" | "FIXED_TERM" | "FIXED_TERM_USAGE" | "FIXED_TERM_I" | "FIXED_TERM_I_PHC" | "FIXED_TERM_I_CVG" | "FIXED_TERM_TREMPLIN" | "APPRENTICESHIP" | "PROFESSIONAL_TRAINING" | "TEMPORARY" | "BUSINESS_CREATION" | "OTHER")[];
                /** @description Curseur opaque renvoyé par la page précédente (`nextCursor`). */
                cursor?: string;
                /** @description Départements (codes) ; répéter le paramètre. */
                departement?: string[];
                /** @description Grands domaines ROME (lettre A à N) ; répéter le paramètre. */
                domain?: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N")[];
                /** @description Au plus ce nombre d’heures par semaine. */
                hoursMax?: number;
                /** @description Au moins ce nombre d’heures par semaine. */
                hoursMin?: number;
                /** @description Types de structure, et programmes d’ACI (PHC, CONVERGENCE). Répéter le paramètre pour plusieurs valeurs. */
                kind?: ("ACI" | "AI" | "EI" | "ETTI" | "EITI" | "GEIQ" | "EA" | "EATT" | "OPCS" | "PHC" | "CONVERGENCE")[];
                limit?: number;
                /** @description Texte libre (intitulés, métiers, noms et descriptions des structures) ; accents, majuscules et fautes de frappe tolérés. Vide : tout ce qui est autour de la commune, le plus proche d’abord. */
                q?: string;
                /** @description Rayon autour de la commune, en kilomètres. */
                radius?: 2 | 5 | 10 | 15 | 25 | 50 | 100;
                /** @description Seulement les offres qui ne demandent pas de CV. */
                resumeOptional?: boolean;
                /** @description Métiers (codes ROME) ; répéter le paramètre. Un code inconnu du référentiel est refusé. */
                rome?: string[];
                /** @description Pertinence (par défaut avec un texte), distance (par défaut sans texte) ou fraîcheur (mises à jour récentes d’abord). */
                sort?: "relevance" | "distance" | "freshness";
                /** @description Seulement les structures ouvertes aux candidatures spontanées. */
                spontaneous?: boolean;
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
                    "application/json": components["schemas"]["StructurePageDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SearchController_suggestions: {
        parameters: {
            query: {
                /** @description Métiers visés (appellations ROME, codes OGR) ; répéter le paramètre. */
                appellation?: string[];
                /** @description Code INSEE de la commune du candidat. */
                commune: string;
                /** @description Heures par semaine souhaitées, au plus. */
                hoursMax?: number;
                /** @description Heures par semaine souhaitées, au moins. */
                hoursMin?: number;
                limit?: number;
                /** @description Distance maximale que le candidat peut parcourir, en kilomètres. */
                maxDistanceKm?: number;
                /** @description Métiers ROME visés, toutes appellations comprises ; répéter le paramètre. */
                rome?: string[];
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
                    "application/json": components["schemas"]["SuggestionListDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StatsController_autoPrescription: {
        parameters: {
            query?: {
                /** @description Un département (par défaut : celui de la DDETS qui lit). */
                departement?: string;
                /** @description csv : le même contenu en CSV (séparateur « ; », UTF-8). */
                format?: "json" | "csv";
                /** @description Premier jour de la période (par défaut : il y a 12 mois). */
                from?: string | null;
                /** @description Une région (par défaut : celle de la DREETS qui lit). */
                region?: string;
                /** @description Dernier jour de la période, inclus (par défaut : aujourd’hui). */
                to?: string | null;
            };
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
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
                    "application/json": components["schemas"]["AutoPrescriptionFiguresDto"];
                    "text/csv": components["schemas"]["AutoPrescriptionFiguresDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à certains comptes.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StatsController_candidatures: {
        parameters: {
            query?: {
                /** @description Un département (par défaut : celui de la DDETS qui lit). */
                departement?: string;
                /** @description csv : le même contenu en CSV (séparateur « ; », UTF-8). */
                format?: "json" | "csv";
                /** @description Premier jour de la période (par défaut : il y a 12 mois). */
                from?: string | null;
                /** @description Une région (par défaut : celle de la DREETS qui lit). */
                region?: string;
                /** @description Dernier jour de la période, inclus (par défaut : aujourd’hui). */
                to?: string | null;
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
                    "application/json": components["schemas"]["CandidatureFiguresDto"];
                    "text/csv": components["schemas"]["CandidatureFiguresDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StatsController_passIae: {
        parameters: {
            query?: {
                /** @description Un département (par défaut : celui de la DDETS qui lit). */
                departement?: string;
                /** @description csv : le même contenu en CSV (séparateur « ; », UTF-8). */
                format?: "json" | "csv";
                /** @description Premier jour de la période (par défaut : il y a 12 mois). */
                from?: string | null;
                /** @description Une région (par défaut : celle de la DREETS qui lit). */
                region?: string;
                /** @description Dernier jour de la période, inclus (par défaut : aujourd’hui). */
                to?: string | null;
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
                    "application/json": components["schemas"]["PassIaeFiguresDto"];
                    "text/csv": components["schemas"]["PassIaeFiguresDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StatsController_prescribers: {
        parameters: {
            query?: {
                /** @description Un département (par défaut : celui de la DDETS qui lit). */
                departement?: string;
                /** @description csv : le même contenu en CSV (séparateur « ; », UTF-8). */
                format?: "json" | "csv";
                /** @description Premier jour de la période (par défaut : il y a 12 mois). */
                from?: string | null;
                /** @description Une région (par défaut : celle de la DREETS qui lit). */
                region?: string;
                /** @description Dernier jour de la période, inclus (par défaut : aujourd’hui). */
                to?: string | null;
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
                    "application/json": components["schemas"]["PrescriberFiguresDto"];
                    "text/csv": components["schemas"]["PrescriberFiguresDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StatsController_prescriberOrganizations: {
        parameters: {
            query?: {
                /** @description Un département (par défaut : celui de la DDETS qui lit). */
                departement?: string;
                /** @description csv : le même contenu en CSV (séparateur « ; », UTF-8). */
                format?: "json" | "csv";
                /** @description Premier jour de la période (par défaut : il y a 12 mois). */
                from?: string | null;
                /** @description Inclure les organisations non habilitées (orienteurs). */
                includeOrienteurs?: boolean;
                /** @description Une région (par défaut : celle de la DREETS qui lit). */
                region?: string;
                /** @description Dernier jour de la période, inclus (par défaut : aujourd’hui). */
                to?: string | null;
            };
            header?: {
                /** @description Pour un professionnel : l’organisation pour laquelle vous agissez. */
                "X-Organization-Id"?: string;
            };
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
                    "application/json": components["schemas"]["PrescriberOrganizationFiguresDto"];
                    "text/csv": components["schemas"]["PrescriberOrganizationFiguresDto"];
                };
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à certains comptes.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant 24 h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409). */
                "Idempotency-Key"?: string;
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivateUserDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide (champs listés dans `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Jeton absent, invalide ou expiré. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Action non autorisée.
             *
             *     Réservé à l’équipe de la plateforme.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Ressource introuvable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Règle métier non satisfaite. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
}
