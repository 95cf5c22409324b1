"""A form built from a record's data class (services.dto): one widget per field, chosen from the
field's type and metadata — a searchable combo for a code, a checklist for a set of codes, a
dd.MM.yyyy. date (and HH:mm for a moment), a check box for yes/no — with the validation message
shown under the field it is about."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import current_lang
from ..reference import code_choices, municipality_choices
from ..widgets.date_field import DateField
from .labels import field_hints, field_labels

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"
Choices = Callable[[], list[tuple[str, str]]]


def _list_title(lists: str | tuple[str, ...]) -> str:
    from ...db.codes import code_list

    name = lists if isinstance(lists, str) else lists[0]
    try:
        return code_list(name).title(current_lang())
    except (KeyError, ValueError):
        return name


def caption(cls: type, name: str, captions: Mapping[str, str] | None = None) -> str:
    """The caption of field `name` of data class `cls` in the interface language (`captions`
    first: the words of the law a record was made under)."""
    if captions and name in captions:
        return captions[name]
    labels = field_labels()
    for key in (f"{cls.__name__}.{name}", name):  # a caption for this record kind, else the field's
        if key in labels:
            return labels[key]
    meta = {f.name: f.metadata for f in dataclasses.fields(cls)}.get(name, {})
    if "codes" in meta:
        return _list_title(meta["codes"])
    return name


def hint_text(cls: type, name: str) -> str | None:
    """The line under field `name` of `cls` saying how to fill it in, if it has one."""
    hints = field_hints()
    return hints.get(f"{cls.__name__}.{name}", hints.get(name))


def _many_choices(lists: str | tuple[str, ...]) -> list[tuple[str, str]]:
    names = (lists,) if isinstance(lists, str) else lists
    seen: dict[str, str] = {}
    for name in names:
        for code, label in code_choices(name):
            seen.setdefault(code, label)
    return list(seen.items())


class TimeEdit(QLineEdit):
    """HH:mm typed in one go."""

    def __init__(self) -> None:
        super().__init__()
        self.setInputMask("99:99;_")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") + 24)

    def value(self) -> time | None:
        parts = [p.strip(" _") for p in self.text().split(":")]
        if not all(parts):
            return None
        try:
            return time(int(parts[0]), int(parts[1]))
        except ValueError:
            return None


class MomentField(QWidget):
    """A date and a time of day, in local time."""

    def __init__(self) -> None:
        super().__init__()
        self.day = DateField()
        self.day.setMaximumWidth(self.day.sizeHint().width())
        self.time = TimeEdit()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.time)
        layout.addStretch()
        self.setFocusProxy(self.day)

    def value(self) -> datetime | None:
        day = self.day.date()
        if day is None:
            return None
        return datetime.combine(day, self.time.value() or time()).astimezone()

    def bad(self) -> bool:
        return not self.day.is_empty() and self.day.date() is None

    def set_value(self, moment: datetime | None) -> None:
        if moment is None:
            self.day.clear()
            self.time.clear()
            return
        local = moment.astimezone()
        self.day.set_date(local.date())
        self.time.setText(f"{local:%H:%M}")


class CheckList(QListWidget):
    """Several codes ticked in a list (Space ticks the current one)."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(90)
        self.setMaximumHeight(150)

    def fill(self, choices: Sequence[tuple[str, str]]) -> None:
        chosen = set(self.value())
        self.clear()
        for code, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)

    def value(self) -> tuple[str, ...]:
        return tuple(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_value(self, codes: Sequence[str]) -> None:
        wanted = set(codes or ())
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )


class AnswersGrid(QWidget):
    """A yes/no/unknown answer for every code of a list (the risk factors)."""

    def __init__(self, list_name: str) -> None:
        super().__init__()
        self.list_name = list_name
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        for row, (code, _label) in enumerate(code_choices(list_name)):
            combo = QComboBox()
            label = QLabel(wordWrap=True)
            label.setBuddy(combo)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.combos[code], self.labels[code] = combo, label
        self.grid.setColumnStretch(0, 1)
        if self.combos:
            self.setFocusProxy(next(iter(self.combos.values())))
        self.retranslate()

    def retranslate(self) -> None:
        answers = code_choices("tri_state")
        for code, label in code_choices(self.list_name):
            self.labels[code].setText(label)
            combo = self.combos[code]
            chosen = combo.currentData()
            combo.clear()
            combo.addItem("—", None)
            for answer, text in answers:
                combo.addItem(text, answer)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def value(self) -> dict[str, str]:
        return {c: w.currentData() for c, w in self.combos.items() if w.currentData()}

    def set_value(self, answers: Mapping[str, str] | None) -> None:
        for code, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData((answers or {}).get(code))))


def _combo(editable: bool = True) -> QComboBox:
    combo = QComboBox()
    if editable:
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
    return combo


class RecordForm(QWidget):
    """The fields of data class `cls` (or the `only` ones, in that order) as a form.

    `refs` gives the choices of reference fields (participants of the case …) as callables
    returning (id, label) pairs; reference fields without choices are left out. A code field
    named in `refs` offers only those choices (a case's status without the closed ones).

    Fields named in `folded` sit under a "More about …" button (`fold_title`), folded until
    the person opens it, a value arrives in one of them or a message is about one: the
    essentials stay on the first screen, the rest one key away (Tab reaches the button, Space
    opens it)."""

    changed = Signal()

    def __init__(
        self,
        cls: type,
        only: Sequence[str] | None = None,
        refs: Mapping[str, Choices] | None = None,
        parent: QWidget | None = None,
        *,
        folded: Sequence[str] = (),
        fold_title: Callable[[], str] | None = None,
        captions: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.cls = cls
        self.refs = dict(refs or {})
        self.captions = captions
        self.folded = list(folded)
        self.fold_title = fold_title
        hints = typing.get_type_hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        names = list(only) if only else [n for n in fields if n not in ("id", "case_id")]
        names += [n for n in folded if n not in names]
        self.fields: dict[str, dataclasses.Field[Any]] = {}
        self.kinds: dict[str, str] = {}
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.more_button: QToolButton | None = None
        self.more = QWidget()
        more_layout = QFormLayout(self.more)
        more_layout.setContentsMargins(0, 0, 0, 0)
        more_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in names:
            f = fields[name]
            kind = self._kind(f, hints[name])
            if kind is None:
                continue
            widget = self._widget(kind, f)
            self.fields[name], self.kinds[name], self.widgets[name] = f, kind, widget
            label = QLabel()
            label.setBuddy(widget)
            error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
            error.hide()
            error.setObjectName(f"error_{name}")
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            if hint_text(cls, name) is not None:
                hint = QLabel(styleSheet=HINT_STYLE)
                hint.setObjectName(f"hint_{name}")
                column.addWidget(hint)
                self.hints[name] = hint
            column.addWidget(error)
            self.labels[name], self.errors[name] = label, error
            (more_layout if name in self.folded else self.layout_).addRow(label, column)
        order: list[QWidget] = [w for n, w in self.widgets.items() if n not in self.folded]
        if more_layout.rowCount():
            self.more_button = QToolButton(checkable=True, objectName="more")
            self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.more_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.more_button.setAutoRaise(True)
            self.more_button.toggled.connect(self.unfold)
            self.layout_.addRow(self.more_button)
            self.layout_.addRow(self.more)
            order += [self.more_button] + [w for n, w in self.widgets.items() if n in self.folded]
            self.unfold(False)
        self.general_error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.general_error.hide()
        self.layout_.addRow(self.general_error)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self.set_defaults()

    # ------------------------------------------------------------------ building
    def _kind(self, f: dataclasses.Field[Any], hint: Any) -> str | None:
        meta = f.metadata
        base = typing.get_origin(hint)
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        plain = (
            args[0]
            if base in (typing.Union, getattr(__import__("types"), "UnionType", None)) and args
            else hint
        )
        if "ref" in meta:
            if f.name not in self.refs:
                return None
            return "ref_set" if typing.get_origin(plain) is tuple else "ref"
        if "answers" in meta:
            return "answers"
        if "municipality" in meta:
            return "municipality"
        if "codes" in meta:
            return "code_set" if typing.get_origin(plain) is tuple else "code"
        if plain is bool:
            return "bool"
        if plain is datetime:
            return "moment"
        if plain is date:
            return "date"
        if plain is int:
            return "int"
        if plain is str:
            return "text"
        return None

    def _widget(self, kind: str, f: dataclasses.Field[Any]) -> QWidget:
        if kind in ("code", "ref", "municipality"):
            widget: QWidget = _combo()
            widget.currentIndexChanged.connect(lambda _i: self.changed.emit())  # type: ignore[attr-defined]
        elif kind in ("code_set", "ref_set"):
            widget = CheckList()
            widget.itemChanged.connect(lambda _i: self.changed.emit())  # type: ignore[attr-defined]
        elif kind == "answers":
            widget = AnswersGrid(f.metadata["codes"])
        elif kind == "bool":
            widget = QCheckBox()
            widget.toggled.connect(lambda _on: self.changed.emit())  # type: ignore[attr-defined]
        elif kind == "moment":
            widget = MomentField()
            widget.day.changed.connect(self.changed)  # type: ignore[attr-defined]
        elif kind == "date":
            widget = DateField()
            widget.changed.connect(self.changed)  # type: ignore[attr-defined]
        else:
            widget = QLineEdit()
            if kind == "int":
                widget.setValidator(QIntValidator(0, 100_000, widget))  # type: ignore[attr-defined]
            widget.textChanged.connect(lambda _t: self.changed.emit())  # type: ignore[attr-defined]
        widget.setObjectName(f.name)
        return widget

    def unfold(self, on: bool = True) -> None:
        """Show (or fold) the fields under the "More about …" button."""
        if self.more_button is None:
            return
        if self.more_button.isChecked() != on:
            self.more_button.setChecked(on)  # comes back here through `toggled`
            return
        self.more.setVisible(on)
        self.more_button.setArrowType(
            Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow
        )

    def _choices(self, name: str) -> list[tuple[str, str]]:
        kind, meta = self.kinds[name], self.fields[name].metadata
        if name in self.refs:
            return self.refs[name]()
        if kind == "municipality":
            return [(c, f"{label} ({c})") for c, label in municipality_choices()]
        return _many_choices(meta["codes"])

    def retranslate(self) -> None:
        self.refresh_choices()
        for name, label in self.labels.items():
            text = caption(self.cls, name, self.captions() if self.captions else None)
            required = self.fields[name].metadata.get("required")
            label.setText(f"{text}{' *' if required else ''}:")
        for name, hint in self.hints.items():
            hint.setText(hint_text(self.cls, name) or "")
        if self.more_button is not None:
            self.more_button.setText(
                self.fold_title() if self.fold_title else self.tr("More")
            )
        for widget in self.widgets.values():
            if isinstance(widget, AnswersGrid):
                widget.retranslate()

    def refresh_choices(self) -> None:
        for name, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                chosen = widget.currentData()
                widget.blockSignals(True)
                widget.clear()
                widget.addItem("", None)
                for code, label in self._choices(name):
                    widget.addItem(label, code)
                widget.setCurrentIndex(max(0, widget.findData(chosen)))
                widget.blockSignals(False)
            elif isinstance(widget, CheckList):
                widget.fill(self._choices(name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ values
    def value(self, name: str) -> Any:
        widget, kind = self.widgets[name], self.kinds[name]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, (CheckList, AnswersGrid)):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, MomentField):
            return widget.value()
        if isinstance(widget, DateField):
            return widget.date()
        text = widget.text().strip()  # type: ignore[attr-defined]
        if kind == "int":
            return int(text) if text else None
        return text or None

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.widgets}

    def bad_dates(self) -> list[str]:
        """Fields holding a typed date that is not a real one (the services never see it)."""
        bad = []
        for name, widget in self.widgets.items():
            if isinstance(widget, MomentField):
                wrong = widget.bad()
            else:
                wrong = isinstance(widget, DateField) and not widget.is_empty()
                wrong = wrong and widget.date() is None  # type: ignore[union-attr]
            if wrong:
                bad.append(name)
        return bad

    def set_value(self, name: str, value: Any) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, (CheckList, AnswersGrid)):
            widget.set_value(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, MomentField):
            widget.set_value(value)
        elif isinstance(widget, DateField):
            widget.set_date(value)
        else:
            widget.setText("" if value is None else str(value))  # type: ignore[attr-defined]

    def set_defaults(self) -> None:
        """The data class's defaults (a new service is PLANNED …)."""
        for name, f in self.fields.items():
            if f.default is not dataclasses.MISSING and f.default not in (None, False, ()):
                self.set_value(name, f.default)

    def set_values(self, record: object) -> None:
        for name in self.widgets:
            if hasattr(record, name):
                self.set_value(name, getattr(record, name))
        # what is recorded is shown: a folded field holding a value opens the fold
        if any(getattr(record, n, None) not in (None, "", (), False) for n in self.folded):
            self.unfold()

    def build(self, base: object | None = None, **extra: Any) -> Any:
        """An instance of the data class from the form (fields not shown come from `base`)."""
        values: dict[str, Any] = {}
        if base is not None:
            for f in dataclasses.fields(self.cls):
                if hasattr(base, f.name):
                    values[f.name] = getattr(base, f.name)
        values.update(self.values())
        values.update(extra)
        names = {f.name for f in dataclasses.fields(self.cls)}
        for f in dataclasses.fields(self.cls):
            if (
                f.name not in values
                and f.default is dataclasses.MISSING
                and (
                    f.default_factory is dataclasses.MISSING  # type: ignore[misc]
                )
            ):
                values[f.name] = None
        return self.cls(**{k: v for k, v in values.items() if k in names})

    def show_errors(self, errors: Mapping[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        other = [text for name, text in errors.items() if name not in self.errors]
        self.general_error.setText("\n".join(other))
        self.general_error.setVisible(bool(other))
        first = next((n for n in self.widgets if n in errors), None)
        if any(n in errors for n in self.folded):
            self.unfold()
        if first is not None:
            self.widgets[first].setFocus()

    def first_widget(self) -> QWidget | None:
        return next((w for n, w in self.widgets.items() if n not in self.folded), None)


def jsonable(values: dict[str, Any]) -> dict[str, Any]:
    """Form values as JSON (for a draft kept across a lock)."""
    out: dict[str, Any] = {}
    for k, v in values.items():
        if isinstance(v, datetime):
            out[k] = {"t": v.isoformat()}
        elif isinstance(v, date):
            out[k] = {"d": v.isoformat()}
        elif isinstance(v, tuple):
            out[k] = list(v)
        else:
            out[k] = v
    return out


def from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"t"}:
        return datetime.fromisoformat(value["t"])
    if isinstance(value, dict) and set(value) == {"d"}:
        return date.fromisoformat(value["d"])
    if isinstance(value, list):
        return tuple(value)
    return value
