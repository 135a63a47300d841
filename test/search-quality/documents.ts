/**
 * Search-quality corpus: original Vietnamese news items written for this test. Some are near
 * misses on purpose (bàn / bán / bạn, "đại biểu … hội nghị" scattered vs "Đại hội", old and new
 * tone placement "Hòa" / "thủy"), so that the queries in queries.ts can tell a good ranking from
 * a merely acceptable one.
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
    key: 'd01', section: 'xa-hoi', daysAgo: 3,
    title: 'Trao tặng 200 bộ bàn ghế cho điểm trường vùng cao',
    lead: 'Hội Chữ thập đỏ huyện Sìn Hồ vừa trao 200 bộ bàn ghế mới cho điểm trường bản Nậm Cuổi.',
    body: '<p>Các bộ bàn ghế được làm từ gỗ keo, vừa với chiều cao của học sinh tiểu học.</p><p>Thầy Lò Văn Thắng kể trước đây các em phải ngồi học trên ghế tre tự đóng.</p>',
  },
  {
    key: 'd02', section: 'kinh-te', daysAgo: 4,
    title: 'Giá lúa bán ra tăng mạnh sau vụ mùa',
    lead: 'Nông dân xã Phong Thổ phấn khởi khi giá lúa bán tại ruộng tăng thêm 800 đồng mỗi ki-lô-gam.',
    body: '<p>Thương lái đến tận ruộng thu mua, nhiều hộ bán hết lúa chỉ trong một tuần.</p>',
  },
  {
    key: 'd03', section: 'van-hoa', daysAgo: 6,
    title: 'Bàn giải pháp phát triển du lịch cộng đồng ở Tả Van',
    lead: 'Hội thảo bàn cách giữ bản sắc khi đón khách về các bản người Giáy.',
    body: '<p>Các đại biểu thống nhất cần đào tạo người dân làm hướng dẫn viên và giữ nếp nhà truyền thống.</p>',
  },
  {
    key: 'd04', section: 'kinh-te', daysAgo: 2,
    title: 'Chợ phiên Cán Cấu đông vui ngày cuối tuần',
    lead: 'Bà con vùng cao mang măng, mật ong, thảo quả xuống chợ bán cho khách dưới xuôi.',
    body: '<p>Mỗi phiên chợ có hàng trăm gian hàng; nhiều gia đình bán được vài triệu đồng.</p>',
  },
  {
    key: 'd05', section: 'kinh-te', daysAgo: 8,
    title: 'Bạn trẻ Sơn Lâm khởi nghiệp từ cây dược liệu',
    lead: 'Nhiều bạn trẻ trở về quê trồng sâm, đương quy dưới tán rừng già.',
    body: '<p>Anh Vàng A Dơ cho biết mỗi năm trang trại thu gần 300 triệu đồng.</p>',
  },
  {
    key: 'd06', section: 'thoi-su', daysAgo: 10,
    title: 'Xã Hòa Bình về đích nông thôn mới',
    lead: 'Sau 5 năm, xã Hòa Bình hoàn thành đủ 19 tiêu chí nông thôn mới.',
    body: '<p>Đường bê tông đã đến tận các thôn, trạm y tế được xây mới.</p>',
  },
  {
    key: 'd07', section: 'van-hoa', daysAgo: 12,
    title: 'Lễ hội hoa ban rực rỡ sắc màu Tây Bắc',
    lead: 'Lễ hội năm nay thu hút hàng nghìn du khách đến thành phố Điện Biên Phủ.',
    body: '<p>Hoa ban nở trắng núi đồi vào tháng ba. Đây là dịp các chàng trai, cô gái Thái hát giao duyên.</p>',
  },
  {
    key: 'd08', section: 'thoi-su', daysAgo: 15,
    title: 'Đại hội Đảng bộ huyện Mường Tè lần thứ XX thành công tốt đẹp',
    lead: 'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện nhiệm kỳ mới gồm 35 đồng chí.',
    body: '<p>Nghị quyết đại hội đặt mục tiêu giảm tỷ lệ hộ nghèo mỗi năm 4%.</p>',
  },
  {
    key: 'd09', section: 'the-thao', daysAgo: 20,
    title: 'Đại hội Thể dục thể thao tỉnh Sơn Lâm lần thứ IX khai mạc',
    lead: 'Hơn 1.200 vận động viên tranh tài ở 12 môn thi đấu.',
    body: '<p>Các môn thi gồm bóng chuyền, đẩy gậy, kéo co và bắn nỏ.</p>',
  },
  {
    key: 'd10', section: 'thoi-su', daysAgo: 1,
    title: 'Hội nghị tổng kết công tác xây dựng tổ chức cơ sở',
    lead: 'Các đại biểu đánh giá việc phát triển đảng viên ở chi bộ thôn, bản.',
    body: '<p>Ban Thường vụ yêu cầu các đảng bộ cơ sở chú trọng bồi dưỡng cán bộ trẻ.</p>',
  },
  {
    key: 'd11', section: 'xa-hoi', daysAgo: 5,
    title: 'Khánh thành trường học mới cho học sinh bản Nậm Cha',
    lead: 'Ngôi trường hai tầng với 8 phòng học khang trang vừa được đưa vào sử dụng.',
    body: '<p>Các giáo viên không còn phải dạy ghép lớp trong phòng học tạm bằng gỗ.</p>',
  },
  {
    key: 'd12', section: 'xa-hoi', daysAgo: 9,
    title: 'Giáo viên cắm bản giữ lửa con chữ nơi biên giới',
    lead: 'Cô Tòng Thị Mai đã có 12 năm gắn bó với điểm trường sát biên giới Việt – Trung.',
    body: '<p>Mỗi tuần cô đi bộ gần hai giờ đường rừng để đến lớp.</p>',
  },
  {
    key: 'd13', section: 'thoi-su', daysAgo: 7,
    title: 'Bộ đội biên phòng giúp dân gặt lúa chạy lũ',
    lead: 'Cán bộ, chiến sĩ Đồn Biên phòng Ma Lù Thàng xuống đồng giúp bà con thu hoạch.',
    body: '<p>Chỉ trong hai ngày, hơn 10 héc-ta lúa chín đã được gặt xong trước khi nước lên.</p>',
  },
  {
    key: 'd14', section: 'kinh-te', daysAgo: 30,
    title: 'Thủy điện Lai Châu phát điện tổ máy cuối cùng',
    lead: 'Nhà máy thủy điện lớn thứ ba cả nước đã hoàn thành toàn bộ các tổ máy.',
    body: '<p>Mỗi năm nhà máy cung cấp gần 5 tỷ ki-lô-oát giờ cho lưới điện quốc gia.</p>',
  },
  {
    key: 'd15', section: 'kinh-te', daysAgo: 11,
    title: 'Nuôi cá lồng trên lòng hồ mở hướng làm giàu',
    lead: 'Trên hồ thủy điện Bản Chát, hàng trăm lồng cá rô phi, cá lăng cho thu nhập ổn định.',
    body: '<p>Mỗi lồng cá cho lãi khoảng 40 triệu đồng một năm.</p>',
  },
  {
    key: 'd16', section: 'kinh-te', daysAgo: 14,
    title: 'Cà phê Arabica vùng cao vươn ra thế giới',
    lead: 'Hạt cà phê trồng ở độ cao trên 1.000 mét đã có mặt tại nhiều nước châu Âu.',
    body: '<p>Giá xuất khẩu cao gấp đôi nhờ quy trình sơ chế ướt và phơi trên giàn.</p>',
  },
  {
    key: 'd17', section: 'kinh-te', daysAgo: 16,
    title: 'Hợp tác xã chế biến cà phê đạt chuẩn OCOP 4 sao',
    lead: 'Sản phẩm cà phê rang xay của hợp tác xã Chiềng Ban được người tiêu dùng ưa chuộng.',
    body: '<p>Hợp tác xã có 45 thành viên, bao tiêu đầu ra cho hơn 200 hộ.</p>',
  },
  {
    key: 'd18', section: 'kinh-te', daysAgo: 18,
    title: 'Nông dân đổi đời nhờ chè Shan tuyết cổ thụ',
    lead: 'Những cây chè Shan tuyết hàng trăm năm tuổi trên đỉnh núi đang mang lại nguồn thu lớn.',
    body: '<p>Chè được hái một tôm hai lá, sao khô bằng chảo gang theo cách truyền thống.</p>',
  },
  {
    key: 'd19', section: 'van-hoa', daysAgo: 22,
    title: 'Giữ gìn nghề dệt thổ cẩm của phụ nữ Mông',
    lead: 'Ở bản Lao Chải, các bà các mẹ vẫn truyền nghề dệt vải lanh cho con gái.',
    body: '<p>Mỗi tấm váy thổ cẩm mất gần ba tháng để hoàn thành.</p>',
  },
  {
    key: 'd20', section: 'the-thao', daysAgo: 13,
    title: 'Những người con của núi rừng trên đường đua việt dã',
    lead: 'Các vận động viên dân tộc thiểu số chiếm trọn bục nhận giải chạy việt dã toàn tỉnh.',
    body: '<p>Họ quen leo dốc từ nhỏ nên bền sức trên những cung đường đồi.</p>',
  },
  {
    key: 'd21', section: 'xa-hoi', daysAgo: 17,
    title: 'Con đường mới của bản Sin Suối Hồ',
    lead: 'Người dân góp đất, góp công mở đường xuyên núi, nối bản với trung tâm xã.',
    body: '<p>Con đường dài 7 cây số băng qua rừng già giúp việc đi lại thuận tiện hơn.</p>',
  },
  {
    key: 'd22', section: 'kinh-te', daysAgo: 25,
    title: 'Cây mắc ca mở hướng thoát nghèo ở Tam Đường',
    lead: 'Huyện Tam Đường có hơn 2.000 héc-ta đang cho thu hoạch.',
    body: '<p>Giá hạt tươi ổn định ở mức 60 nghìn đồng mỗi ki-lô-gam.</p>',
  },
  {
    key: 'd23', section: 'kinh-te', daysAgo: 21,
    title: 'Than Uyên mở rộng vùng cây ăn quả',
    lead: 'Diện tích xoài, nhãn và mắc ca của huyện tăng gần gấp đôi sau ba năm.',
    body: '<p>Huyện hỗ trợ giống và phân bón cho các hộ tham gia.</p>',
  },
  {
    key: 'd24', section: 'kinh-te', daysAgo: 19,
    title: 'Phát triển kinh tế rừng bền vững',
    lead: 'Trồng rừng sản xuất giúp người dân có thu nhập mà vẫn giữ được độ che phủ.',
    body: '<p>Nhiều hộ trồng xen mắc ca dưới tán keo để tăng thu nhập.</p>',
  },
  {
    key: 'd25', section: 'van-hoa', daysAgo: 26,
    title: 'Mùa lúa chín trên ruộng bậc thang Mù Cang Chải',
    lead: 'Tháng chín, những thửa ruộng bậc thang nhuộm vàng các sườn đồi.',
    body: '<p>Du khách và nhiếp ảnh gia khắp nơi đổ về săn ảnh.</p>',
  },
  {
    key: 'd26', section: 'thoi-su', daysAgo: 27,
    title: 'Đường bê tông đến từng bản: diện mạo mới vùng cao',
    lead: 'Chương trình nông thôn mới đã đưa đường bê tông về tất cả các bản của huyện.',
    body: '<p>Xe máy, ô tô nhỏ đã vào tận nhà, nông sản không còn phải gùi bộ.</p>',
  },
  {
    key: 'd27', section: 'kinh-te', daysAgo: 28,
    title: 'Cải tạo kênh mương phục vụ sản xuất nông nghiệp',
    lead: 'Hơn 30 cây số kênh nội đồng được kiên cố hóa trước vụ đông xuân.',
    body: '<p>Nước tưới chủ động giúp các thửa ruộng cấy được hai vụ.</p>',
  },
  {
    key: 'd28', section: 'thoi-su', daysAgo: 0,
    title: 'Bão số 3 gây thiệt hại nặng ở các tỉnh miền núi',
    lead: 'Mưa lớn kéo dài gây sạt lở đất và lũ quét tại nhiều xã.',
    body: '<p>Lực lượng chức năng đã sơ tán hơn 300 hộ khỏi vùng nguy hiểm.</p>',
  },
  {
    key: 'd29', section: 'xa-hoi', daysAgo: 29,
    title: 'Cảnh báo lũ quét trong mùa mưa',
    lead: 'Trung tâm Khí tượng khuyến cáo người dân không ở lại ven suối khi mưa lớn.',
    body: '<p>Các xã đã cắm biển báo tại những điểm có nguy cơ cao.</p>',
  },
  {
    key: 'd30', section: 'xa-hoi', daysAgo: 31,
    title: 'Khám bệnh miễn phí cho người cao tuổi',
    lead: 'Các bác sĩ Bệnh viện Đa khoa tỉnh đã khám và cấp thuốc cho hơn 500 cụ già.',
    body: '<p>Nhiều cụ lần đầu được đo điện tim, siêu âm ngay tại trạm y tế xã.</p>',
  },
  {
    key: 'd31', section: 'xa-hoi', daysAgo: 32,
    title: 'Tiêm vắc xin sởi cho trẻ em vùng sâu',
    lead: 'Ngành y tế tổ chức tiêm bổ sung cho hơn 3.000 trẻ dưới 5 tuổi.',
    body: '<p>Cán bộ y tế đến từng thôn để tiêm cho các cháu chưa đủ mũi.</p>',
  },
  {
    key: 'd32', section: 'the-thao', daysAgo: 33,
    title: 'Giải bóng đá thiếu niên toàn tỉnh khởi tranh',
    lead: 'Mười sáu đội bóng đến từ các huyện tham dự giải năm nay.',
    body: '<p>Trận khai mạc diễn ra trên sân vận động trung tâm.</p>',
  },
  {
    key: 'd33', section: 'the-thao', daysAgo: 34,
    title: 'Đội tuyển bắn nỏ giành ba huy chương vàng',
    lead: 'Các xạ thủ người Mông đã thi đấu xuất sắc tại giải thể thao các dân tộc.',
    body: '<p>Huấn luyện viên cho biết đội đã tập luyện suốt sáu tháng.</p>',
  },
  {
    key: 'd34', section: 'van-hoa', daysAgo: 35,
    title: 'Nghệ nhân Mường Tè giữ hồn hát then, đàn tính',
    lead: 'Ông Lò Văn Pâng mở lớp dạy miễn phí cho thanh niên trong bản.',
    body: '<p>Lớp học có 25 học viên, học vào các buổi tối trong tuần.</p>',
  },
  {
    key: 'd35', section: 'van-hoa', daysAgo: 36,
    title: 'Chợ tình Khâu Vai: phiên chợ của những người xưa',
    lead: 'Mỗi năm một lần, chợ họp vào ngày 27 tháng Ba âm lịch.',
    body: '<p>Nhiều đôi vợ chồng già vẫn hẹn nhau về chợ để ôn lại kỷ niệm.</p>',
  },
  {
    key: 'd36', section: 'kinh-te', daysAgo: 37,
    title: 'Giá sầu riêng giảm mạnh, nhà vườn lo lắng',
    lead: 'Thương lái thu mua cầm chừng khiến giá xuống thấp nhất ba năm qua.',
    body: '<p>Người trồng mong có thêm thị trường xuất khẩu chính ngạch.</p>',
  },
];
