#!/usr/bin/env python3
"""Writes resources/scm/sectigo-schemas.json: the part of Sectigo's OpenAPI 25.9 description
(sectigo-admin-api-25.9.openapi.json) that mpki-setup's SCM calls touch — those operations with their
parameters and responses, and every component they reach — so that `probe` (which ships it) and the
simulator's schema-conformance test validate answers against Sectigo's own schemas.

Kept unchanged except: a `pattern` that is a Java date pattern ("yyyy-MM-dd", not a regular
expression) becomes the matching `format`, so that a JSON-schema validator can apply it.

Usage: tools/extract-sectigo-schemas.py REFERENCE.openapi.json > resources/scm/sectigo-schemas.json
"""
import json
import sys

# (path, method) of every call the engine, the wizard, preview, probe and health make. The client
# still calls some v1 paths whose v2 twin is the only one described (dcv/v1, smime/v1): those are
# mapped by the consumers, not here.
OPERATIONS = [
    ("/api/admin/v1", "get"), ("/api/admin/v1", "post"), ("/api/admin/v1/{id}", "get"),
    ("/api/admin/v1/{id}", "put"), ("/api/admin/v1/password", "get"),
    ("/api/admin/v1/changepassword", "post"), ("/api/admin/v1/roles", "get"),
    ("/api/admin/v1/privileges", "get"),
    ("/api/organization/v1", "get"), ("/api/organization/v1", "post"),
    ("/api/organization/v1/{id}", "get"), ("/api/organization/v1/{id}", "put"),
    ("/api/organization/v2/{orgId}/validations", "get"),
    ("/api/organization/v2/{orgId}/validations/submit", "post"),
    ("/api/organization/v2/{orgId}/validations/{validationId}", "get"),
    ("/api/organization/v2/{orgId}/validations/{validationId}/sync", "post"),
    ("/api/organization/v2/{orgId}/validations/{validationId}/revalidate", "put"),
    ("/api/domain/v1", "get"), ("/api/domain/v1", "post"), ("/api/domain/v1/{id}", "get"),
    ("/api/domain/v1/{id}/delegation", "post"), ("/api/domain/v1/{id}/delegation/approve", "post"),
    ("/api/dcv/v2/validation", "get"), ("/api/dcv/v2/validation/status", "post"),
    ("/api/dcv/v2/validation/start/domain/cname", "post"),
    ("/api/dcv/v2/validation/start/domain/http", "post"),
    ("/api/dcv/v2/validation/start/domain/https", "post"),
    ("/api/dcv/v2/validation/start/domain/email", "post"),
    ("/api/dcv/v2/validation/submit/domain/cname", "post"),
    ("/api/dcv/v2/validation/submit/domain/http", "post"),
    ("/api/dcv/v2/validation/submit/domain/https", "post"),
    ("/api/dcv/v2/validation/submit/domain/email", "post"),
    ("/api/dcv/v2/validation/submit/domain/txt", "post"),
    ("/api/smime/v2/types", "get"), ("/api/smime/v2/customFields", "get"),
    ("/api/customField/v2", "get"),
]

JAVA_DATE_PATTERNS = {"yyyy-MM-dd": "date", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX": "date-time",
                      "yyyy-MM-dd HH:mm:ss": "date-time"}


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    out = {"openapi": spec["openapi"],
           "info": {"title": spec["info"].get("title", ""), "version": spec["info"].get("version", ""),
                    "x-extracted-by": "tools/extract-sectigo-schemas.py"},
           "paths": {}, "components": {}}
    wanted = []
    for path, method in OPERATIONS:
        operation = spec["paths"][path][method]
        kept = {k: operation[k] for k in ("operationId", "parameters", "requestBody", "responses") if k in operation}
        out["paths"].setdefault(path, {})[method] = kept
        wanted.append(kept)

    # Follow every $ref from what is kept, whatever component section it points into.
    seen = set()

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/") and ref not in seen:
                seen.add(ref)
                _, _, section, name = ref.split("/", 3)
                target = spec["components"][section][name]
                out["components"].setdefault(section, {})[name] = target
                walk(target)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(wanted)

    def fix_patterns(node):
        if isinstance(node, dict):
            pattern = node.get("pattern")
            if isinstance(pattern, str) and pattern in JAVA_DATE_PATTERNS:
                del node["pattern"]
                node.setdefault("format", JAVA_DATE_PATTERNS[pattern])
            for value in node.values():
                fix_patterns(value)
        elif isinstance(node, list):
            for value in node:
                fix_patterns(value)

    fix_patterns(out)
    for section in out["components"].values():
        for name in list(section):
            section[name] = section.pop(name)
    out["components"] = {k: dict(sorted(v.items())) for k, v in sorted(out["components"].items())}
    json.dump(out, sys.stdout, indent=1, sort_keys=False, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
