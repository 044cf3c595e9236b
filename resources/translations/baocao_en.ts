<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AppendixEditor</name>
        <message>
            <source>New table</source>
            <translation>New table</translation>
        </message>
        <message>
            <source>Delete table</source>
            <translation>Delete table</translation>
        </message>
        <message>
            <source>Title, e.g. "Phụ lục I: …"</source>
            <translation>Title, e.g. "Phụ lục I: …"</translation>
        </message>
        <message>
            <source>Note under the table (optional)</source>
            <translation>Note under the table (optional)</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Add row</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Remove row</translation>
        </message>
        <message>
            <source>Add column</source>
            <translation>Add column</translation>
        </message>
        <message>
            <source>Remove column</source>
            <translation>Remove column</translation>
        </message>
        <message>
            <source>Rename column</source>
            <translation>Rename column</translation>
        </message>
        <message>
            <source>Appendix table:</source>
            <translation>Appendix table:</translation>
        </message>
        <message>
            <source>Table {0}</source>
            <translation>Table {0}</translation>
        </message>
        <message>
            <source>Column {0}</source>
            <translation>Column {0}</translation>
        </message>
        <message>
            <source>Column name</source>
            <translation>Column name</translation>
        </message>
        <message>
            <source>Column name:</source>
            <translation>Column name:</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Not saved yet ({0}); will try again.</source>
            <translation>Not saved yet ({0}); will try again.</translation>
        </message>
        <message>
            <source>Could not write the history ({0}).</source>
            <translation>Could not write the history ({0}).</translation>
        </message>
    </context>
    <context>
        <name>CarryPage</name>
        <message>
            <source>Start from a previous report</source>
            <translation>Start from a previous report</translation>
        </message>
        <message>
            <source>Copy the answers of a previous report</source>
            <translation>Copy the answers of a previous report</translation>
        </message>
        <message>
            <source>Answers are copied where the items match (same item, or a title that is almost the same). Review every copied answer before finishing the report.</source>
            <translation>Answers are copied where the items match (same item, or a title that is almost the same). Review every copied answer before finishing the report.</translation>
        </message>
        <message>
            <source> (sample)</source>
            <translation> (sample)</translation>
        </message>
    </context>
    <context>
        <name>EditorPage</name>
        <message>
            <source>← Reports</source>
            <translation>← Reports</translation>
        </message>
        <message>
            <source>Back to the list of reports (everything is saved)</source>
            <translation>Back to the list of reports (everything is saved)</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>History…</translation>
        </message>
        <message>
            <source>Who saved what and when; bring back an earlier text</source>
            <translation>Who saved what and when; bring back an earlier text</translation>
        </message>
        <message>
            <source>Finalize…</source>
            <translation>Finalize…</translation>
        </message>
        <message>
            <source>Check what the final copy prints, then mark the report as complete (read-only)</source>
            <translation>Check what the final copy prints, then mark the report as complete (read-only)</translation>
        </message>
        <message>
            <source>Reopen to edit</source>
            <translation>Reopen to edit</translation>
        </message>
        <message>
            <source>Report finalized — view only</source>
            <translation>Report finalized — view only</translation>
        </message>
        <message>
            <source>This is the sample report (Báo cáo mẫu), to look around: its unit and signer are a sample's, not yours.</source>
            <translation>This is the sample report (Báo cáo mẫu), to look around: its unit and signer are a sample's, not yours.</translation>
        </message>
        <message>
            <source>Delete the sample report</source>
            <translation>Delete the sample report</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Previous period</translation>
        </message>
        <message>
            <source>Everything is saved</source>
            <translation>Everything is saved</translation>
        </message>
        <message>
            <source>Every item is filled in.</source>
            <translation>Every item is filled in.</translation>
        </message>
        <message>
            <source>Copied the previous period's answer (Ctrl+Z to undo).</source>
            <translation>Copied the previous period's answer (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <source>Saved at {0}</source>
            <translation>Saved at {0}</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <source>Saved automatically within 2 seconds (Ctrl+S saves now)</source>
            <translation>Saved automatically within 2 seconds (Ctrl+S saves now)</translation>
        </message>
        <message>
            <source>Everything typed is on disk</source>
            <translation>Everything typed is on disk</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Export as Word (DOCX)</source>
            <translation>Export as Word (DOCX)</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Export as PDF</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <source>Exporting the report…</source>
            <translation>Exporting the report…</translation>
        </message>
    </context>
    <context>
        <name>FiguresTable</name>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Add figure</source>
            <translation>Add figure</translation>
        </message>
        <message>
            <source>Remove figure</source>
            <translation>Remove figure</translation>
        </message>
    </context>
    <context>
        <name>FinalizeSummaryDialog</name>
        <message>
            <source>Finalize the report</source>
            <translation>Finalize the report</translation>
        </message>
        <message>
            <source>The final copy will print what is below. Check it: once finalized the report is read-only ("Reopen to edit" makes it a draft again).</source>
            <translation>The final copy will print what is below. Check it: once finalized the report is read-only ("Reopen to edit" makes it a draft again).</translation>
        </message>
        <message>
            <source>Finalize</source>
            <translation>Finalize</translation>
        </message>
        <message>
            <source>Enter the signer…</source>
            <translation>Enter the signer…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>a final report must name its signer</source>
            <translation>a final report must name its signer</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>left blank: the office writes it when the report is signed</source>
            <translation>left blank: the office writes it when the report is signed</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message numerus="yes">
            <source>Nothing to report (%n item(s))</source>
            <translation>
                <numerusform>Nothing to report (%n item)</numerusform>
                <numerusform>Nothing to report (%n items)</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>FootnotesWidget</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Footnote text</source>
            <translation>Footnote text</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Report history</source>
            <translation>Report history</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Differences between the selected revision (−) and the current report (+):</source>
            <translation>Differences between the selected revision (−) and the current report (+):</translation>
        </message>
        <message>
            <source>Restore this revision</source>
            <translation>Restore this revision</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>Finalized</source>
            <translation>Finalized</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>No differences: this revision matches the current report.</source>
            <translation>No differences: this revision matches the current report.</translation>
        </message>
        <message>
            <source>Restore revision</source>
            <translation>Restore revision</translation>
        </message>
        <message>
            <source>Replace the current text with the revision of {0}? The current text is kept in the history.</source>
            <translation>Replace the current text with the revision of {0}? The current text is kept in the history.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Cannot restore</translation>
        </message>
    </context>
    <context>
        <name>InboxModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Made at</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>Received at</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>r%1 refused: %2</source>
            <translation>r%1 refused: %2</translation>
        </message>
        <message>
            <source>%1 (not on the list)</source>
            <translation>%1 (not on the list)</translation>
        </message>
    </context>
    <context>
        <name>InboxWindow</name>
        <message>
            <source>Compile (province level)</source>
            <translation>Compile (province level)</translation>
        </message>
        <message>
            <source>Outline:</source>
            <translation>Outline:</translation>
        </message>
        <message>
            <source>Drop bundle files (.baocao.zip, .baocao.enc) here to import them.</source>
            <translation>Drop bundle files (.baocao.zip, .baocao.enc) here to import them.</translation>
        </message>
        <message>
            <source>Import bundles…</source>
            <translation>Import bundles…</translation>
        </message>
        <message>
            <source>Import unit list (CSV)…</source>
            <translation>Import unit list (CSV)…</translation>
        </message>
        <message>
            <source>Compile…</source>
            <translation>Compile…</translation>
        </message>
        <message>
            <source>Save the province's synthesis report (drafted from the units' reports if it is not written yet) as DOCX or PDF</source>
            <translation>Save the province's synthesis report (drafted from the units' reports if it is not written yet) as DOCX or PDF</translation>
        </message>
        <message>
            <source>Write the synthesis</source>
            <translation>Write the synthesis</translation>
        </message>
        <message>
            <source>Open the province's synthesis report in the editor, with every unit's answer beside each item</source>
            <translation>Open the province's synthesis report in the editor, with every unit's answer beside each item</translation>
        </message>
        <message>
            <source>Units' reports…</source>
            <translation>Units' reports…</translation>
        </message>
        <message>
            <source>Save every unit's report in full as one file, for the archive</source>
            <translation>Save every unit's report in full as one file, for the archive</translation>
        </message>
        <message>
            <source>Received: %1 · Late: %2 · Missing: %3</source>
            <translation>Received: %1 · Late: %2 · Missing: %3</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>Importing bundles…</translation>
        </message>
        <message>
            <source>Cannot open the bundles</source>
            <translation>Cannot open the bundles</translation>
        </message>
        <message>
            <source>Unknown signing keys</source>
            <translation>Unknown signing keys</translation>
        </message>
        <message>
            <source>These units' signing keys are not registered yet. Compare each fingerprint with the unit (by phone) before accepting.</source>
            <translation>These units' signing keys are not registered yet. Compare each fingerprint with the unit (by phone) before accepting.</translation>
        </message>
        <message>
            <source>Accept these keys?</source>
            <translation>Accept these keys?</translation>
        </message>
        <message>
            <source>Accept the keys</source>
            <translation>Accept the keys</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Cannot do that</translation>
        </message>
        <message>
            <source>Unexpected error: %1</source>
            <translation>Unexpected error: %1</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Import bundles</translation>
        </message>
        <message>
            <source>Report bundles</source>
            <translation>Report bundles</translation>
        </message>
        <message>
            <source>Import unit list</source>
            <translation>Import unit list</translation>
        </message>
        <message>
            <source>Compiling reports…</source>
            <translation>Compiling reports…</translation>
        </message>
        <message>
            <source>Compiled: %1</source>
            <translation>Compiled: %1</translation>
        </message>
        <message>
            <source>Compile</source>
            <translation>Compile</translation>
        </message>
        <message>
            <source>Writing the units' reports…</source>
            <translation>Writing the units' reports…</translation>
        </message>
        <message>
            <source>Units' reports</source>
            <translation>Units' reports</translation>
        </message>
    </context>
    <context>
        <name>IndicatorFields</name>
        <message>
            <source>Previous: {0}</source>
            <translation>Previous: {0}</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>Nothing to report (không phát sinh)</source>
            <translation>Nothing to report (không phát sinh)</translation>
        </message>
        <message>
            <source>Dash bullet</source>
            <translation>Dash bullet</translation>
        </message>
        <message>
            <source>Start the current line with a dash bullet (Ctrl+Shift+B)</source>
            <translation>Start the current line with a dash bullet (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <source>Insert footnote</source>
            <translation>Insert footnote</translation>
        </message>
        <message>
            <source>Insert a footnote mark at the cursor (Ctrl+Shift+N)</source>
            <translation>Insert a footnote mark at the cursor (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Write the report for this item here. Start a line with "- " for a dash bullet.</source>
            <translation>Write the report for this item here. Start a line with "- " for a dash bullet.</translation>
        </message>
        <message>
            <source>(free text)</source>
            <translation>(free text)</translation>
        </message>
        <message>
            <source>This item does not apply to your unit type.</source>
            <translation>This item does not apply to your unit type.</translation>
        </message>
        <message>
            <source>Footnotes ({0})</source>
            <translation>Footnotes ({0})</translation>
        </message>
        <message>
            <source>Key figures ({0})</source>
            <translation>Key figures ({0})</translation>
        </message>
    </context>
    <context>
        <name>KeyAccess</name>
        <message>
            <source>This computer has no safe place of its own for the unit's signing key (the key that signs the reports sent to the province), so the key is kept in a file locked with a password.</source>
            <translation>This computer has no safe place of its own for the unit's signing key (the key that signs the reports sent to the province), so the key is kept in a file locked with a password.</translation>
        </message>
        <message>
            <source>The password needs at least 8 characters.</source>
            <translation>The password needs at least 8 characters.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>The two passwords are not the same. Type them again.</translation>
        </message>
        <message>
            <source>Choose a password of at least 8 characters, write it down and keep it in a safe place. The program asks for it when you send a report to the province. If it is lost, a new key must be made and sent to the province again.</source>
            <translation>Choose a password of at least 8 characters, write it down and keep it in a safe place. The program asks for it when you send a report to the province. If it is lost, a new key must be made and sent to the province again.</translation>
        </message>
        <message>
            <source>Set a password for the signing key</source>
            <translation>Set a password for the signing key</translation>
        </message>
        <message>
            <source>Type the password again:</source>
            <translation>Type the password again:</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Set password</translation>
        </message>
        <message>
            <source>Type the password of the unit's signing key (the one chosen the first time on this computer).</source>
            <translation>Type the password of the unit's signing key (the one chosen the first time on this computer).</translation>
        </message>
        <message>
            <source>Signing key password</source>
            <translation>Signing key password</translation>
        </message>
    </context>
    <context>
        <name>KeysTab</name>
        <message>
            <source>This unit's signing key</source>
            <translation>This unit's signing key</translation>
        </message>
        <message>
            <source>Every bundle sent to the province is signed with this key. Send the public key file (.pub) to the province once, and read the fingerprint to them by phone so they can check it.</source>
            <translation>Every bundle sent to the province is signed with this key. Send the public key file (.pub) to the province once, and read the fingerprint to them by phone so they can check it.</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Export public key…</translation>
        </message>
        <message>
            <source>Province encryption key (optional)</source>
            <translation>Province encryption key (optional)</translation>
        </message>
        <message>
            <source>If the province gives you its public key (.pub), bundles are encrypted so only the province can open them. Changes here apply at once.</source>
            <translation>If the province gives you its public key (.pub), bundles are encrypted so only the province can open them. Changes here apply at once.</translation>
        </message>
        <message>
            <source>Paste the text of the province's .pub file here…</source>
            <translation>Paste the text of the province's .pub file here…</translation>
        </message>
        <message>
            <source>Load .pub file…</source>
            <translation>Load .pub file…</translation>
        </message>
        <message>
            <source>Use pasted key</source>
            <translation>Use pasted key</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Turn encryption off</translation>
        </message>
        <message>
            <source>Fingerprint: %1</source>
            <translation>Fingerprint: %1</translation>
        </message>
        <message>
            <source>Reading the key…</source>
            <translation>Reading the key…</translation>
        </message>
        <message>
            <source>Keep the key in a file with a password…</source>
            <translation>Keep the key in a file with a password…</translation>
        </message>
        <message>
            <source>Kept in a file locked with a password on this computer.</source>
            <translation>Kept in a file locked with a password on this computer.</translation>
        </message>
        <message>
            <source>Kept in the operating system's key store (Windows Credential Manager), never in the report database.</source>
            <translation>Kept in the operating system's key store (Windows Credential Manager), never in the report database.</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Export public key</translation>
        </message>
        <message>
            <source>Public key (*.pub)</source>
            <translation>Public key (*.pub)</translation>
        </message>
        <message>
            <source>Cannot export the key</source>
            <translation>Cannot export the key</translation>
        </message>
        <message>
            <source>Public key exported</source>
            <translation>Public key exported</translation>
        </message>
        <message>
            <source>The public key was saved to:
%1

Send this file to the province.</source>
            <translation>The public key was saved to:
%1

Send this file to the province.</translation>
        </message>
        <message>
            <source>Not configured: bundles are signed but not encrypted.</source>
            <translation>Not configured: bundles are signed but not encrypted.</translation>
        </message>
        <message>
            <source>Configured: bundles are encrypted to the province key %1.</source>
            <translation>Configured: bundles are encrypted to the province key %1.</translation>
        </message>
        <message>
            <source>Province public key</source>
            <translation>Province public key</translation>
        </message>
        <message>
            <source>Public key (*.pub);;All files (*)</source>
            <translation>Public key (*.pub);;All files (*)</translation>
        </message>
        <message>
            <source>Cannot use this key</source>
            <translation>Cannot use this key</translation>
        </message>
        <message>
            <source>Paste the province's public key or load its .pub file first.</source>
            <translation>Paste the province's public key or load its .pub file first.</translation>
        </message>
        <message>
            <source>Bundles will no longer be encrypted to the province key. Continue?</source>
            <translation>Bundles will no longer be encrypted to the province key. Continue?</translation>
        </message>
        <message>
            <source>Turn off</source>
            <translation>Turn off</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Cannot do that</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Periodic reports</source>
            <translation>Periodic reports</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Report duplicated.</source>
            <translation>Report duplicated.</translation>
        </message>
        <message>
            <source>Delete the report "%1" (%2)?

It can be restored later from "Show deleted reports".</source>
            <translation>Delete the report "%1" (%2)?

It can be restored later from "Show deleted reports".</translation>
        </message>
        <message>
            <source>Delete report</source>
            <translation>Delete report</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Report deleted. It can be restored from "Show deleted reports".</source>
            <translation>Report deleted. It can be restored from "Show deleted reports".</translation>
        </message>
        <message>
            <source>Report restored.</source>
            <translation>Report restored.</translation>
        </message>
        <message>
            <source>Outline saved.</source>
            <translation>Outline saved.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) not yet uploaded</source>
            <translation>
                <numerusform>%n bundle not yet uploaded</numerusform>
                <numerusform>%n bundles not yet uploaded</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the outbox to mark bundles as uploaded</source>
            <translation>Open the outbox to mark bundles as uploaded</translation>
        </message>
        <message>
            <source>Unexpected error: %1</source>
            <translation>Unexpected error: %1</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Cannot do that</translation>
        </message>
        <message>
            <source>About baocao</source>
            <translation>About baocao</translation>
        </message>
        <message>
            <source>baocao %1 — periodic reports for commune offices, offline.</source>
            <translation>baocao %1 — periodic reports for commune offices, offline.</translation>
        </message>
        <message>
            <source>&amp;New report…</source>
            <translation>&amp;New report…</translation>
        </message>
        <message>
            <source>Start a new report from an outline</source>
            <translation>Start a new report from an outline</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Open the selected report</source>
            <translation>Open the selected report</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <source>Make a copy of the selected report</source>
            <translation>Make a copy of the selected report</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Delete the selected report (it can be restored)</source>
            <translation>Delete the selected report (it can be restored)</translation>
        </message>
        <message>
            <source>&amp;Import outline…</source>
            <translation>&amp;Import outline…</translation>
        </message>
        <message>
            <source>Import an outline (đề cương) from text or a file</source>
            <translation>Import an outline (đề cương) from text or a file</translation>
        </message>
        <message>
            <source>Import the province's re&amp;quest package…</source>
            <translation>Import the province's re&amp;quest package…</translation>
        </message>
        <message>
            <source>Import the signed package the province sent: its outline, indicators and keys</source>
            <translation>Import the signed package the province sent: its outline, indicators and keys</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Print the report</translation>
        </message>
        <message>
            <source>Export &amp;DOCX…</source>
            <translation>Export &amp;DOCX…</translation>
        </message>
        <message>
            <source>Export the report as a Word file (DOCX)</source>
            <translation>Export the report as a Word file (DOCX)</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Export P&amp;DF…</translation>
        </message>
        <message>
            <source>Export the report as a PDF file</source>
            <translation>Export the report as a PDF file</translation>
        </message>
        <message>
            <source>Export &amp;sync bundle…</source>
            <translation>Export &amp;sync bundle…</translation>
        </message>
        <message>
            <source>Export a signed bundle to send to the province</source>
            <translation>Export a signed bundle to send to the province</translation>
        </message>
        <message>
            <source>&amp;Compile reports…</source>
            <translation>&amp;Compile reports…</translation>
        </message>
        <message>
            <source>Compile the reports received from units</source>
            <translation>Compile the reports received from units</translation>
        </message>
        <message>
            <source>&amp;Report list</source>
            <translation>&amp;Report list</translation>
        </message>
        <message>
            <source>Back to the list of reports</source>
            <translation>Back to the list of reports</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Unit profile, language and font size</source>
            <translation>Unit profile, language and font size</translation>
        </message>
        <message>
            <source>&amp;Change officer…</source>
            <translation>&amp;Change officer…</translation>
        </message>
        <message>
            <source>Who is working on this computer (recorded with each saved version)</source>
            <translation>Who is working on this computer (recorded with each saved version)</translation>
        </message>
        <message>
            <source>Tiếng Việt</source>
            <translation>Tiếng Việt</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>&amp;Report</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Toolbar</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MetaForm</name>
        <message>
            <source>Letter number:</source>
            <translation>Letter number:</translation>
        </message>
        <message>
            <source>Letter date:</source>
            <translation>Letter date:</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>Agency:</translation>
        </message>
        <message>
            <source>Parent agency:</source>
            <translation>Parent agency:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Subject (V/v):</source>
            <translation>Subject (V/v):</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Deadline:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <source>In the letter's words:</source>
            <translation>In the letter's words:</translation>
        </message>
        <message>
            <source>known</source>
            <translation>known</translation>
        </message>
        <message>
            <source>has a deadline</source>
            <translation>has a deadline</translation>
        </message>
        <message>
            <source>“trước ngày D” (before day D) is read as due by the end of the day before D; “chậm nhất ngày D” (at the latest on D) as the end of D; a time written in the letter is kept.</source>
            <translation>“trước ngày D” (before day D) is read as due by the end of the day before D; “chậm nhất ngày D” (at the latest on D) as the end of D; a time written in the letter is kept.</translation>
        </message>
        <message>
            <source>Letter no. %1</source>
            <translation>Letter no. %1</translation>
        </message>
        <message>
            <source>dated %1</source>
            <translation>dated %1</translation>
        </message>
        <message>
            <source>deadline %1</source>
            <translation>deadline %1</translation>
        </message>
    </context>
    <context>
        <name>MissingItemsDialog</name>
        <message>
            <source>Report not complete</source>
            <translation>Report not complete</translation>
        </message>
        <message>
            <source>These {0} items are neither filled in nor marked "nothing to report". Pick one to go to it.</source>
            <translation>These {0} items are neither filled in nor marked "nothing to report". Pick one to go to it.</translation>
        </message>
        <message>
            <source>Go to item</source>
            <translation>Go to item</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>NewReportWizard</name>
        <message>
            <source>New report</source>
            <translation>New report</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Create report</source>
            <translation>Create report</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>There is already a report of %1 for "%2" (made %3). Make another one anyway?</source>
            <translation>There is already a report of %1 for "%2" (made %3). Make another one anyway?</translation>
        </message>
        <message>
            <source>A report for this period exists</source>
            <translation>A report for this period exists</translation>
        </message>
        <message>
            <source>Make another report</source>
            <translation>Make another report</translation>
        </message>
        <message>
            <source>Cannot create the report</source>
            <translation>Cannot create the report</translation>
        </message>
    </context>
    <context>
        <name>NodePanel</name>
        <message>
            <source>Number, kind:</source>
            <translation>Number, kind:</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>Applies to:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Guidance:</source>
            <translation>Guidance:</translation>
        </message>
        <message>
            <source>Split at the cursor</source>
            <translation>Split at the cursor</translation>
        </message>
        <message>
            <source>In the title: the text after the cursor becomes guidance. In the guidance: the text before the cursor goes up into the title.</source>
            <translation>In the title: the text after the cursor becomes guidance. In the guidance: the text before the cursor goes up into the title.</translation>
        </message>
        <message>
            <source>In the letter:</source>
            <translation>In the letter:</translation>
        </message>
        <message>
            <source>(not in the letter: added or moved here by hand)</source>
            <translation>(not in the letter: added or moved here by hand)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
    </context>
    <context>
        <name>OfficerDialog</name>
        <message>
            <source>Who is working?</source>
            <translation>Who is working?</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Your full name is recorded with each saved version of the report.</source>
            <translation>Your full name is recorded with each saved version of the report.</translation>
        </message>
        <message>
            <source>Officer's full name</source>
            <translation>Officer's full name</translation>
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Outbox: exported bundles</source>
            <translation>Outbox: exported bundles</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Exported at</source>
            <translation>Exported at</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>Uploaded</translation>
        </message>
        <message>
            <source>Mark as uploaded</source>
            <translation>Mark as uploaded</translation>
        </message>
        <message>
            <source>Mark as not uploaded</source>
            <translation>Mark as not uploaded</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>Bundles waiting to be uploaded: %1</source>
            <translation>Bundles waiting to be uploaded: %1</translation>
        </message>
    </context>
    <context>
        <name>OutlineImportDialog</name>
        <message>
            <source>Import outline</source>
            <translation>Import outline</translation>
        </message>
        <message>
            <source>1. The letter</source>
            <translation>1. The letter</translation>
        </message>
        <message>
            <source>2. The outline</source>
            <translation>2. The outline</translation>
        </message>
        <message>
            <source>3. The letter's details</source>
            <translation>3. The letter's details</translation>
        </message>
        <message>
            <source>4. Indicators</source>
            <translation>4. Indicators</translation>
        </message>
        <message>
            <source>Paste the request letter or its outline (ĐỀ CƯƠNG) here, or open a .docx/.txt file.</source>
            <translation>Paste the request letter or its outline (ĐỀ CƯƠNG) here, or open a .docx/.txt file.</translation>
        </message>
        <message>
            <source>Paste the text here…</source>
            <translation>Paste the text here…</translation>
        </message>
        <message>
            <source>Open file…</source>
            <translation>Open file…</translation>
        </message>
        <message>
            <source>Read outline</source>
            <translation>Read outline</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add a row after the selected one</source>
            <translation>Add a row after the selected one</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected row and what is under it</source>
            <translation>Delete the selected row and what is under it</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Move the row up</source>
            <translation>Move the row up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Move the row down</source>
            <translation>Move the row down</translation>
        </message>
        <message>
            <source>← Out</source>
            <translation>← Out</translation>
        </message>
        <message>
            <source>Move out a level</source>
            <translation>Move out a level</translation>
        </message>
        <message>
            <source>In →</source>
            <translation>In →</translation>
        </message>
        <message>
            <source>Move in a level (under the row above)</source>
            <translation>Move in a level (under the row above)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Join the next row at the same level into this one</source>
            <translation>Join the next row at the same level into this one</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Split</translation>
        </message>
        <message>
            <source>Split the title and the guidance at the cursor</source>
            <translation>Split the title and the guidance at the cursor</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Next ⚠</source>
            <translation>Next ⚠</translation>
        </message>
        <message>
            <source>Go to the next row the importer was unsure of (F8)</source>
            <translation>Go to the next row the importer was unsure of (F8)</translation>
        </message>
        <message>
            <source>Save outline</source>
            <translation>Save outline</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Subsection</source>
            <translation>Subsection</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Free text</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Communes only</source>
            <translation>Communes only</translation>
        </message>
        <message>
            <source>Departments only</source>
            <translation>Departments only</translation>
        </message>
        <message>
            <source>Open outline</source>
            <translation>Open outline</translation>
        </message>
        <message>
            <source>Documents (*.docx *.txt *.md);;All files (*)</source>
            <translation>Documents (*.docx *.txt *.md);;All files (*)</translation>
        </message>
        <message>
            <source>Reading the outline…</source>
            <translation>Reading the outline…</translation>
        </message>
        <message>
            <source>Found %1 items to fill in. Check the tree, fix what is wrong, then save.</source>
            <translation>Found %1 items to fill in. Check the tree, fix what is wrong, then save.</translation>
        </message>
        <message>
            <source>Cannot read the outline</source>
            <translation>Cannot read the outline</translation>
        </message>
        <message>
            <source>%1 rows have a mark (⚠): check them first (F8 goes to the next).</source>
            <translation>%1 rows have a mark (⚠): check them first (F8 goes to the next).</translation>
        </message>
        <message>
            <source>Cannot save the outline</source>
            <translation>Cannot save the outline</translation>
        </message>
    </context>
    <context>
        <name>OutlinePage</name>
        <message>
            <source>Outline</source>
            <translation>Outline</translation>
        </message>
        <message>
            <source>Which outline (đề cương) does this report answer?</source>
            <translation>Which outline (đề cương) does this report answer?</translation>
        </message>
        <message>
            <source>Import a new outline…</source>
            <translation>Import a new outline…</translation>
        </message>
        <message>
            <source>Default outline (shipped): %1</source>
            <translation>Default outline (shipped): %1</translation>
        </message>
        <message>
            <source>letter no. %1</source>
            <translation>letter no. %1</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>%1 items</translation>
        </message>
    </context>
    <context>
        <name>OutlinePanel</name>
        <message>
            <source>Show items that do not apply</source>
            <translation>Show items that do not apply</translation>
        </message>
        <message>
            <source>Appendices (Phụ lục)</source>
            <translation>Appendices (Phụ lục)</translation>
        </message>
        <message>
            <source>(free text)</source>
            <translation>(free text)</translation>
        </message>
        <message>
            <source>Filled {0} of {1} items</source>
            <translation>Filled {0} of {1} items</translation>
        </message>
    </context>
    <context>
        <name>OutlineTreeEditor</name>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>New item</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Move in</source>
            <translation>Move in</translation>
        </message>
        <message>
            <source>Move out</source>
            <translation>Move out</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Split</translation>
        </message>
    </context>
    <context>
        <name>PeriodPage</name>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>The data cut-off dates follow the reporting period rules.</source>
            <translation>The data cut-off dates follow the reporting period rules.</translation>
        </message>
        <message>
            <source>Kind of period</source>
            <translation>Kind of period</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Data from – to</source>
            <translation>Data from – to</translation>
        </message>
        <message>
            <source>Period as printed</source>
            <translation>Period as printed</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Half (1 = first, 2 = second)</source>
            <translation>Half (1 = first, 2 = second)</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
    </context>
    <context>
        <name>PreviousPanel</name>
        <message>
            <source>Copy in</source>
            <translation>Copy in</translation>
        </message>
        <message>
            <source>Replace this item's text with the previous period's answer (Ctrl+Z undoes it)</source>
            <translation>Replace this item's text with the previous period's answer (Ctrl+Z undoes it)</translation>
        </message>
        <message>
            <source>Previous period: {0}</source>
            <translation>Previous period: {0}</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Previous period</translation>
        </message>
        <message>
            <source>No answer to this item in the previous report.</source>
            <translation>No answer to this item in the previous report.</translation>
        </message>
        <message>
            <source>(nothing to report)</source>
            <translation>(nothing to report)</translation>
        </message>
        <message>
            <source>Hide the previous period</source>
            <translation>Hide the previous period</translation>
        </message>
        <message>
            <source>Show the previous period</source>
            <translation>Show the previous period</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Preparing the print preview…</source>
            <translation>Preparing the print preview…</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>The PDF file could not be opened.</source>
            <translation>The PDF file could not be opened.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>The printer could not be started.</translation>
        </message>
    </context>
    <context>
        <name>PromptDialog</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ProvinceExtras</name>
        <message>
            <source>Units' answers</source>
            <translation>Units' answers</translation>
        </message>
        <message>
            <source>Indicators ({0})</source>
            <translation>Indicators ({0})</translation>
        </message>
    </context>
    <context>
        <name>ReportList</name>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Sample report</source>
            <translation>Sample report</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>due today</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportListPage</name>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Show deleted reports</source>
            <translation>Show deleted reports</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Bring the selected deleted report back to the list</source>
            <translation>Bring the selected deleted report back to the list</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Outline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>Completeness</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Last saved</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n report</numerusform>
                <numerusform>%n reports</numerusform>
            </translation>
        </message>
        <message>
            <source>No deleted reports.</source>
            <translation>No deleted reports.</translation>
        </message>
        <message>
            <source>No reports yet. Click "New report" to start one.</source>
            <translation>No reports yet. Click "New report" to start one.</translation>
        </message>
        <message>
            <source>(sample)</source>
            <translation>(sample)</translation>
        </message>
        <message>
            <source>The sample report, to look around; it can be deleted.</source>
            <translation>The sample report, to look around; it can be deleted.</translation>
        </message>
        <message>
            <source>Deadline: %1</source>
            <translation>Deadline: %1</translation>
        </message>
    </context>
    <context>
        <name>ReportStatusActions</name>
        <message>
            <source>Report finalized.</source>
            <translation>Report finalized.</translation>
        </message>
        <message>
            <source>Reopen to edit</source>
            <translation>Reopen to edit</translation>
        </message>
        <message>
            <source>Why is the report being reopened? (kept in the history)</source>
            <translation>Why is the report being reopened? (kept in the history)</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Report reopened for editing.</source>
            <translation>Report reopened for editing.</translation>
        </message>
        <message>
            <source>Delete the sample report</source>
            <translation>Delete the sample report</translation>
        </message>
        <message>
            <source>Delete the sample report? It can be brought back from "Show deleted reports".</source>
            <translation>Delete the sample report? It can be brought back from "Show deleted reports".</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Cannot do that</translation>
        </message>
    </context>
    <context>
        <name>RequestImport</name>
        <message>
            <source>From: {0}</source>
            <translation>From: {0}</translation>
        </message>
        <message>
            <source>Outline: {0}</source>
            <translation>Outline: {0}</translation>
        </message>
        <message>
            <source>Period: {0}; deadline: {1}</source>
            <translation>Period: {0}; deadline: {1}</translation>
        </message>
        <message>
            <source>Units asked to report: {0}</source>
            <translation>Units asked to report: {0}</translation>
        </message>
        <message>
            <source>Fingerprint of the province's key:</source>
            <translation>Fingerprint of the province's key:</translation>
        </message>
        <message>
            <source>WARNING: this computer knows another key for the province ({0}). Import only if the province has told you in writing that it changed its key and the fingerprint above is the one in its letter.</source>
            <translation>WARNING: this computer knows another key for the province ({0}). Import only if the province has told you in writing that it changed its key and the fingerprint above is the one in its letter.</translation>
        </message>
        <message>
            <source>The key is the one this computer already knows for the province.</source>
            <translation>The key is the one this computer already knows for the province.</translation>
        </message>
        <message>
            <source>First package from this province on this computer: compare the fingerprint above with the one printed in the letter (công văn) before importing.</source>
            <translation>First package from this province on this computer: compare the fingerprint above with the one printed in the letter (công văn) before importing.</translation>
        </message>
        <message>
            <source>Request package</source>
            <translation>Request package</translation>
        </message>
        <message>
            <source>Import the province's request package</source>
            <translation>Import the province's request package</translation>
        </message>
        <message>
            <source>Request packages (*.baocao-request.zip *.zip)</source>
            <translation>Request packages (*.baocao-request.zip *.zip)</translation>
        </message>
        <message>
            <source>Replace the key and import</source>
            <translation>Replace the key and import</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Outline saved: {0}. Create your report with "New report…" and choose it.</source>
            <translation>Outline saved: {0}. Create your report with "New report…" and choose it.</translation>
        </message>
        <message>
            <source>Your bundles will be encrypted to the province.</source>
            <translation>Your bundles will be encrypted to the province.</translation>
        </message>
        <message>
            <source>Note: your unit code is not on the package's list of units asked to report.</source>
            <translation>Note: your unit code is not on the package's list of units asked to report.</translation>
        </message>
        <message>
            <source>Request package imported.</source>
            <translation>Request package imported.</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search titles and text in this report</source>
            <translation>Search titles and text in this report</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <source>Close search (Esc)</source>
            <translation>Close search (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>No match</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Unit profile</source>
            <translation>Unit profile</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Display</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <source>Province synthesis</source>
            <translation>Province synthesis</translation>
        </message>
        <message>
            <source>"Kính gửi" of the synthesis reports (one addressee per line)</source>
            <translation>"Kính gửi" of the synthesis reports (one addressee per line)</translation>
        </message>
        <message>
            <source>Only for an office that compiles the units' reports (a department, the province): the agency, signer and "Nơi nhận" come from the unit profile.</source>
            <translation>Only for an office that compiles the units' reports (a department, the province): the agency, signer and "Nơi nhận" come from the unit profile.</translation>
        </message>
        <message>
            <source>The new size applies to every window as soon as you save.</source>
            <translation>The new size applies to every window as soon as you save.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>Font size</translation>
        </message>
        <message>
            <source>Print the report's number and date in exports</source>
            <translation>Print the report's number and date in exports</translation>
        </message>
        <message>
            <source>Off (the usual way): "Số: …/BC-UBND" and the day are left blank for the office to write when the report is signed and registered.</source>
            <translation>Off (the usual way): "Số: …/BC-UBND" and the day are left blank for the office to write when the report is signed and registered.</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Cannot save</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsTab</name>
        <message>
            <source>Indicators are figures every unit answers in the same form, so the province can add them up. Tick those to keep; double-click a label or unit to change it. They are attached to their items when the outline is saved.</source>
            <translation>Indicators are figures every unit answers in the same form, so the province can add them up. Tick those to keep; double-click a label or unit to change it. They are attached to their items when the outline is saved.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Number (summed)</source>
            <translation>Number (summed)</translation>
        </message>
        <message>
            <source>Count (summed)</source>
            <translation>Count (summed)</translation>
        </message>
        <message>
            <source>Yes / not yet (k/N)</source>
            <translation>Yes / not yet (k/N)</translation>
        </message>
        <message>
            <source>Ratio (numerator/denominator)</source>
            <translation>Ratio (numerator/denominator)</translation>
        </message>
        <message>
            <source>Percent (no base)</source>
            <translation>Percent (no base)</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Choice</translation>
        </message>
        <message>
            <source>Short text</source>
            <translation>Short text</translation>
        </message>
        <message>
            <source>From: {0}</source>
            <translation>From: {0}</translation>
        </message>
    </context>
    <context>
        <name>SyncDialogs</name>
        <message>
            <source>Export sync bundle</source>
            <translation>Export sync bundle</translation>
        </message>
        <message>
            <source>Select a report first.</source>
            <translation>Select a report first.</translation>
        </message>
        <message>
            <source>Folder for the bundle (e.g. a USB stick)</source>
            <translation>Folder for the bundle (e.g. a USB stick)</translation>
        </message>
        <message>
            <source>Bundle written: %1</source>
            <translation>Bundle written: %1</translation>
        </message>
        <message>
            <source>Writing the signed bundle…</source>
            <translation>Writing the signed bundle…</translation>
        </message>
    </context>
    <context>
        <name>UnitPage</name>
        <message>
            <source>Unit and request letter</source>
            <translation>Unit and request letter</translation>
        </message>
        <message>
            <source>Pre-filled from the settings and the imported letter; change them if needed.</source>
            <translation>Pre-filled from the settings and the imported letter; change them if needed.</translation>
        </message>
        <message>
            <source>Reporting unit</source>
            <translation>Reporting unit</translation>
        </message>
        <message>
            <source>Request letter answered</source>
            <translation>Request letter answered</translation>
        </message>
        <message>
            <source>Commune / ward</source>
            <translation>Commune / ward</translation>
        </message>
        <message>
            <source>Department / agency</source>
            <translation>Department / agency</translation>
        </message>
        <message>
            <source>Has a deadline</source>
            <translation>Has a deadline</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Unit type</source>
            <translation>Unit type</translation>
        </message>
        <message>
            <source>Remember this unit name and place in the settings (for the next reports and the exports)</source>
            <translation>Remember this unit name and place in the settings (for the next reports and the exports)</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Letter number</source>
            <translation>Letter number</translation>
        </message>
        <message>
            <source>Letter date</source>
            <translation>Letter date</translation>
        </message>
    </context>
    <context>
        <name>UnitProfileForm</name>
        <message>
            <source>Reporting unit</source>
            <translation>Reporting unit</translation>
        </message>
        <message>
            <source>Signature and recipients</source>
            <translation>Signature and recipients</translation>
        </message>
        <message>
            <source>Commune / ward</source>
            <translation>Commune / ward</translation>
        </message>
        <message>
            <source>Department / agency</source>
            <translation>Department / agency</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>Parent agency</source>
            <translation>Parent agency</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Place (date line)</source>
            <translation>Place (date line)</translation>
        </message>
        <message>
            <source>Unit type</source>
            <translation>Unit type</translation>
        </message>
        <message>
            <source>Document code</source>
            <translation>Document code</translation>
        </message>
        <message>
            <source>Archive abbreviation</source>
            <translation>Archive abbreviation</translation>
        </message>
        <message>
            <source>Signing authority</source>
            <translation>Signing authority</translation>
        </message>
        <message>
            <source>Authority body</source>
            <translation>Authority body</translation>
        </message>
        <message>
            <source>Signer's title</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <source>Recipients (one per line)</source>
            <translation>Recipients (one per line)</translation>
        </message>
        <message>
            <source>e.g. UBND xã Sơn Kỳ</source>
            <translation>e.g. UBND xã Sơn Kỳ</translation>
        </message>
        <message>
            <source>e.g. UBND tỉnh Quảng Ngãi</source>
            <translation>e.g. UBND tỉnh Quảng Ngãi</translation>
        </message>
        <message>
            <source>e.g. 000.00.31.H48 (ask the province)</source>
            <translation>e.g. 000.00.31.H48 (ask the province)</translation>
        </message>
        <message>
            <source>e.g. Sơn Kỳ</source>
            <translation>e.g. Sơn Kỳ</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Văn A</source>
            <translation>e.g. Nguyễn Văn A</translation>
        </message>
        <message>
            <source>TM.: signs for the committee · KT.: a deputy signs for the chairman · TL.: signs by order</source>
            <translation>TM.: signs for the committee · KT.: a deputy signs for the chairman · TL.: signs by order</translation>
        </message>
    </context>
    <context>
        <name>UnitSetupDialog</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Welcome to baocao</source>
            <translation>Welcome to baocao</translation>
        </message>
        <message>
            <source>Before the first report, tell the program who you are and which unit reports: these words are printed on every report (header, date line and signature). You can change them later in Settings.</source>
            <translation>Before the first report, tell the program who you are and which unit reports: these words are printed on every report (header, date line and signature). You can change them later in Settings.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Your full name</translation>
        </message>
        <message>
            <source>Recorded with each saved version of a report</source>
            <translation>Recorded with each saved version of a report</translation>
        </message>
        <message>
            <source>Save and start</source>
            <translation>Save and start</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Unit and signer</source>
            <translation>Unit and signer</translation>
        </message>
        <message>
            <source>Before a bundle is sent to the province</source>
            <translation>Before a bundle is sent to the province</translation>
        </message>
        <message>
            <source>Before the compiled report is written</source>
            <translation>Before the compiled report is written</translation>
        </message>
        <message>
            <source>Before the report is finalized</source>
            <translation>Before the report is finalized</translation>
        </message>
        <message>
            <source>These details are printed on the report or name the bundle. Fill in the fields outlined in red; they are saved in Settings for the next reports.</source>
            <translation>These details are printed on the report or name the bundle. Fill in the fields outlined in red; they are saved in Settings for the next reports.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Fill in the fields outlined in red.</source>
            <translation>Fill in the fields outlined in red.</translation>
        </message>
    </context>
    <context>
        <name>UnitsPanel</name>
        <message>
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Answered this item</source>
            <translation>Answered this item</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Not answered</translation>
        </message>
        <message>
            <source>Every unit</source>
            <translation>Every unit</translation>
        </message>
        <message>
            <source>Search units and their text…</source>
            <translation>Search units and their text…</translation>
        </message>
        <message>
            <source>Copy with the unit's name</source>
            <translation>Copy with the unit's name</translation>
        </message>
        <message>
            <source>Copy the selected passage (or the whole answer) as "Xã …: …" to paste into the province's text</source>
            <translation>Copy the selected passage (or the whole answer) as "Xã …: …" to paste into the province's text</translation>
        </message>
        <message>
            <source>Aggregated indicators</source>
            <translation>Aggregated indicators</translation>
        </message>
        <message>
            <source>Insert sentences</source>
            <translation>Insert sentences</translation>
        </message>
        <message>
            <source>Insert table</source>
            <translation>Insert table</translation>
        </message>
        <message>
            <source>{0}/{1} units answered this item</source>
            <translation>{0}/{1} units answered this item</translation>
        </message>
        <message>
            <source>Add these sentences at the end of the province's text (Ctrl+Z undoes it)</source>
            <translation>Add these sentences at the end of the province's text (Ctrl+Z undoes it)</translation>
        </message>
        <message>
            <source>Add these figures to the item's key figures table</source>
            <translation>Add these figures to the item's key figures table</translation>
        </message>
        <message>
            <source>This item has no indicators.</source>
            <translation>This item has no indicators.</translation>
        </message>
        <message>
            <source>received</source>
            <translation>received</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>not reported</translation>
        </message>
        <message>
            <source>(nothing to report)</source>
            <translation>(nothing to report)</translation>
        </message>
        <message>
            <source>No answer to this item.</source>
            <translation>No answer to this item.</translation>
        </message>
    </context>
    <context>
        <name>WindowFlows</name>
        <message>
            <source>Unit details saved. Click "New report" to start.</source>
            <translation>Unit details saved. Click "New report" to start.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>_Field</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>numerator</source>
            <translation>numerator</translation>
        </message>
        <message>
            <source>denominator</source>
            <translation>denominator</translation>
        </message>
        <message>
            <source>e.g. 12</source>
            <translation>e.g. 12</translation>
        </message>
        <message>
            <source>e.g. 1.250,5</source>
            <translation>e.g. 1.250,5</translation>
        </message>
        <message>
            <source>e.g. 95,17</source>
            <translation>e.g. 95,17</translation>
        </message>
    </context>
</TS>
