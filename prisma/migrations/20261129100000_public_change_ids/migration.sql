-- Change notices name what changed, so each instance re-reads only that into its public model (an incident, a
-- maintenance) instead of the whole model. The incident and maintenance tables announce "Table:id,id,…" with the
-- ids of the incidents, maintenances or (IncidentUpdateComponent) incident updates a statement touched, read from
-- its transition tables; a statement touching more than 100 of them, or a TRUNCATE, announces the table alone, which
-- makes every instance read the whole model again. A statement that touched no row announces nothing. The other
-- public tables keep announcing their name (20261124065000_public_change_notify): they are small and read whole.
-- The payload stays far below pg_notify's 8000 bytes (100 ids of about 25 characters).
CREATE FUNCTION "beacon_notify_public_rows"() RETURNS trigger AS $$
DECLARE
  "column" text := TG_ARGV[0];
  "source" text;
  "ids" text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    "source" := format('SELECT %I AS v FROM "beacon_new"', "column");
  ELSIF TG_OP = 'DELETE' THEN
    "source" := format('SELECT %I AS v FROM "beacon_old"', "column");
  ELSE
    "source" := format('SELECT %I AS v FROM "beacon_old" UNION SELECT %I FROM "beacon_new"', "column", "column");
  END IF;
  EXECUTE format('SELECT array_agg(v) FROM (SELECT DISTINCT v FROM (%s) rows LIMIT 101) ids', "source") INTO "ids";
  IF "ids" IS NULL THEN
    RETURN NULL;
  ELSIF cardinality("ids") > 100 THEN
    PERFORM pg_notify('beacon_public_change', TG_TABLE_NAME);
  ELSE
    PERFORM pg_notify('beacon_public_change', TG_TABLE_NAME || ':' || array_to_string("ids", ','));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;


DROP TRIGGER "Incident_public_change" ON "Incident";
CREATE TRIGGER "Incident_public_insert" AFTER INSERT ON "Incident" REFERENCING NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('id');
CREATE TRIGGER "Incident_public_update" AFTER UPDATE ON "Incident" REFERENCING OLD TABLE AS "beacon_old" NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('id');
CREATE TRIGGER "Incident_public_delete" AFTER DELETE ON "Incident" REFERENCING OLD TABLE AS "beacon_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('id');
CREATE TRIGGER "Incident_public_truncate" AFTER TRUNCATE ON "Incident"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();

DROP TRIGGER "IncidentComponent_public_change" ON "IncidentComponent";
CREATE TRIGGER "IncidentComponent_public_insert" AFTER INSERT ON "IncidentComponent" REFERENCING NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('incidentId');
CREATE TRIGGER "IncidentComponent_public_update" AFTER UPDATE ON "IncidentComponent" REFERENCING OLD TABLE AS "beacon_old" NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('incidentId');
CREATE TRIGGER "IncidentComponent_public_delete" AFTER DELETE ON "IncidentComponent" REFERENCING OLD TABLE AS "beacon_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('incidentId');
CREATE TRIGGER "IncidentComponent_public_truncate" AFTER TRUNCATE ON "IncidentComponent"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();

DROP TRIGGER "IncidentUpdate_public_change" ON "IncidentUpdate";
CREATE TRIGGER "IncidentUpdate_public_insert" AFTER INSERT ON "IncidentUpdate" REFERENCING NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('incidentId');
CREATE TRIGGER "IncidentUpdate_public_update" AFTER UPDATE ON "IncidentUpdate" REFERENCING OLD TABLE AS "beacon_old" NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('incidentId');
CREATE TRIGGER "IncidentUpdate_public_delete" AFTER DELETE ON "IncidentUpdate" REFERENCING OLD TABLE AS "beacon_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('incidentId');
CREATE TRIGGER "IncidentUpdate_public_truncate" AFTER TRUNCATE ON "IncidentUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();

DROP TRIGGER "IncidentUpdateComponent_public_change" ON "IncidentUpdateComponent";
CREATE TRIGGER "IncidentUpdateComponent_public_insert" AFTER INSERT ON "IncidentUpdateComponent" REFERENCING NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('updateId');
CREATE TRIGGER "IncidentUpdateComponent_public_update" AFTER UPDATE ON "IncidentUpdateComponent" REFERENCING OLD TABLE AS "beacon_old" NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('updateId');
CREATE TRIGGER "IncidentUpdateComponent_public_delete" AFTER DELETE ON "IncidentUpdateComponent" REFERENCING OLD TABLE AS "beacon_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('updateId');
CREATE TRIGGER "IncidentUpdateComponent_public_truncate" AFTER TRUNCATE ON "IncidentUpdateComponent"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();

DROP TRIGGER "ScheduledMaintenance_public_change" ON "ScheduledMaintenance";
CREATE TRIGGER "ScheduledMaintenance_public_insert" AFTER INSERT ON "ScheduledMaintenance" REFERENCING NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('id');
CREATE TRIGGER "ScheduledMaintenance_public_update" AFTER UPDATE ON "ScheduledMaintenance" REFERENCING OLD TABLE AS "beacon_old" NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('id');
CREATE TRIGGER "ScheduledMaintenance_public_delete" AFTER DELETE ON "ScheduledMaintenance" REFERENCING OLD TABLE AS "beacon_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('id');
CREATE TRIGGER "ScheduledMaintenance_public_truncate" AFTER TRUNCATE ON "ScheduledMaintenance"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();

DROP TRIGGER "MaintenanceComponent_public_change" ON "MaintenanceComponent";
CREATE TRIGGER "MaintenanceComponent_public_insert" AFTER INSERT ON "MaintenanceComponent" REFERENCING NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('maintenanceId');
CREATE TRIGGER "MaintenanceComponent_public_update" AFTER UPDATE ON "MaintenanceComponent" REFERENCING OLD TABLE AS "beacon_old" NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('maintenanceId');
CREATE TRIGGER "MaintenanceComponent_public_delete" AFTER DELETE ON "MaintenanceComponent" REFERENCING OLD TABLE AS "beacon_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('maintenanceId');
CREATE TRIGGER "MaintenanceComponent_public_truncate" AFTER TRUNCATE ON "MaintenanceComponent"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();

DROP TRIGGER "MaintenanceUpdate_public_change" ON "MaintenanceUpdate";
CREATE TRIGGER "MaintenanceUpdate_public_insert" AFTER INSERT ON "MaintenanceUpdate" REFERENCING NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('maintenanceId');
CREATE TRIGGER "MaintenanceUpdate_public_update" AFTER UPDATE ON "MaintenanceUpdate" REFERENCING OLD TABLE AS "beacon_old" NEW TABLE AS "beacon_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('maintenanceId');
CREATE TRIGGER "MaintenanceUpdate_public_delete" AFTER DELETE ON "MaintenanceUpdate" REFERENCING OLD TABLE AS "beacon_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_rows"('maintenanceId');
CREATE TRIGGER "MaintenanceUpdate_public_truncate" AFTER TRUNCATE ON "MaintenanceUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
