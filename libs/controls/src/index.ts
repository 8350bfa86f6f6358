// What other contexts and the apps may use of the a posteriori control (issue 13: an explicit surface).
export { ControlsModule } from './controls.module';
export { ControlsHttpModule } from './http/controls-http.module';
export { CampaignsService, type CampaignInput, type CampaignView, type EvaluationSummary, type PopulationView } from './campaigns.service';
export { EvaluationsService, type CriterionView, type EvaluationView } from './evaluations.service';
export { HabilitationBoardService, type BoardFilter, type BoardItem } from './habilitation-board.service';
export { ADVANCE_PHASES_JOB, ControlPhases } from './control-phases';
export { drawSelection, type PopulationHire, type Selection } from './rules/selection';
export { ControlProblems } from './problems';
