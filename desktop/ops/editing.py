"""Editing operations: answers, appendices, checkpoints, finalize/reopen, history restore,
previous-period answers and carry-forward.

Each function is one user action and runs in one store transaction. A finalized report is
read-only: every write here refuses it with a UserError until it is reopened (with a reason,
which goes into the revision history).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.ops import Changed
from models.carry_forward import match_answers, normalize_title
from models.cleaning import clean_answer, clean_table
from models.clock import now_iso
from models.completeness import completeness
from models.errors import UserError
from models.numbers import parse_vn_number
from models.outline import Outline
from models.report import Answer, AppendixTable, Report
from models.text import clean_line


class MissingItemsError(UserError):
    """Finalize refused: some applicable items are neither filled nor marked "không phát sinh".
    `keys` lists them in document order so the window can offer to jump to one."""

    def __init__(self, keys: list[str], lines: list[str]):
        shown = "\n".join(f"- {line}" for line in lines[:15])
        more = len(lines) - 15
        extra_vi = f"\n… và {more} mục khác." if more > 0 else ""
        extra_en = f"\n… and {more} more." if more > 0 else ""
        super().__init__(
            f"Chưa thể hoàn thành: còn {len(keys)} mục chưa nhập nội dung hoặc chưa đánh dấu "
            f"\"không phát sinh\":\n{shown}{extra_vi}",
            f"Cannot finalize: {len(keys)} item(s) are neither filled nor marked "
            f"\"not applicable\":\n{shown}{extra_en}")
        self.keys = list(keys)
        self.lines = list(lines)


@dataclass
class PreviousPeriod:
    """An earlier report on a matching outline, and its answers keyed by the current outline's keys."""

    report_id: str
    period: str
    answers: dict[str, Answer]


# ---- helpers ------------------------------------------------------------------------------

def refuse_if_final(store, report_id: str) -> None:
    """The editing rule: a finalized report is read-only until reopened (call inside the op's
    transaction; also refuses a deleted or unknown report)."""
    if store.report_state(report_id).status == "final":
        raise UserError("Báo cáo đã hoàn thành nên không sửa được. Hãy bấm \"Mở lại để sửa\" trước.",
                        "The report is finalized and cannot be edited. Reopen it first.")


def _check_figures(answer: Answer) -> None:
    for fig in answer.figures:
        try:
            parse_vn_number(fig.value)
        except UserError as err:
            label = fig.label or answer.node_key
            raise UserError(f"Số liệu \"{label}\": {err.vi}", f"Figure \"{label}\": {err.en}") from err


def item_label(outline: Outline, key: str) -> str:
    """"II.2.5 Đối với cấp sở, ngành…" — how an item is named in messages and lists."""
    node = outline.find(key)
    if node is None:
        return key
    title = node.title if len(node.title) <= 90 else node.title[:87].rstrip() + "…"
    return f"{key} {title}"


def missing_keys(outline: Outline, report: Report) -> list[str]:
    """Leaf keys that apply to the report's unit type and are not filled, in document order."""
    return list(completeness(outline, report.answers, report.unit_type).missing)


def check_complete(outline: Outline, report: Report) -> None:
    """Raise MissingItemsError unless every applicable item is filled or "không phát sinh"."""
    missing = missing_keys(outline, report)
    if missing:
        raise MissingItemsError(missing, [item_label(outline, k) for k in missing])


# ---- answers and appendices ---------------------------------------------------------------

def save_answer(store, report_id: str, answer: Answer, author: str = "") -> Changed:
    """Upsert one answer (autosave, typing and paste alike): cleaned here, once (a vertical tab
    pasted from Word becomes a line break, bidi overrides and control characters go, NFC).
    Refuses a finalized report and invalid figures."""
    answer = clean_answer(answer)
    _check_figures(answer)
    with store.transaction():
        refuse_if_final(store, report_id)
        saved_at = store.save_answer(report_id, answer)
    return Changed(report_list=True, report_id=report_id, answer_keys=[answer.node_key], saved_at=saved_at)


def save_appendices(store, report_id: str, tables: list[AppendixTable], author: str = "") -> Changed:
    tables = [clean_table(t) for t in tables]
    with store.transaction():
        refuse_if_final(store, report_id)
        saved_at = store.save_appendices(report_id, tables)
    return Changed(report_list=True, report_id=report_id, saved_at=saved_at)


def checkpoint(store, report_id: str, author: str, note: str = "") -> Changed:
    """Snapshot the report into the revision history (`revision_id` says which entry)."""
    note, author = clean_line(note), clean_line(author)
    with store.transaction():
        revision_id = store.add_revision(report_id, author, "checkpoint", note)
    return Changed(report_id=report_id, revision_id=revision_id)


# ---- finalize / reopen / restore ----------------------------------------------------------

def check_signer(report: Report) -> None:
    """A final report is signed: refuse one whose unit has no signer's name."""
    if not report.unit.signer_name.strip():
        raise UserError("Chưa có họ tên người ký. Hãy nhập người ký (Thông tin đơn vị) trước khi hoàn thành "
                        "báo cáo.", "The signer's name is missing. Enter the signer (unit profile) before "
                        "finalizing the report.")


def finalize(store, report_id: str, author: str) -> Changed:
    """Mark the report final (read-only) when every applicable item is filled or "không phát sinh"
    and a signer is set. Otherwise raise MissingItemsError carrying the missing keys (or the
    UserError of check_signer)."""
    with store.transaction():
        report = store.get_report(report_id)
        if report.status == "final":
            raise UserError("Báo cáo này đã hoàn thành.", "This report is already finalized.")
        check_complete(store.get_outline(report.outline_id), report)
        check_signer(report)
        store.set_status(report_id, "final")
        revision = store.bump_revision(report_id)
        store.add_revision(report_id, author, "finalized", f"revision {revision}")
    return Changed(report_list=True, report_id=report_id, status=True, saved_at=now_iso())


def reopen(store, report_id: str, author: str, reason: str) -> Changed:
    """Back to draft; the reason (required) is the revision note."""
    reason = clean_line(reason)
    if not reason:
        raise UserError("Cần ghi lý do mở lại báo cáo.", "A reason for reopening is required.")
    with store.transaction():
        if store.report_state(report_id).status != "final":
            raise UserError("Báo cáo đang ở trạng thái nháp, không cần mở lại.",
                            "The report is a draft; there is nothing to reopen.")
        store.set_status(report_id, "draft")
        store.add_revision(report_id, author, "reopened", reason)
    return Changed(report_list=True, report_id=report_id, status=True, saved_at=now_iso())


def restore_revision(store, report_id: str, revision_id: int, author: str) -> Changed:
    """Bring back the answers and appendices of a revision. The current state is checkpointed
    first and the result is recorded as a "restored" revision, so nothing is lost."""
    with store.transaction():
        report = store.get_report(report_id)
        refuse_if_final(store, report_id)
        info = next((r for r in store.list_revisions(report_id) if r.id == revision_id), None)
        if info is None:
            raise UserError("Không tìm thấy bản lưu này trong lịch sử của báo cáo.",
                            "This revision does not belong to the report.")
        old = store.get_revision(revision_id)
        store.add_revision(report_id, author, "checkpoint", f"before restoring #{revision_id}")
        keys = list(dict.fromkeys([*report.answers, *old.answers]))
        changed_keys: list[str] = []
        for key in keys:
            target = old.answers.get(key) or Answer(node_key=key)
            if target.to_dict() != report.answer(key).to_dict():
                store.save_answer(report_id, Answer.from_dict({**target.to_dict(), "node_key": key}))
                changed_keys.append(key)
        saved_at = store.save_appendices(report_id, old.appendices)
        if old.indicator_values != report.indicator_values:
            saved_at = store.save_indicator_values(report_id, old.indicator_values, replace=True)
        revision = store.add_revision(report_id, author, "restored",
                                      f"#{revision_id} ({info.created_at}, {info.kind})")
    return Changed(report_list=True, report_id=report_id, answer_keys=changed_keys, content=True,
                   saved_at=saved_at, revision_id=revision)


# ---- previous period and carry-forward ----------------------------------------------------

def _earlier_period(current: Report, other) -> bool:
    """Is `other` (a summary) a report of an earlier period than `current`? A second report of the
    same period is not; with cut-off dates on both sides, `other` must end before `current` ends
    (periods like "9 tháng đầu năm" start with the year, so the ends tell them apart)."""
    from models.text import fold_key

    if fold_key(other.period) == fold_key(current.period):
        return False
    mine, theirs = current.period_end, other.period_end
    if mine and theirs:
        return theirs < mine
    return True


def previous_report(store, report_id: str) -> str | None:
    """The most recent report of the same unit for an earlier period, on a matching outline: the
    same outline id, else the same outline title (ignoring case and spacing). Never the sample
    report and never another report of the same period. None when there is none."""
    current = store.get_report(report_id)
    cur_outline = store.get_outline(current.outline_id)
    cur_title = normalize_title(cur_outline.title)
    cur_unit = normalize_title(current.unit.name)
    same_id: list = []
    same_title: list = []
    for s in store.list_reports():
        if s.id == report_id or s.deleted_at or s.sample or not _earlier_period(current, s):
            continue
        if cur_unit and s.unit_name and normalize_title(s.unit_name) != cur_unit:
            continue
        if s.outline_id == current.outline_id:
            same_id.append(s)
        elif normalize_title(s.outline_title) == cur_title:
            same_title.append(s)
    for group in (same_id, same_title):
        best: tuple[str, str] | None = None
        for s in group:
            created = s.created_at or ""
            if current.created_at and created and created > current.created_at:
                continue
            stamp = created or s.updated_at or ""
            if best is None or stamp > best[0]:
                best = (stamp, s.id)
        if best:
            return best[1]
    return None


def previous_period(store, report_id: str) -> PreviousPeriod | None:
    """The previous report's answers, keyed by this report's outline keys (for the side panel)."""
    prev_id = previous_report(store, report_id)
    if prev_id is None:
        return None
    current = store.get_report(report_id)
    prev = store.get_report(prev_id)
    if prev.outline_id == current.outline_id:
        answers = dict(prev.answers)
    else:
        answers = match_answers(store.get_outline(prev.outline_id), prev.answers,
                                store.get_outline(current.outline_id))
    return PreviousPeriod(prev_id, prev.period, answers)


def previous_answer(store, report_id: str, key: str) -> Answer | None:
    prev = previous_period(store, report_id)
    if prev is None:
        return None
    return prev.answers.get(key)


def carry_forward(store, new_report_id: str, old_report_id: str) -> Changed:
    """Pre-fill the new report's empty items from the old report (`answer_keys`/`count`: what was
    copied). Appendix tables are copied when the new report has none."""
    with store.transaction():
        refuse_if_final(store, new_report_id)
        new = store.get_report(new_report_id)
        old = store.get_report(old_report_id)
        if old.outline_id == new.outline_id:
            carried = {k: a for k, a in old.answers.items() if a.is_filled}
        else:
            carried = match_answers(store.get_outline(old.outline_id), old.answers,
                                    store.get_outline(new.outline_id))
        keys = [key for key in carried if not new.answer(key).is_filled]
        for key in keys:
            store.save_answer(new_report_id, carried[key])
        if old.appendices and not new.appendices:
            store.save_appendices(new_report_id, old.appendices)
    return Changed(report_list=True, report_id=new_report_id, answer_keys=keys, content=True, count=len(keys))
