"""The demo journal in Traditional Chinese: partners in Taipei, Kaohsiung, Taichung, Hsinchu."""

from __future__ import annotations

from partnerbook.services.demo_corpus import (
    City,
    Locale,
    benefits,
    kpis,
    lines,
    pairs,
    patterns,
    sections,
)

TW = Locale(
    code="zh-TW",
    languages=("zh-TW", "en"),
    weight=11,
    weekend=(5, 6),
    family_first=True,
    spaced=False,
    family=pairs(
        "陳:chen 林:lin 黃:huang 張:chang 李:lee 王:wang 吳:wu 劉:liu 蔡:tsai 楊:yang "
        "許:hsu 鄭:cheng 謝:hsieh 郭:kuo 洪:hung 曾:tseng 邱:chiu 廖:liao 賴:lai 葉:yeh"
    ),
    female=pairs(
        "美玲:meiling 怡君:yichun 雅婷:yating 淑芬:shufen 佩珊:peishan 詩涵:shihhan "
        "嘉慧:chiahui 麗華:lihua 欣怡:hsinyi 靜宜:chingyi 曉薇:hsiaowei"
    ),
    male=pairs(
        "志豪:chihhao 家豪:chiahao 俊傑:chunchieh 建宏:chienhung 冠宇:kuanyu 宗翰:tsunghan "
        "國華:kuohua 書豪:shuhao 韋廷:weiting 承恩:chengen 彥霖:yenlin"
    ),
    pronouns=("他", "她", "他的", "她的"),
    address=("{name}", "{name}"),
    cities=(
        City(
            "Taipei",
            "台北",
            "Taiwan",
            8,
            "+886 9dd ddd ddd",
            "TWD",
            ("信義區的咖啡廳", "大安區巷弄裡的咖啡館"),
        ),
        City("Kaohsiung", "高雄", "Taiwan", 8, "+886 9dd ddd ddd", "TWD", ("駁二附近的咖啡館",)),
        City("Taichung", "台中", "Taiwan", 8, "+886 9dd ddd ddd", "TWD", ("勤美商圈的咖啡館",)),
        City("Hsinchu", "新竹", "Taiwan", 8, "+886 9dd ddd ddd", "TWD", ("科學園區旁的咖啡館",)),
    ),
    mail_domain="mail-tw.example",
    cores=pairs(
        "晨曦:chenhsi 曜華:yaohua 翔鷹:hsiangying 綠蔭:luyin 青嵐:chinglan 晴川:chingchuan "
        "藍海:lanhai 拾穗:shihsui 萬里:wanli 璞玉:puyu 澄觀:chengkuan 禾風:hofeng"
    ),
    patterns=patterns(
        """
        {core}設計工作室 | design | designer
            小型室內設計工作室；比我們更早接觸到未來的客戶。
        {core}精密工業股份有限公司 | precision | supplier
            零件供應商，交期穩定，主要客戶在科學園區。
        {core}國際會展 | expo | event organiser
            每年承辦約十場產業展覽和論壇。
        {core}數位行銷 | digital | agency
            數位行銷公司，擅長社群與短影音。
        {core}電子支付 | pay | e-wallet
            電子支付業者，用戶約兩百萬，想拓展中南部商家。
        {core}綠能科技 | solar | installer
            太陽能板安裝商，進入客戶家中比任何人都早。
        {core}文創 | creative | brand,designer
            文創品牌，十家門市，顧客多為年輕上班族。
        """
    ),
    clients=lines(
        """
        {core}牙醫診所
        {core}物流
        {core}室內裝修
        {core}連鎖餐廳
        {core}法律事務所
        """
    ),
    places=lines(
        """
        對方公司附近的咖啡廳
        對方辦公室
        我們辦公室
        飯店大廳
        公司附近的茶館
        展覽會場
        """
    ),
    roles=lines(
        """
        業務開發經理
        行銷總監
        專案經理
        總經理特助
        採購經理
        產品經理
        合作夥伴經理
        """
    ),
    solo_roles=lines(
        """
        自由接案設計師
        室內設計師
        活動企劃顧問
        攝影師
        """
    ),
    departments=("行銷部", "業務部", "產品部", "採購部"),
    how_met=lines(
        """
        在台北的金融科技論壇認識
        朋友聚餐時認識
        在合作夥伴大會的晚宴同桌
        一起參加支付產業座談
        在新創早餐會認識
        """
    ),
    introduced="經由{other}介紹認識",
    motivations=sections(
        """
        [kpi]
        今年要達成三成成長
        獎金跟通路帶來的營收掛鉤
        [boss_recognition]
        想讓老闆看到成果
        年底考核需要一個亮點專案
        [peer_standing]
        在同業間有好名聲
        想在產業論壇上分享
        [career]
        想升到處長
        想轉調產品部門
        [learning]
        喜歡學新技術
        想了解國外的合作模式
        [comfort]
        希望流程簡單
        不想處理冗長的合約
        [relationship]
        喜歡一起吃飯聊天
        只跟信任的人合作
        [other]
        熱心社區活動
        希望公司部落格有好故事可寫
        """
    ),
    details=sections(
        """
        [family]
        有兩個兒子
        太太在銀行工作
        女兒剛上國中
        [hobby]
        跑馬拉松
        喜歡攝影
        週末騎單車
        [ask_next]
        問問東京馬拉松的成績
        問問新辦公室
        問問去北海道玩得如何
        [food]
        喜歡珍珠奶茶
        吃素
        不吃牛肉
        [other]
        老家在台南，過年回去一週
        """
    ),
    scopes=lines(
        """
        互相轉介中小企業客戶；每年合辦兩場線上研討會。
        為對方用戶提供聯名開戶優惠，客服由我們負責。
        對方向客戶銷售我們的產品；我們培訓對方業務團隊。
        合作內容：每季產業報告和一場論壇分享。
        """
    ),
    responsibilities=lines(
        """
        對方每週提供潛在客戶名單；我們48小時內回覆並回報結果。
        我們負責活動企劃和會後紀錄；對方寄給他們的客戶。
        對方提供場地和講者；我們負責來賓和贊助商。
        """
    ),
    terms=lines(
        """
        為期12個月，自動續約；終止需提前60天通知。
        試行6個月，之後依約定指標檢討。
        非獨家；任一方提前30天通知即可終止。
        """
    ),
    revenue=sections(
        """
        [fixed_fee]
        每位成功簽約的轉介客戶支付{fee} {cur}，按月結算
        [percentage]
        轉介客戶第一年營收的{pct}%
        [none]
        不涉及費用：雙向轉介客戶
        """
    ),
    fit_notes=sections(
        """
        [complementary_strengths]
        對方有通路，我們有產品，互補性高。
        有兩塊業務跟我們重疊。
        [audience_fit]
        對方客戶正是我們要找的中小企業。
        客戶以大型企業為主，只有部分適合。
        [trust]
        到目前為止說到做到，數據分享透明。
        上一季兩次延誤，要多注意。
        [size_proportion]
        規模相近，決策速度差不多。
        比我們大很多，跑腿的事我們來做。
        [willingness]
        總經理親自支持這次合作。
        有興趣，但還沒有預算負責人。
        """
    ),
    benefits=benefits(
        """
        [for_them short]
        第一季帶來{q}筆優質名單 | 筆 | 30 50 80
        聯名優惠讓註冊數提升{q}% | % | 10 15 20
        一個可放進業務簡報的聯名客戶案例
        合辦研討會報名{q}人 | 人 | 100 150
        [for_them long]
        每年透過我們的通路新增{q}家客戶 | 家 | 100 200 300
        客戶開戶時間縮短{q}% | % | 20 30
        不必增加人力的第二條營收來源
        對接我們{q}家企業客戶 | 家 | 10 20
        [for_us short]
        對方引薦{q}家中小企業客戶 | 家 | 10 15
        在對方年度大會上的演講機會
        [for_us long]
        {q}%的新增營收來自合作夥伴轉介 | % | 15 20
        藉由對方品牌進入新市場
        """
    ),
    openers=sections(
        """
        [coffee]
        和{short}在{place}喝咖啡
        和{short}喝下午茶
        [meeting]
        與{org}開會
        與{short}和團隊開會
        [call]
        和{short}通電話
        和{short}簡短通話
        [video]
        和{short}視訊會議
        [message]
        和{short}傳訊息聯絡
        [email]
        收到{short}的信
        和{short}往來信件
        [event]
        在產業論壇遇到{short}
        在交流活動碰到{short}
        [note]
        關於{short}的備忘
        """
    ),
    topics=lines(
        """
        下一季合辦研討會
        轉介客戶數據
        試行結果
        續約
        對方新來的副總
        聯合行銷預算
        開戶流程太慢
        論壇分享
        拓展高雄市場
        對方客戶的定價
        """
    ),
    said=lines(
        """
        暑假轉介客戶較少；{short}預計中秋後會回升。
        新副總要先看數據再決定要不要加預算。
        試行成效不錯：14家客戶已開戶，兩家反映身分驗證麻煩。
        {short}正在替合作團隊招兩個人。
        一月份他們要重新評估所有供應商。
        {short}很喜歡我們的會議紀錄格式，已經轉給主管。
        他們的客戶常問電子發票的問題。
        合辦研討會報名180人，現場60人。
        預算凍結到新的會計年度。
        明年可能在台中設辦公室。
        """
    ),
    wants=lines(
        """
        {short}需要一頁摘要給主管看。
        他們希望每位轉介客戶收固定費用，而不是抽成。
        {short}需要兩個客戶案例給業務團隊。
        他們希望我們負責活動的行政安排。
        {short}想認識我們負責東南亞的同事。
        他們希望聯名活動頁在上線前準備好。
        {short}想在我們的客戶日上分享。
        他們需要替客戶經理上課。
        """
    ),
    next_steps=lines(
        """
        週五前寄會議紀錄和試行數據
        寫好一頁摘要，下週一寄出
        約對方法務通電話
        介紹{short}認識我們東南亞負責人
        準備兩個客戶案例
        安排對方客戶經理的教育訓練
        提出研討會的候選日期
        和財務核對轉介費
        """
    ),
    labels={"colon": "：", "next": "下一步", "wants": "對方需求", "personal": "個人"},
    follow_ups=lines(
        """
        寄提案給{short}
        追蹤{short}的試行狀況
        會前寄出簡報
        向{short}要轉介客戶數據
        把研討會日期寄給{short}
        追蹤{short}那邊的合約草稿
        恭喜{short}新品上市
        把客戶案例寄給{short}
        """
    ),
    promises_me=lines(
        """
        明天前寄出會議紀錄
        介紹設計師給{short}
        把試行數據寄給{short}
        撰寫聯名活動頁文案
        替對方活動印製手冊
        邀請{short}在客戶日分享
        """
    ),
    promises_them=lines(
        """
        {short}提供客戶名單
        {short}確認預算
        {short}安排和副總見面
        {short}提供上一季轉介數據
        {short}寄來合約草稿
        {short}預訂工作坊場地
        """
    ),
    recurring=sections(
        """
        [FREQ=WEEKLY]
        與{org}每週進度更新
        [FREQ=WEEKLY;INTERVAL=2]
        每兩週和{short}通一次電話
        [FREQ=MONTHLY]
        與{org}每月策略會議
        [FREQ=MONTHLY;INTERVAL=3]
        與{org}每季業務檢討
        """
    ),
    ledger=sections(
        """
        [favour given]
        幫{short}修改董事會簡報
        把我們在展覽的攤位借給{short}
        [favour received]
        {short}幫我們約到採購部門
        {short}分享他們的供應商評估清單
        [introduction given]
        介紹{short}認識{other}
        幫{short}聯絡{other}，談徵才
        [introduction received]
        {short}介紹我們認識{other}
        [referral given]
        轉介客戶{referred}給{org}
        把{referred}轉給{org}報價
        [referral received]
        {org}轉介了客戶{referred}
        透過{org}簽下新客戶：{referred}
        [resource given]
        把我們的中小企業支付市場報告寄給{short}
        把開戶操作手冊分享給{short}
        [resource received]
        {short}寄來他們的客戶調查結果
        [payment given]
        支付{org}上一季轉介費
        [payment received]
        {org}支付合辦研討會的分攤費用
        """
    ),
    kpis=kpis(
        """
        轉介客戶數 | 家 | 8
        潛在客戶名單 | 筆 | 35
        通路營收 | 萬元 | 80
        轉換率 | % | 0
        合辦活動 | 場 | 1
        客戶滿意度 | NPS | 0
        """
    ),
    review_titles={
        "monthly": "每月檢討{period}：{headline}",
        "quarterly": "季度檢討{period}：{headline}",
        "yearly": "年度檢討{period}：{headline}",
    },
    period_names={"monthly": "（{y}年{m}月）", "quarterly": "（{y}年Q{q}）", "yearly": "（{y}年）"},
    months=tuple(f"{m}月" for m in range(1, 13)),
    headlines=sections(
        """
        [good]
        超越目標
        轉介增加，表現亮眼
        [mixed]
        接近目標，轉換偏低
        大致平穩，開戶仍然偏慢
        [weak]
        未達目標
        轉介很少，需要重新規劃
        """
    ),
    review_lines=sections(
        """
        [good]
        大部分目標達成；轉介客戶穩定，轉換良好。
        合辦研討會帶來本期品質最好的名單。
        [mixed]
        名單不少，但轉換率低於計畫；開戶流程太久。
        活動很多，簽約客戶比預期少。
        [weak]
        對方團隊正在組織調整，轉介客戶很少。
        對方業務團隊對我們的產品還不夠熟悉。
        """
    ),
    review_next=lines(
        """
        重新培訓對方業務團隊，並提供新的一頁簡介。
        下一季起改為每位轉介客戶固定費用。
        規劃合辦研討會，名單目標提高20%。
        每週15分鐘檢視客戶進度，直到轉換回升。
        和對方團隊一起慶祝里程碑，並寄感謝卡。
        """
    ),
    stage_notes=sections(
        """
        [exploring]
        開了第一次工作坊；雙方都想先做小型試行。
        [active]
        試行達標後簽訂合作協議。
        [dormant]
        對方窗口離職了，目前沒有人接手。
        [ended]
        對方被我們的競爭對手併購，合作和平結束。
        """
    ),
)
