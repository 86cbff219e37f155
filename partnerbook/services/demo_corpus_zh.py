"""The demo journal in Simplified Chinese: partners in Shanghai, Beijing, Shenzhen, Hangzhou."""

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

ZH = Locale(
    code="zh",
    languages=("zh", "en"),
    weight=15,
    weekend=(5, 6),
    family_first=True,
    spaced=False,
    family=pairs(
        "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 赵:zhao 黄:huang 周:zhou 吴:wu "
        "徐:xu 孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 林:lin 高:gao 罗:luo"
    ),
    female=pairs(
        "芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 秀英:xiuying 海燕:haiyan "
        "雪梅:xuemei 子涵:zihan 雨桐:yutong 晓雯:xiaowen 思琪:siqi"
    ),
    male=pairs(
        "伟:wei 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 杰:jie 涛:tao 明:ming 超:chao "
        "晓东:xiaodong 志强:zhiqiang 建华:jianhua 思远:siyuan 浩然:haoran"
    ),
    pronouns=("他", "她", "他的", "她的"),
    address=("{name}", "{name}"),
    cities=(
        City(
            "Shanghai",
            "上海",
            "China",
            8,
            "+86 13d dddd dddd",
            "CNY",
            ("陆家嘴附近的咖啡馆", "静安寺旁边的茶室"),
        ),
        City("Beijing", "北京", "China", 8, "+86 139 dddd dddd", "CNY", ("国贸附近的咖啡馆",)),
        City("Shenzhen", "深圳", "China", 8, "+86 18d dddd dddd", "CNY", ("科技园楼下的咖啡馆",)),
        City("Guangzhou", "广州", "China", 8, "+86 15d dddd dddd", "CNY", ("珠江新城的茶餐厅",)),
        City("Hangzhou", "杭州", "China", 8, "+86 17d dddd dddd", "CNY", ("西湖边的茶馆",)),
    ),
    mail_domain="youxiang.example",
    cores=pairs(
        "青栀:qingzhi 桐语:tongyu 溪岚:xilan 予舟:yuzhou 栖云:qiyun 墨禾:mohe 远岫:yuanxiu "
        "松筠:songyun 竹溪:zhuxi 知秋:zhiqiu 澄湖:chenghu 听澜:tinglan"
    ),
    patterns=patterns(
        """
        {city}{core}印刷有限公司 | print | supplier
            印刷厂，负责我们的宣传册和活动物料，交货准时。
        {core}包装材料有限公司 | pack | supplier
            包装供应商，客户多为电商品牌。
        {core}会展服务 | expo | event organiser
            每年承办十几场行业展会和论坛。
        {core}支付 | pay | e-wallet
            第三方支付机构，商户约五十万家，想拓展二三线城市。
        {core}数字营销 | digital | agency
            数字营销公司，擅长社交媒体和短视频投放。
        {core}茶饮 | tea | brand
            新式茶饮品牌，门店六十家，顾客以年轻白领为主。
        {core}数字资产交易所 | exchange | exchange
            数字资产交易平台，合规部门审核所有联合推广内容。
        {city}{core}传媒 | media | media
            行业媒体，公众号读者约十万，做金融科技报道。
        """
    ),
    clients=lines(
        """
        {core}口腔连锁
        {core}物流
        {core}装饰工程
        {core}连锁便利店
        {core}律师事务所
        """
    ),
    places=lines(
        """
        对方公司楼下的咖啡馆
        对方办公室
        我们办公室
        酒店大堂
        公司附近的茶室
        展会现场
        """
    ),
    roles=lines(
        """
        商务拓展经理
        市场总监
        渠道合作经理
        副总经理
        产品经理
        销售总监
        品牌经理
        """
    ),
    solo_roles=lines(
        """
        独立设计师
        天使投资人
        自由摄影师
        行业顾问
        """
    ),
    departments=("市场部", "商务拓展部", "销售部", "渠道部"),
    how_met=lines(
        """
        在上海的金融科技峰会上认识
        朋友的饭局上认识
        在合作伙伴大会的晚宴上同桌
        一起参加支付行业的圆桌论坛
        在创业者早餐会上认识
        """
    ),
    introduced="经{other}介绍认识",
    motivations=sections(
        """
        [kpi]
        本季度要完成两百万销售额
        奖金和渠道带来的收入挂钩
        [boss_recognition]
        想让新来的副总看到成绩
        年底述职需要一个亮点项目
        [peer_standing]
        希望在同事中有面子
        想在行业大会上做分享
        [career]
        明年想升总监
        想转到产品岗位
        [learning]
        喜欢尝试新东西
        想了解海外市场的合作模式
        [comfort]
        不想增加工作量
        怕合同流程太长
        [relationship]
        喜欢一起吃饭聊天
        只和信得过的人合作
        [other]
        关注公益活动
        希望公司公众号有好故事可写
        """
    ),
    details=sections(
        """
        [family]
        有一个女儿，今年上小学
        太太是中学老师
        刚当上爸爸
        [hobby]
        喜欢打羽毛球
        周末爬山
        在学钢琴
        [ask_next]
        问问新房装修进度
        问问去日本旅游的情况
        问问孩子中考成绩
        [food]
        不吃辣
        喜欢喝普洱茶
        不喝咖啡，只喝茶
        [other]
        老家在湖南，春节回老家两周
        """
    ),
    scopes=lines(
        """
        互相推荐中小企业客户；每年联合举办两场线上研讨会。
        为对方用户提供联合开户优惠，客服由我们负责。
        对方向其客户销售我们的产品；我们培训对方销售团队。
        联合内容：季度行业报告和一场论坛分享。
        """
    ),
    responsibilities=lines(
        """
        对方每周提供潜在客户名单；我们48小时内跟进并反馈结果。
        我们负责活动方案和会后纪要；对方负责发送给客户。
        对方提供场地和嘉宾；我们负责观众和赞助商。
        """
    ),
    terms=lines(
        """
        期限12个月，自动续约；提前60天通知终止。
        试点6个月，之后按约定指标评估。
        非独家；任何一方提前30天通知即可终止。
        """
    ),
    revenue=sections(
        """
        [fixed_fee]
        每成功推荐一位签约客户支付{fee} {cur}，按月结算
        [percentage]
        推荐客户首年收入的{pct}%
        [none]
        不涉及费用：双向推荐客户
        """
    ),
    fit_notes=sections(
        """
        [complementary_strengths]
        对方有渠道，我们有产品，互补性强。
        有两块业务和我们重叠。
        [audience_fit]
        对方客户正是我们要找的中小企业。
        客户以大型企业为主，只有部分匹配。
        [trust]
        到目前为止说到做到，数据分享透明。
        上季度两次延期，需要留意。
        [size_proportion]
        规模相当，决策速度差不多。
        比我们大得多，跑腿的事我们来做。
        [willingness]
        总经理亲自支持这次合作。
        有兴趣，但还没有预算负责人。
        """
    ),
    benefits=benefits(
        """
        [for_them short]
        首季度带来{q}条优质销售线索 | 条 | 30 50 80
        联合优惠使注册量提升{q}% | % | 10 15 20
        一个可用于销售材料的联合客户案例
        联合研讨会报名{q}人 | 人 | 150 200
        [for_them long]
        每年通过我们的渠道新增{q}家客户 | 家 | 150 200 300
        客户开户时间缩短{q}% | % | 20 30
        不增加人手的第二条收入来源
        对接我们{q}家企业客户 | 家 | 10 20
        [for_us short]
        对方引荐{q}家中小企业客户 | 家 | 10 20
        在对方年度大会上的演讲机会
        [for_us long]
        {q}%的新增收入来自合作伙伴推荐 | % | 15 20
        借助对方品牌进入新市场
        """
    ),
    openers=sections(
        """
        [coffee]
        和{short}在{place}喝咖啡
        和{short}喝茶
        [meeting]
        与{org}开会
        与{short}及其团队开会
        [call]
        和{short}通电话
        和{short}简短通话
        [video]
        和{short}视频会议
        [message]
        和{short}发消息沟通
        [email]
        收到{short}的邮件
        和{short}邮件往来
        [event]
        在行业峰会上遇到{short}
        在沙龙活动上碰到{short}
        [note]
        关于{short}的备忘
        """
    ),
    topics=lines(
        """
        下季度联合研讨会
        推荐客户数据
        试点结果
        续约
        对方新来的副总
        联合营销预算
        开户流程太慢
        论坛分享
        拓展深圳市场
        对方客户的定价
        """
    ),
    said=lines(
        """
        夏天推荐客户较少；{short}预计国庆后会回升。
        新副总要先看数据再决定是否追加预算。
        试点效果不错：14家客户已开户，两家反映实名认证麻烦。
        {short}正在给渠道团队招两个人。
        一月份他们要重新评估所有供应商。
        {short}很喜欢我们的会议纪要格式，已经转给领导。
        他们的客户经常问电子发票的问题。
        联合研讨会报名180人，现场60人。
        预算冻结到新财年。
        明年可能在杭州设办事处。
        """
    ),
    wants=lines(
        """
        {short}需要一页纸的总结给领导看。
        他们希望按推荐客户收固定费用，而不是按比例。
        {short}需要两个客户案例给销售团队。
        他们希望我们负责活动的会务。
        {short}想认识我们负责东南亚的同事。
        他们希望联合落地页在发布前上线。
        {short}想在我们的客户日上做分享。
        他们需要对客户经理做培训。
        """
    ),
    next_steps=lines(
        """
        周五前发会议纪要和试点数据
        写好一页纸总结，下周一发出
        约对方法务开电话会
        介绍{short}认识我们东南亚负责人
        准备两个客户案例
        安排对方客户经理的培训
        提出研讨会的备选日期
        和财务核对推荐费标准
        """
    ),
    labels={"colon": "：", "next": "下一步", "wants": "对方需求", "personal": "个人"},
    follow_ups=lines(
        """
        把方案发给{short}
        跟进{short}的试点情况
        会前发送演示文稿
        向{short}要推荐客户数据
        把研讨会日期发给{short}
        跟进{short}那边的合同草案
        祝贺{short}新品发布
        把客户案例发给{short}
        """
    ),
    promises_me=lines(
        """
        24小时内发会议纪要
        介绍设计公司给{short}
        把试点数据发给{short}
        撰写联合落地页文案
        为对方活动印刷宣传册
        邀请{short}在客户日上分享
        """
    ),
    promises_them=lines(
        """
        {short}提供潜在客户名单
        {short}确认预算
        {short}安排和副总见面
        {short}提供上季度推荐数据
        {short}发来合同草案
        {short}预订工作坊场地
        """
    ),
    recurring=sections(
        """
        [FREQ=WEEKLY]
        与{org}每周进度同步
        [FREQ=WEEKLY;INTERVAL=2]
        每两周和{short}通一次电话
        [FREQ=MONTHLY]
        与{org}月度策略会
        [FREQ=MONTHLY;INTERVAL=3]
        与{org}季度业务回顾
        """
    ),
    ledger=sections(
        """
        [favour given]
        帮{short}修改董事会汇报的演示文稿
        把我们在展会的展位借给{short}用
        [favour received]
        {short}帮我们约到采购部门
        {short}分享了他们的供应商评估清单
        [introduction given]
        介绍{short}认识{other}
        帮{short}联系{other}，谈招聘
        [introduction received]
        {short}介绍我们认识{other}
        [referral given]
        推荐客户{referred}给{org}
        把{referred}转给{org}报价
        [referral received]
        {org}推荐了客户{referred}
        通过{org}签下新客户：{referred}
        [resource given]
        把我们的中小企业支付市场报告发给{short}
        把开户操作手册分享给{short}
        [resource received]
        {short}发来他们的客户调研结果
        [payment given]
        向{org}支付上季度推荐费
        [payment received]
        {org}支付了联合研讨会的分摊费用
        """
    ),
    kpis=kpis(
        """
        推荐客户数 | 家 | 10
        销售线索 | 条 | 40
        渠道收入 | 万元 | 20
        转化率 | % | 0
        联合活动 | 场 | 1
        客户满意度 | NPS | 0
        """
    ),
    review_titles={
        "monthly": "月度复盘{period}：{headline}",
        "quarterly": "季度复盘{period}：{headline}",
        "yearly": "年度复盘{period}：{headline}",
    },
    period_names={"monthly": "（{y}年{m}月）", "quarterly": "（{y}年Q{q}）", "yearly": "（{y}年）"},
    months=tuple(f"{m}月" for m in range(1, 13)),
    headlines=sections(
        """
        [good]
        超额完成目标
        推荐量上升，表现很好
        [mixed]
        接近目标，转化偏低
        整体平稳，开户仍然偏慢
        [weak]
        未达目标
        推荐很少，需要重新规划
        """
    ),
    review_lines=sections(
        """
        [good]
        大部分目标已完成；推荐客户稳定，转化良好。
        联合研讨会带来了本期质量最高的线索。
        [mixed]
        线索不少，但转化率低于计划；开户流程耗时太长。
        活动很多，签约客户比预期少。
        [weak]
        对方团队在调整架构，推荐客户很少。
        对方销售团队对我们的产品还不够了解。
        """
    ),
    review_next=lines(
        """
        重新培训对方销售团队，并提供新的一页纸介绍。
        下季度起改为按推荐客户收固定费用。
        策划联合研讨会，线索目标提高20%。
        每周15分钟过一遍客户进展，直到转化回升。
        和对方团队一起庆祝里程碑，并发感谢信。
        """
    ),
    stage_notes=sections(
        """
        [exploring]
        开了第一次工作坊；双方都想先做个小试点。
        [active]
        试点达到目标后签订合作协议。
        [dormant]
        对方负责人离职了，目前没人跟进合作。
        [ended]
        对方被我们的竞争对手收购，合作友好结束。
        """
    ),
)
