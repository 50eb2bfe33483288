"""More of the demo province's Q&A (fictional askers): 22 published answers, 6 open questions.

Same tuple formats as ``demo_questions.PUBLISHED`` and ``OPEN``, with legal-field codes as
strings and the open questions' status as a ``QuestionStatus`` member name. An article is
cited only where its text was checked; otherwise the document is cited as a whole.
"""

# (title, field code, question, answer, [(document number, articles)], asker, initials shown)
PUBLISHED_MORE = [
    (
        "Ngày Pháp luật Việt Nam là ngày nào?",
        "44.8",
        "Thôn tôi muốn tổ chức một buổi sinh hoạt nhân Ngày Pháp luật. Xin cho biết Ngày Pháp luật "
        "là ngày nào và có ý nghĩa gì?",
        "<p>Theo Điều 8 Luật Phổ biến, giáo dục pháp luật, ngày 09 tháng 11 hằng năm là Ngày Pháp "
        "luật nước Cộng hòa xã hội chủ nghĩa Việt Nam. Ngày Pháp luật được tổ chức nhằm tôn vinh "
        "Hiến pháp, pháp luật, giáo dục ý thức thượng tôn pháp luật cho mọi người trong xã "
        "hội.</p><p>Thôn có thể phối hợp với công chức tư pháp – hộ tịch của xã, tuyên truyền viên "
        "pháp luật và tổ hòa giải để tổ chức buổi sinh hoạt, giới thiệu những quy định pháp luật "
        "gắn với đời sống, sản xuất của bà con.</p>",
        [("14/2012/QH13", "Điều 8")],
        "Lường Văn Piếng",
        True,
    ),
    (
        "Đồng bào dân tộc thiểu số có được cấp tài liệu pháp luật bằng tiếng dân tộc không?",
        "44.8",
        "Bản tôi có nhiều người cao tuổi không đọc thông thạo tiếng Việt. Có quy định nào về việc "
        "cung cấp tài liệu pháp luật bằng tiếng H'Mông không?",
        "<p>Có. Khoản 2 Điều 17 Luật Phổ biến, giáo dục pháp luật quy định phổ biến, giáo dục pháp "
        "luật cho người dân ở vùng dân tộc thiểu số, miền núi được chú trọng thực hiện thông qua "
        "hòa giải ở cơ sở, trợ giúp pháp lý lưu động; tư vấn pháp luật, cung cấp miễn phí thông "
        "tin, tài liệu pháp luật bằng tiếng dân tộc cho đồng bào dân tộc thiểu số; lồng ghép phổ "
        "biến, giáo dục pháp luật trong các hoạt động văn hóa truyền thống.</p><p>Việc xây dựng, "
        "quản lý, khai thác Tủ sách pháp luật thực hiện theo Quyết định 14/2019/QĐ-TTg. Bà con có "
        "thể phản ánh nhu cầu tài liệu bằng tiếng H'Mông với trưởng bản, công chức tư pháp – hộ "
        "tịch của xã hoặc Sở Tư pháp để được xem xét, đáp ứng.</p>",
        [("14/2012/QH13", "Điều 17, khoản 2"), ("14/2019/QĐ-TTg", "")],
        "Sùng Thị Dợ",
        False,
    ),
    (
        "Tổ hòa giải ở thôn phải có ít nhất bao nhiêu người, có cần hòa giải viên nữ không?",
        "37.1",
        "Thôn tôi đang kiện toàn tổ hòa giải, hiện mới có hai người, đều là nam. Tổ hòa giải cần "
        "tối thiểu bao nhiêu người và có bắt buộc phải có phụ nữ không?",
        "<p>Theo khoản 1 Điều 12 Luật Hòa giải ở cơ sở, tổ hòa giải có tổ trưởng và các hòa giải "
        "viên; mỗi tổ hòa giải có từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ. Đối "
        "với vùng có nhiều đồng bào dân tộc thiểu số, tổ hòa giải phải có hòa giải viên là người "
        "dân tộc thiểu số.</p><p>Số lượng tổ hòa giải và số hòa giải viên trong một tổ do Chủ tịch "
        "Ủy ban nhân dân cấp xã quyết định (khoản 2 Điều 12). Thôn nên phối hợp với Ban công tác "
        "Mặt trận để giới thiệu và tổ chức bầu bổ sung hòa giải viên theo Điều 8 của Luật.</p>",
        [("35/2013/QH13", "Điều 8; Điều 12, khoản 1, 2")],
        "Nông Văn Thịnh",
        True,
    ),
    (
        "Hòa giải viên có được kể chuyện gia đình tôi cho người ngoài không?",
        "37.1",
        "Vợ chồng tôi muốn nhờ tổ hòa giải giúp giải quyết mâu thuẫn nhưng ngại chuyện riêng bị "
        "lan ra cả xóm. Hòa giải viên có phải giữ bí mật không?",
        "<p>Có. Khoản 3 Điều 4 Luật Hòa giải ở cơ sở quy định việc hòa giải phải khách quan, công "
        "bằng, kịp thời, có lý, có tình và giữ bí mật thông tin đời tư của các bên. Hòa giải viên "
        "có nghĩa vụ tuân thủ nguyên tắc này (khoản 2 Điều 10).</p><p>Luật chỉ đặt ra ngoại lệ khi "
        "hòa giải viên thấy mâu thuẫn nghiêm trọng có thể dẫn đến bạo lực ảnh hưởng đến sức khỏe, "
        "tính mạng của các bên hoặc gây mất trật tự công cộng, hoặc phát hiện vụ việc có dấu hiệu "
        "vi phạm pháp luật về xử lý vi phạm hành chính, pháp luật về hình sự; khi đó hòa giải viên "
        "phải kịp thời thông báo cho tổ trưởng tổ hòa giải để báo cáo Chủ tịch Ủy ban nhân dân cấp "
        "xã hoặc cơ quan có thẩm quyền (khoản 4, khoản 5 Điều 10).</p>",
        [("35/2013/QH13", "Điều 4, khoản 3; Điều 10, khoản 2, 4, 5")],
        "Đỗ Thị Nhàn",
        False,
    ),
    (
        "Mua đất bằng giấy viết tay, nay có làm được Giấy chứng nhận không?",
        "11.1",
        "Năm 2012 tôi mua một mảnh đất vườn của người cùng thôn, hai bên chỉ viết giấy tay, chưa "
        "làm thủ tục sang tên. Nay tôi muốn làm Giấy chứng nhận quyền sử dụng đất thì phải làm thế "
        "nào?",
        "<p>Việc cấp Giấy chứng nhận quyền sử dụng đất cho người đã nhận chuyển nhượng bằng giấy "
        "tờ viết tay, chưa làm thủ tục sang tên được giải quyết theo Luật Đất đai số 31/2024/QH15 "
        "và các văn bản hướng dẫn thi hành. Kết quả phụ thuộc vào từng trường hợp cụ thể: nguồn "
        "gốc thửa đất, giấy tờ của người chuyển nhượng, thời điểm và tình trạng sử dụng đất, việc "
        "phù hợp với quy hoạch và có tranh chấp hay không.</p><p>Ông (bà) nên mang giấy viết tay "
        "và các giấy tờ liên quan đến Ủy ban nhân dân xã hoặc cơ quan đăng ký đất đai nơi có đất "
        "để được hướng dẫn hồ sơ. Đối với các giao dịch từ nay về sau, hợp đồng chuyển nhượng, "
        "tặng cho quyền sử dụng đất phải được công chứng hoặc chứng thực theo quy định của pháp "
        "luật.</p>",
        [("31/2024/QH15", "")],
        "Lương Văn Quảng",
        True,
    ),
    (
        "Làm nhà trên đất trồng cây lâu năm có phải xin phép không?",
        "11.1",
        "Gia đình tôi có mảnh đất trồng cây lâu năm cạnh đường liên xã, muốn làm nhà cho con trai "
        "ra ở riêng. Có được làm nhà ngay không?",
        "<p>Người sử dụng đất phải sử dụng đất đúng mục đích theo quy định của Luật Đất đai. Đất "
        "trồng cây lâu năm là đất nông nghiệp; muốn làm nhà ở trên đó thì phải được cơ quan nhà "
        "nước có thẩm quyền cho phép chuyển mục đích sử dụng sang đất ở, phù hợp với quy hoạch, kế "
        "hoạch sử dụng đất, và thực hiện nghĩa vụ tài chính theo quy định. Tự ý làm nhà trên đất "
        "nông nghiệp khi chưa được phép là vi phạm pháp luật về đất đai.</p><p>Gia đình nên liên "
        "hệ Ủy ban nhân dân xã để được hướng dẫn về quy hoạch tại vị trí thửa đất và hồ sơ xin "
        "chuyển mục đích sử dụng đất trước khi xây dựng.</p>",
        [("31/2024/QH15", "")],
        "Bùi Văn Mừng",
        False,
    ),
    (
        "Đất bố mẹ cho riêng sau khi cưới có phải tài sản chung của vợ chồng?",
        "8.4",
        "Sau khi tôi lấy chồng, bố mẹ đẻ làm hợp đồng tặng cho riêng tôi một thửa đất. Nay vợ "
        "chồng mâu thuẫn, chồng tôi nói thửa đất đó là tài sản chung. Như vậy có đúng không?",
        "<p>Theo Luật Hôn nhân và gia đình số 52/2014/QH13:</p><ul><li>Tài sản được tặng cho riêng "
        "trong thời kỳ hôn nhân là tài sản riêng của vợ, chồng (khoản 1 Điều 43). Quyền sử dụng "
        "đất mà vợ, chồng có được sau khi kết hôn là tài sản chung, trừ trường hợp vợ hoặc chồng "
        "được thừa kế riêng, được tặng cho riêng hoặc có được thông qua giao dịch bằng tài sản "
        "riêng (khoản 1 Điều 33).</li><li>Nếu hợp đồng thể hiện rõ bố mẹ tặng cho riêng chị thì "
        "thửa đất là tài sản riêng của chị, trừ khi chị tự nguyện nhập vào tài sản chung. Lưu ý: "
        "theo nguyên tắc chung, hoa lợi, lợi tức phát sinh từ tài sản riêng trong thời kỳ hôn nhân "
        "là tài sản chung (khoản 1 Điều 33).</li><li>Khi có tranh chấp mà không có căn cứ chứng "
        "minh là tài sản riêng thì tài sản đó được coi là tài sản chung (khoản 3 Điều 33); vì vậy "
        "chị cần giữ gìn hợp đồng tặng cho và các giấy tờ liên quan.</li></ul>",
        [("52/2014/QH13", "Điều 33, khoản 1, 3; Điều 43, khoản 1")],
        "Cầm Thị Ơn",
        True,
    ),
    (
        "Ly hôn thì con hai tuổi ở với ai?",
        "8.4",
        "Vợ chồng tôi định ly hôn, con trai mới được 2 tuổi. Chồng tôi đòi nuôi con. Pháp luật quy "
        "định thế nào?",
        "<p>Theo Luật Hôn nhân và gia đình số 52/2014/QH13:</p><ul><li>Vợ, chồng thỏa thuận về "
        "người trực tiếp nuôi con; nếu không thỏa thuận được thì Tòa án quyết định giao con cho "
        "một bên trực tiếp nuôi căn cứ vào quyền lợi về mọi mặt của con; nếu con từ đủ 07 tuổi trở "
        "lên thì phải xem xét nguyện vọng của con (khoản 2 Điều 81).</li><li>Con dưới 36 tháng "
        "tuổi được giao cho mẹ trực tiếp nuôi, trừ trường hợp người mẹ không đủ điều kiện để trực "
        "tiếp trông nom, chăm sóc, nuôi dưỡng, giáo dục con hoặc cha mẹ có thỏa thuận khác phù hợp "
        "với lợi ích của con (khoản 3 Điều 81).</li><li>Người không trực tiếp nuôi con có nghĩa vụ "
        "cấp dưỡng cho con và có quyền, nghĩa vụ thăm nom con, không ai được cản trở (Điều "
        "82).</li></ul>",
        [("52/2014/QH13", "Điều 81, khoản 2, 3; Điều 82")],
        "Hà Thị Vân",
        False,
    ),
    (
        "Con cô, con cậu có được lấy nhau không?",
        "8.4",
        "Con trai tôi và con gái của chị gái tôi thương nhau. Theo phong tục cũ ở bản, hai nhà "
        "muốn tổ chức cưới cho các cháu. Pháp luật có cho phép không?",
        "<p>Không. Luật Hôn nhân và gia đình số 52/2014/QH13 cấm kết hôn giữa những người có họ "
        "trong phạm vi ba đời (điểm d khoản 2 Điều 5). Những người có họ trong phạm vi ba đời là "
        "những người cùng một gốc sinh ra gồm cha mẹ là đời thứ nhất; anh, chị, em cùng cha mẹ, "
        "cùng cha khác mẹ, cùng mẹ khác cha là đời thứ hai; anh, chị, em con chú, con bác, con cô, "
        "con cậu, con dì là đời thứ ba (khoản 18 Điều 3).</p><p>Con trai ông và con gái của chị "
        "gái ông là anh em con cô, con cậu, tức là có họ trong phạm vi ba đời, nên không được kết "
        "hôn với nhau, kể cả khi chỉ tổ chức cưới theo phong tục. Gia đình nên giải thích để các "
        "cháu hiểu; nếu cần, có thể nhờ công chức tư pháp – hộ tịch của xã hoặc người có uy tín "
        "trong bản cùng vận động.</p>",
        [("52/2014/QH13", "Điều 3, khoản 18; Điều 5, khoản 2")],
        "Vàng A Chư",
        True,
    ),
    (
        "Con 15 tuổi có được đi xe máy 110 phân khối đến trường không?",
        "14",
        "Con tôi học lớp 9, nhà cách trường gần 7 km. Tôi định để cháu tự đi xe máy 110 phân khối "
        "của gia đình. Như vậy có vi phạm không?",
        "<p>Có. Theo Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15:</p><ul><li>Người "
        "đủ 16 tuổi trở lên mới được điều khiển xe gắn máy (điểm a khoản 1 Điều 59). Xe 110 phân "
        "khối là xe mô tô hai bánh, người điều khiển phải có giấy phép lái xe hạng A1 (Điều 57), "
        "mà giấy phép này chỉ cấp cho người đủ 18 tuổi trở lên (điểm b khoản 1 Điều "
        "59).</li><li>Cháu 15 tuổi chưa đủ tuổi điều khiển xe gắn máy, càng chưa được điều khiển "
        "xe mô tô. Giao xe cơ giới cho người không đủ điều kiện điều khiển phương tiện tham gia "
        "giao thông đường bộ là hành vi bị nghiêm cấm (Điều 9); người giao xe có thể bị xử lý theo "
        "quy định.</li></ul><p>Gia đình nên đưa đón cháu hoặc cho cháu đi xe đạp, và thường xuyên "
        "nhắc cháu chấp hành quy tắc giao thông.</p>",
        [("36/2024/QH15", "Điều 9; Điều 57; Điều 59, khoản 1")],
        "Triệu Thị Mẩy",
        False,
    ),
    (
        "Nghỉ việc ở công ty phải báo trước bao nhiêu ngày?",
        "20.2",
        "Tôi làm công nhân ở một xưởng may, ký hợp đồng lao động 12 tháng. Nay tôi muốn nghỉ để về "
        "quê chăm mẹ ốm. Tôi phải báo trước bao lâu?",
        "<p>Theo khoản 1 Điều 35 Bộ luật Lao động số 45/2019/QH14, người lao động có quyền đơn "
        "phương chấm dứt hợp đồng lao động nhưng phải báo trước cho người sử dụng lao "
        "động:</p><ul><li>Ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời "
        "hạn;</li><li>Ít nhất 30 ngày nếu làm việc theo hợp đồng lao động xác định thời hạn có "
        "thời hạn từ 12 tháng đến 36 tháng;</li><li>Ít nhất 03 ngày làm việc nếu làm việc theo hợp "
        "đồng lao động xác định thời hạn có thời hạn dưới 12 tháng.</li></ul><p>Hợp đồng của chị "
        "có thời hạn 12 tháng nên chị cần báo trước ít nhất 30 ngày. Đối với một số ngành, nghề, "
        "công việc đặc thù, thời hạn báo trước theo quy định của Chính phủ. Chị nên báo trước bằng "
        "văn bản và giữ lại một bản.</p>",
        [("45/2019/QH14", "Điều 35, khoản 1")],
        "Quàng Thị Xuân",
        True,
    ),
    (
        "Công ty cho nghỉ việc vì tôi mang thai có đúng không?",
        "20.2",
        "Tôi mang thai tháng thứ tư thì quản đốc bảo tôi nghỉ việc vì “bầu bí làm chậm dây "
        "chuyền”. Công ty làm vậy có đúng luật không?",
        "<p>Không đúng. Theo khoản 3 Điều 137 Bộ luật Lao động số 45/2019/QH14, người sử dụng lao "
        "động không được sa thải hoặc đơn phương chấm dứt hợp đồng lao động đối với người lao động "
        "vì lý do kết hôn, mang thai, nghỉ thai sản, nuôi con dưới 12 tháng tuổi, trừ một số "
        "trường hợp đặc biệt như người sử dụng lao động là cá nhân đã chết hoặc người sử dụng lao "
        "động chấm dứt hoạt động. Trường hợp hợp đồng lao động hết hạn trong thời gian lao động nữ "
        "mang thai hoặc nuôi con dưới 12 tháng tuổi thì được ưu tiên giao kết hợp đồng lao động "
        "mới.</p><p>Chị nên đề nghị công ty trả lời bằng văn bản, liên hệ công đoàn cơ sở hoặc cơ "
        "quan quản lý nhà nước về lao động ở địa phương để được hướng dẫn, bảo vệ quyền lợi.</p>",
        [("45/2019/QH14", "Điều 137, khoản 3")],
        "Nguyễn Thị Hạnh",
        False,
    ),
    (
        "Cho vay tiền không viết giấy có đòi được không?",
        "9.1",
        "Năm ngoái tôi cho anh họ vay 20 triệu đồng để mua trâu, chỉ nói miệng, không viết giấy. "
        "Nay anh ấy chối không nhận. Tôi có đòi lại được không?",
        "<p>Theo khoản 1 Điều 119 Bộ luật Dân sự số 91/2015/QH13, giao dịch dân sự được thể hiện "
        "bằng lời nói, bằng văn bản hoặc bằng hành vi cụ thể. Vì vậy, việc vay tiền bằng lời nói "
        "vẫn có thể được công nhận; điều quan trọng là chứng minh được việc vay.</p><ul><li>Ông "
        "(bà) nên thu thập các chứng cứ như tin nhắn có nhắc đến khoản vay, giấy tờ chuyển khoản, "
        "người làm chứng biết việc giao tiền.</li><li>Trước hết có thể đề nghị tổ hòa giải ở thôn "
        "giúp hai bên thỏa thuận việc trả nợ; nếu không thành thì có quyền khởi kiện tại Tòa "
        "án.</li><li>Từ nay, khi cho vay nên lập giấy vay ghi rõ số tiền, thời hạn trả, lãi suất "
        "(nếu có) và có chữ ký của hai bên.</li></ul>",
        [("91/2015/QH13", "Điều 119, khoản 1"), ("35/2013/QH13", "")],
        "Lầu A Sính",
        True,
    ),
    (
        "Vay lãi 5% một tháng có đúng quy định không?",
        "9.1",
        "Tôi vay của một người trong xã 30 triệu đồng, thỏa thuận lãi 5% mỗi tháng. Nay tôi trả "
        "không nổi. Mức lãi này có đúng pháp luật không?",
        "<p>Theo khoản 1 Điều 468 Bộ luật Dân sự số 91/2015/QH13, trường hợp các bên có thỏa thuận "
        "về lãi suất thì lãi suất theo thỏa thuận không được vượt quá 20%/năm của khoản tiền vay, "
        "trừ trường hợp luật khác có liên quan quy định khác; nếu lãi suất theo thỏa thuận vượt "
        "quá thì mức lãi suất vượt quá không có hiệu lực.</p><p>Lãi 5%/tháng tương đương 60%/năm, "
        "cao hơn nhiều so với giới hạn 20%/năm, nên phần lãi vượt quá không có hiệu lực; ông (bà) "
        "vẫn có nghĩa vụ trả nợ gốc và tiền lãi trong giới hạn pháp luật cho phép. Cho vay với lãi "
        "suất quá cao, thu lợi bất chính lớn còn có thể bị truy cứu trách nhiệm hình sự về tội cho "
        "vay lãi nặng trong giao dịch dân sự (Điều 201 Bộ luật Hình sự). Ông (bà) có thể liên hệ "
        "tổ hòa giải ở thôn, Công an xã hoặc Trung tâm Trợ giúp pháp lý nhà nước để được hướng "
        "dẫn.</p>",
        [("91/2015/QH13", "Điều 468, khoản 1"), ("100/2015/QH13", "Điều 201")],
        "Y Khăm Niê",
        False,
    ),
    (
        "Con 15 tuổi đánh bạn bị thương, gia đình phải chịu trách nhiệm gì?",
        "16",
        "Con trai tôi 15 tuổi, xô xát với bạn cùng lớp khiến bạn bị thương phải nằm viện. Cháu có "
        "bị xử lý hình sự không, gia đình phải bồi thường thế nào?",
        "<p>Việc có truy cứu trách nhiệm hình sự hay không phụ thuộc vào mức độ thương tích và kết "
        "luận của cơ quan có thẩm quyền. Theo Điều 12 Bộ luật Hình sự số 100/2015/QH13, người từ "
        "đủ 16 tuổi trở lên phải chịu trách nhiệm hình sự về mọi tội phạm, trừ những tội phạm mà "
        "Bộ luật có quy định khác; người từ đủ 14 tuổi đến dưới 16 tuổi chỉ phải chịu trách nhiệm "
        "hình sự về tội phạm rất nghiêm trọng, tội phạm đặc biệt nghiêm trọng đối với một số tội "
        "được liệt kê, trong đó có tội cố ý gây thương tích.</p><p>Về bồi thường, theo khoản 2 "
        "Điều 586 Bộ luật Dân sự, người từ đủ 15 tuổi đến chưa đủ 18 tuổi gây thiệt hại thì phải "
        "bồi thường bằng tài sản của mình; nếu không đủ tài sản để bồi thường thì cha, mẹ phải bồi "
        "thường phần còn thiếu bằng tài sản của mình. Gia đình nên chủ động thăm hỏi, thỏa thuận "
        "bồi thường với gia đình bạn bị thương và phối hợp với nhà trường. Trẻ em thuộc diện được "
        "trợ giúp pháp lý (Điều 7 Luật Trợ giúp pháp lý), gia đình có thể liên hệ Trung tâm Trợ "
        "giúp pháp lý nhà nước để được hướng dẫn.</p>",
        [
            ("100/2015/QH13", "Điều 12"),
            ("91/2015/QH13", "Điều 586, khoản 2"),
            ("11/2017/QH14", "Điều 7"),
        ],
        "Vũ Văn Khánh",
        True,
    ),
    (
        "Chồng cũ đã ly hôn vẫn đến nhà đánh, chửi có phải bạo lực gia đình?",
        "8.5",
        "Tôi đã ly hôn hơn một năm nhưng chồng cũ vẫn thường say rượu đến nhà chửi bới, đe dọa và "
        "đã có lần đánh tôi. Luật Phòng, chống bạo lực gia đình có bảo vệ tôi không?",
        "<p>Có. Theo khoản 2 Điều 3 Luật Phòng, chống bạo lực gia đình số 13/2022/QH15, một số "
        "hành vi bạo lực gia đình, trong đó có hành hạ, ngược đãi, đánh đập, đe dọa, xâm hại sức "
        "khỏe và lăng mạ, chì chiết, xúc phạm danh dự, nhân phẩm, cũng được áp dụng giữa những "
        "người đã ly hôn. Vì vậy hành vi của chồng cũ chị là hành vi bạo lực gia đình và có thể bị "
        "xử lý theo quy định.</p><ul><li>Chị có thể báo tin cho Công an xã, Ủy ban nhân dân xã, "
        "trưởng thôn hoặc người đứng đầu tổ chức chính trị - xã hội ở xã như Hội Liên hiệp Phụ nữ; "
        "khi khẩn cấp gọi 113.</li><li>Chị có quyền đề nghị cơ quan có thẩm quyền áp dụng biện "
        "pháp bảo vệ, trong đó có biện pháp cấm người có hành vi bạo lực gia đình tiếp xúc với "
        "mình.</li><li>Nạn nhân trong vụ việc bạo lực gia đình có khó khăn về tài chính thuộc diện "
        "được trợ giúp pháp lý miễn phí (Điều 7 Luật Trợ giúp pháp lý).</li></ul>",
        [("13/2022/QH15", "Điều 3, khoản 2"), ("11/2017/QH14", "Điều 7")],
        "H'Linh Mlô",
        True,
    ),
    (
        "Nghi có người tụ tập sử dụng ma túy trong thôn thì báo cho ai?",
        "39.7",
        "Gần đây tôi thấy một số thanh niên lạ thường tụ tập ở căn nhà bỏ trống cuối thôn vào ban "
        "đêm, nghi sử dụng ma túy. Tôi nên báo cho ai và có bị lộ danh tính không?",
        "<p>Pháp luật về phòng, chống ma túy quy định cá nhân, gia đình có trách nhiệm tham gia "
        "phòng, chống ma túy, trong đó có việc cung cấp thông tin về tội phạm, tệ nạn ma túy cho "
        "cơ quan có thẩm quyền. Ông (bà) nên báo ngay cho Công an xã hoặc cơ quan công an gần "
        "nhất, bằng cách đến trực tiếp, gọi điện hoặc gửi thông tin; khi khẩn cấp gọi "
        "113.</p><ul><li>Chỉ cung cấp những gì mình thấy (thời gian, địa điểm, đặc điểm người, "
        "phương tiện); không tự ý theo dõi, đối mặt hoặc xông vào để tránh nguy hiểm.</li><li>Khi "
        "báo tin, ông (bà) có thể đề nghị cơ quan tiếp nhận giữ bí mật họ tên, địa chỉ của "
        "mình.</li><li>Tổ chức sử dụng trái phép chất ma túy và chứa chấp việc sử dụng trái phép "
        "chất ma túy là tội phạm theo Điều 255 và Điều 256 Bộ luật Hình sự.</li></ul>",
        [("100/2015/QH13", "Điều 255, Điều 256")],
        "Ngô Văn Sáu",
        True,
    ),
    (
        "Trồng vài cây thuốc phiện để làm thuốc cho gia súc có bị cấm không?",
        "39.7",
        "Ở bản tôi, vài hộ còn trồng mấy cây thuốc phiện trong vườn để “làm thuốc” chữa bệnh cho "
        "gà, lợn. Như vậy có vi phạm pháp luật không?",
        "<p>Có. Pháp luật về phòng, chống ma túy nghiêm cấm trồng cây có chứa chất ma túy như cây "
        "thuốc phiện, cây côca, cây cần sa. Người dân tự ý trồng, dù chỉ vài cây hay trồng để “làm "
        "thuốc”, đều là vi phạm. Tùy tính chất, mức độ, người trồng có thể bị xử phạt vi phạm hành "
        "chính hoặc bị truy cứu trách nhiệm hình sự về tội trồng cây thuốc phiện, cây côca, cây "
        "cần sa hoặc các loại cây khác có chứa chất ma túy (Điều 247 Bộ luật Hình sự).</p><p>Các "
        "hộ đang trồng nên tự giác nhổ bỏ và báo với trưởng bản, Công an xã để được hướng dẫn. Gia "
        "súc, gia cầm bị bệnh nên được chữa bằng thuốc thú y theo hướng dẫn của cán bộ thú y.</p>",
        [("100/2015/QH13", "Điều 247")],
        "Thào A Lử",
        False,
    ),
    (
        "Con 14 tuổi bỏ học đi làm thuê có được không?",
        "8.1",
        "Con gái tôi 14 tuổi, học lớp 8, muốn nghỉ học theo người quen xuống xưởng ở thành phố làm "
        "thuê. Gia đình có nên cho cháu đi và người ta có được nhận cháu vào làm không?",
        "<p>Theo Luật Trẻ em số 102/2016/QH13, trẻ em là người dưới 16 tuổi (Điều 1) và có quyền "
        "được giáo dục, học tập để phát triển toàn diện (Điều 16). Gia đình nên động viên, tạo "
        "điều kiện để cháu tiếp tục đi học.</p><ul><li>Theo Bộ luật Lao động số 45/2019/QH14, "
        "người lao động chưa đủ 18 tuổi là lao động chưa thành niên; người từ đủ 13 tuổi đến chưa "
        "đủ 15 tuổi chỉ được làm các công việc nhẹ theo danh mục do cơ quan có thẩm quyền ban hành "
        "(Điều 143).</li><li>Khi sử dụng người chưa đủ 15 tuổi, người sử dụng lao động phải giao "
        "kết hợp đồng lao động bằng văn bản với người đó và người đại diện theo pháp luật của "
        "người đó, bố trí giờ làm việc không ảnh hưởng đến thời gian học tập, bảo đảm điều kiện "
        "làm việc, an toàn, vệ sinh lao động phù hợp với lứa tuổi (Điều 145).</li><li>Nếu thấy dấu "
        "hiệu trẻ em bị dụ dỗ, bóc lột sức lao động, hãy báo ngay cho Ủy ban nhân dân xã, Công an "
        "xã hoặc gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em <strong>111</strong>.</li></ul>",
        [("102/2016/QH13", "Điều 1, Điều 16"), ("45/2019/QH14", "Điều 143, Điều 145")],
        "Nông Thị Lìu",
        True,
    ),
    (
        "Về ở nhà chồng thì đăng ký thường trú thế nào?",
        "39",
        "Tôi quê ở xã khác, mới cưới và về ở hẳn nhà chồng. Nhà do bố chồng tôi đứng tên và là chủ "
        "hộ. Tôi muốn đăng ký thường trú ở nhà chồng thì cần điều kiện gì?",
        "<p>Theo khoản 2 Điều 20 Luật Cư trú số 68/2020/QH14, công dân được đăng ký thường trú tại "
        "chỗ ở hợp pháp không thuộc quyền sở hữu của mình khi được chủ hộ, chủ sở hữu chỗ ở hợp "
        "pháp đó đồng ý, trong các trường hợp như vợ về ở với chồng, chồng về ở với vợ, con về ở "
        "với cha, mẹ.</p><p>Chị cần được bố chồng (là chủ hộ, đồng thời là chủ sở hữu nhà) đồng ý "
        "cho đăng ký. Hồ sơ gồm tờ khai thay đổi thông tin cư trú và giấy tờ chứng minh quan hệ "
        "nhân thân với chủ hộ, trừ trường hợp thông tin này đã có trong cơ sở dữ liệu. Chị nộp hồ "
        "sơ tại Công an xã nơi chị về ở hoặc nộp trực tuyến, và có thể hỏi Công an xã để được "
        "hướng dẫn cụ thể.</p>",
        [("68/2020/QH14", "Điều 20, khoản 2")],
        "Đinh Thị Mơ",
        False,
    ),
    (
        "Làm thẻ căn cước cho con 5 tuổi như thế nào?",
        "39",
        "Con tôi 5 tuổi, gia đình muốn làm thẻ căn cước cho cháu để tiện khi đi khám bệnh, đi xa. "
        "Trẻ nhỏ có được làm thẻ không và làm ở đâu?",
        "<p>Theo Luật Căn cước số 26/2023/QH15 (có hiệu lực từ ngày 01/7/2024):</p><ul><li>Công "
        "dân Việt Nam từ đủ 14 tuổi trở lên phải thực hiện thủ tục cấp thẻ căn cước; công dân Việt "
        "Nam dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu (khoản 2, khoản 3 Điều "
        "19).</li><li>Với trẻ dưới 6 tuổi, người đại diện hợp pháp (cha, mẹ hoặc người giám hộ) "
        "thực hiện thủ tục cho trẻ thông qua cổng dịch vụ công hoặc ứng dụng định danh quốc gia; "
        "cơ quan quản lý căn cước không thu nhận thông tin nhân dạng và thông tin sinh trắc học "
        "của trẻ dưới 6 tuổi (Điều 23).</li><li>Trẻ từ đủ 6 tuổi đến dưới 14 tuổi cùng người đại "
        "diện hợp pháp đến cơ quan quản lý căn cước để thu nhận thông tin nhân dạng và thông tin "
        "sinh trắc học.</li></ul><p>Ông (bà) có thể liên hệ Công an xã nơi cư trú để được hướng "
        "dẫn cụ thể.</p>",
        [("26/2023/QH15", "Điều 19, khoản 2, 3; Điều 23")],
        "Bàn Văn Chàn",
        True,
    ),
    (
        "Người cao tuổi có khó khăn có được trợ giúp pháp lý miễn phí không?",
        "4.5",
        "Mẹ tôi 72 tuổi, sống một mình, thu nhập thấp, đang bị hàng xóm rào mất lối đi vào nhà. Mẹ "
        "tôi có được trợ giúp pháp lý miễn phí không?",
        "<p>Có thể được. Theo Luật Trợ giúp pháp lý số 11/2017/QH14, trợ giúp pháp lý là việc cung "
        "cấp dịch vụ pháp lý miễn phí cho người được trợ giúp pháp lý (Điều 2). Người cao tuổi có "
        "khó khăn về tài chính thuộc diện người được trợ giúp pháp lý (Điều 7); diện này còn gồm "
        "người thuộc hộ nghèo, trẻ em, người khuyết tật có khó khăn về tài chính và một số đối "
        "tượng khác.</p><ul><li>Bà hoặc người thân có thể liên hệ Trung tâm Trợ giúp pháp lý nhà "
        "nước của tỉnh hoặc chi nhánh gần nhất, mang theo giấy tờ tùy thân, giấy tờ chứng minh "
        "thuộc diện được trợ giúp và giấy tờ liên quan đến vụ việc.</li><li>Điều kiện cụ thể về "
        "“khó khăn về tài chính” thực hiện theo quy định của Chính phủ; Trung tâm sẽ hướng "
        "dẫn.</li><li>Gia đình cũng có thể đề nghị tổ hòa giải ở thôn giúp hai bên thỏa thuận về "
        "lối đi.</li></ul>",
        [("11/2017/QH14", "Điều 2, Điều 7"), ("35/2013/QH13", "")],
        "Phạm Thị Thoa",
        False,
    ),
]

# (title, field code or None, status name)
OPEN_MORE = [
    ("Thủ tục tách thửa để chia đất cho các con", "11.1", "PENDING"),
    ("Đi làm ăn xa dài ngày có phải khai báo tạm vắng?", "39", "PENDING"),
    ("Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn", "8.4", "IN_PROGRESS"),
    ("Hòa giải tranh chấp nước tưới ruộng giữa hai nhóm hộ", "37.1", "IN_PROGRESS"),
    ("Người làm thuê thời vụ hái chè có cần ký hợp đồng lao động?", "20.2", "AWAITING_APPROVAL"),
    ("Hỏi tiến độ chi trả tiền bồi thường dự án hồ chứa nước Nậm Khắt", None, "REJECTED"),
]
