/**
 * Search-quality corpus: original Vietnamese news items written for this test. Many are near
 * misses on purpose, so that the queries in queries.ts can tell a good ranking from a merely
 * acceptable one:
 * - the same folded words with other diacritics (bàn / bán / bạn, giá cả / giá cá, sữa chua /
 *   sửa chữa, bản đồ / bán đồ, trưởng bản / trường bản, mã số thuế / "số thuế … mà", đàn tính /
 *   dân tỉnh, dẫn đầu / dân đầu tư, mưa đá / "mùa … đã mua", hoà giải / hoa … giải);
 * - a phrase in one document and its words scattered, more often, in a longer one ("an toàn giao
 *   thông", "nước sạch", "học sinh giỏi", "tuyết rơi", "sống chung với lũ", "đất và người");
 * - old and new tone placement in the text itself (Hòa / hoà, Ủy, khỏe / khoẻ);
 * - weekly notices with the same text a week apart, where only recency can order them.
 * daysAgo sets the publication time (see corpus.ts); the newest is 0.
 */
export interface QualityDocument {
  key: string;
  section: 'thoi-su' | 'kinh-te' | 'xa-hoi' | 'van-hoa' | 'the-thao';
  daysAgo: number;
  title: string;
  lead: string;
  body: string;
}

export const documents: QualityDocument[] = [
  {
    key: 'd01',
    section: 'xa-hoi',
    daysAgo: 3,
    title: 'Trao tặng 200 bộ bàn ghế cho điểm trường vùng cao',
    lead: 'Hội Chữ thập đỏ huyện Sìn Hồ vừa trao 200 bộ bàn ghế mới cho điểm trường bản Nậm Cuổi.',
    body: '<p>Các bộ bàn ghế được làm từ gỗ keo, vừa với chiều cao của học sinh tiểu học.</p><p>Thầy Lò Văn Thắng kể trước đây các em phải ngồi học trên ghế tre tự đóng.</p>',
  },
  {
    key: 'd02',
    section: 'kinh-te',
    daysAgo: 4,
    title: 'Giá lúa bán ra tăng mạnh sau vụ mùa',
    lead: 'Nông dân xã Phong Thổ phấn khởi khi giá lúa bán tại ruộng tăng thêm 800 đồng mỗi ki-lô-gam.',
    body: '<p>Thương lái đến tận ruộng thu mua, nhiều hộ bán hết lúa chỉ trong một tuần.</p>',
  },
  {
    key: 'd03',
    section: 'van-hoa',
    daysAgo: 6,
    title: 'Bàn giải pháp phát triển du lịch cộng đồng ở Tả Van',
    lead: 'Hội thảo bàn cách giữ bản sắc khi đón khách về các bản người Giáy.',
    body: '<p>Các đại biểu thống nhất cần đào tạo người dân làm hướng dẫn viên và giữ nếp nhà truyền thống.</p>',
  },
  {
    key: 'd04',
    section: 'kinh-te',
    daysAgo: 2,
    title: 'Chợ phiên Cán Cấu đông vui ngày cuối tuần',
    lead: 'Bà con vùng cao mang măng, mật ong, thảo quả xuống chợ bán cho khách dưới xuôi.',
    body: '<p>Mỗi phiên chợ có hàng trăm gian hàng; nhiều gia đình bán được vài triệu đồng.</p>',
  },
  {
    key: 'd05',
    section: 'kinh-te',
    daysAgo: 8,
    title: 'Bạn trẻ Sơn Lâm khởi nghiệp từ cây dược liệu',
    lead: 'Nhiều bạn trẻ trở về quê trồng sâm, đương quy dưới tán rừng già.',
    body: '<p>Anh Vàng A Dơ cho biết mỗi năm trang trại thu gần 300 triệu đồng.</p>',
  },
  {
    key: 'd06',
    section: 'thoi-su',
    daysAgo: 10,
    title: 'Xã Hòa Bình về đích nông thôn mới',
    lead: 'Sau 5 năm, xã Hòa Bình hoàn thành đủ 19 tiêu chí nông thôn mới.',
    body: '<p>Đường bê tông đã đến tận các thôn, trạm y tế được xây mới.</p>',
  },
  {
    key: 'd07',
    section: 'van-hoa',
    daysAgo: 12,
    title: 'Lễ hội hoa ban rực rỡ sắc màu Tây Bắc',
    lead: 'Lễ hội năm nay thu hút hàng nghìn du khách đến thành phố Điện Biên Phủ.',
    body: '<p>Hoa ban nở trắng núi đồi vào tháng ba. Đây là dịp các chàng trai, cô gái Thái hát giao duyên.</p>',
  },
  {
    key: 'd08',
    section: 'thoi-su',
    daysAgo: 15,
    title: 'Đại hội Đảng bộ huyện Mường Tè lần thứ XX thành công tốt đẹp',
    lead: 'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện nhiệm kỳ mới gồm 35 đồng chí.',
    body: '<p>Nghị quyết đại hội đặt mục tiêu giảm tỷ lệ hộ nghèo mỗi năm 4%.</p>',
  },
  {
    key: 'd09',
    section: 'the-thao',
    daysAgo: 20,
    title: 'Đại hội Thể dục thể thao tỉnh Sơn Lâm lần thứ IX khai mạc',
    lead: 'Hơn 1.200 vận động viên tranh tài ở 12 môn thi đấu.',
    body: '<p>Các môn thi gồm bóng chuyền, đẩy gậy, kéo co và bắn nỏ.</p>',
  },
  {
    key: 'd10',
    section: 'thoi-su',
    daysAgo: 1,
    title: 'Hội nghị tổng kết công tác xây dựng tổ chức cơ sở',
    lead: 'Các đại biểu đánh giá việc phát triển đảng viên ở chi bộ thôn, bản.',
    body: '<p>Ban Thường vụ yêu cầu các đảng bộ cơ sở chú trọng bồi dưỡng cán bộ trẻ.</p>',
  },
  {
    key: 'd11',
    section: 'xa-hoi',
    daysAgo: 5,
    title: 'Khánh thành trường học mới cho học sinh bản Nậm Cha',
    lead: 'Ngôi trường hai tầng với 8 phòng học khang trang vừa được đưa vào sử dụng.',
    body: '<p>Các giáo viên không còn phải dạy ghép lớp trong phòng học tạm bằng gỗ.</p>',
  },
  {
    key: 'd12',
    section: 'xa-hoi',
    daysAgo: 9,
    title: 'Giáo viên cắm bản giữ lửa con chữ nơi biên giới',
    lead: 'Cô Tòng Thị Mai đã có 12 năm gắn bó với điểm trường sát biên giới Việt – Trung.',
    body: '<p>Mỗi tuần cô đi bộ gần hai giờ đường rừng để đến lớp.</p>',
  },
  {
    key: 'd13',
    section: 'thoi-su',
    daysAgo: 7,
    title: 'Bộ đội biên phòng giúp dân gặt lúa chạy lũ',
    lead: 'Cán bộ, chiến sĩ Đồn Biên phòng Ma Lù Thàng xuống đồng giúp bà con thu hoạch.',
    body: '<p>Chỉ trong hai ngày, hơn 10 héc-ta lúa chín đã được gặt xong trước khi nước lên.</p>',
  },
  {
    key: 'd14',
    section: 'kinh-te',
    daysAgo: 30,
    title: 'Thủy điện Lai Châu phát điện tổ máy cuối cùng',
    lead: 'Nhà máy thủy điện lớn thứ ba cả nước đã hoàn thành toàn bộ các tổ máy.',
    body: '<p>Mỗi năm nhà máy cung cấp gần 5 tỷ ki-lô-oát giờ cho lưới điện quốc gia.</p>',
  },
  {
    key: 'd15',
    section: 'kinh-te',
    daysAgo: 11,
    title: 'Nuôi cá lồng trên lòng hồ mở hướng làm giàu',
    lead: 'Trên hồ thủy điện Bản Chát, hàng trăm lồng cá rô phi, cá lăng cho thu nhập ổn định.',
    body: '<p>Mỗi lồng cá cho lãi khoảng 40 triệu đồng một năm.</p>',
  },
  {
    key: 'd16',
    section: 'kinh-te',
    daysAgo: 14,
    title: 'Cà phê Arabica vùng cao vươn ra thế giới',
    lead: 'Hạt cà phê trồng ở độ cao trên 1.000 mét đã có mặt tại nhiều nước châu Âu.',
    body: '<p>Giá xuất khẩu cao gấp đôi nhờ quy trình sơ chế ướt và phơi trên giàn.</p>',
  },
  {
    key: 'd17',
    section: 'kinh-te',
    daysAgo: 16,
    title: 'Hợp tác xã chế biến cà phê đạt chuẩn OCOP 4 sao',
    lead: 'Sản phẩm cà phê rang xay của hợp tác xã Chiềng Ban được người tiêu dùng ưa chuộng.',
    body: '<p>Hợp tác xã có 45 thành viên, bao tiêu đầu ra cho hơn 200 hộ.</p>',
  },
  {
    key: 'd18',
    section: 'kinh-te',
    daysAgo: 18,
    title: 'Nông dân đổi đời nhờ chè Shan tuyết cổ thụ',
    lead: 'Những cây chè Shan tuyết hàng trăm năm tuổi trên đỉnh núi đang mang lại nguồn thu lớn.',
    body: '<p>Chè được hái một tôm hai lá, sao khô bằng chảo gang theo cách truyền thống.</p>',
  },
  {
    key: 'd19',
    section: 'van-hoa',
    daysAgo: 22,
    title: 'Giữ gìn nghề dệt thổ cẩm của phụ nữ Mông',
    lead: 'Ở bản Lao Chải, các bà các mẹ vẫn truyền nghề dệt vải lanh cho con gái.',
    body: '<p>Mỗi tấm váy thổ cẩm mất gần ba tháng để hoàn thành.</p>',
  },
  {
    key: 'd20',
    section: 'the-thao',
    daysAgo: 13,
    title: 'Những người con của núi rừng trên đường đua việt dã',
    lead: 'Các vận động viên dân tộc thiểu số chiếm trọn bục nhận giải chạy việt dã toàn tỉnh.',
    body: '<p>Họ quen leo dốc từ nhỏ nên bền sức trên những cung đường đồi.</p>',
  },
  {
    key: 'd21',
    section: 'xa-hoi',
    daysAgo: 17,
    title: 'Con đường mới của bản Sin Suối Hồ',
    lead: 'Người dân góp đất, góp công mở đường xuyên núi, nối bản với trung tâm xã.',
    body: '<p>Con đường dài 7 cây số băng qua rừng già giúp việc đi lại thuận tiện hơn.</p>',
  },
  {
    key: 'd22',
    section: 'kinh-te',
    daysAgo: 25,
    title: 'Cây mắc ca mở hướng thoát nghèo ở Tam Đường',
    lead: 'Huyện Tam Đường có hơn 2.000 héc-ta đang cho thu hoạch.',
    body: '<p>Giá hạt tươi ổn định ở mức 60 nghìn đồng mỗi ki-lô-gam.</p>',
  },
  {
    key: 'd23',
    section: 'kinh-te',
    daysAgo: 21,
    title: 'Than Uyên mở rộng vùng cây ăn quả',
    lead: 'Diện tích xoài, nhãn và mắc ca của huyện tăng gần gấp đôi sau ba năm.',
    body: '<p>Huyện hỗ trợ giống và phân bón cho các hộ tham gia.</p>',
  },
  {
    key: 'd24',
    section: 'kinh-te',
    daysAgo: 19,
    title: 'Phát triển kinh tế rừng bền vững',
    lead: 'Trồng rừng sản xuất giúp người dân có thu nhập mà vẫn giữ được độ che phủ.',
    body: '<p>Nhiều hộ trồng xen mắc ca dưới tán keo để tăng thu nhập.</p>',
  },
  {
    key: 'd25',
    section: 'van-hoa',
    daysAgo: 26,
    title: 'Mùa lúa chín trên ruộng bậc thang Mù Cang Chải',
    lead: 'Tháng chín, những thửa ruộng bậc thang nhuộm vàng các sườn đồi.',
    body: '<p>Du khách và nhiếp ảnh gia khắp nơi đổ về săn ảnh.</p>',
  },
  {
    key: 'd26',
    section: 'thoi-su',
    daysAgo: 27,
    title: 'Đường bê tông đến từng bản: diện mạo mới vùng cao',
    lead: 'Chương trình nông thôn mới đã đưa đường bê tông về tất cả các bản của huyện.',
    body: '<p>Xe máy, ô tô nhỏ đã vào tận nhà, nông sản không còn phải gùi bộ.</p>',
  },
  {
    key: 'd27',
    section: 'kinh-te',
    daysAgo: 28,
    title: 'Cải tạo kênh mương phục vụ sản xuất nông nghiệp',
    lead: 'Hơn 30 cây số kênh nội đồng được kiên cố hóa trước vụ đông xuân.',
    body: '<p>Nước tưới chủ động giúp các thửa ruộng cấy được hai vụ.</p>',
  },
  {
    key: 'd28',
    section: 'thoi-su',
    daysAgo: 0,
    title: 'Bão số 3 gây thiệt hại nặng ở các tỉnh miền núi',
    lead: 'Mưa lớn kéo dài gây sạt lở đất và lũ quét tại nhiều xã.',
    body: '<p>Lực lượng chức năng đã sơ tán hơn 300 hộ khỏi vùng nguy hiểm.</p>',
  },
  {
    key: 'd29',
    section: 'xa-hoi',
    daysAgo: 29,
    title: 'Cảnh báo lũ quét trong mùa mưa',
    lead: 'Trung tâm Khí tượng khuyến cáo người dân không ở lại ven suối khi mưa lớn.',
    body: '<p>Các xã đã cắm biển báo tại những điểm có nguy cơ cao.</p>',
  },
  {
    key: 'd30',
    section: 'xa-hoi',
    daysAgo: 31,
    title: 'Khám bệnh miễn phí cho người cao tuổi',
    lead: 'Các bác sĩ Bệnh viện Đa khoa tỉnh đã khám và cấp thuốc cho hơn 500 cụ già.',
    body: '<p>Nhiều cụ lần đầu được đo điện tim, siêu âm ngay tại trạm y tế xã.</p>',
  },
  {
    key: 'd31',
    section: 'xa-hoi',
    daysAgo: 32,
    title: 'Tiêm vắc xin sởi cho trẻ em vùng sâu',
    lead: 'Ngành y tế tổ chức tiêm bổ sung cho hơn 3.000 trẻ dưới 5 tuổi.',
    body: '<p>Cán bộ y tế đến từng thôn để tiêm cho các cháu chưa đủ mũi.</p>',
  },
  {
    key: 'd32',
    section: 'the-thao',
    daysAgo: 33,
    title: 'Giải bóng đá thiếu niên toàn tỉnh khởi tranh',
    lead: 'Mười sáu đội bóng đến từ các huyện tham dự giải năm nay.',
    body: '<p>Trận khai mạc diễn ra trên sân vận động trung tâm.</p>',
  },
  {
    key: 'd33',
    section: 'the-thao',
    daysAgo: 34,
    title: 'Đội tuyển bắn nỏ giành ba huy chương vàng',
    lead: 'Các xạ thủ người Mông đã thi đấu xuất sắc tại giải thể thao các dân tộc.',
    body: '<p>Huấn luyện viên cho biết đội đã tập luyện suốt sáu tháng.</p>',
  },
  {
    key: 'd34',
    section: 'van-hoa',
    daysAgo: 35,
    title: 'Nghệ nhân Mường Tè giữ hồn hát then, đàn tính',
    lead: 'Ông Lò Văn Pâng mở lớp dạy miễn phí cho thanh niên trong bản.',
    body: '<p>Lớp học có 25 học viên, học vào các buổi tối trong tuần.</p>',
  },
  {
    key: 'd35',
    section: 'van-hoa',
    daysAgo: 36,
    title: 'Chợ tình Khâu Vai: phiên chợ của những người xưa',
    lead: 'Mỗi năm một lần, chợ họp vào ngày 27 tháng Ba âm lịch.',
    body: '<p>Nhiều đôi vợ chồng già vẫn hẹn nhau về chợ để ôn lại kỷ niệm.</p>',
  },
  {
    key: 'd36',
    section: 'kinh-te',
    daysAgo: 37,
    title: 'Giá sầu riêng giảm mạnh, nhà vườn lo lắng',
    lead: 'Thương lái thu mua cầm chừng khiến giá xuống thấp nhất ba năm qua.',
    body: '<p>Người trồng mong có thêm thị trường xuất khẩu chính ngạch.</p>',
  },
  // ---- Added to make the set hard: each group below pairs the answer with a deliberate distractor
  // that plain BM25 on folded words prefers (same folded words, more of them, or a shorter text).

  // giá cả (prices) / giá cá (fish prices): the same folded words "gia ca".
  {
    key: 'd37',
    section: 'kinh-te',
    daysAgo: 3,
    title: 'Giá cả thị trường ổn định dịp cuối năm',
    lead: 'Sở Công Thương cho biết giá cả các mặt hàng thiết yếu như gạo, thịt lợn, rau xanh không biến động lớn.',
    body: '<p>Các siêu thị cam kết bình ổn giá cả đến hết tháng Giêng. Lực lượng quản lý thị trường tăng cường kiểm tra việc niêm yết giá.</p>',
  },
  {
    key: 'd38',
    section: 'kinh-te',
    daysAgo: 5,
    title: 'Giá cá tra xuống thấp, người nuôi lỗ nặng',
    lead: 'Cá tra nguyên liệu chỉ còn 24.000 đồng mỗi ki-lô-gam, thấp hơn giá thành khoảng 2.000 đồng.',
    body: '<p>Nhiều hộ nuôi cá ở lòng hồ phải treo ao vì giá cá không đủ bù tiền thức ăn.</p><p>Ông Lường Văn Sáu nói cả nhà trông vào ba lồng cá, nay bán ra cũng lỗ.</p>',
  },

  // sữa chua (yogurt) / sửa chữa (repair): both fold to "sua chua".
  {
    key: 'd39',
    section: 'kinh-te',
    daysAgo: 6,
    title: 'Sữa chua nếp cẩm Mộc Châu vào bếp ăn trường học',
    lead: 'Mỗi ngày, trang trại bò sữa trên cao nguyên Mộc Châu giao 3.000 hộp sữa chua cho các trường tiểu học trong tỉnh.',
    body: '<p>Sữa tươi được thu gom trong hai giờ sau khi vắt, ủ men tự nhiên rồi trộn nếp cẩm đã đồ chín. Thực đơn do chuyên gia dinh dưỡng xây dựng, hợp với trẻ từ 6 đến 10 tuổi.</p>',
  },
  {
    key: 'd40',
    section: 'xa-hoi',
    daysAgo: 2,
    title: 'Sửa chữa cầu treo Nậm Mở trước mùa mưa lũ',
    lead: 'Công ty quản lý đường bộ huy động 20 công nhân sửa chữa mặt cầu, thay toàn bộ dây cáp.',
    body: '<p>Trong thời gian sửa chữa, người dân đi đò qua suối. Đơn vị thi công cam kết sửa xong trước ngày 15 tháng Năm.</p><p>Cầu treo Nậm Mở được xây năm 2008, đã hai lần sửa chữa lớn.</p>',
  },

  // bản đồ cũ (old maps) / bán đồ cũ (selling second-hand goods): "ban do cu".
  {
    key: 'd41',
    section: 'thoi-su',
    daysAgo: 12,
    title: 'Triển lãm bản đồ cũ khẳng định chủ quyền biển đảo',
    lead: 'Hơn 100 tấm bản đồ do người nước ngoài vẽ từ thế kỷ XVII được trưng bày tại Nhà văn hóa tỉnh.',
    body: '<p>Nhiều bản đồ ghi rõ quần đảo Hoàng Sa, Trường Sa thuộc lãnh thổ Việt Nam.</p>',
  },
  {
    key: 'd42',
    section: 'xa-hoi',
    daysAgo: 4,
    title: 'Sinh viên mở phiên chợ bán đồ cũ gây quỹ từ thiện',
    lead: 'Sinh viên trường cao đẳng sư phạm bán đồ cũ để mua áo ấm tặng học sinh vùng cao.',
    body: '<p>Sách vở, quần áo, đồ dùng học tập được bán đồng giá 10.000 đồng; nhiều món đồ cũ còn mới đến tám, chín phần.</p><p>Những người mua đầu tiên là tân sinh viên. Số tiền thu được sẽ chuyển tới hai điểm trường của huyện Phong Thổ.</p>',
  },

  // trưởng bản (village head) / điểm trường bản (village school): "truong ban".
  {
    key: 'd43',
    section: 'xa-hoi',
    daysAgo: 10,
    title: 'Trưởng bản người Mông vận động dân bỏ tục thách cưới',
    lead: 'Ông Giàng A Chư, trưởng bản Pa Vệ Sủ, đã thuyết phục hơn 40 gia đình tổ chức đám cưới tiết kiệm.',
    body: '<p>Ông Chư tự bỏ tiền làm mâm cơm mời các dòng họ đến góp ý. Nhờ uy tín của trưởng bản, hương ước mới được cả bản đồng thuận.</p>',
  },
  {
    key: 'd44',
    section: 'xa-hoi',
    daysAgo: 3,
    title: 'Điểm trường bản Sì Thâu Chải có thêm phòng học mới',
    lead: 'Điểm trường bản vùng cao này có 3 lớp ghép với 47 học sinh người Hà Nhì.',
    body: '<p>Thầy hiệu trưởng cho biết trước đây phòng học dựng bằng tre nứa, mùa đông gió lùa. Từ năm học này, các cháu được học trong phòng xây kiên cố. Điểm trường bản còn được xây thêm nhà vệ sinh và bể chứa nước.</p>',
  },

  // thưởng Tết (Tết bonus) / thương lái … Tết (traders): "thuong tet".
  {
    key: 'd45',
    section: 'kinh-te',
    daysAgo: 7,
    title: 'Thưởng Tết bình quân năm nay tăng gần 5%',
    lead: 'Theo Sở Lao động, mức thưởng Tết Nguyên đán cao nhất thuộc về một doanh nghiệp khai khoáng với 120 triệu đồng.',
    body: '<p>Phần lớn người lao động được thưởng từ một đến hai tháng lương. Một số doanh nghiệp gặp khó chỉ tặng quà Tết bằng hiện vật.</p>',
  },
  {
    key: 'd46',
    section: 'kinh-te',
    daysAgo: 2,
    title: 'Thương lái đổ về vùng cao gom hàng Tết',
    lead: 'Thương lái từ Hà Nội, Hải Phòng lên tận bản thu mua gà đồi, lợn bản, măng khô để bán dịp Tết.',
    body: '<p>Giá gà đồi tăng 20% so với tháng trước. Thương lái đặt cọc cho bà con để giữ hàng đến sát Tết.</p><p>Nhiều hộ nhờ bán hàng Tết mà có khoản thu lớn nhất năm.</p>',
  },

  // mã số thuế (tax code) / the tax revenue of Sông Mã, with mã, số, thuế and mà but never the phrase.
  {
    key: 'd47',
    section: 'kinh-te',
    daysAgo: 9,
    title: 'Từ tháng 7, số định danh cá nhân thay cho mã số thuế',
    lead: 'Người nộp thuế dùng số định danh cá nhân để kê khai, không cần đăng ký mã số thuế riêng.',
    body: '<p>Cơ quan thuế khuyến cáo người dân cập nhật thông tin trên ứng dụng để tránh sai lệch dữ liệu. Việc chuyển đổi được thực hiện tự động, người dân không phải làm thủ tục.</p>',
  },
  {
    key: 'd48',
    section: 'kinh-te',
    daysAgo: 1,
    title: 'Số thu thuế của huyện Sông Mã vượt dự toán',
    lead: 'Năm nay, huyện Sông Mã thu ngân sách được 210 tỷ đồng, trong đó số thu thuế vượt 8% dự toán.',
    body: '<p>Điều đáng lo là số thuế thu từ sản xuất, kinh doanh chỉ chiếm chưa tới một phần ba, mà phần lớn lại đến từ tiền sử dụng đất.</p><p>Chi cục Thuế khu vực Sông Mã đặt mục tiêu tăng số hộ kinh doanh nộp thuế qua mạng thêm 30%.</p>',
  },

  // đàn tính (the Tày lute) / người dân tỉnh (people of the province): "dan tinh".
  {
    key: 'd49',
    section: 'van-hoa',
    daysAgo: 8,
    title: 'Cây đàn tính trong đời sống người Tày',
    lead: 'Đàn tính theo người Tày vào lễ cấp sắc, lễ mừng nhà mới và những đêm hát then bên bếp lửa.',
    body: '<p>Nghệ nhân Hoàng Văn Thiêm làm bầu đàn từ quả bầu khô, cần đàn bằng gỗ dâu.</p>',
  },
  {
    key: 'd50',
    section: 'thoi-su',
    daysAgo: 1,
    title: 'Người dân tỉnh Sơn Lâm góp ý dự thảo sắp xếp đơn vị hành chính',
    lead: 'Hơn 90% cử tri trong tỉnh đồng ý với phương án; nhiều ý kiến mong giữ tên gọi gắn với lịch sử.',
    body: '<p>Đợt lấy ý kiến người dân trong tỉnh kéo dài mười ngày. Ở các xã vùng cao, cán bộ đến từng nhà đọc dự thảo cho dân nghe. Kết quả sẽ được báo cáo Hội đồng nhân dân tỉnh trước ngày 20.</p>',
  },

  // dẫn đầu (leads) / người dân đầu tư (people invest): "dan dau".
  {
    key: 'd51',
    section: 'thoi-su',
    daysAgo: 11,
    title: 'Sơn Lâm dẫn đầu khu vực về chỉ số cải cách hành chính',
    lead: 'Tỉnh vươn lên dẫn đầu các tỉnh miền núi phía Bắc, tăng 11 bậc so với năm trước.',
    body: '<p>Điểm cộng lớn nhất đến từ dịch vụ công trực tuyến: 96% hồ sơ được trả đúng hẹn.</p>',
  },
  {
    key: 'd52',
    section: 'kinh-te',
    daysAgo: 2,
    title: 'Dân bản Sín Chải đầu tư làm nhà nghỉ cộng đồng',
    lead: 'Sau hai năm, 17 hộ dân đầu tư sửa nhà sàn đón khách, thu nhập tăng gấp ba.',
    body: '<p>Nhiều người dân đầu tư cả trăm triệu đồng vay từ ngân hàng chính sách. Ông Vàng A Lử, hộ đầu tiên làm du lịch trong bản, nói khách nước ngoài đến đông nhất vào đầu mùa lúa chín.</p>',
  },

  // "sống chung với lũ" as a phrase / the same words scattered in a flood report.
  {
    key: 'd53',
    section: 'xa-hoi',
    daysAgo: 14,
    title: 'Người dân vùng trũng chủ động sống chung với lũ',
    lead: 'Các hộ ven sông Đà nâng nền nhà, làm gác cao để cất lúa giống và đồ đạc mỗi mùa nước lên.',
    body: '<p>Theo ông Lò Văn Hặc ở bản Hua Pe, sống chung với lũ là chuyện bao đời của người dân ven sông. Mỗi nhà đều sắm sẵn thuyền nhỏ và lương thực đủ dùng trong một tuần.</p>',
  },
  {
    key: 'd54',
    section: 'thoi-su',
    daysAgo: 1,
    title: 'Sông Nậm Na lũ lớn, cả bản chung sức với bộ đội',
    lead: 'Nước lũ dâng nhanh trong đêm; hàng trăm hộ sống ven sông phải chuyển đồ đạc cùng với vật nuôi lên chỗ cao.',
    body: '<p>Nhiều gia đình sống ven sông mất trắng hoa màu. Lũ cuốn trôi cây cầu tạm, cắt đứt giao thông với trung tâm huyện.</p><p>Chung tay khắc phục hậu quả, các đoàn thể quyên góp gạo, mì tôm và nước uống cho bà con. Lũ rút đến đâu, lực lượng chức năng dọn bùn đất đến đó.</p>',
  },

  // mưa đá (hail) / "mùa … đã mua …": "mua da", very common folded words.
  {
    key: 'd55',
    section: 'thoi-su',
    daysAgo: 4,
    title: 'Mưa đá bất ngờ trút xuống Tam Đường',
    lead: 'Trận mưa đá kéo dài 15 phút làm hư hỏng mái của hơn 200 ngôi nhà.',
    body: '<p>Viên đá lớn nhất to bằng quả trứng gà. Chính quyền đã hỗ trợ tôn lợp cho các hộ bị thiệt hại.</p>',
  },
  {
    key: 'd56',
    section: 'kinh-te',
    daysAgo: 1,
    title: 'Mùa này, nông dân đã mua đủ phân bón cho vụ đông',
    lead: 'Đại lý cho biết bà con đã mua sớm hơn mọi năm vì lo giá phân tăng vào cuối mùa.',
    body: '<p>Nhiều hộ đã mua chịu, đến mùa thu hoạch mới trả tiền. Vụ mùa năm nay được mùa nên người dân đã mạnh tay mua giống mới.</p>',
  },

  // "an toàn giao thông" as a phrase / an toàn, giao, thông scattered (and more often).
  {
    key: 'd57',
    section: 'thoi-su',
    daysAgo: 5,
    title: 'Ra quân tháng cao điểm an toàn giao thông',
    lead: 'Công an tỉnh lập 40 chốt kiểm tra nồng độ cồn trên các tuyến quốc lộ.',
    body: '<p>Từ đầu năm, tai nạn giao thông giảm 12% về số vụ và 9% về số người chết. Các trường hợp vi phạm nồng độ cồn sẽ bị xử phạt nghiêm, không có ngoại lệ.</p>',
  },
  {
    key: 'd58',
    section: 'xa-hoi',
    daysAgo: 2,
    title: 'Giao ban an toàn thực phẩm: thông tin nguồn hàng phải công khai',
    lead: 'Sở Y tế giao cho các trường kiểm tra nguồn gốc thực phẩm; thông tin nhà cung cấp phải công khai.',
    body: '<p>Mỗi bếp ăn có sổ ghi chép thông tin lô hàng, bảo đảm an toàn từ khâu nhập đến khâu chế biến. Nhà trường giao cho một cán bộ theo dõi, thông báo kịp thời khi có sự cố.</p><p>Thời gian qua, các trường không để xảy ra ngộ độc; công tác an toàn được phụ huynh đánh giá cao.</p>',
  },

  // "học sinh giỏi" (the gifted-pupil contest) / a teachers' contest full of "học sinh" and "giỏi".
  {
    key: 'd59',
    section: 'xa-hoi',
    daysAgo: 6,
    title: 'Sơn Lâm có 12 học sinh giỏi quốc gia',
    lead: 'Đội tuyển của tỉnh đoạt 1 giải nhì, 4 giải ba và 7 giải khuyến khích kỳ thi chọn học sinh giỏi quốc gia.',
    body: '<p>Lần đầu tiên tỉnh có học sinh người Mông đoạt giải môn Hóa học. Mỗi em đoạt giải được tặng bằng khen và 10 triệu đồng. Đội tuyển đã ôn luyện từ tháng Tám tại trường chuyên của tỉnh.</p>',
  },
  {
    key: 'd60',
    section: 'xa-hoi',
    daysAgo: 2,
    title: 'Hội thi giáo viên dạy giỏi cấp tỉnh: lấy học sinh làm trung tâm',
    lead: 'Có 86 giáo viên dạy giỏi cấp trường tham gia hội thi; mỗi tiết dạy được chấm theo mức độ học sinh hiểu bài.',
    body: '<p>Giám khảo đánh giá cao những tiết học để học sinh tự tìm tòi. Một giáo viên giỏi, theo ban giám khảo, là người khiến học sinh muốn đến lớp.</p>',
  },

  // "nước sạch" (clean water supply) / rau sạch (clean vegetables) sold to nước ngoài (abroad).
  {
    key: 'd61',
    section: 'xa-hoi',
    daysAgo: 11,
    title: 'Đưa nước sạch về bản Nậm Khao',
    lead: 'Công trình cấp nước sạch tự chảy dài 6 cây số đã phục vụ 120 hộ dân.',
    body: '<p>Trước đây, phụ nữ trong bản phải đi bộ hai giờ để lấy nước suối. Mỗi hộ góp 200.000 đồng và ngày công đào rãnh, đặt ống. Ban quản lý do dân bầu, thu phí hằng tháng để bảo dưỡng đường ống.</p>',
  },
  {
    key: 'd62',
    section: 'xa-hoi',
    daysAgo: 1,
    title: 'Rau sạch lần đầu xuất ra nước ngoài',
    lead: 'Lô hàng 5 tấn rau sạch trồng ở Tam Đường theo tiêu chuẩn VietGAP vừa được xuất sang thị trường nước ngoài.',
    body: '<p>Rau được trồng trong nhà lưới, tưới bằng nước giếng khoan và chỉ bón phân hữu cơ. Giá thu mua cao gấp đôi rau thường nhờ sạch và đồng đều.</p><p>Đối tác cho biết sẽ nhập thêm rau sạch nếu các lô sau giữ được chất lượng.</p>',
  },

  // "tuyết rơi" (snowfall) / Shan tuyết tea whose price "rơi" (falls): both words, never adjacent.
  {
    key: 'd63',
    section: 'thoi-su',
    daysAgo: 3,
    title: 'Tuyết rơi trắng đỉnh Fansipan',
    lead: 'Sáng nay, nhiệt độ trên đỉnh núi xuống âm 2 độ C, băng tuyết phủ kín lối lên đỉnh.',
    body: '<p>Hàng trăm du khách lên cáp treo để ngắm tuyết. Nhiều người dậy từ 4 giờ sáng, leo bộ hơn một giờ để chụp ảnh bình minh. Đây là lần thứ hai trong mùa đông năm nay xuất hiện hiện tượng này. Ban quản lý khuyến cáo khách mang đủ áo ấm.</p>',
  },
  {
    key: 'd64',
    section: 'kinh-te',
    daysAgo: 2,
    title: 'Giá búp chè Shan tuyết Tà Xùa rơi mạnh',
    lead: 'Búp chè phủ lớp lông tơ trắng như tuyết, năm nay chỉ còn 60.000 đồng mỗi cân, giảm một nửa.',
    body: '<p>Cây chè Shan tuyết ở đây cao hàng chục mét, người hái phải trèo lên cành. Vài năm trước, lá chè rơi rụng vì sâu bệnh; nay nhờ chăm sóc đúng cách, mỗi cây cho hàng chục cân búp nhưng thương lái ép giá. Giá rơi xuống đáy khiến nhiều hộ bỏ không hái.</p>',
  },

  // Weekly notices: the same text a week apart. The reader wants this week's; last week's is
  // superseded. The newer one is listed first (smaller id) so only recency, not id order, can rank it first.
  {
    key: 'd65',
    section: 'thoi-su',
    daysAgo: 1,
    title: 'Lịch cắt điện tại thành phố Lai Châu tuần này',
    lead: 'Điện lực Lai Châu tạm ngừng cấp điện để bảo dưỡng đường dây ở các phường Tân Phong, Đông Phong.',
    body: '<p>Thời gian cắt điện từ 7 giờ đến 17 giờ ngày thứ ba. Khách hàng có thể tra cứu lịch chi tiết trên ứng dụng chăm sóc khách hàng.</p>',
  },
  {
    key: 'd66',
    section: 'thoi-su',
    daysAgo: 8,
    title: 'Lịch cắt điện tại thành phố Lai Châu tuần này',
    lead: 'Điện lực Lai Châu tạm ngừng cấp điện để bảo dưỡng đường dây ở các phường Quyết Thắng, Quyết Tiến.',
    body: '<p>Thời gian cắt điện từ 7 giờ đến 17 giờ ngày thứ năm. Khách hàng có thể tra cứu lịch chi tiết trên ứng dụng chăm sóc khách hàng.</p>',
  },
  {
    key: 'd67',
    section: 'kinh-te',
    daysAgo: 0,
    title: 'Giá xăng giảm hơn 300 đồng mỗi lít từ chiều nay',
    lead: 'Liên bộ Công Thương – Tài chính vừa điều chỉnh giá xăng dầu theo kỳ điều hành mới.',
    body: '<p>Xăng RON 95 còn 20.870 đồng mỗi lít; dầu diesel giữ nguyên. Quỹ bình ổn giá không được trích lập.</p>',
  },
  {
    key: 'd68',
    section: 'kinh-te',
    daysAgo: 7,
    title: 'Giá xăng tăng gần 400 đồng mỗi lít từ chiều nay',
    lead: 'Liên bộ Công Thương – Tài chính vừa điều chỉnh giá xăng dầu theo kỳ điều hành mới.',
    body: '<p>Xăng RON 95 lên 21.170 đồng mỗi lít; dầu diesel tăng nhẹ. Quỹ bình ổn giá không được trích lập.</p>',
  },

  // Tone placement: the text says "Ủy" / "khỏe" / "khoẻ" / "hoà"; queries type the other style.
  {
    key: 'd69',
    section: 'thoi-su',
    daysAgo: 13,
    title: 'Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng Mười',
    lead: 'Phiên họp đánh giá tình hình kinh tế – xã hội và thảo luận kế hoạch chống rét cho gia súc.',
    body: '<p>Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành giải ngân vốn đầu tư công trước ngày 31 tháng Mười Hai.</p>',
  },
  {
    key: 'd70',
    section: 'xa-hoi',
    daysAgo: 15,
    title: 'Chăm sóc sức khỏe bà mẹ và trẻ em vùng cao',
    lead: 'Các cô đỡ thôn bản được tập huấn khám thai, hướng dẫn sản phụ sinh con tại trạm y tế.',
    body: '<p>Nhờ vậy, tỷ lệ trẻ sơ sinh khỏe mạnh tăng rõ rệt.</p>',
  },
  {
    key: 'd71',
    section: 'the-thao',
    daysAgo: 18,
    title: 'Ngày hội đi bộ vì sức khoẻ cộng đồng',
    lead: 'Hơn 2.000 người tham gia đi bộ 5 cây số quanh hồ trung tâm thành phố.',
    body: '<p>Ban tổ chức khuyến khích mỗi người đi bộ 30 phút mỗi ngày để giữ cơ thể khoẻ mạnh.</p>',
  },

  // "những người lính" (soldiers) / a forest fire with "lính cứu hỏa" and "những người dân".
  {
    key: 'd72',
    section: 'thoi-su',
    daysAgo: 20,
    title: 'Những người lính quân hàm xanh nơi cột mốc 17',
    lead: 'Cán bộ, chiến sĩ Đồn Biên phòng Pa Vây Sử tuần tra biên giới trong mây mù và giá rét.',
    body: '<p>Mỗi chuyến tuần tra kéo dài hai ngày, những người lính trẻ phải mang theo gạo, muối và tấm bạt. Đồn quản lý 32 cây số đường biên với 12 cột mốc.</p>',
  },
  {
    key: 'd73',
    section: 'thoi-su',
    daysAgo: 1,
    title: 'Những người dân bản cùng lính cứu hỏa xuyên đêm dập lửa',
    lead: 'Người dân có mặt đầu tiên, dùng cành cây dập lửa rừng phòng hộ trước khi xe chữa cháy và lính cứu hỏa tới.',
    body: '<p>Ngọn lửa bùng lên từ một đám đốt nương rồi lan sang rừng thông. Gần sáng, lính cứu hỏa và người dân mới khống chế được đám cháy; khoảng 3 héc-ta rừng phòng hộ bị thiệt hại.</p>',
  },

  // hoà giải (mediation, old tone placement) / hoa … giải (flowers, a prize): "hoa giai".
  {
    key: 'd74',
    section: 'xa-hoi',
    daysAgo: 16,
    title: 'Tổ hoà giải ở bản: gỡ mâu thuẫn từ bữa cơm',
    lead: 'Tổ hoà giải bản Noong Hẻo đã giải quyết êm thấm 14 vụ tranh chấp đất đai trong năm.',
    body: '<p>Bà Lò Thị Xiêng, tổ trưởng, cho rằng hoà giải viên phải hiểu phong tục từng dòng họ. Năm nay, tổ được huyện tặng giấy khen.</p>',
  },
  {
    key: 'd75',
    section: 'van-hoa',
    daysAgo: 2,
    title: 'Hoa dại đoạt giải hội thi cắm hoa ngày Phụ nữ Việt Nam',
    lead: 'Hội thi cắm hoa thu hút 30 đội; bình hoa giải nhất được kết từ hoa dại và lúa non.',
    body: '<p>Nhiều chị em lần đầu học cắm hoa, tận dụng hoa rừng, lá dong, ống tre làm bình. Ban tổ chức trao một giải nhất, hai giải nhì cho những bình hoa đẹp nhất.</p>',
  },

  // "đất và người" (a cultural phrase) / a land dispute full of đất, và, người.
  {
    key: 'd76',
    section: 'van-hoa',
    daysAgo: 19,
    title: 'Đất và người Điện Biên qua ống kính nhiếp ảnh',
    lead: 'Triển lãm giới thiệu 120 bức ảnh về cảnh sắc và cuộc sống đồng bào các dân tộc.',
    body: '<p>Tác giả dành mười năm rong ruổi khắp các bản vùng biên.</p>',
  },
  {
    key: 'd77',
    section: 'thoi-su',
    daysAgo: 3,
    title: 'Giải quyết dứt điểm tranh chấp đất giữa hai xã',
    lead: 'Huyện đã đo đạc lại ranh giới và trả đất cho người dân canh tác ổn định.',
    body: '<p>Những năm trước, người dân hai xã nhiều lần xô xát vì đất nương. Nay mốc giới đã được cắm rõ và người dân ký cam kết.</p>',
  },

  // cầu treo (a suspension bridge, d40) / "yêu cầu … treo biển".
  {
    key: 'd78',
    section: 'thoi-su',
    daysAgo: 2,
    title: 'Yêu cầu các xã treo biển cấm đốt nương trước mùa khô',
    lead: 'Huyện yêu cầu chủ rừng treo biển cảnh báo ở đầu bản, cửa rừng và dọc các đường mòn.',
    body: '<p>Chủ rừng phải ký cam kết, bố trí người canh lửa suốt mùa khô. Những nơi từng cháy được yêu cầu cắm thêm biển.</p>',
  },
];
