<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AppendixEditor</name>
        <message>
            <source>New table</source>
            <translation>Thêm bảng</translation>
        </message>
        <message>
            <source>Delete table</source>
            <translation>Xóa bảng</translation>
        </message>
        <message>
            <source>Title, e.g. "Phụ lục I: …"</source>
            <translation>Tiêu đề, ví dụ "Phụ lục I: …"</translation>
        </message>
        <message>
            <source>Note under the table (optional)</source>
            <translation>Ghi chú dưới bảng (không bắt buộc)</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Thêm dòng</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Xóa dòng</translation>
        </message>
        <message>
            <source>Add column</source>
            <translation>Thêm cột</translation>
        </message>
        <message>
            <source>Remove column</source>
            <translation>Xóa cột</translation>
        </message>
        <message>
            <source>Rename column</source>
            <translation>Đổi tên cột</translation>
        </message>
        <message>
            <source>Appendix table:</source>
            <translation>Bảng phụ lục:</translation>
        </message>
        <message>
            <source>Table {0}</source>
            <translation>Bảng {0}</translation>
        </message>
        <message>
            <source>Column {0}</source>
            <translation>Cột {0}</translation>
        </message>
        <message>
            <source>Column name</source>
            <translation>Tên cột</translation>
        </message>
        <message>
            <source>Column name:</source>
            <translation>Tên cột:</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Not saved yet ({0}); will try again.</source>
            <translation>Chưa lưu được ({0}); sẽ thử lại.</translation>
        </message>
        <message>
            <source>Could not write the history ({0}).</source>
            <translation>Không ghi được lịch sử ({0}).</translation>
        </message>
    </context>
    <context>
        <name>CarryPage</name>
        <message>
            <source>Start from a previous report</source>
            <translation>Dùng lại báo cáo kỳ trước</translation>
        </message>
        <message>
            <source>Copy the answers of a previous report</source>
            <translation>Chép nội dung từ một báo cáo trước</translation>
        </message>
        <message>
            <source>Answers are copied where the items match (same item, or a title that is almost the same). Review every copied answer before finishing the report.</source>
            <translation>Nội dung được chép sang các mục tương ứng (cùng mục, hoặc tiêu đề gần giống). Hãy rà soát lại từng mục đã chép trước khi hoàn thành báo cáo.</translation>
        </message>
        <message>
            <source> (sample)</source>
            <translation> (mẫu)</translation>
        </message>
    </context>
    <context>
        <name>EditorPage</name>
        <message>
            <source>← Reports</source>
            <translation>← Danh sách báo cáo</translation>
        </message>
        <message>
            <source>Back to the list of reports (everything is saved)</source>
            <translation>Quay lại danh sách báo cáo (mọi nội dung đã được lưu)</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Lịch sử…</translation>
        </message>
        <message>
            <source>Who saved what and when; bring back an earlier text</source>
            <translation>Ai đã lưu gì, lúc nào; lấy lại nội dung trước đó</translation>
        </message>
        <message>
            <source>Finalize…</source>
            <translation>Hoàn thành…</translation>
        </message>
        <message>
            <source>Check what the final copy prints, then mark the report as complete (read-only)</source>
            <translation>Xem trước những gì bản chính thức sẽ in, rồi đánh dấu báo cáo đã hoàn thành (chỉ xem)</translation>
        </message>
        <message>
            <source>Reopen to edit</source>
            <translation>Mở lại để sửa</translation>
        </message>
        <message>
            <source>Report finalized — view only</source>
            <translation>Báo cáo đã hoàn thành — chỉ xem</translation>
        </message>
        <message>
            <source>This is the sample report (Báo cáo mẫu), to look around: its unit and signer are a sample's, not yours.</source>
            <translation>Đây là báo cáo mẫu để xem thử: đơn vị và người ký trong báo cáo là của mẫu, không phải của đơn vị bạn.</translation>
        </message>
        <message>
            <source>Delete the sample report</source>
            <translation>Xóa báo cáo mẫu</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Kỳ trước</translation>
        </message>
        <message>
            <source>Everything is saved</source>
            <translation>Đã lưu hết</translation>
        </message>
        <message>
            <source>Every item is filled in.</source>
            <translation>Đã điền đủ tất cả các mục.</translation>
        </message>
        <message>
            <source>Copied the previous period's answer (Ctrl+Z to undo).</source>
            <translation>Đã chép nội dung kỳ trước (Ctrl+Z để hoàn tác).</translation>
        </message>
        <message>
            <source>Saved at {0}</source>
            <translation>Đã lưu lúc {0}</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Đang soạn…</translation>
        </message>
        <message>
            <source>Saved automatically within 2 seconds (Ctrl+S saves now)</source>
            <translation>Tự động lưu trong vòng 2 giây (Ctrl+S để lưu ngay)</translation>
        </message>
        <message>
            <source>Everything typed is on disk</source>
            <translation>Mọi nội dung đã gõ đều đã được lưu</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Chưa lưu</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Tài liệu Word (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export as Word (DOCX)</source>
            <translation>Xuất ra tệp Word (DOCX)</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Xuất ra tệp PDF</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Đã xuất ra %1</translation>
        </message>
        <message>
            <source>Exporting the report…</source>
            <translation>Đang xuất báo cáo…</translation>
        </message>
    </context>
    <context>
        <name>FiguresTable</name>
        <message>
            <source>Figure</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Số liệu</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Add figure</source>
            <translation>Thêm số liệu</translation>
        </message>
        <message>
            <source>Remove figure</source>
            <translation>Xóa số liệu</translation>
        </message>
    </context>
    <context>
        <name>FinalizeSummaryDialog</name>
        <message>
            <source>Finalize the report</source>
            <translation>Hoàn thành báo cáo</translation>
        </message>
        <message>
            <source>The final copy will print what is below. Check it: once finalized the report is read-only ("Reopen to edit" makes it a draft again).</source>
            <translation>Bản chính thức sẽ in như dưới đây. Hãy kiểm tra: sau khi hoàn thành, báo cáo chỉ xem được (bấm "Mở lại để sửa" để quay về bản nháp).</translation>
        </message>
        <message>
            <source>Finalize</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <source>Enter the signer…</source>
            <translation>Nhập người ký…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã định danh</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Người ký</translation>
        </message>
        <message>
            <source>a final report must name its signer</source>
            <translation>bản chính thức phải có người ký</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>left blank: the office writes it when the report is signed</source>
            <translation>để trống: văn thư ghi khi báo cáo được ký</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message numerus="yes">
            <source>Nothing to report (%n item(s))</source>
            <translation>
                <numerusform>Không phát sinh (%n mục)</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
    </context>
    <context>
        <name>FootnotesWidget</name>
        <message>
            <source>No.</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Footnote text</source>
            <translation>Nội dung chú thích</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Report history</source>
            <translation>Lịch sử báo cáo</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Differences between the selected revision (−) and the current report (+):</source>
            <translation>Khác biệt giữa phiên bản đang chọn (−) và báo cáo hiện tại (+):</translation>
        </message>
        <message>
            <source>Restore this revision</source>
            <translation>Khôi phục phiên bản này</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Tạo mới</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Lưu mốc</translation>
        </message>
        <message>
            <source>Finalized</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Mở lại</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Xuất tệp</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Nhập vào</translation>
        </message>
        <message>
            <source>No differences: this revision matches the current report.</source>
            <translation>Không có khác biệt: phiên bản này giống báo cáo hiện tại.</translation>
        </message>
        <message>
            <source>Restore revision</source>
            <translation>Khôi phục phiên bản</translation>
        </message>
        <message>
            <source>Replace the current text with the revision of {0}? The current text is kept in the history.</source>
            <translation>Thay nội dung hiện tại bằng phiên bản lúc {0}? Nội dung hiện tại vẫn được giữ trong lịch sử.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Không khôi phục được</translation>
        </message>
    </context>
    <context>
        <name>InboxModel</name>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Lập lúc</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>Nhận lúc</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Đã nhận</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Nộp muộn</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Chưa nộp</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Bị từ chối</translation>
        </message>
        <message>
            <source>r%1 refused: %2</source>
            <translation>r%1 bị từ chối: %2</translation>
        </message>
        <message>
            <source>%1 (not on the list)</source>
            <translation>%1 (không có trong danh sách)</translation>
        </message>
    </context>
    <context>
        <name>InboxWindow</name>
        <message>
            <source>Compile (province level)</source>
            <translation>Tổng hợp (cấp tỉnh)</translation>
        </message>
        <message>
            <source>Outline:</source>
            <translation>Đề cương:</translation>
        </message>
        <message>
            <source>Drop bundle files (.baocao.zip, .baocao.enc) here to import them.</source>
            <translation>Kéo thả các tệp gói báo cáo (.baocao.zip, .baocao.enc) vào đây để nhập.</translation>
        </message>
        <message>
            <source>Import bundles…</source>
            <translation>Nhập gói báo cáo…</translation>
        </message>
        <message>
            <source>Import unit list (CSV)…</source>
            <translation>Nhập danh sách đơn vị (CSV)…</translation>
        </message>
        <message>
            <source>Compile…</source>
            <translation>Xuất báo cáo tổng hợp…</translation>
        </message>
        <message>
            <source>Save the province's synthesis report (drafted from the units' reports if it is not written yet) as DOCX or PDF</source>
            <translation>Lưu báo cáo tổng hợp của tỉnh (soạn từ báo cáo của các đơn vị nếu chưa có) thành tệp DOCX hoặc PDF</translation>
        </message>
        <message>
            <source>Write the synthesis</source>
            <translation>Soạn báo cáo tổng hợp</translation>
        </message>
        <message>
            <source>Open the province's synthesis report in the editor, with every unit's answer beside each item</source>
            <translation>Mở báo cáo tổng hợp của tỉnh để soạn, bên cạnh mỗi mục là nội dung báo cáo của từng đơn vị</translation>
        </message>
        <message>
            <source>Units' reports…</source>
            <translation>Tập báo cáo các đơn vị…</translation>
        </message>
        <message>
            <source>Save every unit's report in full as one file, for the archive</source>
            <translation>Lưu toàn văn báo cáo của mọi đơn vị thành một tệp để lưu trữ</translation>
        </message>
        <message>
            <source>Received: %1 · Late: %2 · Missing: %3</source>
            <translation>Đã nhận: %1 · Nộp muộn: %2 · Chưa nộp: %3</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Bị từ chối: %1</translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>Đang nhập gói báo cáo…</translation>
        </message>
        <message>
            <source>Cannot open the bundles</source>
            <translation>Không mở được các gói</translation>
        </message>
        <message>
            <source>Unknown signing keys</source>
            <translation>Khóa ký chưa đăng ký</translation>
        </message>
        <message>
            <source>These units' signing keys are not registered yet. Compare each fingerprint with the unit (by phone) before accepting.</source>
            <translation>Khóa ký của các đơn vị này chưa được đăng ký. Hãy đối chiếu từng dấu vân tay khóa với đơn vị (qua điện thoại) trước khi chấp nhận.</translation>
        </message>
        <message>
            <source>Accept these keys?</source>
            <translation>Chấp nhận các khóa này?</translation>
        </message>
        <message>
            <source>Accept the keys</source>
            <translation>Chấp nhận các khóa</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Đã hủy.</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Không thực hiện được</translation>
        </message>
        <message>
            <source>Unexpected error: %1</source>
            <translation>Lỗi không mong muốn: %1</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Nhập gói báo cáo</translation>
        </message>
        <message>
            <source>Report bundles</source>
            <translation>Gói báo cáo</translation>
        </message>
        <message>
            <source>Import unit list</source>
            <translation>Nhập danh sách đơn vị</translation>
        </message>
        <message>
            <source>Compiling reports…</source>
            <translation>Đang tổng hợp báo cáo…</translation>
        </message>
        <message>
            <source>Compiled: %1</source>
            <translation>Đã tổng hợp: %1</translation>
        </message>
        <message>
            <source>Compile</source>
            <translation>Tổng hợp</translation>
        </message>
        <message>
            <source>Writing the units' reports…</source>
            <translation>Đang ghi tập báo cáo các đơn vị…</translation>
        </message>
        <message>
            <source>Units' reports</source>
            <translation>Tập báo cáo các đơn vị</translation>
        </message>
    </context>
    <context>
        <name>IndicatorFields</name>
        <message>
            <source>Previous: {0}</source>
            <translation>Kỳ trước: {0}</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>Nothing to report (không phát sinh)</source>
            <translation>Không phát sinh</translation>
        </message>
        <message>
            <source>Dash bullet</source>
            <translation>Gạch đầu dòng</translation>
        </message>
        <message>
            <source>Start the current line with a dash bullet (Ctrl+Shift+B)</source>
            <translation>Thêm gạch đầu dòng cho dòng hiện tại (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <source>Insert footnote</source>
            <translation>Chèn chú thích</translation>
        </message>
        <message>
            <source>Insert a footnote mark at the cursor (Ctrl+Shift+N)</source>
            <translation>Chèn dấu chú thích tại con trỏ (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Write the report for this item here. Start a line with "- " for a dash bullet.</source>
            <translation>Viết nội dung báo cáo cho mục này. Bắt đầu dòng bằng "- " để gạch đầu dòng.</translation>
        </message>
        <message>
            <source>(free text)</source>
            <translation>(nội dung tự viết)</translation>
        </message>
        <message>
            <source>This item does not apply to your unit type.</source>
            <translation>Mục này không áp dụng cho loại đơn vị của đồng chí.</translation>
        </message>
        <message>
            <source>Footnotes ({0})</source>
            <translation>Chú thích ({0})</translation>
        </message>
        <message>
            <source>Key figures ({0})</source>
            <translation>Số liệu chính ({0})</translation>
        </message>
    </context>
    <context>
        <name>KeyAccess</name>
        <message>
            <source>This computer has no safe place of its own for the unit's signing key (the key that signs the reports sent to the province), so the key is kept in a file locked with a password.</source>
            <translation>Máy tính này không có nơi cất khóa an toàn cho khóa ký số của đơn vị (khóa dùng để ký các báo cáo gửi lên tỉnh), nên khóa được cất trong một tệp được bảo vệ bằng mật khẩu.</translation>
        </message>
        <message>
            <source>The password needs at least 8 characters.</source>
            <translation>Mật khẩu phải có ít nhất 8 ký tự.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.</translation>
        </message>
        <message>
            <source>Choose a password of at least 8 characters, write it down and keep it in a safe place. The program asks for it when you send a report to the province. If it is lost, a new key must be made and sent to the province again.</source>
            <translation>Hãy đặt một mật khẩu có ít nhất 8 ký tự, ghi ra giấy và cất ở nơi an toàn. Phần mềm sẽ hỏi mật khẩu này mỗi khi gửi báo cáo lên tỉnh. Nếu quên mật khẩu, đơn vị phải tạo khóa mới và gửi lại cho tỉnh.</translation>
        </message>
        <message>
            <source>Set a password for the signing key</source>
            <translation>Đặt mật khẩu cho khóa ký số</translation>
        </message>
        <message>
            <source>Type the password again:</source>
            <translation>Nhập lại mật khẩu:</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Đặt mật khẩu</translation>
        </message>
        <message>
            <source>Type the password of the unit's signing key (the one chosen the first time on this computer).</source>
            <translation>Nhập mật khẩu của khóa ký số của đơn vị (mật khẩu đã đặt lần đầu trên máy này).</translation>
        </message>
        <message>
            <source>Signing key password</source>
            <translation>Mật khẩu khóa ký số</translation>
        </message>
    </context>
    <context>
        <name>KeysTab</name>
        <message>
            <source>This unit's signing key</source>
            <translation>Khóa ký số của đơn vị</translation>
        </message>
        <message>
            <source>Every bundle sent to the province is signed with this key. Send the public key file (.pub) to the province once, and read the fingerprint to them by phone so they can check it.</source>
            <translation>Mọi gói gửi lên tỉnh đều được ký bằng khóa này. Hãy gửi tệp khóa công khai (.pub) cho tỉnh một lần, và đọc dấu vân tay khóa cho tỉnh qua điện thoại để tỉnh đối chiếu.</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Xuất khóa công khai…</translation>
        </message>
        <message>
            <source>Province encryption key (optional)</source>
            <translation>Khóa mã hóa của tỉnh (không bắt buộc)</translation>
        </message>
        <message>
            <source>If the province gives you its public key (.pub), bundles are encrypted so only the province can open them. Changes here apply at once.</source>
            <translation>Nếu tỉnh cấp khóa công khai (.pub), các gói sẽ được mã hóa để chỉ tỉnh mở được. Thay đổi ở đây có hiệu lực ngay.</translation>
        </message>
        <message>
            <source>Paste the text of the province's .pub file here…</source>
            <translation>Dán nội dung tệp .pub của tỉnh vào đây…</translation>
        </message>
        <message>
            <source>Load .pub file…</source>
            <translation>Nạp tệp .pub…</translation>
        </message>
        <message>
            <source>Use pasted key</source>
            <translation>Dùng khóa vừa dán</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Tắt mã hóa</translation>
        </message>
        <message>
            <source>Fingerprint: %1</source>
            <translation>Dấu vân tay: %1</translation>
        </message>
        <message>
            <source>Reading the key…</source>
            <translation>Đang đọc khóa…</translation>
        </message>
        <message>
            <source>Keep the key in a file with a password…</source>
            <translation>Cất khóa trong tệp có mật khẩu…</translation>
        </message>
        <message>
            <source>Kept in a file locked with a password on this computer.</source>
            <translation>Được cất trong một tệp được bảo vệ bằng mật khẩu trên máy này.</translation>
        </message>
        <message>
            <source>Kept in the operating system's key store (Windows Credential Manager), never in the report database.</source>
            <translation>Khóa được cất trong kho khóa của hệ điều hành (Windows Credential Manager), không bao giờ nằm trong cơ sở dữ liệu báo cáo.</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Xuất khóa công khai</translation>
        </message>
        <message>
            <source>Public key (*.pub)</source>
            <translation>Khóa công khai (*.pub)</translation>
        </message>
        <message>
            <source>Cannot export the key</source>
            <translation>Không xuất được khóa</translation>
        </message>
        <message>
            <source>Public key exported</source>
            <translation>Đã xuất khóa công khai</translation>
        </message>
        <message>
            <source>The public key was saved to:
%1

Send this file to the province.</source>
            <translation>Đã lưu khóa công khai vào:
%1

Hãy gửi tệp này cho tỉnh.</translation>
        </message>
        <message>
            <source>Not configured: bundles are signed but not encrypted.</source>
            <translation>Chưa cấu hình: gói được ký số nhưng không mã hóa.</translation>
        </message>
        <message>
            <source>Configured: bundles are encrypted to the province key %1.</source>
            <translation>Đã cấu hình: gói được mã hóa bằng khóa của tỉnh %1.</translation>
        </message>
        <message>
            <source>Province public key</source>
            <translation>Khóa công khai của tỉnh</translation>
        </message>
        <message>
            <source>Public key (*.pub);;All files (*)</source>
            <translation>Khóa công khai (*.pub);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Cannot use this key</source>
            <translation>Không dùng được khóa này</translation>
        </message>
        <message>
            <source>Paste the province's public key or load its .pub file first.</source>
            <translation>Hãy dán khóa công khai của tỉnh hoặc nạp tệp .pub trước.</translation>
        </message>
        <message>
            <source>Bundles will no longer be encrypted to the province key. Continue?</source>
            <translation>Các gói sẽ không còn được mã hóa bằng khóa của tỉnh. Tiếp tục?</translation>
        </message>
        <message>
            <source>Turn off</source>
            <translation>Tắt</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Không thực hiện được</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Periodic reports</source>
            <translation>Báo cáo định kỳ</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Sẵn sàng</translation>
        </message>
        <message>
            <source>Report duplicated.</source>
            <translation>Đã nhân bản báo cáo.</translation>
        </message>
        <message>
            <source>Delete the report "%1" (%2)?

It can be restored later from "Show deleted reports".</source>
            <translation>Xóa báo cáo "%1" (%2)?

Có thể khôi phục lại trong mục "Hiện báo cáo đã xóa".</translation>
        </message>
        <message>
            <source>Delete report</source>
            <translation>Xóa báo cáo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Report deleted. It can be restored from "Show deleted reports".</source>
            <translation>Đã xóa báo cáo. Có thể khôi phục trong mục "Hiện báo cáo đã xóa".</translation>
        </message>
        <message>
            <source>Report restored.</source>
            <translation>Đã khôi phục báo cáo.</translation>
        </message>
        <message>
            <source>Outline saved.</source>
            <translation>Đã lưu đề cương.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Đã lưu cài đặt.</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) not yet uploaded</source>
            <translation>
                <numerusform>%n gói chưa gửi</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the outbox to mark bundles as uploaded</source>
            <translation>Mở hộp thư đi để đánh dấu các gói đã gửi</translation>
        </message>
        <message>
            <source>Unexpected error: %1</source>
            <translation>Lỗi không mong muốn: %1</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Không thực hiện được</translation>
        </message>
        <message>
            <source>About baocao</source>
            <translation>Giới thiệu baocao</translation>
        </message>
        <message>
            <source>baocao %1 — periodic reports for commune offices, offline.</source>
            <translation>baocao %1 — soạn báo cáo định kỳ cấp xã, không cần mạng.</translation>
        </message>
        <message>
            <source>&amp;New report…</source>
            <translation>Báo cáo &amp;mới…</translation>
        </message>
        <message>
            <source>Start a new report from an outline</source>
            <translation>Tạo báo cáo mới theo đề cương</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <source>Open the selected report</source>
            <translation>Mở báo cáo đang chọn</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Nhân bản</translation>
        </message>
        <message>
            <source>Make a copy of the selected report</source>
            <translation>Tạo bản sao của báo cáo đang chọn</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>Delete the selected report (it can be restored)</source>
            <translation>Xóa báo cáo đang chọn (có thể khôi phục)</translation>
        </message>
        <message>
            <source>&amp;Import outline…</source>
            <translation>Nhập đề &amp;cương…</translation>
        </message>
        <message>
            <source>Import an outline (đề cương) from text or a file</source>
            <translation>Nhập đề cương từ văn bản hoặc tệp</translation>
        </message>
        <message>
            <source>Import the province's re&amp;quest package…</source>
            <translation>Nhập &amp;gói yêu cầu của tỉnh…</translation>
        </message>
        <message>
            <source>Import the signed package the province sent: its outline, indicators and keys</source>
            <translation>Nhập gói có chữ ký do tỉnh gửi: đề cương, chỉ tiêu và khóa</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>In báo cáo</translation>
        </message>
        <message>
            <source>Export &amp;DOCX…</source>
            <translation>Xuất &amp;DOCX…</translation>
        </message>
        <message>
            <source>Export the report as a Word file (DOCX)</source>
            <translation>Xuất báo cáo ra tệp Word (DOCX)</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Xuất P&amp;DF…</translation>
        </message>
        <message>
            <source>Export the report as a PDF file</source>
            <translation>Xuất báo cáo ra tệp PDF</translation>
        </message>
        <message>
            <source>Export &amp;sync bundle…</source>
            <translation>Xuất gói đồng &amp;bộ…</translation>
        </message>
        <message>
            <source>Export a signed bundle to send to the province</source>
            <translation>Xuất gói đã ký số để gửi lên tỉnh</translation>
        </message>
        <message>
            <source>&amp;Compile reports…</source>
            <translation>&amp;Tổng hợp báo cáo…</translation>
        </message>
        <message>
            <source>Compile the reports received from units</source>
            <translation>Tổng hợp báo cáo nhận được từ các đơn vị</translation>
        </message>
        <message>
            <source>&amp;Report list</source>
            <translation>&amp;Danh sách báo cáo</translation>
        </message>
        <message>
            <source>Back to the list of reports</source>
            <translation>Quay lại danh sách báo cáo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <source>Unit profile, language and font size</source>
            <translation>Thông tin đơn vị, ngôn ngữ và cỡ chữ</translation>
        </message>
        <message>
            <source>&amp;Change officer…</source>
            <translation>Đổi &amp;người làm việc…</translation>
        </message>
        <message>
            <source>Who is working on this computer (recorded with each saved version)</source>
            <translation>Ai đang làm việc trên máy này (ghi kèm mỗi lần lưu)</translation>
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
            <translation>&amp;Giới thiệu</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>&amp;Báo cáo</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Công cụ</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Thanh công cụ</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>MetaForm</name>
        <message>
            <source>Letter number:</source>
            <translation>Số công văn:</translation>
        </message>
        <message>
            <source>Letter date:</source>
            <translation>Ngày công văn:</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>Cơ quan ban hành:</translation>
        </message>
        <message>
            <source>Parent agency:</source>
            <translation>Cơ quan cấp trên:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Nơi ban hành:</translation>
        </message>
        <message>
            <source>Subject (V/v):</source>
            <translation>Trích yếu (V/v):</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Kỳ báo cáo:</translation>
        </message>
        <message>
            <source>Deadline:</source>
            <translation>Hạn nộp:</translation>
        </message>
        <message>
            <source>In the letter's words:</source>
            <translation>Lời văn về hạn:</translation>
        </message>
        <message>
            <source>known</source>
            <translation>có</translation>
        </message>
        <message>
            <source>has a deadline</source>
            <translation>có hạn nộp</translation>
        </message>
        <message>
            <source>“trước ngày D” (before day D) is read as due by the end of the day before D; “chậm nhất ngày D” (at the latest on D) as the end of D; a time written in the letter is kept.</source>
            <translation>“trước ngày D” được hiểu là hạn đến hết ngày liền trước D; “chậm nhất ngày D” là đến hết ngày D; nếu công văn ghi giờ thì giữ đúng giờ đó.</translation>
        </message>
        <message>
            <source>Letter no. %1</source>
            <translation>Công văn số %1</translation>
        </message>
        <message>
            <source>dated %1</source>
            <translation>ngày %1</translation>
        </message>
        <message>
            <source>deadline %1</source>
            <translation>hạn nộp %1</translation>
        </message>
    </context>
    <context>
        <name>MissingItemsDialog</name>
        <message>
            <source>Report not complete</source>
            <translation>Báo cáo chưa đầy đủ</translation>
        </message>
        <message>
            <source>These {0} items are neither filled in nor marked "nothing to report". Pick one to go to it.</source>
            <translation>Còn {0} mục chưa điền và chưa đánh dấu "không phát sinh". Chọn một mục để chuyển đến.</translation>
        </message>
        <message>
            <source>Go to item</source>
            <translation>Đến mục này</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>NewReportWizard</name>
        <message>
            <source>New report</source>
            <translation>Báo cáo mới</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Tiếp &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Quay lại</translation>
        </message>
        <message>
            <source>Create report</source>
            <translation>Tạo báo cáo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>There is already a report of %1 for "%2" (made %3). Make another one anyway?</source>
            <translation>Đã có báo cáo của %1 cho kỳ "%2" (tạo lúc %3). Vẫn tạo thêm một báo cáo nữa?</translation>
        </message>
        <message>
            <source>A report for this period exists</source>
            <translation>Đã có báo cáo cho kỳ này</translation>
        </message>
        <message>
            <source>Make another report</source>
            <translation>Vẫn tạo báo cáo mới</translation>
        </message>
        <message>
            <source>Cannot create the report</source>
            <translation>Không tạo được báo cáo</translation>
        </message>
    </context>
    <context>
        <name>NodePanel</name>
        <message>
            <source>Number, kind:</source>
            <translation>Số, loại:</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>Áp dụng cho:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Tiêu đề:</translation>
        </message>
        <message>
            <source>Guidance:</source>
            <translation>Hướng dẫn:</translation>
        </message>
        <message>
            <source>Split at the cursor</source>
            <translation>Tách tại con trỏ</translation>
        </message>
        <message>
            <source>In the title: the text after the cursor becomes guidance. In the guidance: the text before the cursor goes up into the title.</source>
            <translation>Trong tiêu đề: phần sau con trỏ chuyển thành hướng dẫn. Trong hướng dẫn: phần trước con trỏ chuyển lên tiêu đề.</translation>
        </message>
        <message>
            <source>In the letter:</source>
            <translation>Trong công văn:</translation>
        </message>
        <message>
            <source>(not in the letter: added or moved here by hand)</source>
            <translation>(không có trong công văn: dòng thêm hoặc sửa bằng tay)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Sửa</translation>
        </message>
    </context>
    <context>
        <name>OfficerDialog</name>
        <message>
            <source>Who is working?</source>
            <translation>Ai đang làm việc?</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Your full name is recorded with each saved version of the report.</source>
            <translation>Họ tên của đồng chí được ghi kèm mỗi phiên bản báo cáo đã lưu.</translation>
        </message>
        <message>
            <source>Officer's full name</source>
            <translation>Họ và tên cán bộ</translation>
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Outbox: exported bundles</source>
            <translation>Hộp thư đi: các gói đã xuất</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Exported at</source>
            <translation>Xuất lúc</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>Đã gửi</translation>
        </message>
        <message>
            <source>Mark as uploaded</source>
            <translation>Đánh dấu đã gửi</translation>
        </message>
        <message>
            <source>Mark as not uploaded</source>
            <translation>Đánh dấu chưa gửi</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>chưa</translation>
        </message>
        <message>
            <source>Bundles waiting to be uploaded: %1</source>
            <translation>Gói đang chờ gửi: %1</translation>
        </message>
    </context>
    <context>
        <name>OutlineImportDialog</name>
        <message>
            <source>Import outline</source>
            <translation>Nhập đề cương</translation>
        </message>
        <message>
            <source>1. The letter</source>
            <translation>1. Văn bản</translation>
        </message>
        <message>
            <source>2. The outline</source>
            <translation>2. Đề cương</translation>
        </message>
        <message>
            <source>3. The letter's details</source>
            <translation>3. Thông tin công văn</translation>
        </message>
        <message>
            <source>4. Indicators</source>
            <translation>4. Chỉ tiêu</translation>
        </message>
        <message>
            <source>Paste the request letter or its outline (ĐỀ CƯƠNG) here, or open a .docx/.txt file.</source>
            <translation>Dán công văn hoặc đề cương (ĐỀ CƯƠNG) vào đây, hoặc mở tệp .docx/.txt.</translation>
        </message>
        <message>
            <source>Paste the text here…</source>
            <translation>Dán văn bản vào đây…</translation>
        </message>
        <message>
            <source>Open file…</source>
            <translation>Mở tệp…</translation>
        </message>
        <message>
            <source>Read outline</source>
            <translation>Đọc đề cương</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Tiêu đề:</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Áp dụng cho</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <source>Add a row after the selected one</source>
            <translation>Thêm một dòng sau dòng đang chọn</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Delete the selected row and what is under it</source>
            <translation>Xóa dòng đang chọn và các dòng bên dưới nó</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Lên</translation>
        </message>
        <message>
            <source>Move the row up</source>
            <translation>Chuyển dòng lên trên</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Xuống</translation>
        </message>
        <message>
            <source>Move the row down</source>
            <translation>Chuyển dòng xuống dưới</translation>
        </message>
        <message>
            <source>← Out</source>
            <translation>← Ra</translation>
        </message>
        <message>
            <source>Move out a level</source>
            <translation>Lùi ra một cấp</translation>
        </message>
        <message>
            <source>In →</source>
            <translation>Vào →</translation>
        </message>
        <message>
            <source>Move in a level (under the row above)</source>
            <translation>Thụt vào một cấp (làm mục con của dòng trên)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Gộp</translation>
        </message>
        <message>
            <source>Join the next row at the same level into this one</source>
            <translation>Gộp dòng kế tiếp cùng cấp vào dòng này</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Tách</translation>
        </message>
        <message>
            <source>Split the title and the guidance at the cursor</source>
            <translation>Tách tiêu đề và hướng dẫn tại con trỏ</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <source>Next ⚠</source>
            <translation>⚠ tiếp</translation>
        </message>
        <message>
            <source>Go to the next row the importer was unsure of (F8)</source>
            <translation>Đến dòng tiếp theo cần xem lại (F8)</translation>
        </message>
        <message>
            <source>Save outline</source>
            <translation>Lưu đề cương</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Phần</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Mục</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Phần lớn</translation>
        </message>
        <message>
            <source>Subsection</source>
            <translation>Tiểu mục</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Tự viết</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <source>Communes only</source>
            <translation>Chỉ xã/phường</translation>
        </message>
        <message>
            <source>Departments only</source>
            <translation>Chỉ sở/ngành</translation>
        </message>
        <message>
            <source>Open outline</source>
            <translation>Mở đề cương</translation>
        </message>
        <message>
            <source>Documents (*.docx *.txt *.md);;All files (*)</source>
            <translation>Văn bản (*.docx *.txt *.md);;Tất cả tệp (*)</translation>
        </message>
        <message>
            <source>Reading the outline…</source>
            <translation>Đang đọc đề cương…</translation>
        </message>
        <message>
            <source>Found %1 items to fill in. Check the tree, fix what is wrong, then save.</source>
            <translation>Tìm thấy %1 mục cần báo cáo. Kiểm tra cây đề cương, sửa chỗ sai rồi lưu.</translation>
        </message>
        <message>
            <source>Cannot read the outline</source>
            <translation>Không đọc được đề cương</translation>
        </message>
        <message>
            <source>%1 rows have a mark (⚠): check them first (F8 goes to the next).</source>
            <translation>%1 dòng có dấu ⚠ cần xem lại trước (F8: đến dòng tiếp theo).</translation>
        </message>
        <message>
            <source>Cannot save the outline</source>
            <translation>Không lưu được đề cương</translation>
        </message>
    </context>
    <context>
        <name>OutlinePage</name>
        <message>
            <source>Outline</source>
            <translation>Đề cương</translation>
        </message>
        <message>
            <source>Which outline (đề cương) does this report answer?</source>
            <translation>Báo cáo này theo đề cương nào?</translation>
        </message>
        <message>
            <source>Import a new outline…</source>
            <translation>Nhập đề cương mới…</translation>
        </message>
        <message>
            <source>Default outline (shipped): %1</source>
            <translation>Đề cương mặc định: %1</translation>
        </message>
        <message>
            <source>letter no. %1</source>
            <translation>công văn số %1</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>%1 mục</translation>
        </message>
    </context>
    <context>
        <name>OutlinePanel</name>
        <message>
            <source>Show items that do not apply</source>
            <translation>Hiện các mục không áp dụng</translation>
        </message>
        <message>
            <source>Appendices (Phụ lục)</source>
            <translation>Phụ lục</translation>
        </message>
        <message>
            <source>(free text)</source>
            <translation>(nội dung tự viết)</translation>
        </message>
        <message>
            <source>Filled {0} of {1} items</source>
            <translation>Đã điền {0}/{1} mục</translation>
        </message>
    </context>
    <context>
        <name>OutlineTreeEditor</name>
        <message>
            <source>Edit</source>
            <translation>Sửa</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Mục mới</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Di chuyển</translation>
        </message>
        <message>
            <source>Move in</source>
            <translation>Thụt vào</translation>
        </message>
        <message>
            <source>Move out</source>
            <translation>Lùi ra</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Gộp</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Tách</translation>
        </message>
    </context>
    <context>
        <name>PeriodPage</name>
        <message>
            <source>Period</source>
            <translation>Kỳ báo cáo</translation>
        </message>
        <message>
            <source>The data cut-off dates follow the reporting period rules.</source>
            <translation>Thời gian chốt số liệu theo quy định về kỳ báo cáo.</translation>
        </message>
        <message>
            <source>Kind of period</source>
            <translation>Loại kỳ</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>Data from – to</source>
            <translation>Số liệu từ – đến</translation>
        </message>
        <message>
            <source>Period as printed</source>
            <translation>Kỳ báo cáo (ghi trên văn bản)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Tháng</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quý</translation>
        </message>
        <message>
            <source>Half (1 = first, 2 = second)</source>
            <translation>Nửa năm (1 = đầu năm, 2 = cuối năm)</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
    </context>
    <context>
        <name>PreviousPanel</name>
        <message>
            <source>Copy in</source>
            <translation>Chép sang</translation>
        </message>
        <message>
            <source>Replace this item's text with the previous period's answer (Ctrl+Z undoes it)</source>
            <translation>Thay nội dung mục này bằng nội dung kỳ trước (Ctrl+Z để hoàn tác)</translation>
        </message>
        <message>
            <source>Previous period: {0}</source>
            <translation>Kỳ trước: {0}</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Kỳ trước</translation>
        </message>
        <message>
            <source>No answer to this item in the previous report.</source>
            <translation>Báo cáo kỳ trước không có nội dung cho mục này.</translation>
        </message>
        <message>
            <source>(nothing to report)</source>
            <translation>(không phát sinh)</translation>
        </message>
        <message>
            <source>Hide the previous period</source>
            <translation>Ẩn kỳ trước</translation>
        </message>
        <message>
            <source>Show the previous period</source>
            <translation>Hiện kỳ trước</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Preparing the print preview…</source>
            <translation>Đang chuẩn bị bản xem trước khi in…</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation>Xem trước khi in</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>The PDF file could not be opened.</source>
            <translation>Không mở được tệp PDF.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Không khởi động được máy in.</translation>
        </message>
    </context>
    <context>
        <name>PromptDialog</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>ProvinceExtras</name>
        <message>
            <source>Units' answers</source>
            <translation>Báo cáo các đơn vị</translation>
        </message>
        <message>
            <source>Indicators ({0})</source>
            <translation>Chỉ tiêu ({0})</translation>
        </message>
    </context>
    <context>
        <name>ReportList</name>
        <message>
            <source>Deleted</source>
            <translation>Đã xóa</translation>
        </message>
        <message>
            <source>Sample report</source>
            <translation>Báo cáo mẫu</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Dự thảo</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>còn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>hết hạn hôm nay</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>quá hạn %n ngày</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportListPage</name>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Show deleted reports</source>
            <translation>Hiện báo cáo đã xóa</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <source>Bring the selected deleted report back to the list</source>
            <translation>Đưa báo cáo đã xóa đang chọn trở lại danh sách</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ báo cáo</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Đề cương</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>Mức hoàn thành</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn nộp</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Lưu lần cuối</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n báo cáo</numerusform>
            </translation>
        </message>
        <message>
            <source>No deleted reports.</source>
            <translation>Không có báo cáo nào đã xóa.</translation>
        </message>
        <message>
            <source>No reports yet. Click "New report" to start one.</source>
            <translation>Chưa có báo cáo. Bấm "Báo cáo mới" để bắt đầu.</translation>
        </message>
        <message>
            <source>(sample)</source>
            <translation>(mẫu)</translation>
        </message>
        <message>
            <source>The sample report, to look around; it can be deleted.</source>
            <translation>Báo cáo mẫu để xem thử; có thể xóa.</translation>
        </message>
        <message>
            <source>Deadline: %1</source>
            <translation>Hạn nộp: %1</translation>
        </message>
    </context>
    <context>
        <name>ReportStatusActions</name>
        <message>
            <source>Report finalized.</source>
            <translation>Đã hoàn thành báo cáo.</translation>
        </message>
        <message>
            <source>Reopen to edit</source>
            <translation>Mở lại để sửa</translation>
        </message>
        <message>
            <source>Why is the report being reopened? (kept in the history)</source>
            <translation>Lý do mở lại báo cáo? (được ghi vào lịch sử)</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Mở lại</translation>
        </message>
        <message>
            <source>Report reopened for editing.</source>
            <translation>Đã mở lại báo cáo để chỉnh sửa.</translation>
        </message>
        <message>
            <source>Delete the sample report</source>
            <translation>Xóa báo cáo mẫu</translation>
        </message>
        <message>
            <source>Delete the sample report? It can be brought back from "Show deleted reports".</source>
            <translation>Xóa báo cáo mẫu? Có thể lấy lại trong mục "Hiện báo cáo đã xóa".</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Không thực hiện được</translation>
        </message>
    </context>
    <context>
        <name>RequestImport</name>
        <message>
            <source>From: {0}</source>
            <translation>Nơi gửi: {0}</translation>
        </message>
        <message>
            <source>Outline: {0}</source>
            <translation>Đề cương: {0}</translation>
        </message>
        <message>
            <source>Period: {0}; deadline: {1}</source>
            <translation>Kỳ báo cáo: {0}; hạn nộp: {1}</translation>
        </message>
        <message>
            <source>Units asked to report: {0}</source>
            <translation>Số đơn vị được yêu cầu báo cáo: {0}</translation>
        </message>
        <message>
            <source>Fingerprint of the province's key:</source>
            <translation>Dấu vân tay khóa của tỉnh:</translation>
        </message>
        <message>
            <source>WARNING: this computer knows another key for the province ({0}). Import only if the province has told you in writing that it changed its key and the fingerprint above is the one in its letter.</source>
            <translation>CẢNH BÁO: máy này đang giữ một khóa khác của tỉnh ({0}). Chỉ nhập khi tỉnh đã thông báo bằng văn bản việc đổi khóa và dấu vân tay ở trên đúng với dấu vân tay ghi trong công văn.</translation>
        </message>
        <message>
            <source>The key is the one this computer already knows for the province.</source>
            <translation>Khóa này đúng là khóa của tỉnh mà máy đã lưu.</translation>
        </message>
        <message>
            <source>First package from this province on this computer: compare the fingerprint above with the one printed in the letter (công văn) before importing.</source>
            <translation>Đây là gói đầu tiên của tỉnh trên máy này: hãy so dấu vân tay ở trên với dấu vân tay in trong công văn trước khi nhập.</translation>
        </message>
        <message>
            <source>Request package</source>
            <translation>Gói yêu cầu</translation>
        </message>
        <message>
            <source>Import the province's request package</source>
            <translation>Nhập gói yêu cầu của tỉnh</translation>
        </message>
        <message>
            <source>Request packages (*.baocao-request.zip *.zip)</source>
            <translation>Gói yêu cầu (*.baocao-request.zip *.zip)</translation>
        </message>
        <message>
            <source>Replace the key and import</source>
            <translation>Thay khóa và nhập</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <source>Outline saved: {0}. Create your report with "New report…" and choose it.</source>
            <translation>Đã lưu đề cương: {0}. Tạo báo cáo bằng "Báo cáo mới…" và chọn đề cương này.</translation>
        </message>
        <message>
            <source>Your bundles will be encrypted to the province.</source>
            <translation>Gói báo cáo của đơn vị sẽ được mã hóa gửi tỉnh.</translation>
        </message>
        <message>
            <source>Note: your unit code is not on the package's list of units asked to report.</source>
            <translation>Lưu ý: mã đơn vị của bạn không có trong danh sách đơn vị được yêu cầu báo cáo.</translation>
        </message>
        <message>
            <source>Request package imported.</source>
            <translation>Đã nhập gói yêu cầu.</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search titles and text in this report</source>
            <translation>Tìm trong tiêu đề và nội dung báo cáo</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Kết quả trước (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Kết quả sau (Enter)</translation>
        </message>
        <message>
            <source>Close search (Esc)</source>
            <translation>Đóng tìm kiếm (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Tìm:</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>Không tìm thấy</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Unit profile</source>
            <translation>Thông tin đơn vị</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Khóa ký số</translation>
        </message>
        <message>
            <source>Province synthesis</source>
            <translation>Báo cáo tổng hợp</translation>
        </message>
        <message>
            <source>"Kính gửi" of the synthesis reports (one addressee per line)</source>
            <translation>"Kính gửi" của báo cáo tổng hợp (mỗi nơi nhận một dòng)</translation>
        </message>
        <message>
            <source>Only for an office that compiles the units' reports (a department, the province): the agency, signer and "Nơi nhận" come from the unit profile.</source>
            <translation>Chỉ dành cho cơ quan tổng hợp báo cáo của các đơn vị (sở, tỉnh): cơ quan, người ký và "Nơi nhận" lấy theo thông tin đơn vị.</translation>
        </message>
        <message>
            <source>The new size applies to every window as soon as you save.</source>
            <translation>Cỡ chữ mới áp dụng cho mọi cửa sổ ngay khi bấm Lưu.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>Cỡ chữ</translation>
        </message>
        <message>
            <source>Print the report's number and date in exports</source>
            <translation>In số và ngày của báo cáo khi xuất bản</translation>
        </message>
        <message>
            <source>Off (the usual way): "Số: …/BC-UBND" and the day are left blank for the office to write when the report is signed and registered.</source>
            <translation>Khi tắt (thường dùng): "Số: …/BC-UBND" và ngày tháng được để trống để văn thư ghi khi báo cáo được ký và vào sổ.</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Không lưu được</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsTab</name>
        <message>
            <source>Indicators are figures every unit answers in the same form, so the province can add them up. Tick those to keep; double-click a label or unit to change it. They are attached to their items when the outline is saved.</source>
            <translation>Chỉ tiêu là số liệu mọi đơn vị trả lời theo cùng một mẫu để tỉnh cộng được. Đánh dấu chỉ tiêu cần giữ; bấm đúp vào tên hoặc đơn vị tính để sửa. Chỉ tiêu được gắn vào nội dung tương ứng khi lưu đề cương.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị tính</translation>
        </message>
        <message>
            <source>Number (summed)</source>
            <translation>Số (cộng dồn)</translation>
        </message>
        <message>
            <source>Count (summed)</source>
            <translation>Số lượng (cộng dồn)</translation>
        </message>
        <message>
            <source>Yes / not yet (k/N)</source>
            <translation>Có / chưa (k/N)</translation>
        </message>
        <message>
            <source>Ratio (numerator/denominator)</source>
            <translation>Tỷ lệ (tử số/mẫu số)</translation>
        </message>
        <message>
            <source>Percent (no base)</source>
            <translation>Phần trăm (không có mẫu số)</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Lựa chọn</translation>
        </message>
        <message>
            <source>Short text</source>
            <translation>Văn bản ngắn</translation>
        </message>
        <message>
            <source>From: {0}</source>
            <translation>Nguồn: {0}</translation>
        </message>
    </context>
    <context>
        <name>SyncDialogs</name>
        <message>
            <source>Export sync bundle</source>
            <translation>Xuất gói đồng bộ</translation>
        </message>
        <message>
            <source>Select a report first.</source>
            <translation>Hãy chọn một báo cáo trước.</translation>
        </message>
        <message>
            <source>Folder for the bundle (e.g. a USB stick)</source>
            <translation>Thư mục lưu gói (ví dụ: USB)</translation>
        </message>
        <message>
            <source>Bundle written: %1</source>
            <translation>Đã ghi gói: %1</translation>
        </message>
        <message>
            <source>Writing the signed bundle…</source>
            <translation>Đang ghi gói đã ký số…</translation>
        </message>
    </context>
    <context>
        <name>UnitPage</name>
        <message>
            <source>Unit and request letter</source>
            <translation>Đơn vị và công văn yêu cầu</translation>
        </message>
        <message>
            <source>Pre-filled from the settings and the imported letter; change them if needed.</source>
            <translation>Đã điền sẵn theo cài đặt và công văn đã nhập; sửa lại nếu cần.</translation>
        </message>
        <message>
            <source>Reporting unit</source>
            <translation>Đơn vị báo cáo</translation>
        </message>
        <message>
            <source>Request letter answered</source>
            <translation>Công văn yêu cầu báo cáo</translation>
        </message>
        <message>
            <source>Commune / ward</source>
            <translation>Xã / phường</translation>
        </message>
        <message>
            <source>Department / agency</source>
            <translation>Sở / ban / ngành</translation>
        </message>
        <message>
            <source>Has a deadline</source>
            <translation>Có hạn nộp</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn nộp</translation>
        </message>
        <message>
            <source>Unit type</source>
            <translation>Loại đơn vị</translation>
        </message>
        <message>
            <source>Remember this unit name and place in the settings (for the next reports and the exports)</source>
            <translation>Ghi nhớ tên đơn vị và địa danh này vào Cài đặt (dùng cho các báo cáo sau và khi xuất bản)</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Tên đơn vị</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Địa danh</translation>
        </message>
        <message>
            <source>Letter number</source>
            <translation>Số công văn</translation>
        </message>
        <message>
            <source>Letter date</source>
            <translation>Ngày công văn</translation>
        </message>
    </context>
    <context>
        <name>UnitProfileForm</name>
        <message>
            <source>Reporting unit</source>
            <translation>Đơn vị báo cáo</translation>
        </message>
        <message>
            <source>Signature and recipients</source>
            <translation>Chữ ký và nơi nhận</translation>
        </message>
        <message>
            <source>Commune / ward</source>
            <translation>Xã / phường</translation>
        </message>
        <message>
            <source>Department / agency</source>
            <translation>Sở / ban / ngành</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Tên đơn vị</translation>
        </message>
        <message>
            <source>Parent agency</source>
            <translation>Cơ quan chủ quản</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã định danh</translation>
        </message>
        <message>
            <source>Place (date line)</source>
            <translation>Địa danh (dòng ngày tháng)</translation>
        </message>
        <message>
            <source>Unit type</source>
            <translation>Loại đơn vị</translation>
        </message>
        <message>
            <source>Document code</source>
            <translation>Ký hiệu văn bản</translation>
        </message>
        <message>
            <source>Archive abbreviation</source>
            <translation>Ký hiệu lưu trữ</translation>
        </message>
        <message>
            <source>Signing authority</source>
            <translation>Thẩm quyền ký</translation>
        </message>
        <message>
            <source>Authority body</source>
            <translation>Tập thể lãnh đạo</translation>
        </message>
        <message>
            <source>Signer's title</source>
            <translation>Chức vụ người ký</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Họ tên người ký</translation>
        </message>
        <message>
            <source>Recipients (one per line)</source>
            <translation>Nơi nhận (mỗi dòng một nơi)</translation>
        </message>
        <message>
            <source>e.g. UBND xã Sơn Kỳ</source>
            <translation>ví dụ: UBND xã Sơn Kỳ</translation>
        </message>
        <message>
            <source>e.g. UBND tỉnh Quảng Ngãi</source>
            <translation>ví dụ: UBND tỉnh Quảng Ngãi</translation>
        </message>
        <message>
            <source>e.g. 000.00.31.H48 (ask the province)</source>
            <translation>ví dụ: 000.00.31.H48 (hỏi tỉnh nếu chưa có)</translation>
        </message>
        <message>
            <source>e.g. Sơn Kỳ</source>
            <translation>ví dụ: Sơn Kỳ</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Văn A</source>
            <translation>ví dụ: Nguyễn Văn A</translation>
        </message>
        <message>
            <source>TM.: signs for the committee · KT.: a deputy signs for the chairman · TL.: signs by order</source>
            <translation>TM.: ký thay mặt tập thể · KT.: cấp phó ký thay cấp trưởng · TL.: ký thừa lệnh</translation>
        </message>
    </context>
    <context>
        <name>UnitSetupDialog</name>
        <message>
            <source>Welcome</source>
            <translation>Chào mừng</translation>
        </message>
        <message>
            <source>Welcome to baocao</source>
            <translation>Chào mừng đến với phần mềm baocao</translation>
        </message>
        <message>
            <source>Before the first report, tell the program who you are and which unit reports: these words are printed on every report (header, date line and signature). You can change them later in Settings.</source>
            <translation>Trước báo cáo đầu tiên, hãy cho biết bạn là ai và đơn vị nào báo cáo: các thông tin này được in trên mọi báo cáo (tên cơ quan, địa danh, chữ ký). Có thể sửa lại sau trong Cài đặt.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Họ tên của bạn</translation>
        </message>
        <message>
            <source>Recorded with each saved version of a report</source>
            <translation>Được ghi kèm mỗi lần lưu báo cáo</translation>
        </message>
        <message>
            <source>Save and start</source>
            <translation>Lưu và bắt đầu</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Để sau</translation>
        </message>
        <message>
            <source>Unit and signer</source>
            <translation>Đơn vị và người ký</translation>
        </message>
        <message>
            <source>Before a bundle is sent to the province</source>
            <translation>Trước khi gửi gói báo cáo lên tỉnh</translation>
        </message>
        <message>
            <source>Before the compiled report is written</source>
            <translation>Trước khi ghi báo cáo tổng hợp</translation>
        </message>
        <message>
            <source>Before the report is finalized</source>
            <translation>Trước khi hoàn thành báo cáo</translation>
        </message>
        <message>
            <source>These details are printed on the report or name the bundle. Fill in the fields outlined in red; they are saved in Settings for the next reports.</source>
            <translation>Các thông tin này được in trên báo cáo hoặc dùng để đặt tên gói. Hãy điền các ô viền đỏ; thông tin được lưu vào Cài đặt cho các báo cáo sau.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Fill in the fields outlined in red.</source>
            <translation>Hãy điền các ô viền đỏ.</translation>
        </message>
    </context>
    <context>
        <name>UnitsPanel</name>
        <message>
            <source>All units</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <source>Answered this item</source>
            <translation>Đã báo cáo nội dung này</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Chưa báo cáo</translation>
        </message>
        <message>
            <source>Every unit</source>
            <translation>Mọi đơn vị</translation>
        </message>
        <message>
            <source>Search units and their text…</source>
            <translation>Tìm đơn vị và nội dung…</translation>
        </message>
        <message>
            <source>Copy with the unit's name</source>
            <translation>Chép kèm tên đơn vị</translation>
        </message>
        <message>
            <source>Copy the selected passage (or the whole answer) as "Xã …: …" to paste into the province's text</source>
            <translation>Chép đoạn đã chọn (hoặc cả nội dung) dưới dạng "Xã …: …" để dán vào báo cáo của tỉnh</translation>
        </message>
        <message>
            <source>Aggregated indicators</source>
            <translation>Chỉ tiêu tổng hợp</translation>
        </message>
        <message>
            <source>Insert sentences</source>
            <translation>Chèn câu</translation>
        </message>
        <message>
            <source>Insert table</source>
            <translation>Chèn bảng</translation>
        </message>
        <message>
            <source>{0}/{1} units answered this item</source>
            <translation>{0}/{1} đơn vị đã báo cáo mục này</translation>
        </message>
        <message>
            <source>Add these sentences at the end of the province's text (Ctrl+Z undoes it)</source>
            <translation>Thêm các câu này vào cuối nội dung của tỉnh (Ctrl+Z để hoàn tác)</translation>
        </message>
        <message>
            <source>Add these figures to the item's key figures table</source>
            <translation>Thêm các số liệu này vào bảng số liệu của nội dung</translation>
        </message>
        <message>
            <source>This item has no indicators.</source>
            <translation>Nội dung này không có chỉ tiêu.</translation>
        </message>
        <message>
            <source>received</source>
            <translation>đã nhận</translation>
        </message>
        <message>
            <source>late</source>
            <translation>nộp muộn</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>chưa báo cáo</translation>
        </message>
        <message>
            <source>(nothing to report)</source>
            <translation>(không phát sinh)</translation>
        </message>
        <message>
            <source>No answer to this item.</source>
            <translation>Chưa có nội dung cho mục này.</translation>
        </message>
    </context>
    <context>
        <name>WindowFlows</name>
        <message>
            <source>Unit details saved. Click "New report" to start.</source>
            <translation>Đã lưu thông tin đơn vị. Bấm "Báo cáo mới" để bắt đầu.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>_Field</name>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Chưa</translation>
        </message>
        <message>
            <source>numerator</source>
            <translation>tử số</translation>
        </message>
        <message>
            <source>denominator</source>
            <translation>mẫu số</translation>
        </message>
        <message>
            <source>e.g. 12</source>
            <translation>ví dụ 12</translation>
        </message>
        <message>
            <source>e.g. 1.250,5</source>
            <translation>ví dụ 1.250,5</translation>
        </message>
        <message>
            <source>e.g. 95,17</source>
            <translation>ví dụ 95,17</translation>
        </message>
    </context>
</TS>
