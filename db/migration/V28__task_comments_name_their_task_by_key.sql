-- a task comment names its task by the task definition key, so that every reader sees the task's name in
-- their own language (task.name.<key> in the screens' bundles, DD030); task_name keeps the English name as
-- the model had it, shown for a task no longer in the models
alter table project_comment
    add column task_definition_key varchar(255);

-- comments written before: the key of the task whose English name they recorded (the names of the user
-- tasks are unique across the models); a name no model has any more stays as the only text
update project_comment c
set task_definition_key = named.task_key
from (values
    ('Task_AcknowledgeMissionReport', 'Acknowledge mission report'),
    ('Task_AnswerPartnerQuestion', 'Answer partner''s question'),
    ('Task_ApproveDispatchByHead', 'Approve dispatch as head'),
    ('Task_ApproveDispatchByManager', 'Approve travel and budget'),
    ('Task_ApproveFundingApplication', 'Approve funding application internally'),
    ('Task_ApproveOwnBudget', 'Approve own budget'),
    ('Task_ChooseFundingScheme', 'Choose funding scheme'),
    ('Task_ChooseWayAfterRejection', 'Choose the way on after funding rejection'),
    ('Task_ConductFieldSurvey', 'Conduct field survey'),
    ('Task_ConfirmAgreement', 'Confirm cooperation agreement'),
    ('Task_ConfirmTrainees', 'Confirm trainees'),
    ('Task_DecideGoNoGo', 'Decide go or no-go'),
    ('Task_DecideOnFundingApplication', 'Decide on funding application'),
    ('Task_DefineStudyScope', 'Define study scope and terms of reference'),
    ('Task_DesignCurriculum', 'Design curriculum'),
    ('Task_DraftFundingApplication', 'Draft funding application'),
    ('Task_EvaluateProgramme', 'Evaluate programme'),
    ('Task_EvaluateProject', 'Evaluate project'),
    ('Task_GiveConsent', 'Give consent to cooperative project'),
    ('Task_NominateTrainees', 'Nominate trainees'),
    ('Task_PlanImplementation', 'Plan implementation'),
    ('Task_PrepareLogistics', 'Prepare logistics'),
    ('Task_RecordFundingAgreement', 'Record funding agreement'),
    ('Task_RecordSession', 'Record session'),
    ('Task_RenewAgreement', 'Renew cooperation agreement'),
    ('Task_ReportProgress', 'Report progress on indicators'),
    ('Task_ResolveTravelSafetyBlock', 'Resolve travel-safety block'),
    ('Task_ReviewFeasibilityStudy', 'Review feasibility study'),
    ('Task_ReviewProgress', 'Review progress report'),
    ('Task_ReviseFundingApplication', 'Revise funding application'),
    ('Task_ReviseProposal', 'Revise project proposal'),
    ('Task_ScreenFundingApplication', 'Screen funding application'),
    ('Task_ScreenProposal', 'Screen project proposal'),
    ('Task_SelectSpecialists', 'Select specialists and mission dates'),
    ('Task_SetFollowUpSchedule', 'Set follow-up schedule'),
    ('Task_SubmitActionPlan', 'Submit action plan'),
    ('Task_SubmitActionPlans', 'Submit trainees'' action plans'),
    ('Task_SubmitFundingReport', 'Submit report to funding agency'),
    ('Task_SubmitMissionReport', 'Submit mission report'),
    ('Task_UploadStudyReport', 'Upload study report'),
    ('Task_WriteCompletionReport', 'Write completion report'),
    ('Task_WriteTermsOfReference', 'Write terms of reference')
) as named (task_key, task_name)
where c.task_name = named.task_name;
