#!/usr/bin/env python3
"""Writes scm-openapi-subset.json: the field names and JSON types of the Sectigo OpenAPI schemas
that the SCM simulator answers with, so tst_simulator_schema can check the simulator against
Sectigo's description without the (large, not redistributed) reference file.

Usage: make-openapi-subset.py sectigo-admin-api-25.9.openapi.json > scm-openapi-subset.json
"""
import json
import sys

SCHEMAS = [
    "OrganizationBasicResp", "DepartmentBasicInfo", "OrganizationResp", "ClientCertificate",
    "ValidationResponseItem", "ValidationDetailsResponseV2", "OrganizationDetails",
    "OrganizationGeneralDetails", "IdName",
    "DomainIdentity", "DomainInfo", "DomainDelegation", "CtLogMonitoring",
    "DcvStatusResponseV2", "DcvStatusResponse", "DcvSearchResult", "DomainCnameResponse",
    "DomainHttpResponse", "SubmitDomainResponse", "SubmitTxtDomainResponse", "DomainEmailResponse",
    "DomainDcvEmails",
    "ClientAdminIdentity", "ClientAdminDetailsResponse", "CredentialDTO", "ClientAdminStatusResponse",
    "PrivilegeDescription",
    "ApiCertType", "ApiCustomFieldV2", "ApiCustomField", "ErrorResponse",
]

# Objects the references describe without an OpenAPI schema (sectigo-scm-api.md, DOC25.5).
EXTRA = {
    "CaBackend": {"source": "sectigo-scm-api.md 2.7: GET /api/ca-backend/v1 example",
                  "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                                 "type": {"type": "string"}, "public": {"type": "boolean"}}},
}

# Where the simulator follows the 25.5 REST documentation (or the project's contract) rather than
# the OpenAPI file; each entry names its source.
DEVIATIONS = {
    "ValidationResponseItem.validationLevel": {
        "type": "string",
        "why": "DOC25.5's validation list example carries validationLevel (OV_SSL, OV_SMIME, EV_SSL)"},
    "OrganizationBasicResp.certTypes": {
        "type": "array",
        "why": "SURF's example of GET organization/v1 shows certTypes"},
    "DcvStatusResponse.validationDate": {"type": "string", "why": "DOC25.5 v1 status: {status, validationDate, expirationDate, orderStatus}"},
    "DcvStatusResponse.expirationDate": {"type": "string", "why": "DOC25.5 v1 status: {status, validationDate, expirationDate, orderStatus}"},
    "DcvStatusResponse.orderStatus": {"type": "string", "why": "DOC25.5 v1 status: {status, validationDate, expirationDate, orderStatus}"},
}


def simplify(prop, schemas):
    ref = prop.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[1]
        target = schemas[name]
        if target.get("type") == "string" or "enum" in target:
            return {"type": "string"}
        return {"type": "object", "ref": name}
    kind = prop.get("type")
    if kind == "array":
        items = prop.get("items") or {}
        out = {"type": "array"}
        if "$ref" in items:
            name = items["$ref"].rsplit("/", 1)[1]
            target = schemas[name]
            out["items"] = "string" if target.get("type") == "string" or "enum" in target else name
        elif items.get("type"):
            out["items"] = "string" if items["type"] == "enum" else items["type"]
        return out
    if kind in ("string", "integer", "number", "boolean", "object"):
        return {"type": kind}
    if kind == "enum":
        return {"type": "string"}
    return {"type": "any"}


def main():
    spec = json.load(open(sys.argv[1]))
    schemas = spec["components"]["schemas"]
    out = {
        "about": "Field names and JSON types of the Sectigo SCM objects the simulator answers with, taken from "
                 "Sectigo's OpenAPI 'Admin Operations' 25.9.2 by tests/simulator/make-openapi-subset.py.",
        "schemas": {},
        "x-deviations": DEVIATIONS,
    }
    for name in SCHEMAS:
        props = schemas[name].get("properties", {})
        out["schemas"][name] = {"properties": {k: simplify(v, schemas) for k, v in props.items()}}
    out["schemas"].update(EXTRA)
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
