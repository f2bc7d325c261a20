"""A learner types a formula into their name, hidden after a separator ("Quiz;=2+5"); their
manager downloads the members CSV and opens it in a spreadsheet with comma or semicolon
separators (Excel in Swedish splits at ";"): no cell starts a formula, whichever."""

import csv
import io

from django.urls import reverse

import pytest

from frontline.spreadsheets import safe_cell
from tests.factories import OrganisationFactory, UserFactory

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def manager_client(client, db):
    embassy = OrganisationFactory(name="Embassy of Sweden, Kyiv")
    manager = UserFactory(organisation=embassy)
    embassy.managers.add(manager)
    UserFactory(organisation=embassy, first_name="Quiz;=2+5", last_name="Tab\t=1+1")
    UserFactory(organisation=embassy, first_name="Anna, +46 70", last_name="|@SUM(A1)")
    client.force_login(manager)
    client.csv_url = reverse("organisations:members-csv", args=[embassy.pk])
    return client


def cells(text: str, separator: str) -> list[str]:
    """The cells a spreadsheet makes of ``text`` with ``separator``, quotes respected."""
    return [cell for row in csv.reader(io.StringIO(text), delimiter=separator) for cell in row]


def naive_cells(text: str) -> list[str]:
    """Cells split at every separator, quotes ignored: the worst a spreadsheet could do."""
    for separator in ",;\t|":
        text = text.replace(separator, "\n")
    return [piece.strip(' "') for piece in text.splitlines()]


@pytest.mark.parametrize("separator", [",", ";"])
def test_a_formula_after_a_separator_never_becomes_a_formula_cell(manager_client, separator):
    response = manager_client.get(manager_client.csv_url)
    assert response.status_code == 200
    text = response.content.decode()
    shown = cells(text, separator)
    assert shown, "the export has cells"
    assert not [cell for cell in shown if cell.startswith(FORMULA_START)]
    assert not [cell for cell in naive_cells(text) if cell.startswith(FORMULA_START)]
    # The names are still there to read.
    assert "Quiz;'=2+5" in text and "'|'@SUM(A1)" not in text


def test_with_commas_every_name_stays_in_its_own_column(manager_client):
    text = manager_client.get(manager_client.csv_url).content.decode()
    rows = list(csv.reader(io.StringIO(text)))
    header, *members = rows
    names = [row[header.index("Name")] for row in members]
    assert "Quiz;'=2+5 Tab\t'=1+1" in names
    assert all(len(row) == len(header) for row in members)


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("Quiz;=2+5", "Quiz;'=2+5"),
        ("a, -b", "a, '-b"),
        ("x|@SUM(1)", "x|'@SUM(1)"),
        ("line\n+1", "line\n'+1"),
        ("Plain name; fine", "Plain name; fine"),
        (None, ""),
        (7, "7"),
    ],
)
def test_safe_cell_neutralises_every_piece(cell, safe):
    assert safe_cell(cell) == safe
