-- Every write to what the public surface shows announces itself on one channel, after commit (NOTIFY is
-- transactional), whoever made it: an admin, the API, the maintenance scheduler, a monitor, another instance or
-- psql. Beacon instances LISTEN and re-render their in-memory public pages. Statement-level, so a bulk write is one
-- notice; identical notices in one transaction are folded into one by Postgres.
CREATE FUNCTION "beacon_notify_public_change"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('beacon_public_change', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PageSettings_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PageSettings"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "ComponentGroup_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ComponentGroup"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "Component_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Component"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "ComponentStatusChange_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ComponentStatusChange"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "Incident_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Incident"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "IncidentComponent_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IncidentComponent"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "IncidentUpdate_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IncidentUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "IncidentUpdateComponent_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IncidentUpdateComponent"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "ScheduledMaintenance_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ScheduledMaintenance"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "MaintenanceComponent_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MaintenanceComponent"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "MaintenanceUpdate_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MaintenanceUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
