"""Untrusted text in the window: always shown as text, never read as Qt markup.

Titles, outlets, authors, session names, file names, notes, and the messages that quote
them, come from articles and files anyone can write. Qt reads the text of a label, a
message box or a tooltip as rich text whenever it merely *looks* like markup
(``Qt.mightBeRichText``), and rich text loads images named in it, from disk too
(``<img src="/etc/hostname">``). So such text goes through here: labels and message boxes
are set to plain text, tooltips (which have no plain mode) are escaped into explicit rich
text, menu entries double their ``&`` (else a mnemonic) and window titles double their
``[*]`` (else the "modified" placeholder).
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Buttons = QMessageBox.StandardButton


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` (and every later ``setText``) literally."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally, line breaks kept."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def menu_text(text: str) -> str:
    """``text`` for a menu entry or button, its ``&`` shown rather than taken as a mnemonic."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """``text`` for a window title, its ``[*]`` shown rather than taken as a placeholder."""
    return text.replace("[*]", "[*][*]")


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Buttons = Buttons.Ok,
) -> QMessageBox:
    """A message box whose text is plain, with ``buttons``."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Buttons = Buttons.Yes | Buttons.No,
    default: Buttons = Buttons.NoButton,
) -> Buttons:
    """Ask ``text`` (shown as plain text) and return the button chosen, like Qt's own."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, buttons)
    box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else Buttons.NoButton


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """Show ``text`` (plain) as a warning and wait for OK."""
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """Show ``text`` (plain) as an error and wait for OK."""
    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()
