#!/usr/bin/env python3
"""Validates the simulator's answers against Sectigo's OpenAPI (resources/scm/sectigo-schemas.json).

Usage: check-schema-conformance.py SCHEMAS README ANSWERS
  ANSWERS  a JSON array of {"label", "method", "path", "status", "body"} (body: the parsed JSON,
           or null when the answer had none), collected by tst_simulator_schema_conformance.
  README   wizard/simulator/README.md: its table "Where the simulator departs from Sectigo's
           OpenAPI" is the allow-list (operation, field); nothing else is excused.

Each body is validated with jsonschema's Draft 2020-12 validator (OpenAPI 3.1 schemas), with
format checking for date and date-time (two OpenAPI readings: see normalised()), against the schema of that operation and status; an error
status without a schema of its own is held against ErrorResponse. Paths the client calls in v1
that the OpenAPI has only in v2 (dcv/v1, smime/v1) are looked up under v2.
Exit 0 when every answer conforms, 1 with one line per violation, 2 when the input is unusable.
"""
import datetime
import json
import re
import sys

try:
    import jsonschema
except ImportError:
    print("jsonschema is not importable by " + sys.executable, file=sys.stderr)
    sys.exit(3)

V2_ONLY = [("/api/dcv/v1/", "/api/dcv/v2/"), ("/api/smime/v1/", "/api/smime/v2/")]
DEPARTURES_HEADING = "## Where the simulator departs from Sectigo's OpenAPI"


def format_checker():
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date", raises=ValueError)
    def is_date(value):
        if not isinstance(value, str):
            return True
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError("not yyyy-MM-dd")
        datetime.date.fromisoformat(value)
        return True

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value):
        if not isinstance(value, str):
            return True
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", value):
            raise ValueError("not an RFC 3339 date-time")
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True

    return checker


def read_departures(readme_path):
    """(operation, field) pairs of the README's departures table: `METHOD /api/path` and a field
    path such as `delegations[].status` (`*` for the whole body)."""
    departures = set()
    with open(readme_path, encoding="utf-8") as readme:
        text = readme.read()
    start = text.find(DEPARTURES_HEADING)
    if start < 0:
        raise ValueError("README has no section '%s'" % DEPARTURES_HEADING)
    for line in text[start:].splitlines()[1:]:
        if line.startswith("## "):
            break
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 4 or not cells[0].startswith("`"):
            continue
        departures.add((cells[0].strip("`"), cells[1].strip("`")))
    return departures


def normalised(node, schemas):
    """Two readings of OpenAPI that plain JSON Schema lacks:
    - Sectigo's file types some enumerations as "type": "enum" (without values), which is no JSON
      Schema type; they are strings in every example, so they are read as "string".
    - A oneOf over schemas with a discriminator (CustomFieldInput and TextOptionInput, which
      extends it) picks one branch by the discriminator in OpenAPI; in JSON Schema an object valid
      under the base and the extension fails oneOf. Such a oneOf is read as anyOf."""
    if isinstance(node, dict):
        fixed = {key: normalised(value, schemas) for key, value in node.items()}
        if fixed.get("type") == "enum":
            fixed["type"] = "string"
        branches = fixed.get("oneOf")
        if isinstance(branches, list) and any(
                "discriminator" in schemas.get(branch.get("$ref", "").rsplit("/", 1)[-1], {})
                for branch in branches if isinstance(branch, dict)):
            fixed["anyOf"] = fixed.pop("oneOf")
        return fixed
    if isinstance(node, list):
        return [normalised(value, schemas) for value in node]
    return node


def template_regex(template):
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


def find_operation(document, method, path):
    path = path.split("?", 1)[0]
    for old, new in V2_ONLY:
        if path.startswith(old):
            path = new + path[len(old):]
    candidates = []
    for template, operations in document["paths"].items():
        if template_regex(template).match(path) and method.lower() in operations:
            # The most literal template wins (admin/v1/password over admin/v1/{id}).
            candidates.append((template.count("{"), template, operations[method.lower()]))
    if not candidates:
        return None, None
    candidates.sort(key=lambda c: c[0])
    return candidates[0][1], candidates[0][2]


def field_of(error):
    parts = []
    for part in error.absolute_path:
        parts.append("[]" if isinstance(part, int) else ("." + part if parts else part))
    field = "".join(parts)
    # A missing required property is reported on the object that lacks it.
    if error.validator == "required":
        missing = re.match(r"'([^']+)' is a required property", error.message)
        if missing:
            field = (field + "." if field else "") + missing.group(1)
    return field or "*"


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        document = json.load(f)
    departures = read_departures(sys.argv[2])
    with open(sys.argv[3], encoding="utf-8") as f:
        answers = json.load(f)
    document = normalised(document, document["components"]["schemas"])
    components = document["components"]
    checker = format_checker()
    violations = []
    checked = 0
    used_departures = set()
    for answer in answers:
        method, path, status, body = answer["method"], answer["path"], answer["status"], answer["body"]
        where = "%s: %s %s -> %d" % (answer.get("label", ""), method, path, status)
        template, operation = find_operation(document, method, path)
        if operation is None:
            key = "%s %s" % (method, path.split("?", 1)[0])
            if (key, "*") in departures:
                used_departures.add((key, "*"))
            else:
                violations.append(where + ": the OpenAPI has no such operation")
            continue
        key = "%s %s" % (method, template)
        response = operation.get("responses", {}).get(str(status))
        if response is None and status < 400:
            violations.append(where + ": status %d is not one the OpenAPI lists for %s" % (status, key))
            continue
        content = (response or {}).get("content", {})
        schema = next(iter(content.values()))["schema"] if content else None
        if schema is None and status >= 400:
            schema = {"$ref": "#/components/schemas/ErrorResponse"}
        if schema is None:
            if body is not None and (key, "*") not in departures:
                violations.append(where + ": a body where the OpenAPI has none")
            continue
        if body is None:
            violations.append(where + ": no body where the OpenAPI has %s" % json.dumps(schema)[:80])
            continue
        checked += 1
        validator = jsonschema.Draft202012Validator(
            {"allOf": [schema], "components": components}, format_checker=checker)
        for error in validator.iter_errors(body):
            field = field_of(error)
            if (key, field) in departures:
                used_departures.add((key, field))
                continue
            violations.append("%s: %s: %s" % (where, field, error.message[:300]))
    for violation in violations:
        print(violation)
    print("%d answers, %d bodies validated, %d violations, %d departures seen of %d listed"
          % (len(answers), checked, len(violations), len(used_departures), len(departures)))
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
