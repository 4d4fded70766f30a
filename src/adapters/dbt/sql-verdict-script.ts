// The Python half of the SQL verdict, run with the venv's interpreter (`python -I -c`) inside the dbt sandbox:
// it parses with sqlglot, which has no JavaScript counterpart. Kept as a string so the bundle carries it and
// no file in a folder the sandbox can write is ever executed.
export const SQL_VERDICT_SCRIPT = String.raw`
"""Autopilot's verdict on the SQL dbt ran: reads {dialect, projectDir, statements: [...]} as JSON on stdin,
parses each statement with sqlglot, and writes {sqlglot, results: [{kinds, findings}]} (one result per
statement) on stdout.

A statement passes when its kind is one its node may run (a model writes only its own relation and dbt's
temporary and backup relations for it, a test only selects) and it uses no construct that reaches files,
other databases, extensions or settings. Anything sqlglot cannot parse fails: the verdict never guesses.
"""
import json
import logging
import os
import re
import sys

import sqlglot
from sqlglot import exp

# Functions that read or write files, reach other databases or the network, run SQL from a string, or show
# secrets and the environment. Lower case; prefixes and suffixes cover families (read_csv_auto, sqlite_scan).
FORBIDDEN_FUNCTIONS = {
    "glob",
    "sniff_csv",
    "query",
    "query_table",
    "getenv",
    "duckdb_secrets",
    "which_secret",
    "load_aws_credentials",
    "pg_read_file",
    "pg_read_binary_file",
    "pg_ls_dir",
    "pg_stat_file",
    "lo_import",
    "lo_export",
    "dblink",
    "dblink_exec",
    "external_query",
}
FORBIDDEN_PREFIXES = ("read_", "parquet_", "sqlite_", "postgres_", "mysql_", "iceberg_", "delta_", "st_read", "dblink_")
FORBIDDEN_SUFFIXES = ("_scan", "_attach")
# A table named like a path or URL: DuckDB reads it as a file (a "replacement scan").
FILE_LIKE_TABLE = re.compile(r"[/\\:]|\.[A-Za-z0-9]{1,8}$")

QUERY_KINDS = (exp.Query,)
ALWAYS_ALLOWED = (exp.Query, exp.Transaction, exp.Commit, exp.Rollback, exp.Describe, exp.Show)
WRITE_KINDS = (exp.Create, exp.Insert, exp.Delete, exp.Update, exp.Merge, exp.Drop, exp.Alter, exp.TruncateTable)
WRITING_RESOURCES = ("model", "seed", "snapshot", "test", "unit_test")


def kind_of(statement):
    name = type(statement).__name__.lower()
    kind = statement.args.get("kind")
    if isinstance(statement, (exp.Create, exp.Drop, exp.Alter)) and isinstance(kind, str):
        return name + " " + kind.lower()
    if isinstance(statement, exp.Copy):
        return "copy from" if kind else "copy to"
    if isinstance(statement, exp.Command):
        return "command " + str(statement.this).lower()
    return name


def function_name(node):
    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    if isinstance(node, exp.Func):
        return node.sql_name().lower()
    return None


def forbidden_function(name):
    return name in FORBIDDEN_FUNCTIONS or name.startswith(FORBIDDEN_PREFIXES) or name.endswith(FORBIDDEN_SUFFIXES)


def same(a, b):
    return not a or not b or a.lower() == b.lower()


def own_relation_matcher(relation):
    if not relation or not relation.get("identifier"):
        return lambda table: False
    allowed = re.compile("^" + re.escape(relation["identifier"].lower()) + "(__dbt_(tmp|backup)[0-9_]*)?$")

    def matches(table):
        return (
            bool(allowed.match(table.name.lower()))
            and same(table.db, relation.get("schema"))
            and same(table.catalog, relation.get("database"))
        )

    return matches


def is_temporary(statement):
    properties = statement.args.get("properties")
    return properties is not None and properties.find(exp.TemporaryProperty) is not None


def write_targets(statement):
    """The relations a write statement creates, changes or drops."""
    if isinstance(statement, (exp.Drop, exp.Alter, exp.TruncateTable)):
        return list(statement.find_all(exp.Table))
    target = statement.this
    if isinstance(target, exp.Schema):
        target = target.this
    return [target]


def same_file(given, allowed, project_dir):
    if not allowed:
        return False

    def resolve(p):
        return os.path.normpath(p if os.path.isabs(p) else os.path.join(project_dir or "/", p))

    return resolve(given) == resolve(allowed)


def seed_copy_problem(statement, entry, is_own, project_dir):
    if not statement.args.get("kind"):
        return "COPY ... TO writes a file"
    target = statement.this
    if not isinstance(target, exp.Table) or not is_own(target):
        return "COPY into a relation other than the seed's own"
    files = statement.args.get("files") or []
    if len(files) != 1 or not isinstance(files[0], exp.Literal) or not files[0].is_string:
        return "COPY from something other than the seed's file"
    if not same_file(files[0].this, entry.get("seedFile"), project_dir):
        return "COPY from '" + files[0].this + "', not the seed's own file"
    return None


def statement_problem(statement, entry, is_own, project_dir):
    """Why this kind of statement may not run for its node, or None."""
    resource = entry.get("resourceType") or ""
    if entry.get("source") == "compiled":
        return None if isinstance(statement, QUERY_KINDS) else "the compiled SQL of a node must be one query"
    if isinstance(statement, ALWAYS_ALLOWED):
        return None
    if isinstance(statement, exp.Copy) and resource == "seed":
        return seed_copy_problem(statement, entry, is_own, project_dir)
    if not isinstance(statement, WRITE_KINDS):
        return "this kind of statement is not allowed in a dbt build"
    kind = str(statement.args.get("kind") or "").upper() if isinstance(statement, exp.Create) else ""
    if kind == "SCHEMA":
        schema = statement.this.db if isinstance(statement.this, exp.Table) else None
        own = (entry.get("relation") or {}).get("schema")
        # Without a node it is dbt creating the schemas of the selection before the first node runs.
        if resource == "" or (resource in ("model", "seed", "snapshot") and same(schema, own)):
            return None
        return "creates a schema other than the node's own"
    if resource not in WRITING_RESOURCES:
        return "a " + (resource or "dbt-internal") + " statement may only select"
    if isinstance(statement, exp.Create) and kind not in ("TABLE", "VIEW"):
        return "only tables and views may be created"
    if resource == "unit_test" and isinstance(statement, exp.Create) and not is_temporary(statement):
        return "a unit test may only create temporary tables"
    others = [t for t in write_targets(statement) if not (isinstance(t, exp.Table) and is_own(t))]
    if others:
        names = ", ".join(t.sql() if t is not None else "?" for t in others)
        return "writes " + names + ", not the node's own relation"
    return None


def check_statement(statement, entry, project_dir):
    is_own = own_relation_matcher(entry.get("relation"))
    findings = []
    problem = statement_problem(statement, entry, is_own, project_dir)
    if problem:
        findings.append({"construct": kind_of(statement), "detail": problem})
    for node in statement.walk():
        name = function_name(node)
        if name and forbidden_function(name):
            findings.append({"construct": name, "detail": "reads or writes files, other databases or the environment"})
        if isinstance(node, exp.Table) and isinstance(node.this, exp.Identifier):
            if FILE_LIKE_TABLE.search(node.name) and not is_own(node):
                findings.append({"construct": "from '" + node.name + "'", "detail": "a table named like a file is read from that file"})
    return findings


def refused(construct, detail, kinds=()):
    return {"kinds": list(kinds), "findings": [{"construct": construct, "detail": detail}]}


def check_entry(entry, dialect, project_dir):
    sql = entry.get("sql") or ""
    if entry.get("source") == "executed" and sql.rstrip().endswith("..."):
        # dbt logs sql[:512] + "..." for statements run with abridge_sql_log (dbt-duckdb's seed COPY): only
        # a seed's statement shorter than the cut is known in full.
        visible = sql.rstrip()[:-3]
        if len(visible) >= 512 or entry.get("resourceType") != "seed":
            return refused("abridged", "dbt logged only part of this statement")
        sql = visible
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except sqlglot.errors.SqlglotError as error:
        first = (str(error).splitlines() or [type(error).__name__])[0]
        return refused("unparsed", "not parsed as " + str(dialect) + " SQL: " + first)
    kinds = [kind_of(s) for s in statements]
    if entry.get("source") == "compiled" and len(statements) > 1:
        return refused("several statements", "the compiled SQL of a node must be one query", kinds)
    findings = []
    for statement in statements:
        findings.extend(check_statement(statement, entry, project_dir))
    return {"kinds": kinds, "findings": findings}


def main():
    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    request = json.load(sys.stdin)
    dialect = request.get("dialect") or None
    project_dir = request.get("projectDir")
    results = [check_entry(entry, dialect, project_dir) for entry in request.get("statements", [])]
    json.dump({"sqlglot": sqlglot.__version__, "results": results}, sys.stdout)


main()
`
