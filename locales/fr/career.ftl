# career — fr: «Ma carrière» and «Signaler une déclaration manquante».
career-title = Ma carrière
career-dependant = La carrière est celle de l'assuré dont vous êtes l'ayant droit : lui seul peut la consulter, dans son propre espace.
career-empty = Aucune déclaration de salaire n'a été reçue pour vous. Si vous avez travaillé, signalez la déclaration manquante ou contactez la CNSS.
career-rights-heading = Vos droits
career-rights-as-of = Calculés le { $date } à partir de vos déclarations.
career-benefit-daily-sickness = Indemnités journalières maladie
career-benefit-family-allowances = Allocations familiales
career-benefit-job-loss = Indemnité pour perte d'emploi
career-benefit-old-age-pension = Pension de vieillesse
career-eligible = Vous y avez droit
career-days-missing = { $days ->
    [one] Il vous manque 1 jour
   *[other] Il vous manque { $days } jours
}
career-not-eligible = Vous n'y avez pas encore droit
career-condition-met = Condition remplie :
career-condition-unmet = Condition non remplie :
career-rule-days-within = { $required } jours déclarés sur les { $months } derniers mois (vous en avez { $actual })
career-rule-days-total = { $required } jours déclarés sur toute votre carrière (vous en avez { $actual })
career-rule-age = Avoir { $required } ans (vous avez { $actual } ans)
career-rule-applied-in-time = Demander l'indemnité dans les { $required } jours qui suivent la perte d'emploi (elle date de { $actual } jours)
career-rule-salary = Un salaire moyen d'au moins { $required } par mois sur les { $months } derniers mois, soit { $percent } % du SMIG (le vôtre : { $actual })
career-report-missing = Signaler une déclaration manquante
career-totals-heading = Vos totaux
career-total-all = Depuis le début
career-total-last = { $months } derniers mois
career-total-value = { $days ->
    [one] { $days } jour déclaré
   *[other] { $days } jours déclarés
} · { $salary }
career-gaps-heading = Mois sans déclaration
career-gaps-none = Aucun mois ne manque entre votre première et votre dernière déclaration.
career-gap = Aucune déclaration en { $month }
career-gap-report = Signaler
career-declarations-heading = Mes déclarations, mois par mois
career-year = { $year } ({ $count ->
    [one] 1 déclaration
   *[other] { $count } déclarations
})
career-declaration-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
career-reports-title = Signaler une déclaration manquante
career-reports-intro = Un mois manque dans votre carrière ? Indiquez l'employeur et le mois : la CNSS demande à l'employeur de le déclarer.
career-report-no-employer = Aucun employeur ne vous a encore déclaré : la CNSS ne peut pas savoir à qui s'adresser. Contactez-la avec vos bulletins de paie.
career-report-employer = Employeur
career-report-employer-choose = Choisissez un employeur
career-report-month = Mois manquant
career-report-month-choose = Choisissez un mois
career-report-month-other = Un autre mois
career-report-month-input = Autre mois
    .hint = L'année puis le mois, par exemple 2026-03 pour mars 2026.
career-report-submit = Envoyer la réclamation
career-report-sent-heading = Réclamation envoyée
career-report-reference = Référence
career-report-sent-body = La CNSS demande à votre employeur de déclarer ce mois. Suivez l'avancement ci-dessous, avec cette référence.
career-report-another = Signaler un autre mois
career-reports-heading = Mes réclamations
career-reports-empty = Vous n'avez envoyé aucune réclamation.
career-report-item = { $month } – { $employer }
career-report-state-submitted = Envoyée
career-report-state-in-review = En cours d'examen
career-report-state-resolved = Résolue : le mois apparaît dans votre carrière
career-report-state-rejected = Rejetée
career-report-rejected-hint = L'employeur indique que vous n'avez pas travaillé pour lui ce mois-là. Si vous avez des bulletins de paie, contactez la CNSS.
career-report-submitted-on = Envoyée le
career-report-updated-on = Dernière mise à jour
