import type { DemoArticle } from './types.js';

/**
 * Hand-written demo articles (part A): Thời sự, Kinh tế, Nông nghiệp, Du lịch, Xã hội.
 * Everything here is fictional: tỉnh Sơn Lâm, its towns, communes, people and figures.
 */
export const articlesA: DemoArticle[] = [
  // ───────────────────────────── Thời sự ─────────────────────────────
  {
    section: 'thoi-su',
    title: 'Sơn Lâm sẵn sàng cho Đại hội Đảng bộ tỉnh lần thứ XVIII',
    lead: 'Các văn kiện trình đại hội đã qua nhiều vòng lấy ý kiến, công tác nhân sự, hậu cần và bảo đảm an ninh được rà soát kỹ lưỡng. Theo Ban Thường vụ Tỉnh ủy, mọi khâu chuẩn bị cơ bản đã hoàn thành trước thời hạn đề ra.',
    body: [
      {
        p: 'Chiều qua, Ban Thường vụ Tỉnh ủy Sơn Lâm họp nghe báo cáo tiến độ chuẩn bị Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030. Theo báo cáo của Văn phòng Tỉnh ủy, đến nay toàn bộ tổ chức cơ sở đảng và 11 đảng bộ trực thuộc đã tổ chức xong đại hội, bầu đủ số lượng đại biểu đi dự đại hội cấp tỉnh. Nhiều nơi rút gọn phần nghi lễ để dành thời gian cho thảo luận.',
      },
      { h2: 'Văn kiện được góp ý từ cơ sở' },
      {
        p: 'Dự thảo Báo cáo chính trị đã được gửi tới các chi bộ, Mặt trận Tổ quốc, các đoàn thể và đăng tải công khai để nhân dân góp ý. Sau gần hai tháng, Ban Soạn thảo nhận được hơn 4.200 lượt ý kiến, trong đó nhiều ý kiến tập trung vào hạ tầng giao thông liên xã, việc làm cho thanh niên vùng cao và cơ chế giữ chân cán bộ trẻ ở lại công tác tại cơ sở.',
      },
      {
        p: 'Một số đảng viên cao tuổi ở huyện Nậm Khê đề nghị văn kiện cần nói rõ hơn về trách nhiệm của người đứng đầu khi để xảy ra chậm tiến độ các công trình trọng điểm. Có ý kiến đề nghị đưa chỉ tiêu giảm nghèo đa chiều và tỷ lệ hộ dùng nước sạch vào nhóm chỉ tiêu chủ yếu, thay vì chỉ đặt trong phần định hướng như bản dự thảo đầu tiên.',
      },
      {
        quote:
          'Chúng tôi tiếp thu theo nguyên tắc ý kiến nào xác đáng thì sửa ngay, ý kiến nào chưa đủ cơ sở thì giải trình rõ ràng. Văn kiện phải ngắn gọn, dễ hiểu, để người dân đọc vào biết tỉnh sẽ làm gì trong năm năm tới.',
        cite: 'Ông Hà Văn Thuận, Phó Bí thư Thường trực Tỉnh ủy Sơn Lâm',
      },
      {
        p: 'Về công tác nhân sự, Tỉnh ủy cho biết việc giới thiệu nhân sự tham gia Ban Chấp hành khóa mới được thực hiện chặt chẽ, đúng quy trình, bảo đảm cơ cấu hợp lý giữa các thế hệ, có tỷ lệ cán bộ nữ, cán bộ trẻ và cán bộ người dân tộc thiểu số phù hợp. Hồ sơ nhân sự được thẩm định kỹ, có kết luận về tiêu chuẩn chính trị trước khi trình đại hội.',
      },
      {
        p: 'Tại Trung tâm Hội nghị tỉnh, công tác trang trí khánh tiết, âm thanh, ánh sáng đang được hoàn thiện. Đại hội năm nay áp dụng phòng họp không giấy, mỗi đại biểu được cấp tài khoản để tra cứu tài liệu trên máy tính bảng. Các lực lượng công an, y tế, điện lực đã xây dựng phương án trực, bảo đảm an ninh, an toàn và thông suốt trong những ngày diễn ra đại hội.',
      },
      {
        p: 'Kết luận cuộc họp, Bí thư Tỉnh ủy đề nghị các cơ quan tiếp tục rà soát từng đầu việc, không chủ quan ở khâu cuối. Cùng với đó, các cơ quan báo chí trong tỉnh đẩy mạnh tuyên truyền, tạo không khí phấn khởi, để đại hội thực sự là ngày hội của toàn Đảng bộ và nhân dân các dân tộc tỉnh Sơn Lâm.',
      },
    ],
    author: 'nguyen-thu-ha',
    byline: 'Nguyễn Thu Hà',
    tags: ['Đại hội Đảng', 'Xây dựng Đảng'],
    daysAgo: 1,
    hour: 7,
    minute: 30,
    image: {
      scene: 'meeting-hall',
      alt: 'Hội trường lớn với sân khấu trang trí cờ đỏ và những hàng ghế đại biểu',
      caption: 'Công nhân hoàn thiện khâu trang trí tại Trung tâm Hội nghị tỉnh, nơi sẽ diễn ra Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII.',
      credit: 'Ảnh: Thu Hà',
    },
    comments: [
      {
        name: 'Hoàng Văn Tuấn',
        body: 'Mong đại hội lần này có giải pháp cụ thể cho đường lên các xã vùng cao Nậm Khê, mùa mưa đi lại rất vất vả.',
      },
      {
        name: 'Chu Thi Hien',
        body: 'Phong hop khong giay la hay, tiet kiem duoc nhieu. Chuc dai hoi thanh cong tot dep!',
      },
    ],
  },
  {
    section: 'thoi-su',
    title: 'Kỳ họp HĐND tỉnh: cử tri chờ lời giải về đường, điện, nước',
    lead: 'Sáng nay, HĐND tỉnh Sơn Lâm khóa XVII khai mạc kỳ họp thường lệ cuối năm với nhiều nội dung quan trọng. Trước kỳ họp, các tổ đại biểu đã tổng hợp hơn 300 ý kiến, kiến nghị của cử tri, phần lớn xoay quanh hạ tầng thiết yếu ở vùng cao.',
    body: [
      {
        p: 'Kỳ họp dự kiến diễn ra trong ba ngày, xem xét, thông qua 24 nghị quyết, trong đó có nghị quyết về kế hoạch phát triển kinh tế - xã hội năm tới, dự toán ngân sách địa phương, kế hoạch đầu tư công và một số chính sách hỗ trợ đặc thù cho các xã đặc biệt khó khăn. Phiên chất vấn và trả lời chất vấn được bố trí trọn một buổi, truyền hình trực tiếp để cử tri theo dõi.',
      },
      {
        p: 'Theo báo cáo tổng hợp của Ban Thường trực Ủy ban MTTQ tỉnh, cử tri các huyện Nậm Khê, Khau Vạc và Mường Lâm tiếp tục phản ánh tình trạng nhiều tuyến đường liên xã xuống cấp, sạt lở sau mùa mưa nhưng chậm được sửa chữa. Một số thôn, bản ở xa trung tâm vẫn chưa có điện lưới quốc gia, người dân phải dùng máy thủy điện mini tự chế, vừa yếu vừa mất an toàn.',
      },
      {
        p: 'Nước sinh hoạt là nỗi lo thường trực. Cử tri xã Háng Chua cho biết công trình cấp nước tập trung xây dựng từ nhiều năm trước đã hư hỏng đường ống, mùa khô cả bản phải gùi nước từ khe suối cách hơn hai cây số. Cử tri đề nghị tỉnh có cơ chế giao công trình cho cộng đồng quản lý, kèm theo kinh phí bảo dưỡng hằng năm để công trình không bị bỏ mặc.',
      },
      {
        quote:
          'Những kiến nghị đã trả lời ở kỳ trước mà chưa làm, kỳ này chúng tôi sẽ đưa vào nội dung chất vấn. Cử tri cần câu trả lời bao giờ làm, ai làm, chứ không cần thêm những lời hứa chung chung.',
        cite: 'Bà Lường Thị Xuân, Trưởng ban Pháp chế HĐND tỉnh',
      },
      {
        p: 'Báo cáo của UBND tỉnh cho biết năm nay tỉnh ước đạt và vượt 17/21 chỉ tiêu chủ yếu. Thu ngân sách nhà nước trên địa bàn ước vượt dự toán, tỷ lệ hộ nghèo giảm khoảng 4 điểm phần trăm. Tuy vậy, giải ngân vốn đầu tư công còn chậm ở một số chủ đầu tư, công tác giải phóng mặt bằng của nhiều dự án vẫn là điểm nghẽn chưa được tháo gỡ dứt điểm.',
      },
      {
        p: 'Phát biểu khai mạc, Chủ tịch HĐND tỉnh đề nghị các đại biểu tập trung thảo luận thẳng thắn, đi thẳng vào những vấn đề cử tri quan tâm. Các sở, ngành được chất vấn phải trả lời ngắn gọn, nêu rõ nguyên nhân, trách nhiệm và lộ trình khắc phục, tránh tình trạng đọc báo cáo dài dòng, chiếm thời gian của phiên họp.',
      },
      {
        p: 'Báo Sơn Lâm sẽ tiếp tục cập nhật diễn biến kỳ họp, đặc biệt là phiên chất vấn về quản lý, vận hành công trình nước sạch nông thôn và tiến độ các dự án giao thông kết nối vùng cao, những nội dung đang nhận được nhiều sự quan tâm của cử tri và nhân dân trong tỉnh.',
      },
    ],
    author: 'nguyen-thu-ha',
    byline: 'Nhóm phóng viên',
    tags: ['HĐND tỉnh', 'Nước sạch', 'Giao thông'],
    daysAgo: 0,
    hour: 6,
    minute: 50,
    image: {
      scene: 'meeting-hall',
      alt: 'Các đại biểu ngồi theo hàng trong hội trường, phía trước là bục phát biểu',
      caption: 'Các đại biểu HĐND tỉnh dự phiên khai mạc kỳ họp thường lệ cuối năm sáng nay.',
      credit: 'Ảnh: Quang Huy',
    },
  },
  {
    section: 'thoi-su',
    title: 'Thông xe cầu Nậm Lạn, hai bờ Mường Đanh hết cảnh lụy đò',
    lead: 'Sau hơn 14 tháng thi công, cây cầu bê tông cốt thép dài 126 mét bắc qua sông Nậm Lạn đã chính thức thông xe, giúp hơn 3.000 người dân xã Mường Đanh, huyện Mường Lâm không còn phải qua sông bằng đò mỗi mùa nước lớn.',
    body: [
      {
        p: 'Lễ thông xe diễn ra trong không khí rộn ràng. Từ sớm, bà con các bản Na Hằm, Nà Lụ, Huổi Cang đã mặc trang phục truyền thống, đứng kín hai đầu cầu. Khi dải băng đỏ được cắt, nhiều cụ già chống gậy đi bộ qua cầu, vừa đi vừa ngoái nhìn dòng sông bên dưới, nơi mấy chiếc đò gỗ vẫn neo lặng lẽ như những chứng nhân của một thời vất vả.',
      },
      {
        p: 'Cầu Nậm Lạn có tổng mức đầu tư gần 68 tỷ đồng từ nguồn vốn ngân sách trung ương và tỉnh, gồm ba nhịp, mặt cầu rộng 7 mét, hai bên có lề bộ hành. Đi kèm là gần 1,5 km đường dẫn được rải nhựa, có hệ thống thoát nước và tường chắn ở những đoạn taluy cao. Công trình được thiết kế với tải trọng cho phép xe tải cỡ trung lưu thông.',
      },
      {
        figure: {
          scene: 'river',
          alt: 'Những chiếc đò gỗ neo bên bờ sông, phía xa là cây cầu mới bắc ngang',
          caption: 'Những chuyến đò ngang trên sông Nậm Lạn từ nay chỉ còn trong ký ức của người dân Mường Đanh.',
          credit: 'Ảnh: Văn Nam',
        },
      },
      {
        p: 'Trước đây, muốn sang trung tâm xã hay ra quốc lộ, người dân bờ bắc chỉ có cách đi đò hoặc vòng theo đường mòn gần 20 cây số. Mùa mưa lũ, nước sông dâng cao, chảy xiết, đò phải dừng hàng tuần. Học sinh nghỉ học, người ốm phải khiêng cáng đi đường vòng. Đã có những chuyến đò gặp nạn mà đến nay cả xã vẫn chưa ai quên.',
      },
      {
        quote: 'Ngày xưa tôi chở đò hơn hai mươi năm, mùa lũ đêm nào cũng lo. Giờ có cầu rồi, tôi mừng hơn ai hết, con cháu đi học không phải ngồi đò nữa.',
        cite: 'Ông Lò Văn Pâng, 67 tuổi, bản Na Hằm, xã Mường Đanh',
      },
      {
        p: 'Theo ông Cầm Văn Thiết, Chủ tịch UBND xã Mường Đanh, cây cầu mở ra cơ hội lớn cho sản xuất. Bờ bắc có hơn 200 ha ruộng lúa và đồi ngô, trước đây thương lái ngại vào, nông sản phải bán với giá thấp. Nay xe tải vào tận bản, xã đã tính đến việc quy hoạch vùng trồng cây ăn quả và phát triển du lịch sinh thái ven sông.',
      },
      {
        p: 'Đại diện Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh cho biết, đơn vị sẽ tiếp tục theo dõi, bảo hành công trình, đồng thời phối hợp với địa phương lắp đặt biển báo, đèn chiếu sáng ở hai đầu cầu. Huyện Mường Lâm cũng đề nghị người dân không chăn thả gia súc, không phơi nông sản trên mặt cầu và đường dẫn.',
      },
    ],
    author: 'dinh-van-nam',
    byline: 'Đinh Văn Nam',
    tags: ['Giao thông', 'Nông thôn mới', 'Mường Lâm'],
    daysAgo: 3,
    hour: 10,
    minute: 20,
    image: {
      scene: 'bridge',
      alt: 'Người dân mặc trang phục truyền thống đi bộ trên cây cầu bê tông mới',
      caption: 'Người dân xã Mường Đanh đi bộ qua cầu Nậm Lạn ngay sau lễ thông xe.',
      credit: 'Ảnh: Văn Nam',
    },
    comments: [
      {
        name: 'Lò Thị Ánh',
        body: 'Quê em đây rồi! Cả bản mong cây cầu này bao nhiêu năm, cảm ơn các cô chú công nhân.',
        replies: [{ name: 'Cầm Văn Đông', body: 'Tết này về quê không phải chờ đò nữa rồi em ơi.' }],
      },
      {
        name: 'tuan nguyen',
        body: 'Cau dep qua, mong co them den chieu sang vi buoi toi nguoi dan di lai nhieu',
      },
    ],
  },
  {
    section: 'thoi-su',
    title: 'Nậm Khê khẩn trương khắc phục hậu quả lũ quét, ổn định đời sống',
    lead: 'Trận mưa lớn kéo dài hai ngày khiến lũ quét, sạt lở đất xảy ra tại nhiều xã của huyện Nậm Khê, làm hư hỏng hàng chục ngôi nhà và chia cắt giao thông. Chính quyền cùng các lực lượng đang dồn sức giúp người dân sớm trở lại cuộc sống bình thường.',
    body: [
      {
        p: 'Chúng tôi có mặt tại bản Lử Thàng, xã Háng Chua khi nước vừa rút. Dọc con suối Nậm Sài, bùn đất phủ dày lên những thửa ruộng vừa cấy, cây cối đổ ngổn ngang. Ba ngôi nhà sát bờ suối bị cuốn trôi hoàn toàn, chỉ còn trơ lại mấy hòn đá kê cột. Bộ đội, công an và đoàn viên thanh niên đang cùng bà con dọn dẹp, tìm nhặt những đồ đạc còn dùng được.',
      },
      {
        p: 'Theo báo cáo nhanh của Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện Nậm Khê, mưa lũ đã làm 4 nhà bị sập, trôi hoàn toàn, 37 nhà bị hư hỏng, ngập sâu; gần 60 ha lúa và hoa màu bị vùi lấp; nhiều đoạn đường liên xã sạt lở, có thời điểm ba xã bị chia cắt. Rất may không có thiệt hại về người nhờ việc sơ tán kịp thời.',
      },
      {
        quote:
          'Đêm đó mưa to quá, trưởng bản đi gõ cửa từng nhà bảo lên nhà văn hóa ở tạm. Cả nhà vừa lên được một lúc thì nghe tiếng nước ầm ầm, sáng ra nhà đã không còn.',
        cite: 'Bà Giàng Thị Dua, bản Lử Thàng, xã Háng Chua',
      },
      {
        figure: {
          scene: 'road',
          alt: 'Máy xúc dọn đất đá sạt lở trên một đoạn đường đèo',
          caption: 'Lực lượng chức năng dùng máy xúc thông tuyến đường vào xã Háng Chua sau sạt lở.',
          credit: 'Ảnh: Lò Thị Mai',
        },
      },
      {
        p: 'Ngay khi mưa ngớt, huyện đã huy động máy móc mở lại các tuyến đường bị chia cắt. Đến chiều qua, tuyến từ trung tâm huyện vào Háng Chua và Pá Vạc đã thông xe tạm thời, riêng đường vào bản Cò Ký vẫn chỉ đi được xe máy do một đoạn taluy dương tiếp tục có nguy cơ sạt trượt. Lực lượng chức năng đã cắm biển cảnh báo, bố trí người trực gác.',
      },
      {
        p: 'Các hộ bị mất nhà được bố trí ở tạm tại nhà văn hóa và nhà người thân. Ủy ban MTTQ huyện đã tiếp nhận và trao gạo, mì tôm, chăn màn, nước uống cùng số tiền hỗ trợ ban đầu cho các gia đình. Ngành y tế phun khử khuẩn, hướng dẫn bà con xử lý nước sinh hoạt, chủ động đề phòng dịch bệnh sau lũ.',
      },
      {
        p: 'Ông Thào A Sênh, Phó Chủ tịch UBND huyện Nậm Khê cho biết, huyện đang rà soát toàn bộ các hộ sống ven suối, chân đồi có nguy cơ cao để lập phương án di dời lâu dài. Trước mắt, những hộ mất nhà sẽ được hỗ trợ dựng lại nhà ở vị trí an toàn trước khi mùa đông đến, từ nguồn dự phòng ngân sách và vận động xã hội hóa.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Lò Thị Mai',
    tags: ['Phòng chống thiên tai', 'Nậm Khê', 'An sinh xã hội'],
    daysAgo: 6,
    hour: 18,
    minute: 30,
    image: {
      scene: 'river',
      alt: 'Dòng suối đục ngầu bùn đất chảy qua bản, hai bên bờ ngổn ngang cây đổ',
      caption: 'Suối Nậm Sài đoạn qua bản Lử Thàng, xã Háng Chua vẫn đục ngầu sau trận lũ quét.',
      credit: 'Ảnh: Lò Thị Mai',
    },
    comments: [
      {
        name: 'Vàng A Dình',
        body: 'Cảm ơn bộ đội và các anh em thanh niên đã giúp bà con bản em dọn nhà. Mong đường vào Cò Ký sớm sửa xong.',
      },
      {
        name: 'Nguyen Thi Lan',
        body: 'Cho em hoi minh muon ung ho ba con Hang Chua thi gui qua dau a?',
        replies: [
          {
            name: 'Báo Sơn Lâm',
            body: 'Chào bạn, bạn có thể ủng hộ qua Ủy ban MTTQ huyện Nậm Khê, thông tin chi tiết được đăng trên trang điện tử của huyện.',
          },
        ],
      },
    ],
  },
  {
    section: 'thoi-su',
    title: 'Mở tuyến xe buýt Lâm Sơn - Phù Lĩnh, mỗi ngày 28 chuyến',
    lead: 'Từ đầu tuần tới, tuyến xe buýt số 05 nối thành phố Lâm Sơn với thị trấn Phù Lĩnh chính thức đi vào hoạt động. Học sinh, công nhân và người dân vùng ven sẽ có thêm lựa chọn đi lại an toàn, giá vé thấp hơn xe khách.',
    body: [
      {
        p: 'Theo Sở Xây dựng tỉnh Sơn Lâm, tuyến buýt mới dài khoảng 42 km, xuất phát từ bến xe trung tâm thành phố Lâm Sơn, đi qua các xã Tân Hòa, Đồng Tâm, Tả Chè rồi kết thúc tại thị trấn Phù Lĩnh. Tuyến có 26 điểm dừng đón, trả khách, được bố trí gần trường học, chợ, trạm y tế và cổng các cơ sở sản xuất.',
      },
      {
        p: 'Doanh nghiệp khai thác tuyến là Công ty cổ phần Vận tải Sơn Lâm, đưa vào sử dụng 8 xe loại 40 chỗ, có điều hòa, camera giám sát và thiết bị định vị. Xe chạy từ 5 giờ 30 đến 19 giờ hằng ngày, giãn cách 30 phút vào giờ cao điểm và 45 phút vào giờ thấp điểm, tổng cộng 28 chuyến mỗi ngày.',
      },
      {
        p: 'Giá vé lượt từ 8.000 đến 25.000 đồng tùy cự ly. Học sinh, sinh viên, công nhân được mua vé tháng với giá ưu đãi; người cao tuổi, người khuyết tật, thương binh được miễn vé theo quy định. Hành khách có thể trả tiền mặt hoặc quét mã QR ngay trên xe, thông tin lộ trình được cập nhật trên trang điện tử của doanh nghiệp.',
      },
      {
        quote:
          'Trước con tôi ra thành phố học thêm phải nhờ người quen chở xe máy, đường đèo tôi lo lắm. Có xe buýt, vé tháng lại rẻ, gia đình yên tâm hơn nhiều.',
        cite: 'Chị Hoàng Thị Duyên, xã Tả Chè, huyện Phù Lĩnh',
      },
      {
        p: 'Ông Nông Đức Thắng, Phó Giám đốc Sở Xây dựng cho biết đây là tuyến buýt thứ ba của tỉnh, được mở sau khi khảo sát nhu cầu đi lại của người dân trên hành lang quốc lộ. Nếu tuyến hoạt động hiệu quả, tỉnh sẽ nghiên cứu mở thêm tuyến lên huyện Mường Lâm và có cơ chế trợ giá để duy trì các tuyến có lượng khách thấp.',
      },
      {
        p: 'Trong tuần đầu vận hành, doanh nghiệp bố trí nhân viên hướng dẫn tại một số điểm dừng đông người. Cơ quan chức năng cũng khuyến cáo người dân đứng đợi xe đúng vị trí, không vẫy xe ở những đoạn cua, đèo dốc, không chở hàng hóa cồng kềnh lên xe để bảo đảm an toàn cho bản thân và hành khách khác.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Phạm Minh Châu',
    tags: ['Giao thông', 'Phù Lĩnh'],
    daysAgo: 0,
    hour: 7,
    minute: 20,
    image: {
      scene: 'road',
      alt: 'Chiếc xe buýt màu xanh chạy trên con đường uốn lượn giữa những đồi chè',
      caption: 'Xe buýt tuyến số 05 chạy thử nghiệm trên đoạn đường qua xã Tả Chè, huyện Phù Lĩnh.',
      credit: 'Ảnh: Minh Châu',
    },
    comments: [
      {
        name: 'Hung Phu Linh',
        body: 'Qua tot, luc truoc di xe khach mat 40 nghin ma phai doi lau. Mong xe chay dung gio',
      },
      {
        name: 'Đặng Thu Trang',
        body: 'Xe có dừng ở cổng trường THPT Phù Lĩnh không ạ? Con em học ở đó.',
        replies: [{ name: 'Minh Tuấn', body: 'Có bạn ơi, trong danh sách điểm dừng có một điểm ngay trước cổng trường.' }],
      },
      { name: 'Bác Khải', body: 'Người già được miễn vé là rất nhân văn. Cảm ơn tỉnh.' },
    ],
  },
  {
    section: 'thoi-su',
    title: 'Sơn Lâm làm mới 312 km đường nông thôn, vượt 8,5% kế hoạch',
    lead: 'Với cách làm Nhà nước hỗ trợ vật liệu, nhân dân góp công và hiến đất, trong 9 tháng qua các địa phương trong tỉnh đã bê tông hóa 312 km đường giao thông nông thôn, vượt 8,5% kế hoạch năm, nhiều tuyến về tới tận bản xa nhất.',
    body: [
      {
        p: 'Theo Văn phòng Điều phối các chương trình mục tiêu quốc gia tỉnh, trong tổng số 312 km đường được làm mới, có hơn 180 km đường trục thôn, bản, còn lại là đường ngõ xóm và đường ra khu sản xuất. Tổng kinh phí thực hiện khoảng 410 tỷ đồng, trong đó nhân dân đóng góp bằng ngày công, tiền mặt và đất đai quy đổi gần 95 tỷ đồng.',
      },
      { h2: 'Hiến đất, góp công mở đường' },
      {
        p: 'Ở bản Cò Ký, xã Pá Vạc, huyện Nậm Khê, con đường bê tông dài 3,2 km lần đầu tiên nối bản với trung tâm xã. Để có mặt bằng, 41 hộ trong bản tự nguyện hiến hơn 6.000 m² đất vườn, đất nương, nhiều hộ tự tháo dỡ tường rào, chặt bỏ cây ăn quả đang cho thu hoạch. Mỗi hộ còn góp bình quân 20 ngày công san nền, vận chuyển vật liệu.',
      },
      {
        quote:
          'Đường là cái gốc. Có đường thì ngô, thảo quả mới bán được giá, con cháu đi học, đi viện mới không khổ. Bà con tính vậy nên không ai so bì mấy mét đất.',
        cite: 'Ông Sùng A Chớ, Trưởng bản Cò Ký, xã Pá Vạc',
      },
      {
        p: 'Huyện Khau Vạc lựa chọn cách làm “chìa khóa trao tay” cho cộng đồng: xã cấp xi măng, thôn tự tổ chức thi công dưới sự giám sát kỹ thuật của cán bộ huyện. Nhờ không phải qua nhiều khâu trung gian, chi phí mỗi ki-lô-mét đường giảm gần 30% so với thuê nhà thầu, trong khi chất lượng vẫn bảo đảm vì người dân tự giám sát công trình của chính mình.',
      },
      {
        p: 'Tuy vậy, việc duy tu các tuyến đường đang là bài toán khó. Nhiều tuyến làm từ giai đoạn trước nay đã nứt vỡ, sụt lún do xe chở vật liệu, xe tải chở gỗ keo quá tải thường xuyên đi qua. Một số xã chưa bố trí được kinh phí bảo dưỡng, chủ yếu trông chờ vào nguồn hỗ trợ của cấp trên, đường hỏng nhỏ để lâu thành hỏng lớn.',
      },
      {
        p: 'Năm tới, tỉnh đặt mục tiêu làm mới thêm khoảng 300 km đường giao thông nông thôn, ưu tiên các bản đặc biệt khó khăn chưa có đường ô tô. Cùng với đó, tỉnh yêu cầu các huyện thành lập tổ tự quản đường giao thông ở từng thôn, bản, kiểm soát tải trọng xe và dành một phần kinh phí hằng năm để duy tu.',
      },
    ],
    author: 'tran-quang-huy',
    byline: 'Trần Quang Huy',
    tags: ['Nông thôn mới', 'Giao thông', 'Nậm Khê'],
    daysAgo: 12,
    hour: 14,
    minute: 5,
    image: {
      scene: 'road',
      alt: 'Con đường bê tông nhỏ uốn quanh sườn núi dẫn vào bản',
      caption: 'Tuyến đường bê tông mới vào bản Cò Ký, xã Pá Vạc, huyện Nậm Khê được hoàn thành nhờ người dân hiến đất, góp công.',
      credit: 'Ảnh: Quang Huy',
    },
  },

  // ───────────────────────────── Kinh tế ─────────────────────────────
  {
    section: 'kinh-te',
    title: 'Kinh tế Sơn Lâm 9 tháng: tăng trưởng ước đạt 7,8%',
    lead: 'Tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng ước tăng 7,8% so với cùng kỳ, thuộc nhóm khá của vùng trung du và miền núi phía Bắc. Công nghiệp chế biến, du lịch và thương mại biên giới tiếp tục là những động lực chính của tăng trưởng.',
    body: [
      {
        p: 'Số liệu của Thống kê tỉnh Sơn Lâm cho thấy, khu vực công nghiệp và xây dựng tăng 10,4%, đóng góp gần một nửa mức tăng trưởng chung. Khu vực dịch vụ tăng 8,1% nhờ lượng khách du lịch phục hồi mạnh, hoạt động xuất nhập khẩu qua các cửa khẩu sôi động trở lại. Khu vực nông, lâm nghiệp và thủy sản tăng 3,6%, dù chịu ảnh hưởng của rét đậm đầu năm và mưa lũ giữa năm.',
      },
      {
        p: 'Chỉ số sản xuất công nghiệp tăng khá ở nhóm chế biến chè, gỗ rừng trồng và sản xuất điện. Nhà máy chế biến gỗ ghép thanh tại cụm công nghiệp Nà Phầy đi vào hoạt động ổn định, giải quyết việc làm cho hơn 400 lao động. Một số nhà máy thủy điện nhỏ tăng sản lượng nhờ lượng nước về hồ dồi dào hơn năm trước.',
      },
      { h2: 'Giải ngân đầu tư công vẫn chậm' },
      {
        p: 'Điểm đáng lo là tiến độ giải ngân vốn đầu tư công mới đạt khoảng 52% kế hoạch, thấp hơn yêu cầu đề ra. Nguyên nhân chủ yếu do vướng mắc giải phóng mặt bằng, giá vật liệu tăng và năng lực của một số nhà thầu còn hạn chế. Có chủ đầu tư đến nay tỷ lệ giải ngân chưa tới 30%, trong khi thời gian còn lại của năm không nhiều.',
      },
      {
        quote:
          'Ba tháng cuối năm, chủ đầu tư nào giải ngân chậm mà không có lý do chính đáng sẽ bị điều chuyển vốn sang dự án khác. Người đứng đầu phải chịu trách nhiệm trước Ủy ban nhân dân tỉnh.',
        cite: 'Ông Lương Quốc Khánh, Phó Chủ tịch UBND tỉnh Sơn Lâm',
      },
      {
        p: 'Thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 2.150 tỷ đồng, bằng 78% dự toán năm. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 11,2%. Trên địa bàn tỉnh có thêm 186 doanh nghiệp thành lập mới, tăng 9% so với cùng kỳ, phần lớn hoạt động trong lĩnh vực thương mại, dịch vụ và xây dựng.',
      },
      {
        p: 'Để hoàn thành mục tiêu tăng trưởng cả năm từ 8% trở lên, UBND tỉnh yêu cầu các sở, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp, đẩy nhanh thủ tục đầu tư, đất đai; chuẩn bị tốt nguồn hàng hóa phục vụ cao điểm cuối năm và kích cầu du lịch mùa lúa chín, mùa hoa. Các địa phương cần chủ động phương án phòng chống rét cho cây trồng, vật nuôi.',
      },
    ],
    author: 'tran-quang-huy',
    byline: 'Trần Quang Huy',
    tags: ['Tăng trưởng kinh tế', 'Đầu tư', 'Doanh nghiệp'],
    daysAgo: 9,
    hour: 15,
    minute: 40,
    image: {
      scene: 'city',
      alt: 'Phố phường thành phố Lâm Sơn với các tòa nhà cao tầng nhìn từ trên cao',
      caption: 'Một góc thành phố Lâm Sơn, trung tâm kinh tế, chính trị của tỉnh Sơn Lâm.',
      credit: 'Ảnh: Quang Huy',
    },
  },
  {
    section: 'kinh-te',
    title: 'Chợ biên giới Pắc Hoa nhộn nhịp những phiên cuối tuần',
    lead: 'Nằm sát đường biên, chợ Pắc Hoa ở xã Lũng Pầu, huyện Khau Vạc họp vào sáng chủ nhật hằng tuần. Những phiên chợ đông vui không chỉ là nơi mua bán nông sản, hàng tiêu dùng mà còn góp phần vun đắp tình hữu nghị giữa cư dân hai bên biên giới.',
    body: [
      {
        p: 'Mới 6 giờ sáng, sương còn giăng kín thung lũng, những chiếc xe máy chở hàng đã nối nhau đổ về chợ. Người Tày, người Nùng, người Mông từ các bản quanh vùng gánh theo gà, lợn, mật ong, măng khô, hạt dổi. Tiểu thương dưới xuôi lên bày bán quần áo, nông cụ, điện thoại; góc chợ phía trong là những nồi thắng cố, chảo phở chua nghi ngút khói.',
      },
      {
        p: 'Chợ Pắc Hoa được xây dựng kiên cố từ năm năm trước với hơn 200 điểm kinh doanh, có nhà lồng, bãi đỗ xe và khu bán gia súc riêng. Theo Ban Quản lý chợ, mỗi phiên có từ 2.000 đến 3.000 lượt người mua bán, dịp giáp Tết có phiên lên tới 5.000 lượt. Doanh thu của các hộ kinh doanh cố định tăng đều qua từng năm.',
      },
      {
        figure: {
          scene: 'market',
          alt: 'Người dân mặc trang phục sặc sỡ mua bán giữa các sạp hàng đông đúc',
          caption: 'Phiên chợ Pắc Hoa sáng chủ nhật thu hút đông đảo người dân các bản lân cận.',
          credit: 'Ảnh: Lò Mai',
        },
      },
      {
        p: 'Một số mặt hàng của cư dân biên giới nước bạn như hoa quả, bánh kẹo, đồ gia dụng cũng được trao đổi tại chợ theo quy định về mua bán hàng hóa của cư dân biên giới. Lực lượng Biên phòng, Quản lý thị trường thường xuyên tuyên truyền để bà con không tiếp tay cho buôn lậu, không mua bán hàng hóa không rõ nguồn gốc và động vật hoang dã.',
      },
      {
        quote:
          'Tôi bán ở chợ này hơn mười năm rồi. Trước đây chợ lợp tạm bạt, mưa xuống là lầy lội, giờ có nhà lồng sạch sẽ. Phiên nào đông, tôi bán được bốn, năm triệu tiền hàng khô.',
        cite: 'Bà Nông Thị Pến, tiểu thương chợ Pắc Hoa',
      },
      {
        p: 'Theo Đồn Biên phòng Lũng Pầu, chợ phiên cũng là dịp để cán bộ, chiến sĩ gặp gỡ, nắm tình hình, tuyên truyền pháp luật cho đồng bào. Mỗi phiên, đồn cử tổ công tác đến chợ, vừa hướng dẫn bà con khai báo khi đưa hàng qua lại, vừa hỗ trợ giữ gìn trật tự, phòng chống trộm cắp và các hành vi gian lận trong mua bán.',
      },
      {
        p: 'Huyện Khau Vạc đang đề nghị tỉnh đầu tư mở rộng chợ, xây thêm khu giới thiệu nông sản đặc trưng như mận tam hoa, hạt dẻ, chè Shan tuyết và khu ẩm thực phục vụ khách du lịch. Cùng với tuyến đường mới nâng cấp lên cửa khẩu, huyện kỳ vọng chợ Pắc Hoa sẽ trở thành điểm dừng chân hấp dẫn trên hành trình khám phá vùng biên.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Lò Mai',
    tags: ['Biên giới', 'Thương mại', 'Khau Vạc'],
    daysAgo: 15,
    hour: 11,
    minute: 10,
    image: {
      scene: 'market',
      alt: 'Các gian hàng nông sản bày dưới mái nhà lồng của một chợ vùng cao',
      caption: 'Khu bán nông sản tại chợ biên giới Pắc Hoa, xã Lũng Pầu, huyện Khau Vạc.',
      credit: 'Ảnh: Lò Mai',
    },
  },
  {
    section: 'kinh-te',
    title: 'Quét mã QR mua bò, bán rau: chợ phiên vùng cao đổi thay',
    lead: 'Từ chỗ chỉ quen dùng tiền mặt, nhiều tiểu thương và người dân ở các chợ phiên vùng cao của tỉnh Sơn Lâm đã làm quen với thanh toán điện tử. Tấm mã QR dán ở sạp hàng đang dần trở thành hình ảnh quen thuộc, kể cả ở chợ bán trâu, bò.',
    body: [
      {
        p: 'Tại chợ phiên thị trấn Nậm Khê, chị Vàng Thị Say bán thổ cẩm và túi thêu tay đã dán mã QR lên cột gỗ cạnh sạp hàng. Khách du lịch mua chiếc túi giá 350.000 đồng, rút điện thoại quét mã, vài giây sau chiếc loa nhỏ đã báo tiền về tài khoản. Chị Say bảo trước kia nhiều khách muốn mua nhưng không mang đủ tiền mặt, chị đành mất mối.',
      },
      {
        quote:
          'Lúc đầu tôi sợ lắm, sợ tiền vào điện thoại rồi mất. Các em đoàn viên thanh niên hướng dẫn mấy lần, giờ tôi tự kiểm tra được, thấy tiện hơn cầm tiền lẻ nhiều.',
        cite: 'Chị Vàng Thị Say, tiểu thương chợ phiên Nậm Khê',
      },
      {
        p: 'Theo Sở Công Thương, đến nay toàn tỉnh có 46 chợ triển khai mô hình thanh toán không dùng tiền mặt, với hơn 3.800 hộ kinh doanh sử dụng mã QR. Không chỉ ở chợ thị trấn, nhiều người bán lợn, bán bò ở chợ gia súc cũng nhận tiền qua chuyển khoản, hạn chế rủi ro khi phải mang theo số tiền lớn trên đường về bản.',
      },
      {
        p: 'Để có kết quả này, các tổ công nghệ số cộng đồng ở thôn, bản đóng vai trò quan trọng. Thành viên của tổ chủ yếu là đoàn viên, giáo viên, cán bộ thôn, trực tiếp đến từng sạp hàng hướng dẫn mở tài khoản, cài ứng dụng ngân hàng, nhận biết tin nhắn lừa đảo. Một số ngân hàng cũng cử cán bộ lên chợ phiên, hỗ trợ bà con ngay tại chỗ.',
      },
      {
        p: 'Tuy nhiên, việc chuyển đổi số ở chợ vùng cao vẫn còn nhiều rào cản. Sóng điện thoại ở một số xã chập chờn, nhất là những phiên đông người. Nhiều người cao tuổi không biết chữ, không dùng điện thoại thông minh. Không ít hộ vẫn chuộng tiền mặt, nhận chuyển khoản xong lại phải ra điểm giao dịch rút tiền, đi lại xa xôi.',
      },
      {
        p: 'Sở Công Thương cho biết thời gian tới sẽ phối hợp với các nhà mạng phủ sóng tại các chợ, đồng thời tuỳ điều kiện từng địa phương mà lựa chọn mô hình phù hợp, không làm theo phong trào. Cùng với hàng hoá, cách mua bán thay đổi cũng là một phần của văn hoá chợ phiên, miễn sao vẫn giữ được nét mộc mạc, thân tình vốn có.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Phạm Minh Châu',
    tags: ['Chuyển đổi số', 'Thương mại', 'Nậm Khê'],
    daysAgo: 2,
    hour: 19,
    minute: 10,
    image: {
      scene: 'market',
      alt: 'Tấm mã QR dán trên cột gỗ cạnh sạp hàng thổ cẩm ở chợ phiên',
      caption: 'Mã QR thanh toán được dán cạnh sạp thổ cẩm tại chợ phiên thị trấn Nậm Khê.',
      credit: 'Ảnh: Minh Châu',
    },
  },
  {
    section: 'kinh-te',
    title: 'Cụm công nghiệp Nà Phầy đón hai dự án chế biến nông sản',
    lead: 'Hai dự án chế biến chè và dược liệu với tổng vốn đăng ký gần 320 tỷ đồng vừa được chấp thuận chủ trương đầu tư tại cụm công nghiệp Nà Phầy, huyện Phù Lĩnh, hứa hẹn tạo thêm hàng trăm việc làm cho lao động địa phương.',
    body: [
      {
        p: 'Cụm công nghiệp Nà Phầy có diện tích 48 ha, nằm cạnh quốc lộ, cách thành phố Lâm Sơn khoảng 35 km. Sau nhiều năm chỉ có một nhà máy chế biến gỗ hoạt động, việc thu hút thêm hai dự án mới được xem là tín hiệu tích cực, giúp lấp đầy khoảng 60% diện tích đất công nghiệp của cụm và tạo đà thu hút các nhà đầu tư khác.',
      },
      {
        p: 'Dự án thứ nhất của Công ty cổ phần Chè Sơn Lâm, xây dựng nhà máy chế biến chè xanh, chè đen công suất 30 tấn búp tươi mỗi ngày, dây chuyền đạt tiêu chuẩn xuất khẩu. Dự án thứ hai của một doanh nghiệp dược phẩm đến từ Hà Nội, sơ chế và chiết xuất dược liệu như đương quy, tam thất, sâm, nguồn nguyên liệu lấy từ vùng trồng dưới tán rừng của tỉnh.',
      },
      { h2: 'Liên kết vùng nguyên liệu' },
      {
        p: 'Điểm đáng chú ý là cả hai nhà đầu tư đều cam kết ký hợp đồng bao tiêu sản phẩm với các hợp tác xã, tổ hợp tác trên địa bàn. Theo tính toán, khi đi vào hoạt động, hai nhà máy cần khoảng 1.500 ha vùng nguyên liệu chè và 300 ha dược liệu, mở ra thị trường ổn định cho nông dân các huyện Phù Lĩnh, Nậm Khê, Khau Vạc.',
      },
      {
        quote:
          'Chúng tôi chọn Sơn Lâm vì vùng chè Shan tuyết cổ thụ ở đây có chất lượng đặc biệt, lại được tỉnh hỗ trợ thủ tục rất nhanh. Nhà máy ưu tiên tuyển lao động tại chỗ và sẽ đào tạo nghề ngay từ khi xây dựng.',
        cite: 'Ông Đỗ Mạnh Cường, Tổng Giám đốc Công ty cổ phần Chè Sơn Lâm',
      },
      {
        p: 'Để đón nhà đầu tư, UBND huyện Phù Lĩnh đã hoàn thành giải phóng mặt bằng phần diện tích còn lại, đầu tư đường nội bộ, hệ thống cấp điện và trạm xử lý nước thải tập trung. Tỉnh thành lập tổ công tác hỗ trợ doanh nghiệp theo cơ chế một đầu mối, rút ngắn thời gian giải quyết thủ tục đất đai, xây dựng xuống còn một nửa so với quy định.',
      },
      {
        p: 'Tuy vậy, theo nhiều chuyên gia, để các nhà máy vận hành bền vững, tỉnh cần sớm quy hoạch vùng nguyên liệu tập trung, hướng dẫn nông dân canh tác theo tiêu chuẩn hữu cơ, VietGAP, tránh tình trạng tranh mua, tranh bán khi giá lên xuống. Bài toán nguồn lao động có tay nghề cũng cần được chuẩn bị ngay từ bây giờ.',
      },
    ],
    author: 'nguyen-thu-ha',
    byline: 'Nguyễn Thu Hà',
    tags: ['Đầu tư', 'Việc làm', 'Chè Shan tuyết', 'Phù Lĩnh'],
    daysAgo: 27,
    hour: 9,
    minute: 45,
    image: {
      scene: 'city',
      alt: 'Dãy nhà xưởng mới xây dựng trong cụm công nghiệp bên quốc lộ',
      caption: 'Hạ tầng cụm công nghiệp Nà Phầy, huyện Phù Lĩnh đã được đầu tư đồng bộ để đón các dự án mới.',
      credit: 'Ảnh: Thu Hà',
    },
  },

  // ──────────────────────────── Nông nghiệp ────────────────────────────
  {
    section: 'kinh-te/nong-nghiep',
    title: 'Chè Shan tuyết Tả Chè được giá, người trồng phấn khởi vào vụ',
    lead: 'Vụ chè thu năm nay, giá búp tươi chè Shan tuyết ở xã Tả Chè, huyện Phù Lĩnh dao động từ 40.000 đến 60.000 đồng/kg, cao hơn cùng kỳ năm trước. Nhiều hộ chăm sóc theo hướng hữu cơ có thu nhập vài trăm triệu đồng mỗi năm.',
    body: [
      {
        p: 'Những ngày này, trên các sườn đồi xã Tả Chè, người dân tranh thủ trời hửng nắng lên nương hái chè. Những cây chè Shan tuyết cổ thụ, thân phủ rêu trắng, có cây cao hơn năm mét, người hái phải bắc thang hoặc trèo lên cành. Búp chè một tôm hai lá được hái nhẹ tay, cho vào gùi rồi mang về xưởng của hợp tác xã ngay trong buổi.',
      },
      {
        p: 'Toàn xã hiện có gần 420 ha chè, trong đó khoảng 150 ha chè cổ thụ hàng trăm năm tuổi. Nhờ là đặc sản vùng cao được nhiều người tiêu dùng ưa chuộng, giá chè búp tươi liên tục tăng. Chè cổ thụ hái theo tiêu chuẩn hữu cơ được hợp tác xã thu mua 60.000 đồng/kg, chè trồng mới thấp hơn, khoảng 40.000 đến 45.000 đồng/kg.',
      },
      {
        quote:
          'Nhà tôi có hơn 300 cây chè cổ, năm nay thu được khoảng 1,2 tấn búp tươi. Trước bán cho tư thương giá bấp bênh lắm, từ khi vào hợp tác xã thì có hợp đồng, giá ổn định, cuối năm còn được chia lãi.',
        cite: 'Ông Triệu Văn Phin, thôn Khuổi Mản, xã Tả Chè',
      },
      {
        p: 'Hợp tác xã Chè Shan tuyết Tả Chè hiện liên kết với gần 200 hộ thành viên, mỗi năm chế biến khoảng 80 tấn chè khô các loại như bạch trà, hồng trà, chè xanh. Sản phẩm được đóng gói đẹp mắt, đạt chứng nhận OCOP 4 sao, bán tại các cửa hàng đặc sản ở Hà Nội và qua sàn thương mại điện tử. Một phần được xuất sang thị trường Đài Loan, Trung Đông.',
      },
      {
        p: 'Theo bà Bàn Thị Lan, Giám đốc hợp tác xã, khó khăn lớn nhất là các vườn chè cổ phân tán, nhiều hộ chưa tuân thủ quy trình hữu cơ, vẫn lén phun thuốc diệt cỏ. Hợp tác xã phải cử người đi kiểm tra từng vườn, hộ nào vi phạm sẽ bị tạm dừng thu mua, để giữ uy tín sản phẩm với khách hàng và đối tác.',
      },
      {
        p: 'UBND huyện Phù Lĩnh cho biết đang hoàn thiện hồ sơ đề nghị cấp chỉ dẫn địa lý cho chè Shan tuyết Tả Chè, đồng thời hỗ trợ người dân trồng mới, cải tạo vườn chè cũ. Huyện khuyến khích phát triển du lịch trải nghiệm hái chè, sao chè, kết hợp tham quan quần thể chè cổ thụ để nâng cao giá trị cây chè.',
      },
    ],
    author: 'tran-quang-huy',
    byline: 'Trần Quang Huy',
    tags: ['Chè Shan tuyết', 'Hợp tác xã', 'Giá nông sản', 'Phù Lĩnh'],
    daysAgo: 4,
    hour: 8,
    minute: 35,
    image: {
      scene: 'tea-hills',
      alt: 'Người phụ nữ đeo gùi hái chè trên đồi chè cổ thụ',
      caption: 'Người dân xã Tả Chè, huyện Phù Lĩnh thu hái chè Shan tuyết cổ thụ vụ thu.',
      credit: 'Ảnh: Quang Huy',
    },
    comments: [
      {
        name: 'Trần Văn Lợi',
        body: 'Chè Shan tuyết Sơn Lâm uống đậm mà hậu ngọt, nhà tôi mua mấy năm nay. Mong hợp tác xã giữ được chất lượng như thế.',
      },
      {
        name: 'Ban Van Sinh',
        body: 'Gia che nam nay tot that, nha em cung vua ban duoc 2 ta bup. Nhung phan bon tang gia nhieu qua',
      },
    ],
  },
  {
    section: 'kinh-te/nong-nghiep',
    title: 'Giá thảo quả tăng mạnh, người Nậm Khê vào rừng thu hoạch',
    lead: 'Bước vào vụ thu hoạch, giá thảo quả tươi tại huyện Nậm Khê đạt 70.000 - 80.000 đồng/kg, gấp đôi so với năm trước. Người trồng phấn khởi, nhưng chính quyền cũng khuyến cáo không thu hái quả non, không chạy theo giá mà ảnh hưởng đến rừng.',
    body: [
      {
        p: 'Từ tờ mờ sáng, anh Lý A Chư ở bản Sáng Phìn, xã Pá Vạc cùng vợ đã cõng gùi vượt dốc vào rừng. Phải đi bộ gần ba tiếng mới tới nương thảo quả nằm dưới tán rừng già. Những chùm quả đỏ au mọc sát gốc, phải vạch lá mới thấy. Vợ chồng anh hái đến chiều, mỗi người cõng về gần 40 kg quả tươi.',
      },
      {
        p: 'Huyện Nậm Khê hiện có gần 2.600 ha thảo quả, tập trung ở các xã Pá Vạc, Háng Chua, Phìn Lử. Thảo quả chủ yếu được trồng dưới tán rừng tự nhiên, ở độ cao trên 1.200 mét. Năm nay, nhiều diện tích bị mưa đá đầu vụ làm giảm năng suất, nhưng nhờ giá cao, thu nhập của người trồng vẫn tăng đáng kể so với mọi năm.',
      },
      {
        quote: 'Năm ngoái giá thấp quá, có nhà bỏ không thu. Năm nay được giá, nhà tôi tính bán xong sẽ sửa lại nhà, mua thêm con bò cho các cháu.',
        cite: 'Anh Lý A Chư, bản Sáng Phìn, xã Pá Vạc',
      },
      {
        p: 'Theo các thương lái, giá thảo quả tăng do nguồn cung khan hiếm, trong khi nhu cầu làm gia vị, dược liệu ở thị trường trong và ngoài nước tăng. Thảo quả khô hiện được thu mua 280.000 - 320.000 đồng/kg. Nhiều lò sấy trong bản hoạt động cả ngày lẫn đêm, mùi thơm nồng lan khắp các thôn xóm, xe của thương lái nối nhau vào tận đầu bản.',
      },
      {
        p: 'Tuy nhiên, khi giá cao, một số hộ đã hái cả những chùm quả chưa đủ độ chín để bán sớm. Thảo quả non khi sấy bị teo, kém thơm, làm giảm uy tín của sản phẩm. Ở một số nơi, người dân còn phát dọn thực bì, chặt tỉa cây rừng để mở rộng diện tích trồng, gây ảnh hưởng đến rừng phòng hộ đầu nguồn.',
      },
      {
        p: 'Hạt Kiểm lâm huyện Nậm Khê đã phối hợp với các xã tăng cường tuần tra, tuyên truyền người dân không chặt phá cây rừng, không mở rộng diện tích thảo quả trái phép. Huyện khuyến khích người dân liên kết với các hợp tác xã để sơ chế, sấy đúng kỹ thuật, hướng tới xây dựng thương hiệu thảo quả Nậm Khê.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Lò Thị Mai',
    tags: ['Thảo quả', 'Giá nông sản', 'Bảo vệ rừng', 'Nậm Khê'],
    daysAgo: 19,
    hour: 17,
    minute: 20,
    image: {
      scene: 'forest',
      alt: 'Những chùm thảo quả đỏ mọc sát gốc dưới tán rừng già',
      caption: 'Thảo quả chín đỏ dưới tán rừng xã Pá Vạc, huyện Nậm Khê vào mùa thu hoạch.',
      credit: 'Ảnh: Lò Thị Mai',
    },
  },
  {
    section: 'kinh-te/nong-nghiep',
    title: 'Giữ ruộng bậc thang Phìn Ngải để đất tiếp tục “nuôi người”',
    lead: 'Những thửa ruộng bậc thang hàng trăm năm tuổi ở xã Phìn Ngải, huyện Mường Lâm không chỉ là cảnh quan hút khách mà còn là sinh kế của hàng nghìn người. Giữ ruộng, giữ nước, giữ giống lúa cũ đang là bài toán địa phương phải tìm lời giải.',
    body: [
      {
        p: 'Vào mùa lúa chín, những thửa ruộng bậc thang ở Phìn Ngải chuyển dần sang màu vàng. Trên các triền đồi, người Mông, người Hà Nhì đã bắt đầu gặt sớm những chân ruộng trồng giống lúa ngắn ngày. Ruộng nối ruộng trải dài theo sườn núi, có chỗ hơn trăm tầng, được tạo nên bằng sức người qua nhiều thế hệ nối tiếp nhau.',
      },
      {
        p: 'Toàn xã có khoảng 650 ha ruộng bậc thang, trong đó hơn 200 ha nằm trong vùng cảnh quan được tỉnh công nhận. Mỗi năm người dân chỉ cấy một vụ lúa, năng suất không cao, chủ yếu để ăn. Thu nhập chính của nhiều gia đình vẫn đến từ chăn nuôi, trồng ngô và gần đây là các dịch vụ phục vụ khách du lịch.',
      },
      { h2: 'Nỗi lo thiếu nước, thiếu người' },
      {
        p: 'Ông Ma A Sử, Chủ tịch UBND xã Phìn Ngải cho biết, mấy năm gần đây thời tiết thất thường, nhiều khe suối cạn sớm, hệ thống mương dẫn nước bằng đất thường xuyên sạt lở. Một số hộ ở tầng trên không đủ nước cấy, đã chuyển sang trồng ngô hoặc bỏ hoang. Ruộng bỏ hoang vài mùa thì bờ bị sụt, kéo theo cả những thửa bên dưới.',
      },
      {
        figure: {
          scene: 'rice-terraces',
          alt: 'Những thửa ruộng bậc thang vàng óng xếp tầng trên sườn núi',
          caption: 'Ruộng bậc thang xã Phìn Ngải vào mùa lúa chín, thời điểm thu hút đông khách du lịch nhất trong năm.',
          credit: 'Ảnh: Văn Nam',
        },
      },
      {
        p: 'Bên cạnh đó, lớp trẻ trong bản đi làm công nhân ở các tỉnh dưới xuôi ngày càng đông. Nhiều nhà chỉ còn người già và trẻ nhỏ, không đủ sức đắp bờ, làm cỏ. Việc cày bừa trên những thửa ruộng hẹp và dốc rất khó đưa máy móc vào, vẫn chủ yếu dựa vào sức trâu và sức người như từ bao đời nay.',
      },
      {
        quote:
          'Ruộng bậc thang đẹp là nhờ người trồng lúa. Nếu người dân không sống được bằng ruộng thì sẽ không ai giữ ruộng, khi đó cũng chẳng còn cảnh quan cho khách ngắm.',
        cite: 'Ông Ma A Sử, Chủ tịch UBND xã Phìn Ngải',
      },
      {
        p: 'Từ năm nay, huyện Mường Lâm triển khai hỗ trợ kinh phí cho các hộ duy trì cấy lúa trên ruộng bậc thang trong vùng cảnh quan, đồng thời kiên cố hóa hơn 12 km mương nội đồng. Huyện phối hợp với viện nghiên cứu phục tráng giống lúa nếp đặc sản, xây dựng nhãn hiệu gạo ruộng bậc thang Phìn Ngải để nâng giá trị hạt gạo.',
      },
      {
        p: 'Một phần nguồn thu từ vé tham quan cũng được trích lại cho các hộ có ruộng nằm trong tuyến điểm du lịch. Cách làm này được kỳ vọng giúp người dân thấy rõ lợi ích, gắn bó hơn với đồng ruộng, để những thửa ruộng bậc thang tiếp tục là nguồn sống chứ không chỉ là phông nền cho những bức ảnh đẹp.',
      },
    ],
    author: 'dinh-van-nam',
    byline: 'Đinh Văn Nam',
    tags: ['Ruộng bậc thang', 'Nông thôn mới', 'Mường Lâm', 'Du lịch cộng đồng'],
    daysAgo: 22,
    hour: 16,
    minute: 0,
    image: {
      scene: 'rice-terraces',
      alt: 'Người nông dân gặt lúa trên những thửa ruộng bậc thang',
      caption: 'Người dân xã Phìn Ngải, huyện Mường Lâm thu hoạch lúa trên ruộng bậc thang.',
      credit: 'Ảnh: Văn Nam',
    },
  },
  {
    section: 'kinh-te/nong-nghiep',
    title: 'Lô mận tam hoa đầu tiên của Hợp tác xã Sáng Ngàn xuất ngoại',
    lead: 'Sau hai năm chuẩn bị, 12 tấn mận tam hoa của Hợp tác xã Nông sản Sáng Ngàn, xã Lũng Pầu, huyện Khau Vạc đã được đóng gói, xuất khẩu sang thị trường Singapore. Đây là lần đầu tiên quả mận vùng cao Sơn Lâm có mặt ở một thị trường khó tính.',
    body: [
      {
        p: 'Tại xưởng sơ chế của hợp tác xã, hàng chục lao động làm việc từ sáng sớm. Mận được hái từ vườn về phải qua các khâu phân loại, rửa, làm ráo, đóng hộp nhựa có tem truy xuất nguồn gốc rồi đưa vào kho lạnh. Mỗi quả đều phải đạt kích cỡ, độ chín đồng đều, không dập, không có vết sâu bệnh thì mới được đóng hộp.',
      },
      {
        p: 'Hợp tác xã Sáng Ngàn được thành lập năm năm trước với 9 thành viên, nay đã có 34 hộ tham gia, tổng diện tích mận gần 60 ha. Toàn bộ diện tích được canh tác theo tiêu chuẩn VietGAP, có mã số vùng trồng. Nhật ký sản xuất được ghi chép đầy đủ, từ thời điểm bón phân, tỉa cành đến ngày thu hái.',
      },
      {
        quote:
          'Lúc mới làm, nhiều hộ ngại ghi chép, thấy rắc rối. Nhưng đối tác kiểm tra kỹ lắm, chỉ một mẫu có dư lượng thuốc là hỏng cả lô. Bà con hiểu ra rồi thì làm nghiêm túc, vì được giá gấp rưỡi bán ở chợ.',
        cite: 'Anh Hoàng Văn Quyết, Giám đốc Hợp tác xã Nông sản Sáng Ngàn',
      },
      {
        p: 'Theo hợp đồng, lô hàng đầu tiên được thu mua với giá 35.000 đồng/kg tại vườn, cao hơn nhiều so với giá bán lẻ tại địa phương. Nếu thị trường phản hồi tốt, đối tác sẽ đặt thêm khoảng 50 tấn mỗi vụ. Hợp tác xã cũng đang đàm phán đưa mận sấy dẻo, rượu mận vào chuỗi siêu thị trong nước.',
      },
      {
        p: 'Để có lô hàng xuất khẩu, hợp tác xã được tỉnh hỗ trợ xây dựng kho lạnh, mua máy phân loại, tập huấn kỹ thuật và kết nối đối tác thông qua chương trình mỗi xã một sản phẩm. Cán bộ khuyến nông huyện Khau Vạc thường xuyên xuống vườn hướng dẫn bà con sử dụng chế phẩm sinh học, bao trái để hạn chế ruồi vàng.',
      },
      {
        p: 'Ông Lục Văn Thành, Phó Giám đốc Sở Nông nghiệp và Môi trường tỉnh Sơn Lâm cho biết, thành công của Sáng Ngàn là minh chứng cho hướng đi sản xuất theo chuỗi, có tiêu chuẩn. Sở sẽ nhân rộng mô hình ra các vùng mận khác của tỉnh, đồng thời hỗ trợ các hợp tác xã đăng ký mã số vùng trồng, đáp ứng yêu cầu xuất khẩu chính ngạch.',
      },
    ],
    author: 'tran-quang-huy',
    byline: 'Thu Hà - Quang Huy',
    tags: ['Hợp tác xã', 'Xuất khẩu', 'Sản phẩm OCOP', 'Khau Vạc'],
    daysAgo: 33,
    hour: 10,
    minute: 55,
    image: {
      scene: 'harvest',
      alt: 'Người dân xếp những khay mận chín tím trong khu sơ chế',
      caption: 'Thành viên Hợp tác xã Nông sản Sáng Ngàn phân loại mận tam hoa trước khi đóng gói xuất khẩu.',
      credit: 'Ảnh: Quang Huy',
    },
    comments: [
      { name: 'Phạm Hồng Nhung', body: 'Mận tam hoa Khau Vạc giòn ngọt, xứng đáng đi xa. Chúc mừng hợp tác xã!' },
      {
        name: 'Luc Van Tien',
        body: 'Cho hoi hop tac xa co thu mua cua ho ngoai khong a, nha em co 2 ha man o xa ben canh',
        replies: [
          {
            name: 'Hoàng Văn Quyết',
            body: 'Chào em, hợp tác xã có thu mua nếu vườn làm theo quy trình VietGAP. Em liên hệ trực tiếp hợp tác xã để được hướng dẫn nhé.',
          },
        ],
      },
      { name: 'Thanh Hương', body: 'Mong sớm thấy mận Sơn Lâm bày bán trong siêu thị ở Hà Nội.' },
    ],
  },
  {
    section: 'kinh-te/nong-nghiep',
    title: 'Trồng dược liệu dưới tán rừng, hướng thoát nghèo bền vững',
    lead: 'Không phải phá rừng, không cần nhiều đất, mô hình trồng đương quy, tam thất, sâm dưới tán rừng ở huyện Nậm Khê đang mang lại thu nhập ổn định cho hàng trăm hộ đồng bào Mông, Dao, đồng thời giúp rừng được bảo vệ tốt hơn.',
    body: [
      {
        p: 'Men theo lối mòn sau bản Phìn Lử, xã Háng Chua, chúng tôi đến khu rừng của gia đình anh Giàng A Páo. Dưới tán cây lớn, từng luống tam thất được che thêm lưới đen, xen với những khóm đương quy xanh mướt. Không khí mát lạnh, đất tơi xốp nhờ lớp lá mục dày. Anh Páo bảo đây là điều kiện lý tưởng cho các loại cây thuốc ưa bóng.',
      },
      {
        p: 'Gia đình anh Páo trồng hơn 1 ha dược liệu dưới tán rừng từ bốn năm trước, theo hướng dẫn của một doanh nghiệp liên kết. Sau khi trừ chi phí, năm vừa qua gia đình thu về khoảng 180 triệu đồng, gấp nhiều lần so với trồng ngô trước đây. Quan trọng hơn, cây rừng được giữ nguyên, không phải chặt hạ một cây nào.',
      },
      {
        quote:
          'Ngày trước nhà tôi phát nương làm ngô, được mấy vụ đất bạc màu, lại phải đi phát chỗ khác. Giờ trồng thuốc dưới tán rừng, rừng càng tốt thì cây thuốc càng khoẻ, mình phải giữ rừng như giữ nhà.',
        cite: 'Anh Giàng A Páo, bản Phìn Lử, xã Háng Chua',
      },
      {
        figure: {
          scene: 'forest',
          alt: 'Những luống cây thuốc xanh mướt được che lưới dưới tán rừng già',
          caption: 'Vườn tam thất, đương quy trồng dưới tán rừng của gia đình anh Giàng A Páo ở bản Phìn Lử.',
          credit: 'Ảnh: Minh Châu',
        },
      },
      {
        p: 'Theo Phòng Nông nghiệp và Môi trường huyện Nậm Khê, toàn huyện hiện có khoảng 460 ha dược liệu trồng dưới tán rừng với gần 700 hộ tham gia. Mô hình được khuyến khích theo chính sách phát triển dược liệu của tỉnh, người dân được hỗ trợ giống, tập huấn kỹ thuật và được doanh nghiệp ký hợp đồng bao tiêu sản phẩm với giá sàn.',
      },
      {
        p: 'Việc trồng dược liệu dưới tán rừng phải tuân thủ nghiêm quy định: không chặt cây gỗ, chỉ phát dọn thực bì ở mức tối thiểu, không dùng thuốc diệt cỏ, hạn chế phân bón hoá học. Tuỳ từng loại cây mà thời gian cho thu hoạch từ hai đến năm năm, nên người trồng cần kiên trì và có nguồn thu khác trong thời gian chờ đợi.',
      },
      {
        p: 'Bà Hầu Thị Mỷ, Phó Chủ tịch UBND huyện Nậm Khê cho biết, huyện đặt mục tiêu đến cuối nhiệm kỳ nâng diện tích dược liệu dưới tán rừng lên 1.000 ha, gắn với xây dựng sản phẩm OCOP. Mô hình vừa tạo sinh kế, vừa giữ rừng, là cách phát triển hài hoà giữa kinh tế và bảo vệ môi trường, đồng thời góp phần chăm sóc sức khoẻ cộng đồng.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Phạm Minh Châu',
    tags: ['Dược liệu', 'Bảo vệ rừng', 'Giảm nghèo', 'Nậm Khê'],
    daysAgo: 38,
    hour: 13,
    minute: 25,
    image: {
      scene: 'forest',
      alt: 'Người đàn ông đeo gùi đứng giữa vườn cây thuốc dưới tán rừng',
      caption: 'Anh Giàng A Páo chăm sóc vườn dược liệu dưới tán rừng ở bản Phìn Lử, xã Háng Chua, huyện Nậm Khê.',
      credit: 'Ảnh: Minh Châu',
    },
  },

  // ───────────────────────────── Du lịch ─────────────────────────────
  {
    section: 'kinh-te/du-lich',
    title: 'Homestay bản Cò Ký: người Mông làm du lịch trên đất mình',
    lead: 'Từ một bản nghèo heo hút của xã Pá Vạc, Cò Ký đang trở thành điểm đến được nhiều du khách tìm về. Bà con người Mông tự cải tạo nhà trình tường thành homestay, giữ nếp sinh hoạt truyền thống và có thêm nguồn thu ngay trên mảnh đất quê hương.',
    body: [
      {
        p: 'Con đường bê tông mới làm đưa chúng tôi vào Cò Ký khi sương chiều bắt đầu buông. Bản nằm lưng chừng núi, hơn sáu mươi nóc nhà trình tường mái ngói âm dương quây quần bên những hàng rào đá xếp. Trước sân nhà anh Sùng A Tủa, mấy vị khách nước ngoài đang tập giã bánh dày, tiếng cười hoà cùng tiếng chày gỗ vang cả một góc bản.',
      },
      {
        p: 'Ba năm trước, Cò Ký chỉ có một, hai đoàn khách đi bộ xuyên rừng ghé qua nghỉ chân. Nhận thấy tiềm năng, huyện Nậm Khê hỗ trợ một số hộ cải tạo nhà ở, làm khu vệ sinh khép kín, tập huấn kỹ năng đón khách. Hiện bản có 9 homestay, mỗi năm đón khoảng 6.000 lượt khách, trong đó khoảng một phần ba là khách quốc tế.',
      },
      { h2: 'Giữ nhà trình tường, giữ nếp bản' },
      {
        p: 'Điều làm nên sức hút của Cò Ký là không gian văn hoá còn nguyên vẹn. Các homestay không xây bê tông, vẫn giữ tường đất, mái ngói, gác bếp treo ngô. Khách được ngủ trên sàn gỗ, ăn mèn mén, thắng cố, uống rượu ngô, theo chủ nhà lên nương, học thêu thùa và thổi khèn. Bản cũng thống nhất hương ước không mở karaoke, không xả rác ra suối.',
      },
      {
        quote:
          'Trước tôi chỉ biết làm nương, giờ biết nấu món ăn cho khách, biết nói vài câu tiếng Anh. Khách đến ở thấy bà con mình sống khoẻ, sống vui, họ quý lắm. Mình làm du lịch mà không phải bỏ cái gì của người Mông cả.',
        cite: 'Anh Sùng A Tủa, chủ homestay tại bản Cò Ký',
      },
      {
        figure: {
          scene: 'festival',
          alt: 'Du khách cùng người dân trong trang phục Mông giã bánh dày trước sân nhà',
          caption: 'Du khách trải nghiệm giã bánh dày cùng gia đình anh Sùng A Tủa ở bản Cò Ký.',
          credit: 'Ảnh: Lò Thị Mai',
        },
      },
      {
        p: 'Du lịch giúp đời sống của bà con thay đổi rõ rệt. Bình quân mỗi homestay thu khoảng 150 đến 200 triệu đồng một năm, chưa kể các hộ khác có thu nhập từ bán rau, gà, rượu, dẫn đường hay cho thuê ngựa. Tỷ lệ hộ nghèo của bản giảm từ hơn 60% xuống còn khoảng 25%, nhiều thanh niên đi làm xa đã trở về.',
      },
      {
        p: 'Tuy vậy, ông Lầu A Vư, Phó Chủ tịch UBND xã Pá Vạc thừa nhận, việc làm du lịch ở Cò Ký vẫn mang tính tự phát. Chất lượng dịch vụ giữa các hộ chưa đồng đều, việc thu gom rác thải còn khó khăn, chưa có nhiều sản phẩm để khách chi tiêu. Xã đang hỗ trợ thành lập tổ du lịch cộng đồng để thống nhất giá cả, chia sẻ khách và giữ gìn cảnh quan.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Lò Thị Mai',
    tags: ['Du lịch cộng đồng', 'Homestay', 'Nậm Khê', 'Giảm nghèo'],
    daysAgo: 1,
    hour: 20,
    minute: 5,
    image: {
      scene: 'mountains',
      alt: 'Những ngôi nhà trình tường mái ngói nằm lưng chừng sườn núi mờ sương',
      caption: 'Bản Cò Ký, xã Pá Vạc, huyện Nậm Khê với những ngôi nhà trình tường đặc trưng của người Mông.',
      credit: 'Ảnh: Lò Thị Mai',
    },
    comments: [
      {
        name: 'Mai Anh',
        body: 'Mình đã ở homestay nhà anh Tủa dịp hè, đồ ăn ngon, bản cực kỳ yên bình. Sẽ quay lại vào mùa hoa mận!',
      },
      {
        name: 'phuong backpacker',
        body: 'Duong vao ban bay gio di oto 7 cho duoc chua moi nguoi?',
        replies: [
          {
            name: 'Sùng Thị Mỷ',
            body: 'Đi được rồi bạn nhé, đường bê tông vào tận bản, nhưng đoạn cuối dốc nên bạn đi chậm thôi.',
          },
        ],
      },
    ],
  },
  {
    section: 'kinh-te/du-lich',
    title: 'Săn mây trên đỉnh Pù Cò, trải nghiệm hút giới trẻ',
    lead: 'Vào những tháng cuối năm, đỉnh Pù Cò cao hơn 2.300 mét ở huyện Mường Lâm trở thành điểm hẹn của các nhóm bạn trẻ mê săn mây. Lượng khách tăng nhanh đặt ra yêu cầu bảo đảm an toàn cho du khách và giữ gìn cảnh quan tự nhiên.',
    body: [
      {
        p: 'Ba giờ sáng, bãi cắm trại ở lưng chừng núi Pù Cò đã lục tục ánh đèn pin. Chúng tôi cùng nhóm khách từ Hà Nội bắt đầu chặng leo cuối cùng, mất gần hai tiếng mới chạm đỉnh. Khi mặt trời nhô lên, biển mây trắng xóa phủ kín các thung lũng bên dưới, chỉ còn những ngọn núi xa nhô lên như những hòn đảo nhỏ.',
      },
      {
        p: 'Cung đường lên Pù Cò dài khoảng 14 km tính từ bản Phìn Ngải, đi qua rừng trúc, rừng đỗ quyên và những thảm cỏ rộng trên sống núi. Hành trình phổ biến kéo dài hai ngày một đêm, khách ngủ lều tại lán dựng sẵn. Người dẫn đường chủ yếu là thanh niên người Mông trong bản, thông thạo từng lối mòn, từng con suối.',
      },
      {
        quote:
          'Mỗi tháng mùa cao điểm tôi dẫn khoảng mười đoàn, thu nhập đủ nuôi gia đình. Nhưng có những nhóm tự đi không thuê người dẫn, gặp sương mù là lạc, cả bản phải đi tìm.',
        cite: 'Anh Ma A Dế, người dẫn đường ở bản Phìn Ngải',
      },
      {
        p: 'Theo Phòng Văn hóa và Thông tin huyện Mường Lâm, năm ngoái có khoảng 9.000 lượt khách chinh phục Pù Cò, năm nay dự kiến vượt con số này. Thời tiết trên đỉnh thay đổi nhanh, ban đêm có khi xuống dưới 0 độ C. Đã có vài trường hợp khách bị hạ thân nhiệt, trượt ngã phải nhờ lực lượng cứu hộ đưa xuống núi.',
      },
      {
        p: 'Để quản lý, huyện yêu cầu khách phải đăng ký tại trạm kiểm soát ở chân núi, đi theo đoàn có người dẫn đường đã được tập huấn. Lực lượng kiểm lâm, biên phòng và thanh niên tình nguyện định kỳ thu gom rác thải trên tuyến, lắp đặt thêm biển chỉ dẫn ở những ngã rẽ dễ nhầm lẫn, nhất là đoạn qua rừng trúc.',
      },
      {
        p: 'Lời khuyên cho những ai lần đầu leo Pù Cò là chuẩn bị thể lực tốt, mang đủ quần áo ấm, áo mưa, giày leo núi có độ bám, đèn pin và túi đựng rác. Nên theo dõi dự báo thời tiết, không leo khi có mưa lớn, và tôn trọng những quy định của bản địa, như không chặt cây làm củi, không đốt lửa trong rừng.',
      },
    ],
    author: 'dinh-van-nam',
    byline: 'Hoàng Sơn',
    tags: ['Điểm đến', 'An toàn du lịch', 'Mường Lâm'],
    daysAgo: 8,
    hour: 12,
    minute: 30,
    image: {
      scene: 'mountains',
      alt: 'Biển mây trắng phủ kín thung lũng dưới chân những dãy núi lúc bình minh',
      caption: 'Biển mây nhìn từ đỉnh Pù Cò, huyện Mường Lâm lúc bình minh.',
      credit: 'Ảnh: Hoàng Sơn',
    },
  },
  {
    section: 'kinh-te/du-lich',
    title: 'Sơn Lâm đón hơn 52.000 lượt khách dịp nghỉ lễ, doanh thu tăng mạnh',
    lead: 'Trong kỳ nghỉ lễ vừa qua, các điểm du lịch trong tỉnh đón khoảng 52.000 lượt khách, tăng 23% so với cùng kỳ. Công suất phòng tại thành phố Lâm Sơn và huyện Mường Lâm có thời điểm đạt gần 100%, nhiều homestay kín chỗ từ sớm.',
    body: [
      {
        p: 'Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Lâm, tổng thu từ khách du lịch trong dịp nghỉ lễ ước đạt 98 tỷ đồng. Khách nội địa chiếm phần lớn, chủ yếu đến từ Hà Nội và các tỉnh đồng bằng Bắc Bộ; khách quốc tế ước khoảng 3.500 lượt, tăng nhẹ so với năm trước, nhiều nhất là khách châu Âu và Hàn Quốc.',
      },
      {
        p: 'Các điểm đến thu hút đông khách nhất là ruộng bậc thang Phìn Ngải, đỉnh Pù Cò, bản Cò Ký và khu vực hồ Nà Lình ở thành phố Lâm Sơn. Trên tuyến đường lên Mường Lâm, lượng xe tăng đột biến vào sáng ngày đầu kỳ nghỉ, lực lượng cảnh sát giao thông phải phân luồng tại một số đoạn đèo hẹp để tránh ùn tắc kéo dài.',
      },
      {
        quote:
          'Chúng tôi yêu cầu các cơ sở lưu trú niêm yết giá công khai, không tăng giá đột biến. Qua kiểm tra, chưa phát hiện trường hợp chặt chém khách, đó là tín hiệu đáng mừng cho hình ảnh du lịch của tỉnh.',
        cite: 'Bà Đinh Thị Hằng, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch',
      },
      {
        p: 'Nhiều homestay ở Phìn Ngải, Cò Ký kín phòng từ trước kỳ nghỉ hơn hai tuần. Một số khách không đặt trước phải dựng lều ngủ qua đêm hoặc quay về trung tâm huyện để nghỉ. Các nhà hàng đặc sản tại thị trấn Mường Lâm cũng hoạt động hết công suất, có nơi phải tuyển thêm nhân viên thời vụ để phục vụ khách.',
      },
      {
        p: 'Bên cạnh kết quả tích cực, ngành du lịch thừa nhận còn những hạn chế như hạ tầng giao thông đến các điểm còn hẹp, thiếu bãi đỗ xe, nhà vệ sinh công cộng; sản phẩm du lịch về đêm còn nghèo nàn. Một số điểm xảy ra tình trạng xả rác bừa bãi sau khi khách rời đi, gây bức xúc cho người dân địa phương.',
      },
      {
        p: 'Sở Văn hóa, Thể thao và Du lịch cho biết sẽ rút kinh nghiệm để chuẩn bị tốt cho mùa du lịch cao điểm cuối năm, đặc biệt là mùa lúa chín và mùa hoa mận. Sở cũng khuyến cáo du khách nên đặt phòng, dịch vụ sớm và lựa chọn những cơ sở đã được cấp phép để bảo đảm quyền lợi của mình.',
      },
    ],
    author: 'tran-quang-huy',
    byline: 'Trần Quang Huy',
    tags: ['Điểm đến', 'Du lịch cộng đồng', 'Homestay'],
    daysAgo: 30,
    hour: 18,
    minute: 50,
    image: {
      scene: 'festival',
      alt: 'Đông đảo du khách tham quan, chụp ảnh tại quảng trường trang trí cờ hoa',
      caption: 'Du khách tham quan quảng trường trung tâm thành phố Lâm Sơn trong dịp nghỉ lễ.',
      credit: 'Ảnh: Quang Huy',
    },
  },
  {
    section: 'kinh-te/du-lich',
    title: 'Phố đi bộ, chợ đêm cuối tuần làm sáng thêm Lâm Sơn',
    lead: 'Sau ba tháng thí điểm, phố đi bộ và chợ đêm ven hồ Nà Lình, thành phố Lâm Sơn đã trở thành điểm vui chơi quen thuộc của người dân và du khách vào tối thứ bảy, chủ nhật, góp phần làm phong phú sản phẩm du lịch về đêm.',
    body: [
      {
        p: 'Từ 18 giờ, đoạn đường dài gần 800 mét quanh hồ Nà Lình được cấm xe cơ giới. Hàng trăm gian hàng dựng ô dù đồng màu, bày bán nông sản, đặc sản của các huyện như chè Shan tuyết, thảo quả, mật ong, thịt trâu gác bếp, bên cạnh các quầy đồ ăn nhanh, đồ lưu niệm và hàng thủ công thổ cẩm.',
      },
      {
        p: 'Ở sân khấu trung tâm, các đội văn nghệ quần chúng thay phiên biểu diễn múa xòe, hát then, thổi khèn. Khu trò chơi dân gian với đẩy gậy, kéo co, ném còn thu hút đông trẻ nhỏ. Nhiều du khách thích thú khi được mặc thử trang phục các dân tộc, chụp ảnh bên mặt hồ lung linh ánh đèn.',
      },
      {
        quote:
          'Tôi đi công tác lên Sơn Lâm, tối ra phố đi bộ thấy rất vui, đồ ăn ngon mà giá phải chăng. Mua được ít chè, thảo quả mang về làm quà, lại xem được văn nghệ của bà con dân tộc.',
        cite: 'Anh Phạm Đức Long, du khách đến từ Hải Phòng',
      },
      {
        p: 'Theo UBND thành phố Lâm Sơn, trung bình mỗi tối có khoảng 8.000 đến 10.000 lượt người đến phố đi bộ. Nhiều hộ kinh doanh cho biết doanh thu mỗi tối đạt vài triệu đồng, cao hơn nhiều so với bán hàng ban ngày. Các hợp tác xã ở huyện xa cũng tranh thủ mang sản phẩm xuống giới thiệu, tìm kiếm đối tác.',
      },
      {
        p: 'Tuy vậy, một số người dân sống quanh khu vực phản ánh tình trạng ùn tắc ở các tuyến phố lân cận, thiếu chỗ gửi xe, âm thanh từ các loa kéo còn lớn đến khuya. Cũng có gian hàng bày bán sản phẩm không rõ nguồn gốc, không niêm yết giá, làm ảnh hưởng đến hình ảnh chung của khu phố đi bộ.',
      },
      {
        p: 'Thành phố cho biết sẽ bố trí thêm điểm trông giữ xe, quy định giờ kết thúc hoạt động âm nhạc trước 22 giờ 30 và tăng cường kiểm tra chất lượng hàng hóa. Nếu hiệu quả, mô hình sẽ được duy trì lâu dài, mở rộng thêm không gian ẩm thực và khu trình diễn nghề truyền thống của đồng bào các dân tộc.',
      },
    ],
    author: 'nguyen-thu-ha',
    byline: 'Nguyễn Thu Hà',
    tags: ['Điểm đến', 'Sản phẩm OCOP', 'Thương mại'],
    daysAgo: 14,
    hour: 21,
    minute: 15,
    image: {
      scene: 'market',
      alt: 'Phố đi bộ ven hồ đông người với dãy gian hàng sáng đèn về đêm',
      caption: 'Phố đi bộ, chợ đêm ven hồ Nà Lình thu hút đông người dân và du khách vào tối cuối tuần.',
      credit: 'Ảnh: Thu Hà',
    },
    comments: [
      {
        name: 'Ngoc Lam Son',
        body: 'Cuoi tuan nao nha minh cung ra, tre con thich lam. Nhung gui xe kho qua, mong thanh pho lam them bai',
      },
      {
        name: 'Trịnh Quốc Bảo',
        body: 'Nhà em ở ngay phố bên cạnh, loa kéo hát đến gần 11 giờ đêm, mong được chấn chỉnh.',
        replies: [{ name: 'Hà My', body: 'Đúng rồi, vui thì vui nhưng cũng phải nghĩ cho người dân xung quanh.' }],
      },
    ],
  },

  // ───────────────────────────── Xã hội ─────────────────────────────
  {
    section: 'xa-hoi',
    title: 'Hơn 1.200 hộ nghèo Sơn Lâm có nhà mới trước mùa đông',
    lead: 'Chương trình xóa nhà tạm, nhà dột nát đã giúp hơn 1.200 hộ nghèo, hộ cận nghèo trong tỉnh có nhà ở kiên cố. Những ngôi nhà mới không chỉ che mưa nắng mà còn là động lực để đồng bào yên tâm làm ăn, vươn lên thoát nghèo.',
    body: [
      {
        p: 'Chị Thào Thị Sua ở bản Lử Thàng, xã Háng Chua, huyện Nậm Khê vẫn chưa quen với việc bước vào căn nhà mới của mình. Ngôi nhà rộng 50 m², tường xây, mái lợp tôn chống nóng, nền lát gạch sáng bóng. Trước đó, sáu người trong gia đình chị sống trong căn nhà gỗ vách nứa, mùa đông gió lùa, mùa mưa dột khắp nơi.',
      },
      {
        p: 'Ngôi nhà được xây bằng nguồn hỗ trợ 60 triệu đồng từ chương trình xóa nhà tạm, nhà dột nát, cộng với khoản vay ưu đãi và sự giúp đỡ của anh em, họ hàng. Đoàn viên thanh niên, bộ đội biên phòng đến góp công vận chuyển vật liệu, san nền. Chỉ sau hơn một tháng, gia đình chị đã có chỗ ở mới đàng hoàng.',
      },
      {
        quote: 'Cả đời tôi chưa nghĩ có ngày được ở nhà xây. Giờ có nhà chắc chắn rồi, vợ chồng tôi yên tâm đi làm, nuôi các con ăn học cho đến nơi đến chốn.',
        cite: 'Chị Thào Thị Sua, bản Lử Thàng, xã Háng Chua',
      },
      {
        figure: {
          scene: 'mountains',
          alt: 'Ngôi nhà mới xây mái tôn xanh bên sườn đồi, phía sau là núi',
          caption: 'Một ngôi nhà mới được xây dựng từ chương trình xóa nhà tạm, nhà dột nát tại huyện Nậm Khê.',
          credit: 'Ảnh: Lò Thị Mai',
        },
      },
      {
        p: 'Theo Sở Dân tộc và Tôn giáo, toàn tỉnh có hơn 1.600 hộ thuộc diện được hỗ trợ xây mới, sửa chữa nhà ở. Đến nay đã có 1.236 căn nhà hoàn thành, số còn lại đang được thi công. Tổng kinh phí thực hiện khoảng 85 tỷ đồng, được huy động từ ngân sách nhà nước, Quỹ Vì người nghèo, các doanh nghiệp và sự đóng góp của cộng đồng.',
      },
      {
        p: 'Khó khăn lớn nhất ở vùng cao là chi phí vận chuyển vật liệu. Nhiều bản chưa có đường ô tô, xi măng, sắt thép phải chuyển bằng xe máy, ngựa thồ hoặc gùi bộ, giá thành đội lên gấp đôi. Một số hộ không có đất ở an toàn, phải chờ địa phương bố trí quỹ đất tái định cư mới làm được nhà.',
      },
      {
        p: 'Để khắc phục, các địa phương vận động người dân tận dụng vật liệu tại chỗ như đá, gỗ được phép khai thác, thiết kế nhà phù hợp với phong tục của từng dân tộc. Nhiều xã tổ chức “ngày thứ bảy tình nguyện”, huy động lực lượng đoàn thể, dân quân đến giúp các gia đình khó khăn làm nhà.',
      },
      {
        p: 'Tỉnh phấn đấu hoàn thành toàn bộ số nhà còn lại trong quý tới. Cùng với nhà ở, các địa phương sẽ tiếp tục hỗ trợ sinh kế như giống cây, con giống, vốn vay, đào tạo nghề để các hộ không chỉ “an cư” mà còn “lạc nghiệp”, thoát nghèo bền vững và không tái nghèo.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Lò Thị Mai',
    tags: ['Giảm nghèo', 'An sinh xã hội', 'Nậm Khê'],
    daysAgo: 5,
    hour: 11,
    minute: 40,
    image: {
      scene: 'road',
      alt: 'Bộ đội và người dân khuân vật liệu xây dựng trên con đường dốc vào bản',
      caption: 'Bộ đội biên phòng và đoàn viên thanh niên giúp người dân xã Háng Chua vận chuyển vật liệu làm nhà.',
      credit: 'Ảnh: Lò Thị Mai',
    },
    comments: [
      {
        name: 'Giàng Thị Hoa',
        body: 'Nhà em cũng vừa được hỗ trợ làm nhà, cảm ơn Đảng, Nhà nước và các anh bộ đội nhiều lắm.',
      },
      {
        name: 'Tran Minh',
        body: '60 trieu lam nha o vung cao van thieu, mong co them muc ho tro cho cac ho o xa duong o to',
      },
    ],
  },
  {
    section: 'xa-hoi',
    title: 'Nước sạch về bản, vùng núi đá Lũng Pầu hết cảnh khát',
    lead: 'Công trình cấp nước sinh hoạt tập trung với bể chứa 1.500 m³ vừa được đưa vào sử dụng tại xã Lũng Pầu, huyện Khau Vạc. Hơn 400 hộ dân vùng núi đá từ nay không còn phải mang can đi xin nước mỗi khi mùa khô đến.',
    body: [
      {
        p: 'Lũng Pầu là xã vùng cao núi đá, gần như không có sông suối trên bề mặt. Nước mưa ngấm hết vào các khe đá, nên mỗi khi mùa khô đến, nguồn nước sinh hoạt trở thành nỗi ám ảnh của người dân. Nhiều năm trước, có những tháng bà con phải đi bộ hàng giờ đồng hồ, xếp hàng chờ hứng từng can nước ở các mó nước nhỏ trong hang đá.',
      },
      {
        p: 'Công trình mới có tổng vốn đầu tư khoảng 19 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Nước được bơm từ một mạch ngầm trong lòng núi lên bể chứa trên đỉnh đồi, qua hệ thống lọc rồi theo đường ống dài gần 18 km tự chảy về các thôn.',
      },
      { h2: 'Mỗi nhà một đồng hồ nước' },
      {
        p: 'Khác với nhiều công trình trước đây, nước được dẫn đến tận từng hộ, mỗi nhà lắp một đồng hồ đo. Người dân trả phí theo khối nước sử dụng với mức giá ưu đãi. Số tiền thu được dùng để trả công người vận hành, mua hóa chất xử lý và sửa chữa nhỏ, giúp công trình không bị bỏ mặc sau khi bàn giao.',
      },
      {
        quote:
          'Trước đây nhà tôi có cái téc nhựa hứng nước mưa, hết mưa là hết nước, phải xuống chân núi gánh lên. Giờ vặn vòi là có, nước trong, lại rẻ, chị em đỡ vất vả nhiều lắm.',
        cite: 'Bà Vi Thị Thắm, thôn Khuổi Lẹng, xã Lũng Pầu',
      },
      {
        p: 'Ông Nông Văn Thái, Chủ tịch UBND xã Lũng Pầu cho biết, xã đã thành lập tổ quản lý vận hành gồm năm người, đều là người dân địa phương được đào tạo kỹ thuật cơ bản. Tổ có nhiệm vụ kiểm tra đường ống hằng tuần, vệ sinh bể lọc, ghi chỉ số đồng hồ và thu tiền nước theo tháng, công khai thu chi trước dân.',
      },
      {
        p: 'Theo Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, hiện tỷ lệ người dân nông thôn Sơn Lâm được sử dụng nước hợp vệ sinh đạt khoảng 92%, nhưng tỷ lệ dùng nước sạch đạt chuẩn mới chỉ hơn 45%. Nhiều công trình cũ xuống cấp, hoạt động kém hiệu quả, chủ yếu do thiếu người quản lý và không có kinh phí bảo dưỡng.',
      },
      {
        p: 'Từ bài học ở Lũng Pầu, tỉnh chủ trương các công trình mới đều phải xác định rõ đơn vị quản lý ngay từ khi lập dự án, áp dụng thu phí để tái đầu tư. Với các công trình cũ, tỉnh rà soát, sửa chữa và chuyển giao cho hợp tác xã, doanh nghiệp hoặc tổ cộng đồng có đủ năng lực vận hành.',
      },
    ],
    author: 'dinh-van-nam',
    byline: 'Đinh Văn Nam',
    tags: ['Nước sạch', 'Giảm nghèo', 'Khau Vạc', 'Nông thôn mới'],
    daysAgo: 11,
    hour: 7,
    minute: 55,
    image: {
      scene: 'mountains',
      alt: 'Bể chứa nước lớn xây trên đỉnh đồi giữa vùng núi đá tai mèo',
      caption: 'Bể chứa nước dung tích 1.500 m³ của công trình cấp nước sinh hoạt tập trung xã Lũng Pầu.',
      credit: 'Ảnh: Văn Nam',
    },
  },
  {
    section: 'xa-hoi',
    title: 'Học nghề gần nhà, thanh niên vùng cao tự tin lập nghiệp',
    lead: 'Thay vì đi làm thuê xa nhà, nhiều thanh niên dân tộc thiểu số ở Sơn Lâm đã chọn học nghề sửa chữa máy nông nghiệp, may công nghiệp, nấu ăn, hướng dẫn du lịch ngay tại địa phương. Sau khóa học, không ít người đã có việc làm ổn định, thu nhập khá.',
    body: [
      {
        p: 'Trong xưởng thực hành của Trường Cao đẳng Kỹ thuật Sơn Lâm, Lò Văn Thương, 22 tuổi, quê xã Mường Đanh, huyện Mường Lâm, đang tháo rời động cơ máy cày mini dưới sự hướng dẫn của thầy giáo. Thương kể, học hết lớp 12, em theo bạn xuống Bắc Ninh làm công nhân, nhưng lương không đủ chi tiêu, lại xa gia đình nên quyết định quay về học nghề.',
      },
      {
        p: 'Sau khóa học sửa chữa máy nông nghiệp, Thương dự định mở một cửa hàng nhỏ ở trung tâm xã. Theo em, hiện nay nhiều hộ ở quê đã dùng máy cày, máy tuốt lúa, máy cắt cỏ, nhưng mỗi lần hỏng phải chở ra tận huyện để sửa, vừa tốn kém vừa mất thời gian. Đó là cơ hội cho những người thợ có tay nghề ngay tại chỗ.',
      },
      {
        quote:
          'Em được miễn học phí, lại được hỗ trợ tiền ăn, tiền đi lại. Học xong có nghề trong tay, em tin là ở quê vẫn sống được, không cần phải đi đâu xa.',
        cite: 'Lò Văn Thương, học viên lớp sửa chữa máy nông nghiệp',
      },
      {
        p: 'Theo Sở Nội vụ tỉnh Sơn Lâm, từ đầu năm đến nay toàn tỉnh đã tổ chức đào tạo nghề cho gần 6.800 lao động nông thôn, trong đó hơn 70% là người dân tộc thiểu số. Các ngành nghề được lựa chọn theo nhu cầu thực tế của địa phương và doanh nghiệp, như chăn nuôi thú y, trồng chè, chế biến nông sản, may mặc, điện dân dụng, nấu ăn và dịch vụ du lịch.',
      },
      {
        p: 'Bên cạnh lớp học tập trung tại trường, nhiều lớp được tổ chức lưu động ngay tại thôn, bản, lịch học linh hoạt theo mùa vụ. Ở huyện Nậm Khê, lớp dạy nấu ăn và đón khách du lịch được mở ngay tại nhà văn hóa bản Cò Ký, học viên là chủ các homestay và thanh niên trong bản, học xong có thể áp dụng luôn.',
      },
      {
        p: 'Tuy vậy, công tác đào tạo nghề vẫn còn những bất cập. Một số lớp học chưa gắn với việc làm sau đào tạo, học viên học xong không có vốn để mở cơ sở. Thiết bị thực hành ở các trung tâm cấp huyện cũ kỹ, thiếu giáo viên dạy nghề có kinh nghiệm thực tế, nhất là với những nghề mới như thương mại điện tử, du lịch.',
      },
      {
        p: 'Ngành chức năng cho biết thời gian tới sẽ tăng cường đặt hàng đào tạo theo địa chỉ, ký kết với doanh nghiệp trước khi mở lớp. Học viên tốt nghiệp sẽ được tư vấn, giới thiệu việc làm hoặc kết nối với Ngân hàng Chính sách xã hội để vay vốn tự tạo việc làm ngay trên quê hương.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Phạm Minh Châu',
    tags: ['Đào tạo nghề', 'Việc làm', 'Giảm nghèo'],
    daysAgo: 24,
    hour: 14,
    minute: 45,
    image: {
      scene: 'school',
      alt: 'Học viên mặc đồ bảo hộ thực hành sửa chữa động cơ trong xưởng',
      caption: 'Học viên lớp sửa chữa máy nông nghiệp thực hành tại Trường Cao đẳng Kỹ thuật Sơn Lâm.',
      credit: 'Ảnh: Minh Châu',
    },
  },
  {
    section: 'xa-hoi',
    title: 'Nhìn lại những ngày chống dịch COVID-19 ở vùng cao Sơn Lâm',
    lead: 'Đã vài năm trôi qua kể từ khi dịch COVID-19 được kiểm soát, nhưng ký ức về những ngày căng mình chống dịch vẫn còn nguyên với người dân và lực lượng tuyến đầu ở tỉnh miền núi này. Từ đó, nhiều bài học quý cho y tế cơ sở đã được đúc rút.',
    body: [
      {
        p: 'Bác sĩ Lường Thị Hạnh, Trạm trưởng Trạm Y tế xã Pá Vạc vẫn nhớ những đêm cùng đồng nghiệp đội mưa gùi thùng vắc-xin vào bản. Đường lầy lội, xe máy không đi được, cả đoàn phải đi bộ hơn ba tiếng. Thùng bảo quản phải giữ đủ lạnh, không để xóc mạnh. Tới nơi, trời đã tối, bà con vẫn ngồi đợi trong nhà văn hoá bản.',
      },
      {
        quote:
          'Có cụ bà hơn tám mươi tuổi lần đầu tiên trong đời được tiêm, sợ lắm, cứ nắm chặt tay tôi. Tiêm xong cụ bảo cán bộ vất vả vì sức khoẻ của người Mông mình. Câu nói ấy tôi nhớ mãi.',
        cite: 'Bác sĩ Lường Thị Hạnh, Trạm trưởng Trạm Y tế xã Pá Vạc',
      },
      {
        p: 'Trong thời điểm dịch căng thẳng nhất, tỉnh Sơn Lâm phải thiết lập hàng chục chốt kiểm soát trên các tuyến đường, trong đó có nhiều chốt ở vùng biên giới. Cán bộ, chiến sĩ biên phòng, công an, dân quân thay phiên trực suốt ngày đêm, trong những lán tạm dựng bằng bạt giữa rừng. Nhiều người lỡ cả đám cưới, không kịp về chịu tang người thân.',
      },
      { h2: 'Bài học cho y tế cơ sở' },
      {
        p: 'Theo Sở Y tế, khó khăn lớn nhất trong những ngày đó là hệ thống y tế cơ sở mỏng, thiếu nhân lực và trang thiết bị. Nhiều trạm y tế chỉ có hai, ba cán bộ, không có máy thở, thiếu cả bình ô-xy. Tuyên truyền để đồng bào hiểu và chấp hành cách ly cũng không dễ, phải nhờ già làng, trưởng bản, người có uy tín nói bằng tiếng dân tộc.',
      },
      {
        figure: {
          scene: 'hospital',
          alt: 'Trạm y tế xã khang trang với xe cứu thương đỗ trước cửa',
          caption: 'Trạm Y tế xã Pá Vạc hôm nay đã được đầu tư thêm trang thiết bị sau những năm chống dịch.',
          credit: 'Ảnh: Minh Châu',
        },
      },
      {
        p: 'Sau đại dịch, tỉnh đã đầu tư nâng cấp 42 trạm y tế xã, bổ sung máy xét nghiệm, bình ô-xy, tủ bảo quản vắc-xin. Đội ngũ y tế thôn, bản và cô đỡ thôn bản được tập huấn lại, trở thành cánh tay nối dài của ngành y tế. Hồ sơ sức khoẻ điện tử đang từng bước được triển khai tới từng người dân.',
      },
      {
        p: 'Cũng từ những ngày chống dịch, vai trò của chính quyền, đoàn thể và người có uy tín trong cộng đồng được khẳng định. Những mô hình như tổ COVID cộng đồng nay được chuyển thành tổ y tế cộng đồng, hỗ trợ phòng chống sốt xuất huyết, tay chân miệng và tiêm chủng mở rộng. Uỷ ban nhân dân các xã chủ động hơn trong ứng phó với dịch bệnh.',
      },
      {
        p: 'Nhìn lại chặng đường ấy, nhiều người vẫn xúc động khi nhắc tới những chuyến xe chở rau, gạo từ dưới xuôi gửi lên, những bếp ăn chung dựng giữa bản, những nhân viên y tế tình nguyện hoà mình cùng bà con. Đó là vốn quý để tỉnh miền núi tự tin hơn trước những thách thức về sức khoẻ cộng đồng trong tương lai.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Phạm Minh Châu',
    tags: ['COVID-19', 'Y tế cơ sở', 'An sinh xã hội'],
    daysAgo: 36,
    hour: 20,
    minute: 30,
    image: {
      scene: 'hospital',
      alt: 'Nhân viên y tế mặc đồ bảo hộ chuẩn bị tiêm vắc-xin cho người dân',
      caption: 'Nhân viên y tế tiêm vắc-xin phòng COVID-19 cho người dân vùng cao Sơn Lâm trong thời gian chống dịch (ảnh tư liệu).',
      credit: 'Ảnh: Minh Châu',
    },
    comments: [
      {
        name: 'Hà Văn Dũng',
        body: 'Hồi đó tôi cũng trực chốt ở Khau Vạc gần hai tháng, đọc bài thấy nhớ anh em quá.',
        replies: [{ name: 'Lê Thị Thanh', body: 'Cảm ơn các anh, những ngày đó thực sự không dễ dàng gì.' }],
      },
      { name: 'y ta Pa Vac', body: 'Bac si Hanh tram Pa Vac rat nhiet tinh, ca ban ai cung quy.' },
    ],
  },
];
