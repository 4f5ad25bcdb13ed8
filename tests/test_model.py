from fogwatch.model import INCIDENT_TYPES, Extraction


def test_schema_names_every_incident_type():
    schema = Extraction.model_json_schema()
    assert set(schema["$defs"]["Incident"]["properties"]["type"]["enum"]) == set(INCIDENT_TYPES)
    assert len(INCIDENT_TYPES) == 9
