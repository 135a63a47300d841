import type { DemoArticle } from './types.js';

/**
 * Demo articles for the sections Văn hóa, Giáo dục, Thể thao and Sức khỏe of "Báo Sơn Lâm".
 * Every place, person, organisation and figure below is invented for the demo.
 */
export const articlesB: DemoArticle[] = [
  // ───────────────────────────── Văn hóa ─────────────────────────────
  {
    section: 'van-hoa',
    title: 'Hơn một nghìn người cùng nắm tay trong vòng xòe lớn ở Nậm Sương',
    lead: 'Tối cuối tuần qua, tại sân vận động trung tâm huyện Nậm Sương, hơn một nghìn diễn viên quần chúng và người dân các bản đã cùng nắm tay trong vòng xòe lớn, khép lại Ngày hội văn hóa dân tộc Thái huyện Nậm Sương lần thứ ba với nhiều hoạt động sôi nổi.',
    body: [
      {
        p: 'Ngày hội do Ủy ban nhân dân huyện Nậm Sương phối hợp với Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Lâm tổ chức, thu hút 16 đội văn nghệ đến từ các xã dọc sông Nậm Khao, nơi người Thái chiếm hơn 60% dân số. Trong ba ngày, du khách được thưởng thức những điệu xòe cổ, nghe hát khắp, xem thi dệt vải, thi đồ xôi ngũ sắc và tham gia các trò chơi dân gian như ném còn, đánh mảng.',
      },
      {
        p: 'Điểm nhấn của ngày hội là màn đồng diễn xòe vòng với sự tham gia của hơn một nghìn người, từ các bà, các mẹ đã ngoài bảy mươi tuổi đến những em học sinh tiểu học. Khi tiếng trống, tiếng chiêng và tiếng pí thiếp vang lên, vòng xòe cứ thế nở rộng ra, kéo cả những du khách đứng xem vào cùng nhịp bước. Người dẫn chương trình phải liên tục mời thêm người để nối vòng thứ ba, thứ tư quanh đống lửa lớn giữa sân.',
      },
      {
        figure: {
          scene: 'festival',
          alt: 'Hàng trăm phụ nữ Thái mặc áo cóm, váy đen nắm tay nhau múa xòe quanh đống lửa',
          caption: 'Màn đồng diễn xòe vòng quanh đống lửa trong đêm bế mạc Ngày hội văn hóa dân tộc Thái huyện Nậm Sương.',
          credit: 'Ảnh: Văn Nam',
        },
      },
      {
        p: 'Nhiều năm nay, huyện duy trì 42 câu lạc bộ xòe ở các bản, mỗi câu lạc bộ sinh hoạt đều đặn hai buổi mỗi tuần vào mùa nông nhàn. Các nghệ nhân cao tuổi được mời về dạy lại sáu điệu xòe cổ cho lớp trẻ, trong đó có những điệu tưởng như đã bị lãng quên như xòe nón, xòe quạt hay xòe khăn mời rượu, vốn chỉ còn vài người trong huyện nhớ được trọn vẹn.',
      },
      {
        quote:
          'Ngày xưa, cứ tối là cả bản ra sân xòe, không cần ai bảo. Bây giờ bọn trẻ đi làm xa, đi học xa nhiều, nên mình phải mở lớp, phải có ngày hội thế này để các cháu nhớ mà về. Thấy vòng xòe đông như hôm nay, tôi mừng lắm.',
        cite: 'Bà Lò Thị Xiêng, 74 tuổi, nghệ nhân xòe bản Nà Lụ, xã Mường Sáng',
      },
      {
        p: 'Bên lề ngày hội, huyện tổ chức phiên chợ ẩm thực với hơn 30 gian hàng giới thiệu cá suối nướng, thịt trâu gác bếp, rau rừng và các loại bánh truyền thống. Nhiều hộ làm du lịch cộng đồng ở bản Nà Lụ cho biết số khách đặt phòng homestay trong dịp này tăng gấp đôi so với ngày thường, có nhà phải trải thêm đệm trên sàn để kịp đón khách.',
      },
      {
        p: 'Ông Cầm Văn Tiến, Phó Chủ tịch UBND huyện Nậm Sương, cho biết từ năm sau, ngày hội sẽ được tổ chức định kỳ hai năm một lần, gắn với chương trình phát triển du lịch cộng đồng. Huyện cũng đang hoàn thiện hồ sơ đề nghị công nhận thêm ba bản văn hóa du lịch, đồng thời hỗ trợ kinh phí may trang phục và mua nhạc cụ cho các đội văn nghệ ở những bản xa trung tâm.',
      },
    ],
    author: 'dinh-van-nam',
    byline: 'Đinh Văn Nam',
    tags: ['Lễ hội', 'Đồng bào Thái', 'Bảo tồn văn hóa', 'Nghệ nhân'],
    daysAgo: 1,
    hour: 7,
    minute: 45,
    image: {
      scene: 'festival',
      alt: 'Sân vận động huyện rực ánh đèn, đông kín người mặc trang phục Thái đứng thành nhiều vòng tròn',
      caption: 'Hàng nghìn người dân và du khách tham gia vòng xòe lớn tại sân vận động trung tâm huyện Nậm Sương.',
      credit: 'Ảnh: Văn Nam',
    },
    comments: [
      { name: 'Lò Văn Hưng', body: 'Năm nay về quê đúng dịp, vòng xòe đông thật sự. Mong huyện giữ được lệ tổ chức thường xuyên như thế này.' },
      { name: 'Thu Trang', body: 'minh o Ha Noi xem clip ma thay nho nha qua, nam sau nhat dinh phai ve xoe cung moi nguoi' },
      {
        name: 'Khách du lịch Hải Phòng',
        body: 'Homestay ở Nà Lụ sạch sẽ, chủ nhà nhiệt tình. Chỉ tiếc đường vào bản buổi tối hơi tối, huyện nên lắp thêm đèn.',
      },
    ],
  },
  {
    section: 'van-hoa',
    title: 'Giữ sợi chỉ màu trên áo người Dao đỏ ở Sán Chải Hồ',
    lead: 'Giữa lúc quần áo may sẵn bán đầy ở chợ phiên, nhiều phụ nữ Dao đỏ ở xã Sán Chải Hồ, huyện Tả Ngàn vẫn miệt mài bên khung thêu, vừa giữ những hoa văn của tổ tiên, vừa biến sản phẩm thổ cẩm thành nguồn thu nhập ổn định cho gia đình.',
    body: [
      {
        p: 'Buổi chiều ở thôn Séo Lủ Chải, khi sương bắt đầu xuống, những người phụ nữ Dao đỏ lại mang khung thêu ra hiên nhà. Trên nền vải chàm tự nhuộm bằng lá cây, họ thêu những đường chỉ đỏ, vàng, trắng thành hình cây thông, dấu chân hổ, hoa tám cánh. Một bộ áo cưới hoàn chỉnh có khi mất gần một năm mới xong, bởi chỉ được làm vào lúc rảnh việc nương rẫy.',
      },
      {
        p: 'Bà Triệu Mùi Chản, 68 tuổi, là một trong số ít người trong thôn còn thuộc gần hết các mẫu hoa văn cổ. Bà kể, ngày trước con gái Dao lên bảy, tám tuổi đã được mẹ dạy cầm kim, đến tuổi lấy chồng phải tự tay làm được bộ áo cưới cho mình. Nhưng khoảng mười năm trở lại đây, nhiều cô gái đi học, đi làm công nhân ở xa, không còn thời gian ngồi bên khung thêu như thế hệ mẹ, thế hệ bà.',
      },
      { h2: 'Từ khung thêu đến gian hàng du lịch' },
      {
        p: 'Cách đây ba năm, với sự hỗ trợ của Hội Liên hiệp phụ nữ huyện, tổ hợp tác thêu thổ cẩm Séo Lủ Chải được thành lập với 27 thành viên. Ngoài trang phục truyền thống, các chị làm thêm túi xách, khăn quàng, ví cầm tay, vỏ gối, móc khoá có hoa văn Dao để bán cho khách du lịch và gửi xuống các cửa hàng lưu niệm ở thành phố Lâm Sơn. Mỗi thành viên có thêm từ 2 đến 3 triệu đồng mỗi tháng.',
      },
      {
        quote:
          'Trước chỉ thêu cho nhà mặc, giờ thêu để bán nên phải đều tay, phải đẹp hơn. Khách thích hoa văn cũ, không thích hoa văn lạ, nên con cháu càng phải học cho đúng mẫu của người Dao mình.',
        cite: 'Chị Lý Mùi Nải, Tổ trưởng Tổ hợp tác thêu thổ cẩm Séo Lủ Chải',
      },
      {
        p: 'Để nghề không mai một, xã Sán Chải Hồ phối hợp với nhà trường mở lớp thêu vào chiều thứ Bảy cho học sinh nữ trong thôn. Các nghệ nhân trực tiếp đứng lớp, dạy từ cách se chỉ, nhuộm chàm đến cách đếm sợi để thêu từng mẫu. Đến nay đã có hơn 40 em theo học, nhiều em thêu được khăn đội đầu và tự hào mặc trang phục do mình làm trong ngày hội của trường.',
      },
      {
        p: 'Ông Tẩn Văn Lở, Chủ tịch Uỷ ban nhân dân xã Sán Chải Hồ, cho biết xã đang đề xuất huyện đưa tổ hợp tác vào chương trình mỗi xã một sản phẩm, hỗ trợ thiết kế bao bì và quảng bá trên các sàn thương mại điện tử. Khi thu nhập từ nghề thêu ổn định, chị em sẽ yên tâm gắn bó, hài hoà giữa làm nương và làm nghề, còn bản sắc văn hoá của người Dao đỏ sẽ tiếp tục hiện diện trong đời sống hằng ngày.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Lò Thị Mai',
    tags: ['Bảo tồn văn hóa', 'Đồng bào Dao', 'Giảm nghèo', 'Phụ nữ vùng cao'],
    daysAgo: 9,
    hour: 15,
    minute: 20,
    image: {
      scene: 'mountains',
      alt: 'Hai phụ nữ Dao đỏ đội khăn đỏ ngồi thêu thổ cẩm trước hiên nhà gỗ, phía sau là núi',
      caption: 'Phụ nữ Dao đỏ ở thôn Séo Lủ Chải tranh thủ thêu thổ cẩm vào buổi chiều sau giờ làm nương.',
      credit: 'Ảnh: Lò Mai',
    },
  },
  {
    section: 'van-hoa',
    title: 'Ấm áp lễ mừng cơm mới của đồng bào H’Mông ở Háng Pù',
    lead: 'Khi những nương lúa trên các sườn đồi xã Háng Pù, huyện Pá Lương bắt đầu ngả vàng, các gia đình người Mông lại chọn ngày lành làm lễ mừng cơm mới, tạ ơn tổ tiên, trời đất và quây quần bên mâm cơm đầu mùa.',
    body: [
      {
        p: 'Gia đình ông Giàng A Sử ở thôn Sủng Chớ dậy từ tinh mơ. Những người phụ nữ lên nương cắt mấy gùi lúa chín sớm nhất, mang về tuốt, rang, giã thành gạo mới. Cánh đàn ông mổ gà, chuẩn bị rượu ngô. Theo tục lệ, trước khi cả nhà được ăn bát cơm đầu tiên của vụ mùa, chủ nhà phải dâng cơm mới, thịt gà cúng tổ tiên để báo cáo một năm làm ăn và xin phù hộ cho mùa sau.',
      },
      {
        p: 'Điều đặc biệt trong lễ mừng cơm mới của người Mông ở Háng Pù là bát cơm đầu tiên không dành cho người mà dành cho con chó trong nhà. Người già giải thích, theo câu chuyện truyền lại từ đời trước, chính con chó đã mang hạt lúa giống về cho con người, nên phải nhớ ơn. Sau đó, chủ nhà mới mời khách, mời họ hàng ngồi vào mâm, cùng nếm bát cơm mới dẻo thơm.',
      },
      {
        figure: {
          scene: 'harvest',
          alt: 'Người phụ nữ Mông đeo gùi đầy lúa chín đi trên bờ nương',
          caption: 'Lúa chín sớm trên nương thôn Sủng Chớ được gặt về để làm lễ mừng cơm mới.',
          credit: 'Ảnh: Lò Mai',
        },
      },
      {
        quote:
          'Năm nay lúa được mùa, nhà tôi thu gần ba tấn thóc. Làm lễ cơm mới là để con cháu biết hạt gạo từ đâu mà có, biết ơn tổ tiên và không được bỏ nương.',
        cite: 'Ông Giàng A Sử, thôn Sủng Chớ, xã Háng Pù',
      },
      {
        p: 'Lễ mừng cơm mới cũng là dịp để bà con trong dòng họ, trong thôn qua lại thăm hỏi nhau. Nhà nào làm lễ trước sẽ mời nhà hàng xóm sang ăn, hôm sau lại đến lượt nhà khác. Những câu chuyện về vụ mùa, về giống lúa, về chuyện dựng vợ gả chồng cho con cháu cứ thế kéo dài đến tận khuya bên bếp lửa hồng.',
      },
      {
        p: 'Những năm gần đây, xã Háng Pù đưa lễ mừng cơm mới vào chương trình đón khách du lịch trải nghiệm mùa lúa chín. Tuy vậy, cán bộ văn hóa xã nhấn mạnh việc giới thiệu với du khách phải tôn trọng nghi lễ của từng gia đình, không sân khấu hóa hay làm biến dạng phong tục. Những nhà muốn đón khách đều được hướng dẫn cách giải thích ý nghĩa từng phần của buổi lễ.',
      },
      {
        p: 'Bà Vàng Thị Mỷ, công chức văn hóa - xã hội xã Háng Pù, cho biết toàn xã hiện có khoảng 70% số hộ vẫn duy trì lễ mừng cơm mới theo cách truyền thống. Xã đã ghi chép, quay phim lại trình tự nghi lễ ở một số gia đình tiêu biểu để làm tư liệu lưu giữ và phục vụ việc giảng dạy nội dung giáo dục địa phương trong trường học.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Lò Thị Mai',
    tags: ['Lễ hội', 'Đồng bào Mông', 'Bảo tồn văn hóa', 'Du lịch cộng đồng'],
    daysAgo: 4,
    hour: 9,
    minute: 5,
    image: {
      scene: 'rice-terraces',
      alt: 'Ruộng bậc thang lúa chín vàng trên sườn núi, phía xa là những nếp nhà của người Mông',
      caption: 'Mùa lúa chín trên những thửa ruộng bậc thang ở xã Háng Pù, huyện Pá Lương.',
      credit: 'Ảnh: Lò Mai',
    },
    comments: [
      { name: 'Giàng A Páo', body: 'Cảm ơn báo đã viết về phong tục của người Mông quê em. Đọc mà nhớ nhà quá.' },
      {
        name: 'Hoang Minh',
        body: 'bai viet hay qua. cho minh hoi mua lua chin o Hang Pu thuong vao thang may de len chup anh?',
        replies: [{ name: 'Giàng A Páo', body: 'Khoảng cuối tháng 9 đầu tháng 10 là đẹp nhất bạn nhé, nhớ mang áo ấm vì sáng sớm sương nhiều.' }],
      },
    ],
  },
  {
    section: 'van-hoa',
    title: 'Thư viện xã Phiêng Xa, điểm hẹn của trẻ em vùng cao',
    lead: 'Từ một gian kho bỏ trống cạnh trụ sở Ủy ban nhân dân xã, thư viện xã Phiêng Xa, huyện Nậm Sương sau hai năm hoạt động đã có hơn 4.000 đầu sách, trở thành nơi trẻ em và người dân trong vùng tìm đến mỗi buổi chiều và cuối tuần.',
    body: [
      {
        p: 'Bốn giờ chiều, khi tiếng trống tan trường vừa dứt, hơn chục em học sinh Trường Tiểu học và THCS Phiêng Xa đã ríu rít kéo nhau sang thư viện xã. Căn phòng rộng chừng 60 mét vuông, tường quét vôi vàng, kê năm chiếc bàn gỗ và những giá sách xếp kín truyện tranh, sách khoa học, sách kỹ thuật nông nghiệp. Các em tháo dép để ngoài cửa, chọn sách rồi ngồi bệt xuống tấm thảm ở góc phòng.',
      },
      {
        p: 'Thư viện được hình thành từ sáng kiến của Đoàn Thanh niên xã. Thay vì để gian kho cũ xuống cấp, các đoàn viên đã vận động sửa sang, kêu gọi quyên góp sách từ các trường đại học, các câu lạc bộ thiện nguyện ở Hà Nội và thành phố Lâm Sơn. Thư viện tỉnh hỗ trợ thêm giá sách, máy tính và mỗi quý luân chuyển 300 cuốn sách mới để bạn đọc không bị nhàm chán.',
      },
      {
        quote:
          'Nhà em không có sách, chỉ có sách giáo khoa thôi. Ở đây em đọc được truyện cổ tích, đọc cả sách về các con vật. Em thích nhất quyển nói về biển, vì em chưa được đi biển bao giờ.',
        cite: 'Em Lường Thị Mai Anh, học sinh lớp 5, bản Phiêng Xa',
      },
      {
        p: 'Người trông coi thư viện là chị Hà Thị Lả, công chức văn hóa xã, làm việc kiêm nhiệm. Chị lập sổ theo dõi mượn trả, chia sách thành từng ngăn theo lứa tuổi và dành riêng một giá cho sách hướng dẫn chăn nuôi, trồng trọt. Mỗi tuần, thư viện mở cửa năm buổi chiều và cả ngày Chủ nhật. Nhiều phụ huynh đưa con đến đọc sách rồi ở lại mượn tài liệu về cách phòng bệnh cho đàn lợn, đàn gà.',
      },
      {
        p: 'Không chỉ chờ bạn đọc đến, thư viện còn duy trì mô hình “tủ sách lưu động”, mỗi tháng mang khoảng 200 cuốn sách xuống các bản xa trung tâm như Huổi Lếch, Nà Khoang. Nhóm tình nguyện viên đọc truyện cho trẻ mầm non nghe, tổ chức thi kể chuyện theo sách và vẽ tranh theo truyện. Những buổi như vậy thường kéo dài đến tối mịt mà các em vẫn chưa muốn về.',
      },
      {
        p: 'Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh Sơn Lâm hiện có 58 thư viện cấp xã và hơn 400 tủ sách cơ sở, nhưng không ít nơi hoạt động cầm chừng vì thiếu người phụ trách và thiếu sách mới. Mô hình Phiêng Xa đang được ngành văn hóa đề xuất nhân rộng, theo hướng gắn thư viện với trường học và đoàn thanh niên để duy trì hoạt động bền vững.',
      },
    ],
    author: 'nguyen-thu-ha',
    byline: 'Nguyễn Thu Hà',
    tags: ['Văn hóa đọc', 'Nông thôn mới', 'Giáo dục vùng cao'],
    daysAgo: 17,
    hour: 10,
    minute: 30,
    image: {
      scene: 'school',
      alt: 'Các em học sinh ngồi trên thảm đọc sách giữa những giá sách gỗ',
      caption: 'Học sinh Trường Tiểu học và THCS Phiêng Xa đọc sách tại thư viện xã sau giờ tan học.',
      credit: 'Ảnh: Thu Hà',
    },
  },
  {
    section: 'van-hoa',
    title: 'Nghệ nhân Hoàng Văn Pản và hành trình “giữ lửa” câu then Tày',
    lead: 'Ở tuổi 81, nghệ nhân Hoàng Văn Pản ở xã Cốc Mười, huyện Phù Vân vẫn đều đặn mở lớp dạy hát then, đàn tính cho thanh thiếu niên trong vùng, mong những làn điệu then cổ của người Tày không bị lãng quên theo năm tháng.',
    body: [
      {
        p: 'Ngôi nhà sàn của ông Pản nằm cuối bản Nà Pài, sát chân núi. Trên vách treo ba cây đàn tính đã lên nước bóng, cây lâu năm nhất do chính tay ông làm từ hơn bốn mươi năm trước bằng vỏ quả bầu khô và gỗ cây dâu. Mỗi tối thứ Ba và thứ Sáu, căn nhà lại sáng đèn, tiếng đàn tính và giọng then trầm ấm vang lên đến tận khuya.',
      },
      {
        p: 'Ông Pản học then từ người cha, vốn là một thầy then có tiếng trong vùng. Mười lăm tuổi, ông đã thuộc những đoạn then dài hàng trăm câu kể về cuộc hành trình lên trời cầu phúc, cầu mùa. Theo ông, then không chỉ là lời hát mà còn chứa đựng lịch sử, phong tục, lời răn dạy cách sống của người Tày, nên người hát phải hiểu từng câu mới truyền được cái hồn cho người nghe.',
      },
      { h2: 'Lớp học không thu học phí' },
      {
        p: 'Mười năm nay, lớp hát then của ông Pản chưa bao giờ thu học phí. Học trò của ông có người là giáo viên, có người là cán bộ xã, đông nhất là học sinh cấp hai, cấp ba. Ông dạy từ cách ôm đàn, lên dây, bấm phím đến cách lấy hơi, luyến láy. Những bài then cổ, ông tự chép tay bằng chữ Nôm Tày rồi phiên âm sang chữ quốc ngữ để học trò dễ học, dễ nhớ.',
      },
      {
        quote:
          'Tôi già rồi, không biết còn dạy được mấy năm. Chỉ mong có vài đứa hát được then cổ cho đúng, đừng hát lai căng. Then mà mất thì người Tày mình mất đi một phần cái gốc.',
        cite: 'Nghệ nhân Hoàng Văn Pản, bản Nà Pài, xã Cốc Mười',
      },
      {
        p: 'Trong số hơn 60 học trò từng theo học, nhiều người đã trở thành hạt nhân của các câu lạc bộ then, đàn tính ở huyện Phù Vân. Em Nông Thị Hiền, học sinh lớp 11, vừa đạt giải nhất hội thi hát then, đàn tính cấp tỉnh với bài then cổ do ông Pản truyền dạy. Hiền nói em sẽ theo học ngành sư phạm âm nhạc để sau này về dạy lại cho các em nhỏ trong bản.',
      },
      {
        p: 'Năm ngoái, ông Pản được phong tặng danh hiệu Nghệ nhân Ưu tú. Huyện Phù Vân cũng đã hỗ trợ ông ghi âm hơn 30 bài then cổ, lưu trữ tại Trung tâm Văn hóa huyện để phục vụ nghiên cứu và giảng dạy. Với ông, danh hiệu là niềm vui, nhưng điều khiến ông vui hơn cả là mỗi tối, căn nhà sàn nhỏ vẫn còn những học trò đến gõ cửa.',
      },
    ],
    author: 'nguyen-thu-ha',
    byline: 'Hà Vân',
    tags: ['Bảo tồn văn hóa', 'Đồng bào Tày', 'Nghệ nhân'],
    daysAgo: 26,
    hour: 16,
    minute: 10,
    image: {
      scene: 'forest',
      alt: 'Cụ ông mặc áo chàm ngồi gảy đàn tính trong nhà sàn, quanh là mấy học trò trẻ',
      caption: 'Nghệ nhân Hoàng Văn Pản hướng dẫn học trò cách bấm phím đàn tính trong buổi học tối.',
      credit: 'Ảnh: Hà Vân',
    },
  },
  {
    section: 'van-hoa',
    title: 'Bảo tàng tỉnh số hóa hơn 1.500 hiện vật của các dân tộc',
    lead: 'Bảo tàng tỉnh Sơn Lâm vừa hoàn thành giai đoạn đầu dự án số hóa hiện vật, cho phép người xem tham quan trực tuyến, phóng to từng hoa văn trên trang phục, nhạc cụ, công cụ sản xuất của 11 dân tộc cùng sinh sống trên địa bàn tỉnh.',
    body: [
      {
        p: 'Trong hơn một năm, các cán bộ bảo tàng đã chụp ảnh độ phân giải cao, quét ba chiều và biên soạn thuyết minh cho 1.532 hiện vật tiêu biểu, trong đó có bộ trang phục cưới của người Dao đỏ, chiếc khèn Mông gần trăm năm tuổi, bộ chiêng đồng của người Tày và nhiều công cụ dệt vải của người Thái. Mỗi hiện vật được gắn mã QR, phần thông tin được dịch song ngữ Việt - Anh.',
      },
      {
        p: 'Bà Nguyễn Thị Hồng Vân, Giám đốc Bảo tàng tỉnh, cho biết lượng khách đến trực tiếp bảo tàng mỗi năm chỉ khoảng 15.000 lượt, phần lớn là học sinh trong tỉnh. Việc đưa hiện vật lên môi trường số giúp những người ở xa, đặc biệt là con em Sơn Lâm đang học tập, làm việc ở nơi khác, có thể tìm hiểu về văn hóa quê hương mọi lúc, mọi nơi.',
      },
      {
        quote:
          'Nhiều hiện vật làm bằng vải, giấy, gỗ, rất dễ hư hỏng theo thời gian. Số hóa không chỉ để quảng bá mà trước hết là để lưu giữ. Nếu chẳng may hiện vật gốc xuống cấp, chúng ta vẫn còn bản ghi đầy đủ về hình dáng, màu sắc, chất liệu.',
        cite: 'Bà Nguyễn Thị Hồng Vân, Giám đốc Bảo tàng tỉnh Sơn Lâm',
      },
      {
        p: 'Điều khiến các cán bộ bảo tàng tâm đắc là sự tham gia của chính các nghệ nhân. Khi biên soạn thuyết minh, bảo tàng mời nghệ nhân các dân tộc về cùng xem lại từng hiện vật, kể cách làm, cách dùng và ý nghĩa của hoa văn. Nhiều thông tin lần đầu được ghi chép, chẳng hạn cách người Thái chọn sợi bông để dệt khăn piêu hay ý nghĩa của từng loại khuy bạc trên áo người Mông.',
      },
      {
        p: 'Các trường học trên địa bàn thành phố Lâm Sơn đã bắt đầu sử dụng kho dữ liệu số trong các tiết lịch sử và giáo dục địa phương. Giáo viên có thể trình chiếu hình ảnh ba chiều của hiện vật lên màn hình, cho học sinh xoay, phóng to để quan sát từng chi tiết, thay vì chỉ nhìn qua lớp kính tủ trưng bày như trước đây.',
      },
      {
        p: 'Trong giai đoạn tiếp theo, bảo tàng dự kiến số hóa thêm khoảng 2.000 hiện vật và tư liệu, đồng thời xây dựng các tuyến tham quan ảo theo chủ đề như trang phục, nhạc cụ, nghề thủ công truyền thống. Kinh phí thực hiện được bố trí từ nguồn sự nghiệp văn hóa của tỉnh và chương trình chuyển đổi số giai đoạn tới.',
      },
    ],
    author: 'dinh-van-nam',
    byline: 'Đinh Văn Nam',
    tags: ['Bảo tồn văn hóa', 'Chuyển đổi số'],
    daysAgo: 33,
    hour: 14,
    minute: 0,
    image: {
      scene: 'city',
      alt: 'Mặt tiền Bảo tàng tỉnh Sơn Lâm với hàng cột trắng và sân lát đá rộng',
      caption: 'Bảo tàng tỉnh Sơn Lâm tại phường Đồng Tâm, thành phố Lâm Sơn, đang lưu giữ hơn 9.000 hiện vật.',
      credit: 'Ảnh: Văn Nam',
    },
  },

  // ───────────────────────────── Giáo dục ─────────────────────────────
  {
    section: 'giao-duc',
    title: 'Bữa cơm bán trú ấm lòng học trò vùng cao Pờ Lìn Chải',
    lead: 'Mỗi ngày, bếp ăn Trường PTDTBT Tiểu học Pờ Lìn Chải, huyện Pá Lương nấu ba bữa cho gần 300 học sinh người Mông ở bán trú. Nhờ chính sách hỗ trợ tiền ăn và sự góp sức của phụ huynh, những bữa cơm có thịt, có canh đã giúp các em yên tâm ở lại trường.',
    body: [
      {
        p: 'Năm giờ sáng, khi trời còn tối và sương mù phủ kín sân trường, ba cô cấp dưỡng đã nhóm lửa nấu cháo cho bữa sáng. Đến giữa trưa, mâm cơm của học sinh có cơm trắng, thịt lợn rim, rau cải luộc và canh bí. Các em xếp hàng lấy suất, ngồi thành từng nhóm sáu người, học sinh lớp lớn chia thức ăn cho các em lớp nhỏ.',
      },
      {
        p: 'Trường hiện có 512 học sinh, trong đó 296 em ở bán trú vì nhà cách trường từ 4 đến 12 km đường núi. Theo chính sách của Nhà nước, mỗi học sinh bán trú được hỗ trợ tiền ăn và gạo hằng tháng. Tuy vậy, khi giá thực phẩm tăng, nhà trường phải tính toán kỹ từng bữa để vừa bảo đảm dinh dưỡng, vừa không vượt quá định mức cho phép.',
      },
      {
        figure: {
          scene: 'school',
          alt: 'Học sinh tiểu học người Mông ngồi quanh những mâm cơm trong nhà ăn của trường',
          caption: 'Bữa trưa của học sinh bán trú tại Trường PTDTBT Tiểu học Pờ Lìn Chải.',
          credit: 'Ảnh: Minh Châu',
        },
      },
      {
        p: 'Để cải thiện bữa ăn, nhà trường vận động phụ huynh góp rau, củi theo khả năng của mỗi gia đình. Thầy trò còn tăng gia vườn rau rộng gần 800 mét vuông sau dãy lớp học và nuôi một đàn gà đẻ. Mỗi tuần, học sinh có thêm hai bữa ăn với rau sạch từ vườn trường và trứng gà, giúp giảm đáng kể chi phí mua thực phẩm.',
      },
      {
        quote:
          'Có những em mới vào lớp Một còn khóc đòi về nhà, nhưng sau vài tuần được ăn no, ngủ ấm, có bạn bè chơi cùng thì các em quen dần. Mấy năm nay, gần như không có học sinh nào của trường bỏ học giữa chừng.',
        cite: 'Thầy Vũ Đức Thịnh, Hiệu trưởng Trường PTDTBT Tiểu học Pờ Lìn Chải',
      },
      {
        p: 'Bên cạnh bữa ăn, nhà trường còn chú trọng dạy các em kỹ năng sống như rửa tay trước khi ăn, gấp chăn màn, giữ vệ sinh phòng ở. Buổi tối, giáo viên thay nhau trực, hướng dẫn học sinh ôn bài, kể chuyện và tổ chức sinh hoạt tập thể. Với nhiều em, ngôi trường giữa lưng chừng núi đã thực sự trở thành ngôi nhà thứ hai.',
      },
      {
        p: 'Tuy nhiên, khu bán trú vẫn còn nhiều khó khăn. Một số phòng ở chật chội, mùa đông thiếu chăn ấm, nhà tắm chưa có bình nước nóng. Nhà trường mong các tổ chức, cá nhân tiếp tục chung tay hỗ trợ để học sinh vùng cao có điều kiện ăn ở, học tập tốt hơn, nhất là trong những tháng rét đậm, rét hại sắp tới.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Phạm Minh Châu',
    tags: ['Trường bán trú', 'Giáo dục vùng cao', 'Đồng bào Mông'],
    daysAgo: 2,
    hour: 11,
    minute: 15,
    image: {
      scene: 'school',
      alt: 'Dãy nhà bán trú hai tầng nằm bên sườn núi, giữa sân trường có cột cờ',
      caption: 'Khu bán trú của Trường PTDTBT Tiểu học Pờ Lìn Chải, nơi gần 300 học sinh ăn ở trong tuần.',
      credit: 'Ảnh: Minh Châu',
    },
    comments: [
      { name: 'Nguyễn Hải Yến', body: 'Đọc mà thương các cháu. Cho mình xin thông tin liên hệ nhà trường để gửi ít chăn ấm trước mùa đông được không ạ?' },
      { name: 'Vũ Thành', body: 'Các cô cấp dưỡng dậy từ 5h sáng, vất vả quá. Mong có chế độ tốt hơn cho các cô.' },
      { name: 'Sùng A Chứ', body: 'em la hoc sinh cu cua truong day, doc bai tu nhien nho com truong qua' },
    ],
  },
  {
    section: 'giao-duc',
    title: 'Những thầy cô vượt suối đến điểm trường Huổi Mằn',
    lead: 'Để đến điểm trường Huổi Mằn, xã Nậm Chà, huyện Tả Ngàn, các thầy cô phải đi gần 15 km đường đất, lội qua ba con suối. Mùa mưa lũ, có những hôm họ phải bám dây để qua suối, nhưng lớp học chưa một ngày vắng thầy.',
    body: [
      {
        p: 'Sáu giờ sáng thứ Hai, thầy Sùng A Lềnh và cô Đặng Thị Phương đã có mặt ở trung tâm xã Nậm Chà, buộc chặt ba lô, gạo và thực phẩm lên yên xe máy. Đoạn đầu còn đi xe được, nhưng đến chân con dốc cuối cùng, xe phải gửi lại nhà dân. Hai thầy cô đi bộ thêm gần một tiếng, lội qua những đoạn suối nước ngập quá đầu gối mới tới điểm trường.',
      },
      {
        p: 'Điểm trường Huổi Mằn có hai lớp ghép với 23 học sinh người Dao, từ lớp Một đến lớp Ba. Lớp học là căn nhà gỗ lợp tôn do phụ huynh dựng, bên cạnh có một gian nhỏ làm chỗ ở cho giáo viên. Cả tuần, thầy cô ở lại bản, tự nấu ăn, tối về soạn bài, chấm bài dưới ánh đèn sạc, cuối tuần mới ra trung tâm xã.',
      },
      { h2: 'Mùa mưa, nỗi lo nước lũ' },
      {
        p: 'Vất vả nhất là những tháng mùa mưa, từ tháng Sáu đến tháng Chín. Chỉ cần một trận mưa lớn ở đầu nguồn, nước suối dâng lên nhanh, đục ngầu. Có lần, cô Phương phải cùng người dân căng dây qua suối rồi bám dây mà đi, trên lưng là túi sách vở của học sinh được bọc kín bằng túi ni lông. Nhiều hôm nước quá lớn, thầy cô phải ngồi bên bờ chờ đến chiều mới qua được.',
      },
      {
        quote:
          'Có hôm ướt hết từ đầu đến chân, đến lớp thì thấy các em đã ngồi chờ sẵn, có em còn nhóm lửa để cô hơ quần áo. Nhìn các em như thế, mình không nỡ nghỉ buổi nào.',
        cite: 'Cô Đặng Thị Phương, giáo viên điểm trường Huổi Mằn, Trường PTDTBT Tiểu học Nậm Chà',
      },
      {
        p: 'Không chỉ dạy chữ, thầy cô còn đến từng nhà vận động phụ huynh cho con đi học đều, hướng dẫn các em tắm rửa, cắt móng tay, chải tóc. Thầy Lềnh là người Mông nhưng nói thạo tiếng Dao, nên nhiều khi trở thành người giải thích chính sách, đọc giấy tờ giúp bà con trong bản. Nhờ vậy, nhiều năm liền, trẻ trong độ tuổi ở Huổi Mằn đều được đến lớp.',
      },
      {
        p: 'Ông Bàn Văn Chiêu, Phó Chủ tịch UBND xã Nậm Chà, cho biết huyện đã phê duyệt dự án xây cầu treo dân sinh qua suối Nậm Chà, dự kiến khởi công trong mùa khô tới. Khi cầu hoàn thành, không chỉ giáo viên mà hơn 60 hộ dân ở Huổi Mằn sẽ bớt đi nỗi lo mỗi mùa mưa lũ, trẻ em cũng có thể ra trung tâm xã học tiếp các lớp trên thuận lợi hơn.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Lò Mai - Văn Nam',
    tags: ['Giáo dục vùng cao', 'Nhà giáo', 'Đồng bào Dao'],
    daysAgo: 6,
    hour: 8,
    minute: 40,
    image: {
      scene: 'river',
      alt: 'Hai giáo viên xắn quần lội qua con suối nhiều đá, trên lưng đeo ba lô',
      caption: 'Thầy Sùng A Lềnh và cô Đặng Thị Phương lội suối vào điểm trường Huổi Mằn sáng đầu tuần.',
      credit: 'Ảnh: Văn Nam',
    },
    comments: [
      {
        name: 'Trần Văn Lợi',
        body: 'Trân trọng các thầy cô. Mong cầu treo sớm được xây để mùa mưa năm sau thầy cô đỡ vất vả.',
        replies: [{ name: 'Bàn Thị Xuân', body: 'Bản em ở gần đó, nghe nói mùa khô này là làm cầu rồi anh ạ.' }],
      },
      { name: 'Phụ huynh ở Lâm Sơn', body: 'Đã cho con đọc bài này để con biết quý những gì mình đang có.' },
      {
        name: 'Hoàng Quân',
        body: 'thay co vat va qua, nha nuoc nen tang phu cap cho giao vien diem truong le',
        replies: [{ name: 'Minh Đức', body: 'Đồng ý, phụ cấp phải tương xứng với công sức các thầy cô bỏ ra.' }],
      },
    ],
  },
  {
    section: 'giao-duc',
    title: 'Tỷ lệ tốt nghiệp THPT của tỉnh Sơn Lâm đạt 97,85%',
    lead: 'Theo kết quả vừa được Sở Giáo dục và Đào tạo công bố, kỳ thi tốt nghiệp THPT năm nay, tỉnh Sơn Lâm có 97,85% thí sinh đỗ tốt nghiệp, tăng 1,2 điểm phần trăm so với năm trước; khoảng cách giữa các trường vùng thấp và vùng cao tiếp tục được thu hẹp.',
    body: [
      {
        p: 'Kỳ thi năm nay, toàn tỉnh có 6.418 thí sinh đăng ký dự thi tại 21 điểm thi. Sau khi chấm thi và phúc khảo, có 6.280 thí sinh đủ điều kiện công nhận tốt nghiệp. Điểm trung bình các môn thi của tỉnh đều tăng nhẹ so với năm trước, trong đó Ngữ văn, Lịch sử và Giáo dục kinh tế và pháp luật là những môn có mức tăng rõ rệt nhất.',
      },
      { h2: 'Trường vùng cao có nhiều chuyển biến' },
      {
        p: 'Đáng chú ý, các trường phổ thông dân tộc nội trú và các trường THPT ở huyện vùng cao đều có tỷ lệ tốt nghiệp trên 95%. Trường PTDTNT THPT huyện Pá Lương lần đầu có 100% học sinh đỗ tốt nghiệp, trong đó có em đạt 27,5 điểm khối C00. Trường THPT Tả Ngàn, nơi hơn 90% học sinh là người dân tộc thiểu số, đạt tỷ lệ 96,4%, tăng gần 5 điểm phần trăm.',
      },
      {
        p: 'Ông Lê Minh Khoa, Phó Giám đốc Sở GD-ĐT tỉnh Sơn Lâm, cho biết kết quả trên có được nhờ các trường tổ chức ôn tập sớm, phân loại học sinh theo năng lực và tăng cường phụ đạo cho các em học yếu. Nhiều trường vùng cao còn tổ chức cho học sinh ôn thi tập trung tại trường, lo chỗ ăn ở miễn phí trong những tuần cuối trước kỳ thi.',
      },
      {
        quote:
          'Chúng tôi không chạy theo tỷ lệ mà muốn kết quả phản ánh đúng chất lượng. Điều mừng nhất năm nay là số bài thi dưới 1 điểm giảm mạnh, cho thấy học sinh vùng cao đã học thực chất hơn.',
        cite: 'Ông Lê Minh Khoa, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Sơn Lâm',
      },
      {
        p: 'Bên cạnh kết quả khả quan, ngành giáo dục tỉnh cũng thẳng thắn nhìn nhận môn Tiếng Anh vẫn có điểm trung bình thấp nhất, chỉ đạt 4,1 điểm. Ở một số trường vùng cao, phần lớn bài thi môn này dưới điểm trung bình do thiếu giáo viên, học sinh ít có môi trường thực hành. Sở GD-ĐT sẽ rà soát, bổ sung giáo viên và đẩy mạnh học trực tuyến để cải thiện tình trạng này.',
      },
      {
        p: 'Hiện các trường đang hướng dẫn học sinh điều chỉnh nguyện vọng xét tuyển đại học, cao đẳng. Sở GD-ĐT khuyến cáo thí sinh cân nhắc năng lực, điều kiện gia đình và nhu cầu nhân lực của địa phương, trong đó các ngành sư phạm, y tế, nông lâm nghiệp vẫn có nhiều chỉ tiêu cử tuyển và chính sách hỗ trợ dành cho con em đồng bào dân tộc thiểu số.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Phạm Minh Châu',
    tags: ['Thi cử', 'Giáo dục vùng cao'],
    daysAgo: 21,
    hour: 17,
    minute: 50,
    image: {
      scene: 'school',
      alt: 'Thí sinh mặc áo sơ mi trắng xếp hàng trước cổng điểm thi, phụ huynh đứng chờ bên ngoài',
      caption: 'Thí sinh vào phòng thi tốt nghiệp THPT tại điểm thi Trường THPT chuyên Sơn Lâm, thành phố Lâm Sơn.',
      credit: 'Ảnh: Minh Châu',
    },
    comments: [
      { name: 'Lê Thu', body: 'Chúc mừng các em học sinh Pá Lương, 100% là cố gắng rất lớn của cả thầy và trò.' },
      { name: 'Ngọc Bích', body: 'con em duoc 24 diem khoi A00, khong biet co du vao su pham khong nhi' },
      { name: 'Phạm Tuấn', body: 'Tiếng Anh thấp vẫn là chuyện muôn thuở. Cần giải pháp lâu dài từ cấp tiểu học chứ không chỉ ôn thi cấp tốc.' },
    ],
  },
  {
    section: 'giao-duc',
    title: 'Giúp trẻ mầm non người Mông tự tin nói tiếng Việt',
    lead: 'Nhiều trẻ người Mông ở huyện Pá Lương chỉ biết tiếng mẹ đẻ khi đến trường. Nhờ chương trình tăng cường tiếng Việt với góc học liệu, giáo viên song ngữ và sự đồng hành của cha mẹ, các cháu đã mạnh dạn giao tiếp, sẵn sàng bước vào lớp Một.',
    body: [
      {
        p: 'Ở lớp mẫu giáo 5 tuổi điểm trường Lùng Vai, Trường Mầm non Háng Pù, cô giáo Thào Thị Dua đang cho các cháu chơi trò “đi chợ”. Những quả su su, bắp ngô, bó rau được bày trên chiếc bàn nhỏ. Cháu nào “mua” phải nói đúng tên món hàng bằng tiếng Việt, đếm đủ số lượng và nói lời cảm ơn. Cả lớp cười rộn ràng mỗi khi một bạn nói đúng.',
      },
      {
        p: 'Cô Dua cho biết, đầu năm học, gần như cả lớp 24 cháu không nói được câu tiếng Việt hoàn chỉnh. Có cháu cả tuần đầu chỉ ngồi im, không dám xin cô đi vệ sinh. Là người Mông, cô dùng tiếng mẹ đẻ để làm quen, dỗ dành, rồi lồng dần tiếng Việt qua bài hát, câu chuyện, trò chơi. Sau một học kỳ, các cháu đã hiểu yêu cầu của cô và trả lời được bằng những câu ngắn.',
      },
      {
        quote:
          'Trẻ không biết tiếng Việt thì vào lớp Một sẽ rất sợ, không hiểu cô giảng, dễ chán học rồi bỏ học. Cho nên ở mầm non mình phải giúp các cháu mạnh dạn, hoà đồng, coi tiếng Việt là thứ tiếng vui chứ không phải thứ tiếng khó.',
        cite: 'Cô Thào Thị Dua, giáo viên Trường Mầm non Háng Pù',
      },
      {
        p: 'Theo Phòng Giáo dục và Đào tạo huyện Pá Lương, toàn huyện có hơn 3.100 trẻ mầm non là người dân tộc thiểu số, trong đó người Mông chiếm tỷ lệ lớn. Ba năm qua, huyện triển khai đề án tăng cường tiếng Việt, xây dựng môi trường chữ ở mọi góc lớp, bồi dưỡng giáo viên phương pháp dạy tiếng Việt như ngôn ngữ thứ hai và phát tài liệu hướng dẫn cha mẹ trò chuyện với con tại nhà.',
      },
      {
        p: 'Một cách làm được nhiều trường áp dụng là mời phụ huynh vào lớp cùng tham gia các hoạt động. Những ông bố, bà mẹ chưa thạo tiếng Việt cũng được học theo con, được hướng dẫn cách kể chuyện bằng tranh. Nhiều gia đình đã dành thời gian buổi tối trò chuyện với con bằng cả hai thứ tiếng, giúp trẻ vừa giữ được tiếng mẹ đẻ, vừa nói tiếng Việt tự nhiên hơn.',
      },
      {
        p: 'Kết quả đánh giá cuối năm học trước cho thấy hơn 96% trẻ 5 tuổi trong huyện đạt yêu cầu về phát triển ngôn ngữ, sẵn sàng vào lớp Một. Bên cạnh việc dạy tiếng, các trường còn chú trọng chăm sóc dinh dưỡng, theo dõi cân nặng để trẻ khoẻ mạnh, đồng thời giữ gìn bản sắc văn hoá qua các bài hát dân ca, trò chơi dân gian của người Mông.',
      },
    ],
    author: 'nguyen-thu-ha',
    byline: 'Nguyễn Thu Hà',
    tags: ['Giáo dục vùng cao', 'Đồng bào Mông'],
    daysAgo: 13,
    hour: 9,
    minute: 55,
    image: {
      scene: 'school',
      alt: 'Cô giáo ngồi cùng nhóm trẻ mẫu giáo bên những tranh chữ cái dán trên tường lớp học',
      caption: 'Giờ học làm quen tiếng Việt của lớp mẫu giáo 5 tuổi điểm trường Lùng Vai, Trường Mầm non Háng Pù.',
      credit: 'Ảnh: Thu Hà',
    },
  },
  {
    section: 'giao-duc',
    title: 'Sáng đèn lớp học xóa mù chữ ở bản Pá Hốc',
    lead: 'Sau một ngày lên nương, hơn hai mươi phụ nữ Thái và Khơ Mú ở bản Pá Hốc, xã Mường Sáng, huyện Nậm Sương lại đến lớp học buổi tối, chăm chỉ tập đánh vần, viết tên mình và làm những phép tính đầu tiên trong đời.',
    body: [
      {
        p: 'Lớp học đặt tại nhà văn hóa bản, chiếc bảng đen treo trên vách gỗ, ánh sáng từ hai bóng đèn tuýp. Học viên nhỏ nhất 19 tuổi, lớn nhất đã ngoài năm mươi. Nhiều chị địu con theo, vừa ru con ngủ vừa cầm bút nắn nót từng nét chữ. Giờ học bắt đầu lúc bảy giờ tối và kéo dài khoảng hai tiếng, năm buổi mỗi tuần.',
      },
      {
        p: 'Người đứng lớp là thầy Lò Văn Quyết, giáo viên Trường Tiểu học Mường Sáng, tình nguyện dạy thêm buổi tối. Thầy cho biết khó nhất là những tuần đầu, khi học viên cầm bút còn run, nhiều người ngại ngùng vì sợ con cháu cười. Thầy phải kiên nhẫn dạy từng nét, lấy ví dụ từ chính công việc hằng ngày như đếm gà, tính tiền bán ngô để bài học gần gũi hơn.',
      },
      {
        figure: {
          scene: 'meeting-hall',
          alt: 'Những người phụ nữ dân tộc thiểu số ngồi học chữ dưới ánh đèn trong nhà văn hóa bản',
          caption: 'Lớp xóa mù chữ buổi tối tại nhà văn hóa bản Pá Hốc, xã Mường Sáng.',
          credit: 'Ảnh: Quang Huy',
        },
      },
      {
        quote:
          'Trước đi chợ bán ngô, người ta đưa tiền gì cũng không biết là đủ hay thiếu. Giờ em đọc được, tính được rồi, còn tự viết được tên con vào tờ khai. Em vui lắm.',
        cite: 'Chị Lò Thị Ín, học viên lớp xóa mù chữ bản Pá Hốc',
      },
      {
        p: 'Theo Phòng Giáo dục và Đào tạo huyện Nậm Sương, từ đầu năm đến nay huyện đã mở 14 lớp xóa mù chữ với hơn 320 học viên, chủ yếu là phụ nữ trong độ tuổi từ 15 đến 60 ở các bản vùng sâu. Học viên được cấp miễn phí sách vở, đồ dùng học tập; địa phương hỗ trợ thêm tiền điện và bố trí người trông trẻ nhỏ để các chị yên tâm đi học.',
      },
      {
        p: 'Ngoài học chữ, lớp học còn lồng ghép các nội dung thiết thực như kiến thức chăm sóc sức khỏe sinh sản, phòng chống tảo hôn, kỹ năng dùng điện thoại để đọc tin nhắn thông báo của xã. Một số học viên đã mạnh dạn tham gia tổ vay vốn, ghi chép sổ sách chi tiêu gia đình, những việc trước đây các chị chưa từng dám nghĩ tới.',
      },
      {
        p: 'Theo kế hoạch, sau khi hoàn thành giai đoạn một, học viên sẽ được học tiếp giai đoạn hai để củng cố kiến thức, tránh tình trạng tái mù chữ. Huyện đặt mục tiêu đến hết năm sau, tỷ lệ người từ 15 đến 60 tuổi biết chữ ở tất cả các xã đều đạt trên 95%, góp phần hoàn thành tiêu chí giáo dục trong xây dựng nông thôn mới.',
      },
    ],
    author: 'tran-quang-huy',
    byline: 'Trần Quang Huy',
    tags: ['Giáo dục vùng cao', 'Nông thôn mới', 'Phụ nữ vùng cao', 'Nhà giáo'],
    daysAgo: 29,
    hour: 20,
    minute: 5,
    image: {
      scene: 'mountains',
      alt: 'Những nếp nhà sàn của bản Pá Hốc nằm dưới chân núi lúc chiều tối, vài ô cửa đã sáng đèn',
      caption: 'Bản Pá Hốc, xã Mường Sáng, nơi lớp xóa mù chữ dành cho phụ nữ được mở từ đầu năm.',
      credit: 'Ảnh: Quang Huy',
    },
  },
  {
    section: 'giao-duc',
    title: 'Khánh thành 12 phòng học và nhà bán trú ở xã Khau Lìn',
    lead: 'Sau gần một năm thi công, công trình 12 phòng học kiên cố và khu nhà bán trú của Trường PTDTBT THCS Khau Lìn, huyện Tả Ngàn đã được bàn giao, chấm dứt cảnh học sinh phải học trong những phòng học tạm bằng gỗ, vách nứa đã xuống cấp.',
    body: [
      {
        p: 'Công trình có tổng kinh phí gần 14 tỷ đồng, từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, cùng khoản tài trợ của một doanh nghiệp tại thành phố Lâm Sơn. Ngoài 12 phòng học, trường có thêm khu nhà ở bán trú 16 phòng, nhà ăn cho 300 học sinh, nhà tắm có nước nóng và hệ thống nước sạch.',
      },
      {
        p: 'Trước đây, Trường PTDTBT THCS Khau Lìn có 5 phòng học tạm dựng từ hơn mười năm trước. Mùa đông gió lùa qua vách, mùa mưa mái dột, thầy trò phải kê bàn tránh những chỗ nước nhỏ giọt. Học sinh bán trú phải ở trong các lán tạm do phụ huynh dựng quanh trường, mỗi lán chen chúc tám, mười em, nhiều đêm rét phải đốt lửa sưởi.',
      },
      { h2: 'Niềm vui trong ngày nhận trường mới' },
      {
        p: 'Trong ngày khánh thành, nhiều phụ huynh từ các thôn xa đã đi bộ hàng giờ đồng hồ để đến dự. Học sinh mặc trang phục dân tộc, biểu diễn văn nghệ chào mừng. Các em háo hức ngắm những phòng học mới sáng sủa, có quạt, có đèn, có tivi kết nối mạng để học trực tuyến. Ở khu bán trú, mỗi phòng được trang bị giường tầng, tủ đựng đồ và chăn đệm mới.',
      },
      {
        quote:
          'Nhà em ở thôn Phìn Hồ, đi bộ đến trường mất gần ba tiếng. Giờ được ở phòng mới, có nước nóng để tắm, em sẽ cố gắng học thật tốt để sau này làm cô giáo.',
        cite: 'Em Phàn Thị Dín, học sinh lớp 8, Trường PTDTBT THCS Khau Lìn',
      },
      {
        p: 'Ông Hoàng Đình Tuấn, Chủ tịch UBND huyện Tả Ngàn, cho biết đây là một trong 9 công trình trường học được huyện ưu tiên đầu tư trong giai đoạn này. Đến nay, tỷ lệ phòng học kiên cố toàn huyện đã đạt gần 88%. Huyện sẽ tiếp tục xóa phòng học tạm ở các điểm trường lẻ và vận động thêm nguồn xã hội hóa để xây nhà công vụ cho giáo viên.',
      },
      {
        p: 'Với cơ sở vật chất mới, nhà trường dự kiến tăng số học sinh bán trú từ 180 lên 260 em ngay trong năm học này, ưu tiên những em nhà xa, có hoàn cảnh khó khăn. Đây cũng là điều kiện để trường phấn đấu đạt chuẩn quốc gia mức độ 1 trong hai năm tới, như kỳ vọng của thầy trò và bà con trong xã.',
      },
    ],
    author: 'tran-quang-huy',
    byline: 'Trần Quang Huy',
    tags: ['Trường bán trú', 'Giáo dục vùng cao', 'Nông thôn mới'],
    daysAgo: 38,
    hour: 13,
    minute: 25,
    image: {
      scene: 'school',
      alt: 'Dãy nhà ba tầng sơn vàng mới xây, học sinh mặc trang phục dân tộc đứng trước sân',
      caption: 'Học sinh Trường PTDTBT THCS Khau Lìn trong ngày nhận bàn giao phòng học mới.',
      credit: 'Ảnh: Quang Huy',
    },
  },

  // ───────────────────────────── Thể thao ─────────────────────────────
  {
    section: 'the-thao',
    title: 'Phù Vân lần đầu vô địch giải bóng đá thanh niên tỉnh Sơn Lâm',
    lead: 'Đánh bại chủ nhà thành phố Lâm Sơn với tỷ số 2-1 trong trận chung kết chiều qua, đội bóng huyện Phù Vân lần đầu tiên giành chức vô địch Giải bóng đá thanh niên tỉnh Sơn Lâm, sau ba lần dừng bước ở trận đấu cuối cùng.',
    body: [
      {
        p: 'Trận chung kết diễn ra trên sân vận động tỉnh trước sự chứng kiến của gần 5.000 khán giả, trong đó có hàng trăm cổ động viên Phù Vân thuê xe khách xuống cổ vũ. Được đánh giá cao hơn, đội chủ nhà Lâm Sơn chủ động dâng cao tấn công ngay từ đầu và mở tỷ số ở phút 23 từ một tình huống phạt góc.',
      },
      {
        p: 'Bị dẫn bàn, các cầu thủ Phù Vân không nao núng. Tận dụng lối chơi phản công nhanh, tiền đạo Lương Văn Khải gỡ hòa ở phút 58 sau đường chuyền dài vượt tuyến của tiền vệ Hà Minh Đức. Đến phút 81, chính Khải đi bóng qua hai hậu vệ rồi dứt điểm chéo góc, ấn định chiến thắng 2-1, khiến khán đài phía cổ động viên Phù Vân như vỡ òa.',
      },
      {
        figure: {
          scene: 'stadium',
          alt: 'Các cầu thủ áo xanh ôm nhau ăn mừng trên sân cỏ, phía sau là khán đài kín người',
          caption: 'Cầu thủ huyện Phù Vân ăn mừng bàn thắng quyết định ở phút 81 trận chung kết.',
          credit: 'Ảnh: Văn Nam',
        },
      },
      {
        quote:
          'Đội chúng tôi phần lớn là nông dân, công nhân và học sinh, tập luyện chủ yếu vào buổi chiều sau giờ làm. Các em chơi bằng tất cả tình yêu dành cho quê hương. Chức vô địch này là món quà cho cả huyện.',
        cite: 'Ông Vi Văn Thắng, huấn luyện viên trưởng đội bóng huyện Phù Vân',
      },
      {
        p: 'Giải năm nay có 12 đội bóng đến từ các huyện, thành phố và lực lượng vũ trang tham dự, thi đấu 34 trận trong ba tuần. Ban tổ chức đánh giá chất lượng chuyên môn tăng rõ rệt so với các mùa trước, với 96 bàn thắng được ghi, nhiều trận đấu kịch tính thu hút đông đảo khán giả. Không có thẻ đỏ nào vì phản ứng trọng tài, tinh thần thi đấu cao thượng được các đội đề cao.',
      },
      {
        p: 'Ở trận tranh hạng ba, đội Công an tỉnh thắng huyện Nậm Sương 3-0. Danh hiệu Vua phá lưới thuộc về Lương Văn Khải với 7 bàn thắng, thủ môn xuất sắc nhất là Đỗ Trọng Hiếu của đội Lâm Sơn. Giải phong cách được trao cho đội huyện Pá Lương, đội bóng có nhiều cầu thủ người Mông lần đầu tham dự giải và để lại nhiều thiện cảm.',
      },
      {
        p: 'Theo Sở Văn hóa, Thể thao và Du lịch, từ giải đấu này, Trung tâm Huấn luyện và Thi đấu thể thao tỉnh sẽ tuyển chọn khoảng 20 cầu thủ để thành lập đội tuyển U21 của tỉnh, chuẩn bị tham dự vòng loại giải hạng Ba quốc gia vào năm tới. Đây là lần đầu tiên sau nhiều năm, bóng đá Sơn Lâm có kế hoạch trở lại hệ thống thi đấu quốc gia.',
      },
    ],
    author: 'dinh-van-nam',
    byline: 'Đinh Văn Nam',
    tags: ['Bóng đá', 'Thể thao phong trào'],
    daysAgo: 0,
    hour: 7,
    minute: 10,
    image: {
      scene: 'stadium',
      alt: 'Hai đội bóng tranh chấp quyết liệt trước khung thành trên sân vận động tỉnh',
      caption: 'Pha tranh chấp bóng trong trận chung kết giữa đội huyện Phù Vân và đội thành phố Lâm Sơn.',
      credit: 'Ảnh: Văn Nam',
    },
    comments: [
      {
        name: 'Fan Phù Vân',
        body: 'Phù Vân vô địch rồi!!! Cả huyện mở tiệc luôn anh em ơi',
        replies: [{ name: 'Đức Anh', body: 'Xứng đáng, trận chung kết đá quá hay, bàn thứ hai của Khải đẹp thật.' }],
      },
      { name: 'Nguyễn Hoàng Long', body: 'Lâm Sơn thua tiếc quá, hiệp 2 xuống sức rõ. Hẹn mùa sau.' },
      {
        name: 'Thanh Tùng',
        body: 'mong tinh dau tu them cho bong da tre, nhieu em co nang khieu ma khong co cho tap',
        replies: [{ name: 'Vi Thị Hằng', body: 'Đúng rồi, ở huyện mình toàn sân đất, mưa xuống là không đá được.' }],
      },
    ],
  },
  {
    section: 'the-thao',
    title: 'Sôi nổi bắn nỏ, kéo co tại ngày hội thể thao Pá Lương',
    lead: 'Hơn 600 vận động viên của 14 xã, thị trấn đã tranh tài ở 7 môn thể thao dân tộc trong Ngày hội văn hóa, thể thao các dân tộc huyện Pá Lương, biến sân vận động huyện thành một ngày hội rực rỡ sắc màu của núi rừng.',
    body: [
      {
        p: 'Ngay từ sáng sớm, các đoàn vận động viên trong trang phục truyền thống của người Mông, Dao, Giáy, Hà Nhì đã có mặt ở sân vận động huyện. Các môn thi đấu gồm bắn nỏ, kéo co, đẩy gậy, ném pao, đánh tu lu, đánh quay và đua ngựa. Xung quanh sân, hàng nghìn người dân từ các bản xa mang theo cơm nắm, rủ nhau đến cổ vũ từ lúc trời còn sương.',
      },
      {
        p: 'Môn bắn nỏ luôn thu hút đông người xem nhất. Mỗi xạ thủ bắn ba lượt ở khoảng cách 20 mét, bia tròn có năm vòng điểm. Những chiếc nỏ bằng gỗ nghiến, dây bện từ sợi gai, mũi tên vót từ tre đều do các xạ thủ tự tay làm. Mỗi khi một mũi tên trúng hồng tâm, khán đài lại reo hò, những chiếc khăn, chiếc mũ được tung lên trời.',
      },
      {
        quote:
          'Cái nỏ này tôi làm mất gần một tháng, gỗ phải phơi khô cả năm mới chắc. Hồi trẻ đi rừng đều mang nỏ theo người. Giờ không săn bắn nữa, mình giữ cái nỏ để thi đấu, để dạy con cháu.',
        cite: 'Ông Mùa A Dế, 63 tuổi, xạ thủ xã Háng Pù, giải nhất môn bắn nỏ nam',
      },
      {
        p: 'Không kém phần hấp dẫn là môn kéo co. Các đội kéo co nam, nữ gồm mười người, thi đấu theo thể thức ba hiệp thắng hai. Đội nữ xã Sủng Mán gây bất ngờ khi lần lượt vượt qua các đối thủ mạnh để giành chức vô địch. Những cô gái Mông quen lên nương gùi ngô, gánh củi đã khiến các đội bạn phải nể phục bằng sức bền và sự đồng lòng.',
      },
      {
        p: 'Đẩy gậy và ném pao cũng mang đến nhiều khoảnh khắc vui nhộn. Trong môn ném pao, các đôi nam nữ đứng thành hai hàng, tung cho nhau quả pao bằng vải có tua màu sặc sỡ, ai để rơi pao sẽ bị tính lỗi. Với nhiều bạn trẻ, đây còn là dịp làm quen, hò hẹn, đúng như tục lệ của người Mông trong những ngày hội xuân.',
      },
      {
        p: 'Kết thúc ngày hội, ban tổ chức trao 42 bộ huy chương cho các vận động viên. Xã Háng Pù giành giải nhất toàn đoàn, xã Sủng Mán và thị trấn Pá Lương lần lượt xếp thứ nhì, thứ ba. Huyện sẽ chọn các vận động viên xuất sắc để tham dự Đại hội thể thao các dân tộc thiểu số tỉnh Sơn Lâm, dự kiến tổ chức vào quý tới.',
      },
    ],
    author: 'dinh-van-nam',
    byline: 'Đinh Văn Nam',
    tags: ['Thể thao dân tộc', 'Lễ hội', 'Đồng bào Mông'],
    daysAgo: 3,
    hour: 18,
    minute: 35,
    image: {
      scene: 'festival',
      alt: 'Xạ thủ người Mông giương nỏ nhắm bắn bia, phía sau là đông đảo khán giả',
      caption: 'Một xạ thủ xã Háng Pù tranh tài ở môn bắn nỏ tại ngày hội thể thao các dân tộc huyện Pá Lương.',
      credit: 'Ảnh: Văn Nam',
    },
    comments: [
      { name: 'Mùa A Chư', body: 'Ông Dế bản em đấy, năm nào cũng giải nhất. Tự hào quá!' },
      { name: 'Lan Phương', body: 'Ước gì có video môn ném pao, đọc tả thôi đã thấy vui rồi.' },
      { name: 'Ha Thi Nga', body: 'doi keo co nu Sung Man qua dinh, chuc mung cac chi nhe' },
    ],
  },
  {
    section: 'the-thao',
    title: 'Hơn 3.000 vận động viên chinh phục cung đường mây Phù Vân',
    lead: 'Hơn 3.000 vận động viên trong nước và quốc tế đã tham gia Giải chạy Marathon Vượt núi Phù Vân lần thứ hai, vượt qua những con dốc dài, những thửa ruộng bậc thang và đỉnh đèo Khau Mây quanh năm mây phủ.',
    body: [
      {
        p: 'Giải năm nay có bốn cự ly 10 km, 21 km, 42 km và 70 km, xuất phát từ quảng trường thị trấn Phù Vân. Cự ly dài nhất đưa vận động viên qua địa phận ba xã, leo lên đỉnh đèo Khau Mây ở độ cao hơn 1.900 mét rồi men theo những đường mòn giữa rừng già trước khi trở về đích. Tổng độ cao tích luỹ của cự ly này lên tới gần 4.500 mét.',
      },
      {
        figure: {
          scene: 'road',
          alt: 'Đoàn vận động viên chạy trên con đường quanh co giữa ruộng bậc thang, xa xa là núi mờ sương',
          caption: 'Vận động viên cự ly 42 km chạy qua khu ruộng bậc thang xã Cốc Mười trong buổi sáng sớm.',
          credit: 'Ảnh: Quang Huy',
        },
      },
      {
        p: 'Ở cự ly 70 km, chiến thắng thuộc về vận động viên Nguyễn Trọng Phúc đến từ Hà Nội với thời gian 9 giờ 12 phút. Ở nội dung nữ, vận động viên người Mông Giàng Thị Sua của tỉnh Sơn Lâm về nhất, mang lại niềm tự hào cho khán giả địa phương. Sua cho biết đường chạy quen thuộc với chị vì hằng ngày chị vẫn đi nương qua chính những con dốc này.',
      },
      {
        quote:
          'Tôi từng chạy nhiều giải ở miền núi phía Bắc nhưng cung đường ở Phù Vân để lại ấn tượng đặc biệt. Lên đến đỉnh đèo, mây trôi ngang người, dưới chân là ruộng bậc thang, bao nhiêu mệt mỏi như tan biến. Người dân dọc đường cổ vũ rất nhiệt tình.',
        cite: 'Anh Nguyễn Trọng Phúc, vô địch cự ly 70 km nam',
      },
      { h2: 'Cú hích cho du lịch địa phương' },
      {
        p: 'Trong những ngày diễn ra giải, khách sạn, nhà nghỉ và homestay ở thị trấn Phù Vân đều kín phòng. Nhiều hộ dân mở cửa đón vận động viên, bán đặc sản như chè shan tuyết, thịt trâu gác bếp, mật ong rừng. Theo ước tính của Phòng Văn hoá - Thông tin huyện, giải chạy đã thu hút khoảng 7.000 lượt khách, doanh thu dịch vụ du lịch tăng gấp ba so với cùng kỳ.',
      },
      {
        p: 'Ông Ma Văn Dũng, Phó Chủ tịch UBND huyện Phù Vân, cho biết huyện đã huy động hơn 400 tình nguyện viên, lực lượng y tế, công an bố trí dọc các cự ly. Mỗi trạm tiếp nước đều có nhân viên y tế túc trực, xe cứu thương sẵn sàng ở các điểm hiểm trở. Nhờ vậy, giải diễn ra an toàn, chỉ có một số trường hợp bị chuột rút, trầy xước nhẹ và được sơ cứu kịp thời.',
      },
      {
        p: 'Ban tổ chức cho biết sẽ duy trì giải chạy thành sự kiện thường niên, đồng thời khuyến khích người dân địa phương tham gia các cự ly ngắn để lan toả phong trào rèn luyện sức khoẻ. Năm nay, hơn 500 học sinh, đoàn viên thanh niên của huyện đã cùng chạy cự ly 10 km với tinh thần “chạy vì quê hương”, tạo nên một hình ảnh đẹp trên đường đua.',
      },
    ],
    author: 'tran-quang-huy',
    byline: 'Trần Quang Huy',
    tags: ['Thể thao phong trào', 'Du lịch cộng đồng', 'Điền kinh'],
    daysAgo: 11,
    hour: 19,
    minute: 0,
    image: {
      scene: 'mountains',
      alt: 'Hàng nghìn vận động viên đứng ở vạch xuất phát trên quảng trường, phía sau là dãy núi',
      caption: 'Các vận động viên xuất phát cự ly 42 km tại quảng trường thị trấn Phù Vân lúc 5 giờ sáng.',
      credit: 'Ảnh: Quang Huy',
    },
    comments: [
      {
        name: 'Runner Hà Nội',
        body: 'Giải tổ chức tốt, trạm nước đầy đủ, tình nguyện viên dễ thương. Có điều đoạn xuống dốc sau đỉnh đèo trơn quá, năm sau BTC nên căng thêm dây bám.',
      },
      { name: 'Ma Thị Hoa', body: 'Nhà mình ở Phù Vân, mấy hôm giải chạy đông vui như Tết, bán hết sạch chè với mật ong luôn.' },
    ],
  },
  {
    section: 'the-thao',
    title: 'Công an tỉnh giữ vững ngôi vô địch bóng chuyền nam khối cơ quan',
    lead: 'Sau năm ngày tranh tài sôi nổi tại nhà thi đấu tỉnh, đội bóng chuyền Công an tỉnh đã thắng Bộ Chỉ huy Quân sự tỉnh 3-1 trong trận chung kết, qua đó bảo vệ thành công chức vô địch giải bóng chuyền nam các cơ quan, đơn vị tỉnh Sơn Lâm.',
    body: [
      {
        p: 'Giải do Liên đoàn Lao động tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức, thu hút 18 đội bóng đến từ các sở, ngành, doanh nghiệp và lực lượng vũ trang với gần 250 vận động viên. Các đội được chia thành bốn bảng thi đấu vòng tròn một lượt, chọn hai đội đứng đầu mỗi bảng vào vòng tứ kết.',
      },
      {
        p: 'Trận chung kết diễn ra kịch tính trước hơn một nghìn khán giả. Bộ Chỉ huy Quân sự tỉnh thắng set đầu 25-22 nhờ những pha đập bóng uy lực của chủ công Tòng Văn Hải. Tuy nhiên, từ set thứ hai, Công an tỉnh điều chỉnh đội hình, tăng cường chắn bóng trên lưới và lần lượt thắng ba set tiếp theo với các tỷ số 25-20, 27-25 và 25-19.',
      },
      {
        quote:
          'Anh em tập luyện ngoài giờ hành chính, có những tuần chỉ tập được hai buổi vì bận công tác. Nhưng tinh thần đoàn kết giúp đội vượt qua những thời điểm khó khăn, nhất là ở set ba khi bị dẫn 20-23.',
        cite: 'Thượng úy Lê Hoàng Nam, đội trưởng đội bóng chuyền Công an tỉnh',
      },
      {
        p: 'Đồng hạng ba thuộc về đội Điện lực Sơn Lâm và đội Sở Giao thông vận tải. Ban tổ chức cũng trao giải cho chủ công xuất sắc nhất Tòng Văn Hải, chuyền hai xuất sắc nhất Phạm Đức Mạnh và libero xuất sắc nhất Sầm Văn Tú. Đội Sở Y tế nhận giải phong cách nhờ lối chơi đẹp, cùng đội cổ động viên đông đảo và cổ vũ văn minh.',
      },
      {
        p: 'Theo đánh giá của ban tổ chức, bóng chuyền là môn thể thao có phong trào mạnh nhất trong khối cơ quan ở Sơn Lâm. Hầu hết các sở, ngành đều có sân bóng chuyền, nhiều đơn vị duy trì tập luyện đều đặn vào cuối giờ chiều. Giải đấu hằng năm không chỉ nâng cao sức khỏe cho cán bộ, công chức, viên chức mà còn là dịp giao lưu, gắn kết giữa các đơn vị.',
      },
      {
        p: 'Dự kiến trong tháng tới, Liên đoàn Lao động tỉnh sẽ tiếp tục tổ chức giải bóng chuyền hơi nữ, môn thể thao đang được chị em công nhân, viên chức và phụ nữ ở nhiều xã yêu thích. Đến nay đã có 22 đội đăng ký tham gia, nhiều đội đã bắt đầu tập luyện từ sau giờ làm để chuẩn bị cho giải đấu.',
      },
    ],
    author: 'nguyen-thu-ha',
    byline: 'Nguyễn Thu Hà',
    tags: ['Bóng chuyền', 'Thể thao phong trào'],
    daysAgo: 19,
    hour: 21,
    minute: 15,
    image: {
      scene: 'stadium',
      alt: 'Các cầu thủ bóng chuyền bật cao chắn bóng trên lưới trong nhà thi đấu',
      caption: 'Pha chắn bóng của các vận động viên Công an tỉnh trong trận chung kết tại nhà thi đấu tỉnh Sơn Lâm.',
      credit: 'Ảnh: Thu Hà',
    },
  },
  {
    section: 'the-thao',
    title: 'Lò Thị Ngân, cô gái bản Nà Lụ chạy tới huy chương vàng',
    lead: 'Từ những quãng đường chạy bộ tới trường, Lò Thị Ngân, cô gái dân tộc Thái 17 tuổi ở xã Mường Sáng, huyện Nậm Sương, vừa giành huy chương vàng nội dung 3.000 mét nữ tại giải điền kinh trẻ toàn quốc.',
    body: [
      {
        p: 'Ngân là con thứ hai trong một gia đình làm nông ở bản Nà Lụ. Hồi học cấp hai, mỗi ngày em chạy bộ gần 6 km từ nhà đến trường vì không có xe đạp. Tại hội khỏe Phù Đổng cấp huyện, thầy giáo thể dục phát hiện em có sức bền đặc biệt và đề xuất đưa em đi tập trung tại Trung tâm Huấn luyện và Thi đấu thể thao tỉnh.',
      },
      {
        p: 'Những ngày đầu xa nhà, Ngân nhiều lần khóc vì nhớ mẹ, lại chưa quen với giáo án tập luyện bài bản. Có thời gian em bị chấn thương cổ chân, phải nghỉ tập gần ba tháng. Nhưng cô gái nhỏ nhắn không bỏ cuộc. Mỗi sáng em dậy từ năm giờ, chạy quanh hồ trung tâm thành phố Lâm Sơn trước khi đến lớp học văn hóa.',
      },
      {
        quote:
          'Ngân có thể lực tốt, nhưng điều quý nhất ở em là tính kỷ luật. Giáo án nặng đến mấy em cũng hoàn thành, chưa bao giờ than vãn. Nếu được đầu tư đúng hướng, em có thể vươn tới đội tuyển quốc gia.',
        cite: 'Huấn luyện viên Trần Văn Bình, Trung tâm Huấn luyện và Thi đấu thể thao tỉnh Sơn Lâm',
      },
      {
        p: 'Tại giải năm nay, Ngân xuất phát khá thận trọng, bám sát nhóm dẫn đầu trong sáu vòng đầu tiên. Ở vòng cuối, em bứt tốc mạnh mẽ, vượt qua vận động viên của đoàn Hà Nội để cán đích với thành tích 9 phút 58 giây, lần đầu tiên chạy dưới mười phút. Đây là tấm huy chương vàng đầu tiên của điền kinh Sơn Lâm ở giải trẻ toàn quốc sau bảy năm.',
      },
      {
        p: 'Ngày Ngân trở về, cả bản Nà Lụ kéo đến chúc mừng. Bố mẹ em mổ lợn, mời bà con ăn cơm. Mẹ em, bà Lò Thị Tươi, vẫn chưa hết ngỡ ngàng khi xem lại đoạn phim con gái về đích trên chiếc điện thoại người hàng xóm cho mượn. Bà bảo, trước chỉ mong con học hết cấp ba, giờ con đã đi xa hơn những gì cả nhà dám nghĩ.',
      },
      {
        p: 'Sắp tới, Ngân sẽ được triệu tập tập huấn cùng đội tuyển trẻ quốc gia. Em nói mục tiêu gần nhất là cải thiện thành tích ở nội dung 5.000 mét, còn ước mơ xa hơn là một ngày được khoác áo đội tuyển Việt Nam tại SEA Games, để các em nhỏ ở bản biết rằng con gái vùng cao cũng có thể chạy thật xa.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Mai Phương',
    tags: ['Thể thao thành tích cao', 'Đồng bào Thái', 'Điền kinh'],
    daysAgo: 35,
    hour: 6,
    minute: 50,
    image: {
      scene: 'road',
      alt: 'Cô gái trẻ mặc áo thi đấu chạy trên con đường đất dẫn vào bản, hai bên là ruộng lúa',
      caption: 'Lò Thị Ngân tập chạy trên con đường quen thuộc dẫn vào bản Nà Lụ trong dịp về thăm nhà.',
      credit: 'Ảnh: Mai Phương',
    },
  },

  // ───────────────────────────── Sức khỏe ─────────────────────────────
  {
    section: 'suc-khoe',
    title: 'Tiêm bù vắc-xin sởi - rubella cho trẻ em ở các xã vùng cao',
    lead: 'Trước nguy cơ bệnh sởi quay trở lại, ngành y tế tỉnh Sơn Lâm đang triển khai chiến dịch tiêm bù, tiêm vét vắc-xin sởi - rubella cho hơn 9.000 trẻ từ 1 đến 10 tuổi chưa được tiêm đủ mũi, tập trung ở các xã vùng cao của hai huyện Tả Ngàn và Pá Lương.',
    body: [
      {
        p: 'Sáng sớm tại Trạm Y tế xã Sán Chải Hồ, huyện Tả Ngàn, hàng chục bà mẹ người Dao đã địu con đến chờ tiêm. Bàn khám sàng lọc, bàn tiêm và khu theo dõi sau tiêm được bố trí riêng biệt. Nhân viên y tế hỏi kỹ tiền sử, đo thân nhiệt cho từng trẻ, sau đó dặn phụ huynh ở lại theo dõi 30 phút, về nhà tiếp tục quan sát trẻ trong 24 giờ.',
      },
      {
        p: 'Theo Trung tâm Kiểm soát bệnh tật tỉnh (CDC Sơn Lâm), tỷ lệ tiêm đủ hai mũi vắc-xin sởi - rubella ở một số xã vùng cao chỉ đạt khoảng 80%, thấp hơn nhiều so với mức 95% cần thiết để tạo miễn dịch cộng đồng. Nguyên nhân là nhiều trẻ sinh tại nhà, gia đình đi làm ăn xa, đường sá cách trở và một bộ phận người dân còn e ngại phản ứng sau tiêm.',
      },
      {
        figure: {
          scene: 'hospital',
          alt: 'Nhân viên y tế tiêm vắc-xin cho em bé được mẹ bế trên tay tại trạm y tế xã',
          caption: 'Tiêm vắc-xin sởi - rubella cho trẻ tại Trạm Y tế xã Sán Chải Hồ, huyện Tả Ngàn.',
          credit: 'Ảnh: Minh Châu',
        },
      },
      {
        quote:
          'Chúng tôi phải đến từng nhà, nhờ trưởng thôn và người có uy tín giải thích cho bà con. Có gia đình phải đến ba, bốn lần mới đồng ý. Nhưng khi thấy con nhà hàng xóm tiêm xong vẫn khỏe mạnh, họ tự bế con đến trạm.',
        cite: 'Y sĩ Triệu Thị Lai, Trạm trưởng Trạm Y tế xã Sán Chải Hồ',
      },
      {
        p: 'Để không bỏ sót trẻ, các trạm y tế rà soát danh sách từ sổ tiêm chủng, dữ liệu dân cư và thông tin từ nhà trường. Ở những thôn xa trung tâm, đội tiêm chủng lưu động mang theo hòm lạnh bảo quản vắc-xin, đi bộ vào tận bản để tổ chức điểm tiêm tại nhà văn hóa. Mỗi buổi tiêm đều có bác sĩ và hộp thuốc chống sốc, bảo đảm an toàn tối đa cho trẻ.',
      },
      {
        p: 'Bác sĩ Lương Thị Hạnh, Phó Giám đốc CDC Sơn Lâm, cho biết sởi là bệnh truyền nhiễm cấp tính, lây qua đường hô hấp, có thể gây biến chứng nặng như viêm phổi, viêm não, đặc biệt ở trẻ suy dinh dưỡng. Tiêm đủ hai mũi vắc-xin là biện pháp phòng bệnh hiệu quả nhất. Chiến dịch dự kiến kết thúc trong tháng này, sau đó ngành y tế tiếp tục tiêm vét cho những trẻ vắng mặt.',
      },
      {
        p: 'Ngành y tế khuyến cáo phụ huynh kiểm tra sổ tiêm chủng của con, đưa trẻ đến trạm y tế nếu chưa tiêm đủ mũi. Khi trẻ có biểu hiện sốt, phát ban, ho, chảy nước mũi, đỏ mắt, cần đưa đến cơ sở y tế gần nhất để được khám và xử trí kịp thời, tránh tự điều trị tại nhà hoặc kiêng khem quá mức khiến trẻ suy kiệt.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Phạm Minh Châu',
    tags: ['Tiêm chủng', 'Phòng chống dịch', 'Y tế cơ sở', 'Đồng bào Dao'],
    daysAgo: 0,
    hour: 10,
    minute: 20,
    image: {
      scene: 'hospital',
      alt: 'Trạm y tế xã hai tầng sơn màu xanh nhạt, phía trước có nhiều phụ huynh bế con chờ tiêm',
      caption: 'Người dân đưa trẻ đến tiêm vắc-xin tại Trạm Y tế xã Sán Chải Hồ trong ngày đầu chiến dịch.',
      credit: 'Ảnh: Minh Châu',
    },
    comments: [
      {
        name: 'Bàn Thị Mai',
        body: 'Con em 2 tuổi, hôm trước cả nhà đi làm xa nên lỡ mũi 2, giờ đưa cháu ra trạm xã tiêm bù được không ạ?',
        replies: [{ name: 'Nguyễn Văn Thành', body: 'Được bạn nhé, mang theo sổ tiêm chủng ra trạm là cán bộ kiểm tra rồi tiêm bù cho cháu.' }],
      },
      { name: 'Lê Hương', body: 'Cảm ơn các y bác sĩ đã vất vả vào tận bản. Tiêm phòng là cần thiết, đừng nghe mấy tin đồn trên mạng.' },
    ],
  },
  {
    section: 'suc-khoe',
    title: 'Thành phố Lâm Sơn ra quân diệt lăng quăng phòng sốt xuất huyết',
    lead: 'Trước diễn biến phức tạp của dịch sốt xuất huyết với 146 ca mắc từ đầu năm, thành phố Lâm Sơn đã tổ chức chiến dịch diệt lăng quăng, bọ gậy tại tất cả các phường, xã, tập trung vào những khu dân cư đông đúc và các công trình đang xây dựng.',
    body: [
      {
        p: 'Sáng Chủ nhật, hàng trăm đoàn viên thanh niên, hội viên phụ nữ, cán bộ y tế và người dân phường Suối Hoa đã đồng loạt ra quân. Các nhóm chia nhau đi từng ngõ, lật úp chum vại, thu gom lốp xe cũ, vỏ chai lọ, chậu hỏng chứa nước đọng. Tổ dân phố nào cũng có xe chở rác đi theo, chỉ trong buổi sáng đã thu gom được gần bốn tấn vật dụng phế thải.',
      },
      {
        p: 'Theo Trung tâm Y tế thành phố Lâm Sơn, số ca mắc sốt xuất huyết năm nay tăng gần gấp đôi so với cùng kỳ, chủ yếu tập trung ở các phường Suối Hoa, Đồng Tâm và Bắc Thành. Dù chưa ghi nhận ca tử vong, đã có 11 trường hợp phải điều trị tại Bệnh viện Đa khoa tỉnh vì giảm tiểu cầu. Thời tiết mưa nắng xen kẽ tạo điều kiện cho muỗi vằn sinh sôi mạnh.',
      },
      { h2: 'Không chủ quan với những dụng cụ chứa nước nhỏ' },
      {
        p: 'Qua kiểm tra, cán bộ y tế phát hiện lăng quăng không chỉ ở những bể nước lớn mà còn ở những nơi người dân ít để ý như khay hứng nước tủ lạnh, đĩa lót chậu cây cảnh, lọ hoa trên bàn thờ, máng nước trên mái nhà. Nhiều công trình xây dựng để nước đọng trong hố móng, thùng phuy, bạt che vật liệu cũng trở thành nơi muỗi đẻ trứng.',
      },
      {
        quote:
          'Muỗi vằn chỉ cần một lượng nước rất nhỏ là đã đẻ trứng được. Mỗi gia đình chỉ cần dành mười phút mỗi tuần để kiểm tra, đậy kín, thay nước các dụng cụ chứa nước là đã góp phần rất lớn vào việc chặn dịch.',
        cite: 'Bác sĩ Đào Thị Thu Trang, Giám đốc Trung tâm Y tế thành phố Lâm Sơn',
      },
      {
        p: 'Cùng với chiến dịch diệt lăng quăng, ngành y tế tổ chức phun hóa chất diệt muỗi tại các ổ dịch, giám sát chặt các trường hợp sốt nghi ngờ. Các trường học được yêu cầu tổng vệ sinh khuôn viên, kiểm tra bể nước, nhà vệ sinh. Người dân được khuyến cáo ngủ màn kể cả ban ngày, mặc quần áo dài tay và dùng kem xua muỗi, nhất là với trẻ nhỏ.',
      },
      {
        p: 'Ngành y tế lưu ý, khi có biểu hiện sốt cao đột ngột, đau đầu, đau mỏi người, xuất hiện chấm xuất huyết dưới da, chảy máu cam hay chảy máu chân răng, người bệnh cần đến cơ sở y tế để được khám và theo dõi. Tuyệt đối không tự ý dùng thuốc hạ sốt có chứa aspirin hay ibuprofen, không tự truyền dịch tại nhà vì có thể làm bệnh nặng thêm.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Phạm Minh Châu',
    tags: ['Phòng chống dịch', 'Sốt xuất huyết', 'Y tế cơ sở'],
    daysAgo: 1,
    hour: 16,
    minute: 45,
    image: {
      scene: 'city',
      alt: 'Đoàn viên thanh niên đội mũ tình nguyện thu gom lốp xe cũ và chai lọ trong một con ngõ',
      caption: 'Đoàn viên thanh niên phường Suối Hoa thu gom vật dụng phế thải chứa nước đọng trong chiến dịch diệt lăng quăng.',
      credit: 'Ảnh: Minh Châu',
    },
  },
  {
    section: 'suc-khoe',
    title: 'Bệnh viện Đa khoa huyện Phù Vân đưa máy chụp CT vào hoạt động',
    lead: 'Bệnh viện Đa khoa huyện Phù Vân vừa đưa vào sử dụng hệ thống máy chụp cắt lớp vi tính 32 lát cắt cùng máy siêu âm màu và máy xét nghiệm sinh hoá tự động, giúp người dân vùng cao được chẩn đoán chính xác ngay tại tuyến huyện, giảm chi phí đi lại.',
    body: [
      {
        p: 'Hệ thống trang thiết bị có tổng giá trị hơn 12 tỷ đồng, được đầu tư từ nguồn vốn chương trình phục hồi và phát triển y tế cơ sở. Trước đây, bệnh nhân nghi chấn thương sọ não, đột quỵ hay có khối u đều phải chuyển lên Bệnh viện Đa khoa tỉnh ở thành phố Lâm Sơn, cách hơn 90 km đường đèo, mất gần ba tiếng đi xe.',
      },
      {
        p: 'Chỉ trong tuần đầu vận hành, khoa Chẩn đoán hình ảnh đã thực hiện 87 ca chụp CT, trong đó phát hiện kịp thời 4 trường hợp xuất huyết não và 2 trường hợp chấn thương sọ não do tai nạn giao thông. Nhờ có kết quả nhanh, các bác sĩ đã hội chẩn từ xa với bệnh viện tuyến trên, thống nhất phương án điều trị chỉ trong vòng một giờ.',
      },
      {
        figure: {
          scene: 'hospital',
          alt: 'Bác sĩ ngồi trước màn hình trong phòng điều khiển, sau tấm kính là bệnh nhân nằm trên bàn máy chụp cắt lớp',
          caption: 'Bác sĩ khoa Chẩn đoán hình ảnh vận hành máy chụp CT 32 lát cắt tại Bệnh viện Đa khoa huyện Phù Vân.',
          credit: 'Ảnh: Quang Huy',
        },
      },
      {
        quote:
          'Có máy CT, chúng tôi như có thêm đôi mắt. Với bệnh nhân đột quỵ, thời gian là yếu tố sống còn. Trước đây mất mấy tiếng chuyển viện, nhiều ca lên đến tuyến trên đã quá giờ vàng. Giờ chẩn đoán ngay tại chỗ, cơ hội cứu người cao hơn rất nhiều.',
        cite: 'Bác sĩ CKII Hà Văn Toàn, Giám đốc Bệnh viện Đa khoa huyện Phù Vân',
      },
      {
        p: 'Để vận hành thiết bị mới, bệnh viện đã cử 6 bác sĩ, kỹ thuật viên đi đào tạo tại bệnh viện tuyến trung ương. Bệnh viện cũng kết nối hệ thống khám chữa bệnh từ xa với Bệnh viện Đa khoa tỉnh, cho phép truyền hình ảnh chụp chiếu để các chuyên gia đọc kết quả, hỗ trợ chẩn đoán những ca khó mà không cần chuyển bệnh nhân đi xa.',
      },
      {
        p: 'Bà Lường Thị Phấn, 62 tuổi, ở xã Cốc Mười, vừa được chụp CT sau một lần ngã cầu thang, cho biết trước đây mỗi lần lên tỉnh khám, gia đình phải thuê xe hết gần hai triệu đồng, chưa kể tiền ăn ở cho người nhà. Nay được chụp ngay ở huyện, có bảo hiểm y tế chi trả, bà đỡ lo hẳn. “Già rồi, đi xa mệt lắm, được khám gần nhà là mừng”, bà nói.',
      },
      {
        p: 'Theo Sở Y tế Sơn Lâm, từ nay đến cuối năm sẽ có thêm hai bệnh viện huyện được trang bị máy chụp CT. Cùng với đầu tư thiết bị, ngành y tế tập trung đào tạo nhân lực, có chính sách thu hút bác sĩ về công tác tại vùng cao, góp phần chăm sóc sức khoẻ người dân tốt hơn và giảm quá tải cho các bệnh viện tuyến tỉnh.',
      },
    ],
    author: 'tran-quang-huy',
    byline: 'Trần Quang Huy',
    tags: ['Y tế cơ sở', 'Chăm sóc sức khỏe'],
    daysAgo: 8,
    hour: 14,
    minute: 35,
    image: {
      scene: 'hospital',
      alt: 'Khu nhà chính ba tầng của Bệnh viện Đa khoa huyện Phù Vân với biển tên màu xanh',
      caption: 'Bệnh viện Đa khoa huyện Phù Vân là cơ sở khám chữa bệnh tuyến huyện đầu tiên của tỉnh có máy chụp CT.',
      credit: 'Ảnh: Quang Huy',
    },
  },
  {
    section: 'suc-khoe',
    title: 'Bài thuốc tắm lá của người Dao đỏ giúp nhiều gia đình thoát nghèo',
    lead: 'Từ những bài thuốc tắm lá được truyền qua nhiều thế hệ, hợp tác xã dược liệu của người Dao đỏ ở xã Sán Chải Hồ, huyện Tả Ngàn đã đưa sản phẩm ra thị trường, vừa giữ gìn tri thức y học dân gian, vừa tạo việc làm cho hàng chục hộ dân.',
    body: [
      {
        p: 'Trong căn bếp gỗ của gia đình bà Chảo Mùi Kiều, nồi nước lá đặc quánh sôi lục bục trên bếp lửa, tỏa mùi thơm ngai ngái. Bà Kiều kể, bài thuốc tắm của nhà bà có hơn hai mươi loại lá, vỏ cây, rễ cây hái trên rừng, mỗi loại một công dụng. Người Dao dùng nước lá tắm cho phụ nữ sau sinh, cho người già đau nhức xương khớp, cho người đi nương về mệt mỏi.',
      },
      {
        p: 'Trước kia, bài thuốc chỉ được dùng trong gia đình và truyền cho con gái, con dâu. Cách đây bốn năm, với sự hỗ trợ của huyện, 32 hộ dân trong xã cùng thành lập Hợp tác xã dược liệu Sán Chải Hồ. Hợp tác xã chế biến lá thuốc thành dạng khô đóng túi và dạng cao lỏng, bán cho các khu nghỉ dưỡng, khách du lịch và các cửa hàng dược liệu ở thành phố Lâm Sơn, Hà Nội.',
      },
      {
        quote:
          'Cây thuốc không phải cứ lên rừng là có mãi. Ngày trước hái thoải mái, giờ mình phải trồng lại, hái lá thì chừa gốc để cây còn mọc. Giữ được rừng mới giữ được bài thuốc.',
        cite: 'Bà Chảo Mùi Kiều, Giám đốc Hợp tác xã dược liệu Sán Chải Hồ',
      },
      {
        p: 'Để có nguồn nguyên liệu ổn định, hợp tác xã đã trồng hơn 6 ha cây dược liệu dưới tán rừng và trên đất vườn đồi. Các thành viên được tập huấn về kỹ thuật trồng, thu hái, sơ chế theo hướng an toàn. Sản phẩm của hợp tác xã đã được kiểm nghiệm, công bố chất lượng và đạt chứng nhận sản phẩm OCOP 3 sao cấp tỉnh, mở ra cơ hội vào các hệ thống phân phối lớn.',
      },
      {
        p: 'Bác sĩ Lý Văn Sơn, Trưởng khoa Y học cổ truyền, Bệnh viện Đa khoa huyện Tả Ngàn, cho biết nhiều loại lá trong bài thuốc tắm của người Dao có tác dụng giảm đau, chống viêm, lưu thông khí huyết. Tuy nhiên, người dùng cần chú ý không tắm khi vừa ăn no hoặc đang sốt cao; phụ nữ sau sinh nên tắm ở nơi kín gió, theo hướng dẫn của người có kinh nghiệm.',
      },
      {
        p: 'Hiện mỗi năm hợp tác xã bán ra khoảng 15 tấn lá thuốc khô và hàng nghìn lọ cao tắm, thu nhập bình quân của các thành viên đạt 5-6 triệu đồng mỗi tháng. Một số hộ còn làm dịch vụ tắm lá thuốc cho du khách ngay tại nhà, kết hợp giới thiệu văn hóa người Dao đỏ, góp phần đưa Sán Chải Hồ trở thành điểm đến được nhiều người biết đến.',
      },
    ],
    author: 'lo-thi-mai',
    byline: 'Lò Thị Mai',
    tags: ['Y học cổ truyền', 'Đồng bào Dao', 'Giảm nghèo'],
    daysAgo: 24,
    hour: 12,
    minute: 5,
    image: {
      scene: 'forest',
      alt: 'Người phụ nữ Dao đỏ đeo gùi hái lá thuốc trong khu vườn dược liệu dưới tán rừng',
      caption: 'Thành viên Hợp tác xã dược liệu Sán Chải Hồ thu hái lá thuốc dưới tán rừng.',
      credit: 'Ảnh: Lò Mai',
    },
  },
  {
    section: 'suc-khoe',
    title: 'Siết chặt an toàn thực phẩm mùa cao điểm Tết Nguyên đán',
    lead: 'Các đoàn kiểm tra liên ngành của tỉnh Sơn Lâm đã kiểm tra 312 cơ sở sản xuất, kinh doanh thực phẩm trong đợt cao điểm trước Tết Nguyên đán, phát hiện 41 cơ sở vi phạm, tịch thu và tiêu hủy hơn 1,2 tấn thực phẩm không rõ nguồn gốc.',
    body: [
      {
        p: 'Tại chợ trung tâm thành phố Lâm Sơn, đoàn kiểm tra của Chi cục An toàn vệ sinh thực phẩm tỉnh lấy mẫu giò chả, thịt gác bếp, bánh chưng, mứt Tết, rượu để xét nghiệm nhanh. Nhiều tiểu thương xuất trình được hóa đơn, giấy tờ chứng minh nguồn gốc, song vẫn có quầy hàng bày bán mứt không nhãn mác, thịt trâu khô không rõ nơi sản xuất.',
      },
      {
        p: 'Đáng chú ý, tại một cơ sở sản xuất thịt gác bếp ở phường Bắc Thành, đoàn kiểm tra phát hiện gần 300 kg thịt bò, thịt trâu khô không có hóa đơn chứng từ, được đóng gói, dán nhãn là đặc sản vùng cao để bán qua mạng xã hội. Cơ sở này còn sử dụng phẩm màu không nằm trong danh mục được phép. Toàn bộ số hàng đã bị tiêu hủy, chủ cơ sở bị xử phạt 35 triệu đồng.',
      },
      {
        quote:
          'Dịp Tết nhu cầu mua sắm tăng cao là lúc thực phẩm bẩn dễ trà trộn nhất. Người tiêu dùng nên chọn mua ở nơi có địa chỉ rõ ràng, nhãn mác đầy đủ, đặc biệt cảnh giác với những sản phẩm gọi là đặc sản nhưng giá rẻ bất thường.',
        cite: 'Ông Nông Văn Quảng, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh Sơn Lâm',
      },
      {
        p: 'Cùng với kiểm tra, ngành y tế tăng cường giám sát ngộ độc rượu, nhất là rượu ngô, rượu men lá tự nấu ở các vùng nông thôn. Cán bộ y tế xã được yêu cầu tuyên truyền đến từng thôn bản về nguy cơ ngộ độc methanol, hướng dẫn người dân nhận biết các dấu hiệu như đau đầu, nôn, nhìn mờ để đưa người bệnh đến cơ sở y tế kịp thời.',
      },
      {
        p: 'Người dân cũng được khuyến cáo không ăn các loại nấm rừng lạ, không dùng thịt gia súc, gia cầm chết không rõ nguyên nhân để làm cỗ Tết. Theo thống kê của ngành y tế, các vụ ngộ độc thực phẩm ở vùng cao Sơn Lâm những năm trước chủ yếu xảy ra trong đám cưới, đám ma hoặc dịp lễ, Tết, khi thức ăn được nấu số lượng lớn và để lâu ở nhiệt độ thường.',
      },
      {
        p: 'Đợt kiểm tra cao điểm sẽ kéo dài đến hết tháng Giêng, tập trung vào các cơ sở chế biến, bếp ăn tập thể và các lễ hội đầu xuân. Các trường hợp vi phạm nghiêm trọng sẽ được công khai trên phương tiện thông tin đại chúng để người tiêu dùng biết, lựa chọn, đồng thời răn đe những cơ sở làm ăn gian dối.',
      },
    ],
    author: 'pham-minh-chau',
    byline: 'Nhóm phóng viên',
    tags: ['An toàn thực phẩm', 'Chăm sóc sức khỏe'],
    daysAgo: 40,
    hour: 17,
    minute: 5,
    image: {
      scene: 'market',
      alt: 'Cán bộ kiểm tra mặc áo blouse trắng lấy mẫu thịt gác bếp tại một quầy hàng trong chợ',
      caption: 'Đoàn kiểm tra liên ngành lấy mẫu thực phẩm tại chợ trung tâm thành phố Lâm Sơn.',
      credit: 'Ảnh: Minh Châu',
    },
    comments: [
      {
        name: 'Nguyễn Thị Loan',
        body: 'Mua thịt trâu gác bếp trên mạng mà sợ quá, nhiều nơi bán rẻ bất ngờ. Cảm ơn báo đã cảnh báo.',
        replies: [{ name: 'Hoàng Văn Sinh', body: 'Chị nên mua trực tiếp của bà con ở bản hoặc cửa hàng có tem OCOP, giá cao hơn chút nhưng yên tâm.' }],
      },
      { name: 'Tran Duc', body: 'phat 35 trieu la qua nhe, phai cho dong cua luon' },
      { name: 'Lý Thị Hồng', body: 'Ở xã em năm ngoái có vụ ngộ độc rượu trong đám cưới, mong y tế xã tuyên truyền nhiều hơn nữa.' },
    ],
  },
];
