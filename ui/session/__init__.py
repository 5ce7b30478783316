"""The reviewer's session in the window: undoable review actions, saving, autosave, menus.

:mod:`.controller` keeps the session being reviewed (with its undo stack and drafts),
:mod:`.commands` wraps each change as an undo command, :mod:`.view_state` captures and
restores what the reviewer was looking at, and :mod:`.actions` asks the user (names,
unsaved changes, files) before calling the controller.
"""
