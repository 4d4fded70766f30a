// The Python half of the SQL optimization checks, run like the SQL verdict (`python -I -c`, in the dbt
// sandbox, because the SQL is model-written): sqlglot parses; the decisions are made in src/optimize/.
export const SQL_SHAPE_SCRIPT = String.raw`
"""Reads {dialect, models: [{id, sql}]} as JSON on stdin; writes {sqlglot, results: [...]} on stdout, one
result per model: either {error} or the shape of its SQL with 1-based source lines:
  finalStars: stars through which an upstream relation's columns reach the outermost SELECT(s) (a UNION's
    branches included), followed through the model's CTEs
  joins: every JOIN with the joined table, its alias, and the columns of the joined side in the condition
  filterFunctions: columns wrapped in a function inside a WHERE, with the tables that SELECT reads
  ctes: every CTE with its line, how often it is read, its GROUP BY columns (output names; null when one has
    none) and whether it is DISTINCT
"""
import json
import sys

import sqlglot
from sqlglot import exp


def line_of(node):
    for candidate in [node, *node.find_all(exp.Identifier)]:
        line = candidate.meta.get("line") if candidate.meta else None
        if line:
            return line
    this = node.args.get("this") if isinstance(node, exp.Expression) else None
    return this.meta.get("line", 0) if isinstance(this, exp.Expression) and this.meta else 0


def outer_selects(tree):
    node = tree
    if isinstance(node, exp.Subquery):
        node = node.this
    if isinstance(node, exp.Select):
        return [node]
    if isinstance(node, exp.SetOperation):
        return outer_selects(node.left) + outer_selects(node.right)
    return []


def star_of(projection):
    if isinstance(projection, exp.Star):
        return {"line": line_of(projection) or projection.meta.get("line", 0), "qualifier": ""}
    if isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star):
        return {"line": line_of(projection), "qualifier": projection.table}
    return None


def sources_of(select):
    """(alias, relation) of each FROM and JOIN: a table's name, or a subquery's SELECT."""
    found = []
    clause = select.args.get("from_") if select.args.get("from_") is not None else select.args.get("from")
    relations = ([clause.this] if clause is not None else []) + [j.this for j in select.args.get("joins") or []]
    for relation in relations:
        if isinstance(relation, exp.Table):
            found.append((relation.alias_or_name.lower(), relation.name))
        elif isinstance(relation, exp.Subquery):
            found.append((relation.alias_or_name.lower(), relation.this))
    return found


def reaching_stars(select, bodies, blame, outer, seen):
    """Stars whose columns reach the final projection from a relation outside the model. A star is followed
    through the CTEs (and subqueries) it reads; "select * from final" alone passes its CTE's columns through
    and is not blamed, so each finding sits on the star that lets an upstream model's columns in (the outermost
    such star, or the final one when every step passes through)."""
    found = []
    sources = sources_of(select)
    passes_through = len(sources) == 1 and len(select.expressions) == 1
    for projection in select.expressions:
        star = star_of(projection)
        if not star:
            continue
        star_outer = outer or star
        star_blame = blame or (None if passes_through else star)
        qualifier = star["qualifier"].lower()
        for alias, relation in sources:
            if qualifier and alias != qualifier:
                continue
            if isinstance(relation, exp.Expression):
                inner = outer_selects(relation)
                inner_seen = seen
            elif relation.lower() in bodies and relation.lower() not in seen:
                inner = outer_selects(bodies[relation.lower()])
                inner_seen = seen | {relation.lower()}
            else:
                found.append(star_blame or star_outer)
                continue
            for inner_select in inner:
                found += reaching_stars(inner_select, bodies, star_blame, star_outer, inner_seen)
    return found


def tables_of(select):
    found = []
    sources = []
    if select.args.get("from_") is not None:
        sources.append(select.args["from_"].this)
    elif select.args.get("from") is not None:
        sources.append(select.args["from"].this)
    sources += [join.this for join in select.args.get("joins") or []]
    for source in sources:
        if isinstance(source, exp.Table):
            found.append({"name": source.name, "alias": source.alias_or_name})
    return found


def joined_keys(join, alias):
    keys = [ident.name for ident in join.args.get("using") or []]
    condition = join.args.get("on")
    if condition is not None:
        for eq in condition.find_all(exp.EQ):
            for side in (eq.left, eq.right):
                if isinstance(side, exp.Column) and side.table in (alias, ""):
                    other = eq.right if side is eq.left else eq.left
                    if isinstance(other, exp.Column) and other.table not in (alias,):
                        keys.append(side.name)
    return sorted(set(keys))


def joins_of(tree):
    joins = []
    for select in tree.find_all(exp.Select):
        for join in select.args.get("joins") or []:
            table = join.this
            if not isinstance(table, exp.Table):
                continue
            alias = table.alias_or_name
            kind = " ".join(part for part in [join.side, join.kind] if part).lower() or "inner"
            joins.append(
                {
                    "line": line_of(table),
                    "table": table.name,
                    "alias": alias,
                    "kind": kind,
                    "keys": joined_keys(join, alias),
                    "hasCondition": join.args.get("on") is not None or bool(join.args.get("using")),
                }
            )
    return joins


def filter_functions(tree):
    found = []
    for where in tree.find_all(exp.Where):
        select = where.parent
        tables = tables_of(select) if isinstance(select, exp.Select) else []
        for column in where.find_all(exp.Column):
            if isinstance(column.this, exp.Star):
                continue
            node = column.parent
            function = None
            while node is not None and node is not where:
                if isinstance(node, (exp.Select, exp.Subquery)):
                    function = None
                    break
                if isinstance(node, (exp.Func, exp.Cast)) and not isinstance(node, (exp.And, exp.Or)):
                    function = node.sql_name() if hasattr(node, "sql_name") else type(node).__name__
                    if isinstance(node, exp.Anonymous):
                        function = node.name
                node = node.parent
            if function:
                found.append(
                    {
                        "line": line_of(column),
                        "column": column.name,
                        "qualifier": column.table,
                        "function": str(function).lower(),
                        "tables": tables,
                    }
                )
    return found


def group_keys(select, group):
    """The output names a GROUP BY groups on: by name, by position (group by 1) or by expression; all the
    non-aggregate columns for GROUP BY ALL. None when one of them has no name to join on."""
    projections = select.expressions
    if group.args.get("all"):
        chosen = [p for p in projections if not p.find(exp.AggFunc)]
    else:
        chosen = []
        for key in group.expressions:
            if isinstance(key, exp.Literal) and not key.is_string and key.name.isdigit():
                index = int(key.name) - 1
                if not 0 <= index < len(projections):
                    return None
                chosen.append(projections[index])
            elif isinstance(key, exp.Column):
                chosen.append(key)
            else:
                same = [p for p in projections if isinstance(p, exp.Alias) and p.this == key]
                if not same:
                    return None
                chosen.append(same[0])
    names = [p.alias_or_name for p in chosen]
    return names if all(names) and not any(isinstance(p, exp.Star) for p in chosen) else None


def ctes_of(tree):
    ctes = []
    reads = {}
    names = {cte.alias_or_name for cte in tree.find_all(exp.CTE)}
    for table in tree.find_all(exp.Table):
        if not table.args.get("db") and table.name in names:
            reads[table.name] = reads.get(table.name, 0) + 1
    for cte in tree.find_all(exp.CTE):
        body = cte.this
        group = body.args.get("group") if isinstance(body, exp.Select) else None
        group_columns = group_keys(body, group) if group else None
        single = None
        if isinstance(body, exp.Select) and not body.args.get("joins") and group is None:
            sources = tables_of(body)
            if len(sources) == 1:
                single = sources[0]["name"]
        ctes.append(
            {
                "name": cte.alias_or_name,
                "line": line_of(cte.args["alias"]) if cte.args.get("alias") else line_of(cte),
                "reads": reads.get(cte.alias_or_name, 0),
                "groupBy": group_columns,
                "distinct": bool(isinstance(body, exp.Select) and body.args.get("distinct")),
                "from": single,
            }
        )
    return ctes


def shape(sql, dialect):
    statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    if len(statements) != 1:
        return {"error": "expected one statement, found %d" % len(statements)}
    tree = statements[0]
    bodies = {cte.alias_or_name.lower(): cte.this for cte in tree.find_all(exp.CTE)}
    stars = []
    for select in outer_selects(tree):
        for star in reaching_stars(select, bodies, None, None, frozenset()):
            if star not in stars:
                stars.append(star)
    return {
        "finalStars": stars,
        "joins": joins_of(tree),
        "filterFunctions": filter_functions(tree),
        "ctes": ctes_of(tree),
    }


def main():
    request = json.load(sys.stdin)
    results = []
    for model in request["models"]:
        try:
            results.append(shape(model["sql"], request.get("dialect")))
        except Exception as error:  # a parse error is an answer, not a crash
            results.append({"error": str(error).splitlines()[0][:300] if str(error) else type(error).__name__})
    json.dump({"sqlglot": sqlglot.__version__, "results": results}, sys.stdout)


main()
`
