-- Marac: least-privilege database user for the web application (SQL Server / Azure SQL).
-- Run once per environment after 001-schema.sql, as a database owner. Idempotent.
-- The application reads and writes case data, but can never alter or delete the audit trail,
-- and never changes the schema: migrations are applied by a deployment identity, not the app.
-- Replace marac_app with the app's Entra managed identity (CREATE USER [name] FROM EXTERNAL PROVIDER)
-- or SQL login as your deployment uses.

IF DATABASE_PRINCIPAL_ID(N'marac_app_role') IS NULL
BEGIN
    CREATE ROLE [marac_app_role];
END;
GO

GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[dbo] TO [marac_app_role];
GO

-- The audit trail is insert-only for the application.
DENY UPDATE, DELETE ON OBJECT::[dbo].[AuditEvents] TO [marac_app_role];
GO

-- Purging expired audit writes a checkpoint; the checkpoints themselves are never rewritten.
DENY UPDATE, DELETE ON OBJECT::[dbo].[AuditCheckpoints] TO [marac_app_role];
GO

-- No schema changes from the application.
DENY ALTER ON SCHEMA::[dbo] TO [marac_app_role];
DENY CREATE TABLE TO [marac_app_role];
DENY REFERENCES ON SCHEMA::[dbo] TO [marac_app_role];
GO

IF DATABASE_PRINCIPAL_ID(N'marac_app') IS NULL
BEGIN
    -- For Azure SQL with a managed identity use: CREATE USER [marac-web] FROM EXTERNAL PROVIDER;
    CREATE USER [marac_app] WITHOUT LOGIN;
END;
GO

ALTER ROLE [marac_app_role] ADD MEMBER [marac_app];
GO

-- Purging audit events past the partnership's audit retention period is the one delete the app's role
-- is denied. An administrator runs it from /governance/retention; the app then connects with
-- ConnectionStrings:MaracMaintenance as a member of this role, which may read the settings and the
-- trail, write the checkpoint and its own audit event, and delete audit rows - nothing else.
IF DATABASE_PRINCIPAL_ID(N'marac_maintenance_role') IS NULL
BEGIN
    CREATE ROLE [marac_maintenance_role];
END;
GO

GRANT SELECT ON OBJECT::[dbo].[PartnershipSettings] TO [marac_maintenance_role];
GRANT SELECT, INSERT, DELETE ON OBJECT::[dbo].[AuditEvents] TO [marac_maintenance_role];
GRANT SELECT, INSERT ON OBJECT::[dbo].[AuditCheckpoints] TO [marac_maintenance_role];
GO

IF DATABASE_PRINCIPAL_ID(N'marac_maintenance') IS NULL
BEGIN
    -- For Azure SQL with a managed identity use: CREATE USER [marac-maintenance] FROM EXTERNAL PROVIDER;
    CREATE USER [marac_maintenance] WITHOUT LOGIN;
END;
GO

ALTER ROLE [marac_maintenance_role] ADD MEMBER [marac_maintenance];
GO
