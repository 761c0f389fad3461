"""An HTML page of one paragraph (a list's rule) over one table (a header row, then its rows):
shared by the tests of tables read under such a rule."""


def table_page(
    rule: str, head: list[str], rows: list[tuple[str, ...]], title: str = "Termine"
) -> str:
    """The page: ``title`` as its heading, ``rule`` as a paragraph, then the table."""
    cells = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (
        f"<html><body><h1>{title}</h1><p>{rule}</p>"
        f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )
