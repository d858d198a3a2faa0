IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [Agencies] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [SourceCategory] int NOT NULL,
        [ServesOnlyChildren] bit NOT NULL,
        [TenantId] uniqueidentifier NULL,
        [InformationSharingAgreementDate] date NULL,
        [IsCoreMember] bit NOT NULL,
        [IsActive] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Agencies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [AuditCheckpoints] (
        [Id] int NOT NULL IDENTITY,
        [LastPurgedSequence] bigint NOT NULL,
        [LastPurgedHash] nvarchar(64) NOT NULL,
        [PurgedByUserId] int NOT NULL,
        [PurgedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_AuditCheckpoints] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [AuditEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [Sequence] bigint NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [Action] int NOT NULL,
        [UserId] int NULL,
        [UserDisplay] nvarchar(200) NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(100) NULL,
        [ReferralId] int NULL,
        [Detail] nvarchar(4000) NULL,
        [WithheldCategories] nvarchar(200) NULL,
        [GrantId] int NULL,
        [Outcome] nvarchar(200) NULL,
        [PreviousHash] nvarchar(64) NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AuditEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [BankHolidays] (
        [Id] int NOT NULL IDENTITY,
        [Date] date NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_BankHolidays] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [PartnershipSettings] (
        [Id] int NOT NULL IDENTITY,
        [PartnershipName] nvarchar(200) NOT NULL,
        [AdultFemalePopulation] int NOT NULL,
        [MinoritisedPopulationPercent] decimal(5,2) NOT NULL,
        [MaracIdvaFte] decimal(6,2) NOT NULL,
        [ReferralCutOffWorkingDays] int NOT NULL,
        [EscalationIncidentThreshold] int NOT NULL,
        [CaseRetentionYears] int NOT NULL,
        [MinutesRetentionYears] int NOT NULL,
        [AuditRetentionYears] int NOT NULL,
        [SensitivePlaceNames] nvarchar(4000) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PartnershipSettings] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [People] (
        [Id] int NOT NULL IDENTITY,
        [SubjectId] uniqueidentifier NOT NULL,
        [GivenName] nvarchar(100) NOT NULL,
        [FamilyName] nvarchar(100) NOT NULL,
        [DateOfBirth] date NULL,
        [Gender] int NOT NULL,
        [Ethnicity] int NOT NULL,
        [Disabled] int NOT NULL,
        [Lgbt] int NOT NULL,
        [PreferredLanguage] nvarchar(100) NULL,
        [InterpreterNeeded] bit NOT NULL,
        [Pregnant] int NOT NULL,
        [ImmigrationStatus] nvarchar(200) NULL,
        [NoRecourseToPublicFunds] bit NOT NULL,
        [Address] nvarchar(500) NULL,
        [Postcode] nvarchar(10) NULL,
        [Phone] nvarchar(30) NULL,
        [SafeToCall] int NOT NULL,
        [SafeTimesToCall] nvarchar(200) NULL,
        [NameKey] nvarchar(201) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_People] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [RiskInstruments] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(30) NOT NULL,
        [Version] nvarchar(30) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [HighRiskThreshold] int NOT NULL,
        [MediumRiskThreshold] int NOT NULL,
        [IsCurrent] bit NOT NULL,
        CONSTRAINT [PK_RiskInstruments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [StaffUsers] (
        [Id] int NOT NULL IDENTITY,
        [TenantId] uniqueidentifier NOT NULL,
        [ObjectId] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [Email] nvarchar(320) NOT NULL,
        [AgencyId] int NULL,
        [Roles] int NOT NULL,
        [Status] int NOT NULL,
        [FirstSeenAt] datetime2 NOT NULL,
        [LastSignedInAt] datetime2 NULL,
        [LeftAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_StaffUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StaffUsers_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [PersonAliases] (
        [Id] int NOT NULL IDENTITY,
        [PersonId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [NameKey] nvarchar(201) NOT NULL,
        CONSTRAINT [PK_PersonAliases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PersonAliases_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [RiskQuestion] (
        [Id] int NOT NULL IDENTITY,
        [RiskInstrumentId] int NOT NULL,
        [Number] int NOT NULL,
        [Text] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_RiskQuestion] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RiskQuestion_RiskInstruments_RiskInstrumentId] FOREIGN KEY ([RiskInstrumentId]) REFERENCES [RiskInstruments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [Meetings] (
        [Id] int NOT NULL IDENTITY,
        [StartsAt] datetime2 NOT NULL,
        [Venue] nvarchar(200) NULL,
        [OnlineLink] nvarchar(500) NULL,
        [ChairUserId] int NULL,
        [Status] int NOT NULL,
        [CaseCapacity] int NOT NULL,
        [MinutesPerCase] int NOT NULL,
        [ConfidentialityStatementVersion] nvarchar(30) NULL,
        [IsImported] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Meetings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Meetings_StaffUsers_ChairUserId] FOREIGN KEY ([ChairUserId]) REFERENCES [StaffUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [Referrals] (
        [Id] int NOT NULL IDENTITY,
        [Reference] nvarchar(30) NOT NULL,
        [Status] int NOT NULL,
        [ReferralDate] date NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [CreatedByUserId] int NULL,
        [SubmissionToken] uniqueidentifier NOT NULL,
        [ReferrerName] nvarchar(100) NOT NULL,
        [ReferrerPhone] nvarchar(30) NULL,
        [ReferrerEmail] nvarchar(320) NULL,
        [VictimId] int NOT NULL,
        [ImportedChildrenCount] int NULL,
        [ProfessionalJudgement] bit NOT NULL,
        [ProfessionalJudgementReasons] nvarchar(4000) NULL,
        [PotentialEscalation] bit NOT NULL,
        [IncidentsInLast12Months] int NULL,
        [RepeatDeclared] bit NOT NULL,
        [PreviousMaracDate] date NULL,
        [RiskNarrative] nvarchar(4000) NULL,
        [VictimAwareOfReferral] int NOT NULL,
        [ConsentGiven] int NOT NULL,
        [ConsentNotGivenReason] nvarchar(4000) NULL,
        [SharingWithoutConsentDecision] nvarchar(4000) NULL,
        [VictimFears] nvarchar(4000) NULL,
        [SafeToTalkTo] nvarchar(4000) NULL,
        [NotSafeToTalkTo] nvarchar(4000) NULL,
        [PreviousOtherMarac] nvarchar(4000) NULL,
        [Flags] int NOT NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedByUserId] int NULL,
        [ReturnReason] nvarchar(4000) NULL,
        [RepeatOverride] bit NULL,
        [RepeatOverrideReason] nvarchar(4000) NULL,
        [MergedIntoReferralId] int NULL,
        [IsImported] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Referrals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Referrals_People_VictimId] FOREIGN KEY ([VictimId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Referrals_StaffUsers_CreatedByUserId] FOREIGN KEY ([CreatedByUserId]) REFERENCES [StaffUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [AgendaItems] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [ReferralId] int NOT NULL,
        [Section] int NOT NULL,
        [Order] int NOT NULL,
        [Status] int NOT NULL,
        [StatusReason] nvarchar(4000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AgendaItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgendaItems_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AgendaItems_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [MatchDecisions] (
        [Id] int NOT NULL IDENTITY,
        [ReferralId] int NOT NULL,
        [MatchedReferralId] int NOT NULL,
        [Outcome] int NOT NULL,
        [Reason] nvarchar(4000) NOT NULL,
        [PreviousSubjectId] uniqueidentifier NOT NULL,
        [DecidedByUserId] int NOT NULL,
        [DecidedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_MatchDecisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MatchDecisions_Referrals_MatchedReferralId] FOREIGN KEY ([MatchedReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MatchDecisions_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [ReferralAgencies] (
        [ReferralId] int NOT NULL,
        [AgencyId] int NOT NULL,
        CONSTRAINT [PK_ReferralAgencies] PRIMARY KEY ([ReferralId], [AgencyId]),
        CONSTRAINT [FK_ReferralAgencies_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReferralAgencies_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [ReferralChildren] (
        [Id] int NOT NULL IDENTITY,
        [ReferralId] int NOT NULL,
        [PersonId] int NOT NULL,
        [RelationshipToVictim] nvarchar(200) NULL,
        [RelationshipToPerpetrator] nvarchar(200) NULL,
        [School] nvarchar(200) NULL,
        CONSTRAINT [PK_ReferralChildren] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReferralChildren_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReferralChildren_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [ReferralPerpetrators] (
        [Id] int NOT NULL IDENTITY,
        [ReferralId] int NOT NULL,
        [PersonId] int NOT NULL,
        [RelationshipToVictim] nvarchar(200) NULL,
        CONSTRAINT [PK_ReferralPerpetrators] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReferralPerpetrators_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReferralPerpetrators_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [RiskAssessments] (
        [Id] int NOT NULL IDENTITY,
        [ReferralId] int NOT NULL,
        [RiskInstrumentId] int NOT NULL,
        [CompletedOn] date NULL,
        [Score] int NOT NULL,
        [Band] int NOT NULL,
        CONSTRAINT [PK_RiskAssessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RiskAssessments_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_RiskAssessments_RiskInstruments_RiskInstrumentId] FOREIGN KEY ([RiskInstrumentId]) REFERENCES [RiskInstruments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE TABLE [RiskAnswers] (
        [Id] int NOT NULL IDENTITY,
        [RiskAssessmentId] int NOT NULL,
        [QuestionNumber] int NOT NULL,
        [Answer] int NOT NULL,
        [Comment] nvarchar(4000) NULL,
        CONSTRAINT [PK_RiskAnswers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RiskAnswers_RiskAssessments_RiskAssessmentId] FOREIGN KEY ([RiskAssessmentId]) REFERENCES [RiskAssessments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Agencies_Name] ON [Agencies] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_MeetingId_Status] ON [AgendaItems] ([MeetingId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UX_AgendaItems_ListedOnce] ON [AgendaItems] ([ReferralId]) WHERE Status = 0');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_ReferralId_OccurredAt] ON [AuditEvents] ([ReferralId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AuditEvents_Sequence] ON [AuditEvents] ([Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BankHolidays_Date] ON [BankHolidays] ([Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_MatchDecisions_MatchedReferralId] ON [MatchDecisions] ([MatchedReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_MatchDecisions_ReferralId] ON [MatchDecisions] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_Meetings_ChairUserId] ON [Meetings] ([ChairUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_Meetings_StartsAt] ON [Meetings] ([StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DateOfBirth_NameKey] ON [People] ([DateOfBirth], [NameKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_People_NameKey] ON [People] ([NameKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SubjectId] ON [People] ([SubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_PersonAliases_NameKey] ON [PersonAliases] ([NameKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_PersonAliases_PersonId] ON [PersonAliases] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferralAgencies_AgencyId] ON [ReferralAgencies] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferralChildren_PersonId] ON [ReferralChildren] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferralChildren_ReferralId] ON [ReferralChildren] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferralPerpetrators_PersonId] ON [ReferralPerpetrators] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferralPerpetrators_ReferralId] ON [ReferralPerpetrators] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_CreatedByUserId] ON [Referrals] ([CreatedByUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Referrals_Reference] ON [Referrals] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_ReferralDate] ON [Referrals] ([ReferralDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_Status_ReferralDate] ON [Referrals] ([Status], [ReferralDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Referrals_SubmissionToken] ON [Referrals] ([SubmissionToken]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_VictimId] ON [Referrals] ([VictimId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_RiskAnswers_RiskAssessmentId] ON [RiskAnswers] ([RiskAssessmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RiskAssessments_ReferralId] ON [RiskAssessments] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_RiskAssessments_RiskInstrumentId] ON [RiskAssessments] ([RiskInstrumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RiskInstruments_Code_Version] ON [RiskInstruments] ([Code], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_RiskQuestion_RiskInstrumentId] ON [RiskQuestion] ([RiskInstrumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE INDEX [IX_StaffUsers_AgencyId] ON [StaffUsers] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StaffUsers_TenantId_ObjectId] ON [StaffUsers] ([TenantId], [ObjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123153624_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123153624_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123154553_RepeatLinksAndMerges'
)
BEGIN
    ALTER TABLE [ReferralAgencies] ADD [MergedFromReferralId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123154553_RepeatLinksAndMerges'
)
BEGIN
    ALTER TABLE [MatchDecisions] ADD [PerpetratorLinks] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123154553_RepeatLinksAndMerges'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123154553_RepeatLinksAndMerges', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163329_SessionRevocation'
)
BEGIN
    ALTER TABLE [StaffUsers] ADD [SessionsRevokedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163329_SessionRevocation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123163329_SessionRevocation', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    ALTER TABLE [Meetings] ADD [AgendaChangedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    ALTER TABLE [Meetings] ADD [FirstPublishedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    ALTER TABLE [Meetings] ADD [LastPublishedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    ALTER TABLE [Meetings] ADD [SeriesId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    ALTER TABLE [AgendaItems] ADD [AddedAfterCutOff] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    ALTER TABLE [AgendaItems] ADD [AddedReason] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE TABLE [AgendaChanges] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [ReferralId] int NULL,
        [Kind] int NOT NULL,
        [Reason] nvarchar(4000) NULL,
        [ChangedAt] datetime2 NOT NULL,
        [ChangedByUserId] int NULL,
        [PublishedAt] datetime2 NULL,
        CONSTRAINT [PK_AgendaChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgendaChanges_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AgendaChanges_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE TABLE [MeetingAgencies] (
        [MeetingId] int NOT NULL,
        [AgencyId] int NOT NULL,
        [Reason] int NOT NULL,
        CONSTRAINT [PK_MeetingAgencies] PRIMARY KEY ([MeetingId], [AgencyId]),
        CONSTRAINT [FK_MeetingAgencies_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeetingAgencies_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] int NOT NULL IDENTITY,
        [StaffUserId] int NOT NULL,
        [Text] nvarchar(200) NOT NULL,
        [Link] nvarchar(200) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ReadAt] datetime2 NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Notifications_StaffUsers_StaffUserId] FOREIGN KEY ([StaffUserId]) REFERENCES [StaffUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE TABLE [ResearchReturns] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [ReferralId] int NOT NULL,
        [AgencyId] int NOT NULL,
        [Answer] int NOT NULL,
        [SharedFacts] nvarchar(4000) NULL,
        [SharedOpinion] nvarchar(4000) NULL,
        [NotSharedNote] nvarchar(4000) NULL,
        [RecordedAt] datetime2 NOT NULL,
        [RecordedByUserId] int NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ResearchReturns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ResearchReturns_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ResearchReturns_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ResearchReturns_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE INDEX [IX_Meetings_SeriesId] ON [Meetings] ([SeriesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE INDEX [IX_AgendaChanges_MeetingId_PublishedAt] ON [AgendaChanges] ([MeetingId], [PublishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE INDEX [IX_AgendaChanges_ReferralId] ON [AgendaChanges] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE INDEX [IX_MeetingAgencies_AgencyId] ON [MeetingAgencies] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE INDEX [IX_Notifications_StaffUserId_ReadAt] ON [Notifications] ([StaffUserId], [ReadAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE INDEX [IX_ResearchReturns_AgencyId] ON [ResearchReturns] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ResearchReturns_MeetingId_ReferralId_AgencyId] ON [ResearchReturns] ([MeetingId], [ReferralId], [AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    CREATE INDEX [IX_ResearchReturns_ReferralId] ON [ResearchReturns] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164153_Meetings'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123164153_Meetings', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Referrals] ADD [AnonymisedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Referrals] ADD [LegalHoldReason] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Referrals] ADD [LegalHoldSetAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Referrals] ADD [LegalHoldSetByUserId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [PartnershipSettings] ADD [GrantExpiryDays] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [PartnershipSettings] ADD [MinoritisedEthnicities] nvarchar(500) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [PartnershipSettings] ADD [MinutesIssueWorkingDays] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [PartnershipSettings] ADD [PartnerSources] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [PartnershipSettings] ADD [SuppressionThreshold] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Meetings] ADD [ConcludedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Meetings] ADD [ConfidentialityStatementId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Meetings] ADD [CurrentAgendaItemId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Meetings] ADD [OpenedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [AgendaItems] ADD [DiscussionEndedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [AgendaItems] ADD [DiscussionStartedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [AgendaItems] ADD [InformationSummary] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [AgendaItems] ADD [RiskSummary] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Agencies] ADD [LawfulBasisId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Agencies] ADD [SharingProfile] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE TABLE [CaseExclusions] (
        [Id] int NOT NULL IDENTITY,
        [ReferralId] int NOT NULL,
        [StaffUserId] int NULL,
        [AgencyId] int NULL,
        [Reason] nvarchar(4000) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [RecordedByUserId] int NULL,
        [RemovedAt] datetime2 NULL,
        [RemovedByUserId] int NULL,
        [RemovedReason] nvarchar(4000) NULL,
        CONSTRAINT [PK_CaseExclusions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseExclusions_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseExclusions_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CaseExclusions_StaffUsers_StaffUserId] FOREIGN KEY ([StaffUserId]) REFERENCES [StaffUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE TABLE [ConfidentialityStatements] (
        [Id] int NOT NULL IDENTITY,
        [Number] int NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedByUserId] int NULL,
        CONSTRAINT [PK_ConfidentialityStatements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE TABLE [LawfulBases] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] int NOT NULL,
        [Article6Basis] nvarchar(200) NULL,
        [Article9Condition] nvarchar(200) NULL,
        [Schedule1Condition] nvarchar(200) NULL,
        [Notes] nvarchar(4000) NULL,
        [IsActive] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_LawfulBases] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE TABLE [MeetingActions] (
        [Id] uniqueidentifier NOT NULL,
        [MeetingId] int NOT NULL,
        [ReferralId] int NOT NULL,
        [OwnerAgencyId] int NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [DueDate] date NOT NULL,
        [LinkedRisk] nvarchar(200) NULL,
        [Status] int NOT NULL,
        [StatusNote] nvarchar(4000) NULL,
        [RecordedAt] datetime2 NOT NULL,
        [RecordedByUserId] int NULL,
        [StatusUpdatedAt] datetime2 NULL,
        [StatusUpdatedByUserId] int NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_MeetingActions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingActions_Agencies_OwnerAgencyId] FOREIGN KEY ([OwnerAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeetingActions_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeetingActions_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE TABLE [MeetingApologies] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [AgencyId] int NOT NULL,
        [InformationSent] bit NOT NULL,
        [Note] nvarchar(200) NULL,
        [RecordedAt] datetime2 NOT NULL,
        [RecordedByUserId] int NULL,
        CONSTRAINT [PK_MeetingApologies] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingApologies_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeetingApologies_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE TABLE [MeetingMinutes] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [Number] int NOT NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedByUserId] int NULL,
        [IssueBy] date NOT NULL,
        [ApprovedAt] datetime2 NULL,
        [ApprovedByUserId] int NULL,
        [IssuedAt] datetime2 NULL,
        [IssuedByUserId] int NULL,
        [CorrectionReason] nvarchar(4000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_MeetingMinutes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingMinutes_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE TABLE [MeetingAttendances] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [StaffUserId] int NOT NULL,
        [AgencyId] int NULL,
        [IsObserver] bit NOT NULL,
        [SignedStatementId] int NULL,
        [SignedAt] datetime2 NULL,
        [JoinedAt] datetime2 NOT NULL,
        [LeftAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_MeetingAttendances] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingAttendances_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeetingAttendances_ConfidentialityStatements_SignedStatementId] FOREIGN KEY ([SignedStatementId]) REFERENCES [ConfidentialityStatements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeetingAttendances_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_MeetingAttendances_StaffUsers_StaffUserId] FOREIGN KEY ([StaffUserId]) REFERENCES [StaffUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE TABLE [AccessGrants] (
        [Id] int NOT NULL IDENTITY,
        [AgencyId] int NULL,
        [StaffUserId] int NULL,
        [MeetingId] int NULL,
        [ReferralId] int NULL,
        [Purpose] nvarchar(200) NOT NULL,
        [LawfulBasisId] int NOT NULL,
        [Categories] int NOT NULL,
        [ValidFrom] datetime2 NOT NULL,
        [ValidTo] datetime2 NOT NULL,
        [Origin] int NOT NULL,
        [Reason] nvarchar(4000) NULL,
        [GrantedAt] datetime2 NOT NULL,
        [GrantedByUserId] int NULL,
        [RevokedAt] datetime2 NULL,
        [RevokedByUserId] int NULL,
        [RevokedReason] nvarchar(4000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AccessGrants] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AccessGrants_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AccessGrants_LawfulBases_LawfulBasisId] FOREIGN KEY ([LawfulBasisId]) REFERENCES [LawfulBases] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AccessGrants_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AccessGrants_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AccessGrants_StaffUsers_StaffUserId] FOREIGN KEY ([StaffUserId]) REFERENCES [StaffUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE TABLE [AccessGrantChanges] (
        [Id] int NOT NULL IDENTITY,
        [AccessGrantId] int NOT NULL,
        [Kind] int NOT NULL,
        [Reason] nvarchar(4000) NULL,
        [CategoriesBefore] int NOT NULL,
        [CategoriesAfter] int NOT NULL,
        [ValidToBefore] datetime2 NOT NULL,
        [ValidToAfter] datetime2 NOT NULL,
        [ChangedAt] datetime2 NOT NULL,
        [ChangedByUserId] int NULL,
        CONSTRAINT [PK_AccessGrantChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AccessGrantChanges_AccessGrants_AccessGrantId] FOREIGN KEY ([AccessGrantId]) REFERENCES [AccessGrants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_Meetings_ConfidentialityStatementId] ON [Meetings] ([ConfidentialityStatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_Agencies_LawfulBasisId] ON [Agencies] ([LawfulBasisId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_AccessGrantChanges_AccessGrantId] ON [AccessGrantChanges] ([AccessGrantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_AccessGrants_AgencyId_ValidTo] ON [AccessGrants] ([AgencyId], [ValidTo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_AccessGrants_LawfulBasisId] ON [AccessGrants] ([LawfulBasisId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_AccessGrants_MeetingId] ON [AccessGrants] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_AccessGrants_ReferralId] ON [AccessGrants] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_AccessGrants_StaffUserId_ValidTo] ON [AccessGrants] ([StaffUserId], [ValidTo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_CaseExclusions_AgencyId] ON [CaseExclusions] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_CaseExclusions_ReferralId] ON [CaseExclusions] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_CaseExclusions_StaffUserId] ON [CaseExclusions] ([StaffUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ConfidentialityStatements_Number] ON [ConfidentialityStatements] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_MeetingActions_MeetingId_ReferralId] ON [MeetingActions] ([MeetingId], [ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_MeetingActions_OwnerAgencyId_Status] ON [MeetingActions] ([OwnerAgencyId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_MeetingActions_ReferralId] ON [MeetingActions] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_MeetingApologies_AgencyId] ON [MeetingApologies] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MeetingApologies_MeetingId_AgencyId] ON [MeetingApologies] ([MeetingId], [AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_MeetingAttendances_AgencyId] ON [MeetingAttendances] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MeetingAttendances_MeetingId_StaffUserId] ON [MeetingAttendances] ([MeetingId], [StaffUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_MeetingAttendances_SignedStatementId] ON [MeetingAttendances] ([SignedStatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE INDEX [IX_MeetingAttendances_StaffUserId] ON [MeetingAttendances] ([StaffUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MeetingMinutes_MeetingId_Number] ON [MeetingMinutes] ([MeetingId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Agencies] ADD CONSTRAINT [FK_Agencies_LawfulBases_LawfulBasisId] FOREIGN KEY ([LawfulBasisId]) REFERENCES [LawfulBases] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    ALTER TABLE [Meetings] ADD CONSTRAINT [FK_Meetings_ConfidentialityStatements_ConfidentialityStatementId] FOREIGN KEY ([ConfidentialityStatementId]) REFERENCES [ConfidentialityStatements] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    UPDATE Agencies SET SharingProfile = CASE SourceCategory WHEN 1 THEN 254 WHEN 2 THEN 510 WHEN 3 THEN 166 WHEN 11 THEN 166 WHEN 12 THEN 166 WHEN 4 THEN 174 WHEN 5 THEN 174 WHEN 6 THEN 174 WHEN 7 THEN 174 WHEN 8 THEN 174 WHEN 9 THEN 182 ELSE 134 END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182620_InformationSharingAndLiveMeeting'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123182620_InformationSharingAndLiveMeeting', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123225802_AgendaItemsByCase'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_ReferralId_Status_MeetingId] ON [AgendaItems] ([ReferralId], [Status], [MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123225802_AgendaItemsByCase'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123225802_AgendaItemsByCase', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207053613_SharingPolicy'
)
BEGIN
    ALTER TABLE [Referrals] ADD [SubmittedSnapshot] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207053613_SharingPolicy'
)
BEGIN
    ALTER TABLE [ReferralAgencies] ADD [IsProposed] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207053613_SharingPolicy'
)
BEGIN
    ALTER TABLE [PartnershipSettings] ADD [RestrictedGrantMaxDays] int NOT NULL DEFAULT 90;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207053613_SharingPolicy'
)
BEGIN
    UPDATE [ReferralAgencies] SET [IsProposed] = 1
    WHERE EXISTS (SELECT 1 FROM [Referrals] r JOIN [StaffUsers] u ON u.[Id] = r.[CreatedByUserId]
      WHERE r.[Id] = [ReferralAgencies].[ReferralId] AND r.[Status] IN (1, 3) AND (u.[Roles] & 1) = 0
        AND (u.[AgencyId] IS NULL OR u.[AgencyId] <> [ReferralAgencies].[AgencyId]))
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207053613_SharingPolicy'
)
BEGIN
    UPDATE [AccessGrants] SET [ValidTo] = DATEADD(day, 90, [ValidFrom])
    WHERE ([Categories] & 256) <> 0 AND [ReferralId] IS NOT NULL AND [ValidTo] > DATEADD(day, 90, [ValidFrom])
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207053613_SharingPolicy'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207053613_SharingPolicy', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207125022_AuditKeyedChain'
)
BEGIN
    ALTER TABLE [AuditEvents] ADD [KeyId] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207125022_AuditKeyedChain'
)
BEGIN
    ALTER TABLE [AuditCheckpoints] ADD [KeyId] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207125022_AuditKeyedChain'
)
BEGIN
    ALTER TABLE [AuditCheckpoints] ADD [Signature] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207125022_AuditKeyedChain'
)
BEGIN
    CREATE TABLE [AuditChainHeads] (
        [Id] int NOT NULL,
        [Sequence] bigint NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AuditChainHeads] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207125022_AuditKeyedChain'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Hash', N'Sequence') AND [object_id] = OBJECT_ID(N'[AuditChainHeads]'))
        SET IDENTITY_INSERT [AuditChainHeads] ON;
    EXEC(N'INSERT INTO [AuditChainHeads] ([Id], [Hash], [Sequence])
    VALUES (1, N''GENESIS'', CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Hash', N'Sequence') AND [object_id] = OBJECT_ID(N'[AuditChainHeads]'))
        SET IDENTITY_INSERT [AuditChainHeads] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207125022_AuditKeyedChain'
)
BEGIN
    UPDATE [AuditChainHeads] SET
        [Sequence] = COALESCE((SELECT MAX([Sequence]) FROM [AuditEvents]), (SELECT MAX([LastPurgedSequence]) FROM [AuditCheckpoints]), 0),
        [Hash] = COALESCE((SELECT TOP 1 [Hash] FROM [AuditEvents] ORDER BY [Sequence] DESC),
            (SELECT TOP 1 [LastPurgedHash] FROM [AuditCheckpoints] ORDER BY [LastPurgedSequence] DESC), 'GENESIS')
    WHERE [Id] = 1;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207125022_AuditKeyedChain'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207125022_AuditKeyedChain', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208000925_SubjectAccessRequestLog'
)
BEGIN
    CREATE TABLE [SubjectAccessRequests] (
        [Id] int NOT NULL IDENTITY,
        [Reference] nvarchar(30) NOT NULL,
        [ReceivedOn] date NOT NULL,
        [DueOn] date NOT NULL,
        [ExtendedFrom] date NULL,
        [ExtensionReason] nvarchar(200) NULL,
        [AnsweredOn] date NULL,
        [RecordedAt] datetime2 NOT NULL,
        [RecordedByUserId] int NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SubjectAccessRequests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208000925_SubjectAccessRequestLog'
)
BEGIN
    CREATE INDEX [IX_SubjectAccessRequests_DueOn] ON [SubjectAccessRequests] ([DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208000925_SubjectAccessRequestLog'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SubjectAccessRequests_Reference] ON [SubjectAccessRequests] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208000925_SubjectAccessRequestLog'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208000925_SubjectAccessRequestLog', N'10.0.14');
END;

COMMIT;
GO

