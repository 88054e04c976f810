// Sector lexicon: the 19 policy areas of ../../../shared/claims-spec.md ("Sectors"), each with
// the Chinese words that signal it in an indicator phrase (地区生产总值, 规上工业增加值,
// 新增博物馆, 5G基站, 避险搬迁, 民生实事, 招商引资到位资金, 高标准农田…).
//
// How it is matched (see ../resolve): every keyword of every sector is looked up in the
// indicator; the sector owning the LONGEST keyword found wins. Ties go to the keyword met
// first, scanning SECTORS in order and each keyword list in order. When the indicator
// matches nothing, the same rule is applied to the whole sentence.
//
// So the lists favour specific multi-character phrases over single characters, and leave
// out words that fire everywhere (项目, 建设, 发展, 工作). Border cases follow the gold
// annotations: 水利 and 充电桩 are urban, 污水处理 is ecology, 市场主体/经营主体 and 进出口
// are consumption, 上市公司 and 审计 are fiscal, 招商引资 and 实际利用外资 are investment,
// 就业 is income, 医保 and 民生实事 are social, 学校/教师/人才/培训 are education.
// A longer phrase may be listed to override a shorter one of another sector
// (金融业增加值 is fiscal although 增加值 phrases are usually macro; 小水电 is ecology).
// The keywords are general to any government work report, not to one report.

import type { SectorId } from '../types.js';

export interface SectorInfo {
  id: SectorId;
  /** Chinese name, as in the spec table. */
  name: string;
  keywords: readonly string[];
}

export const SECTORS = [
  // macro — e.g. 地区生产总值增长6%
  {
    id: 'macro',
    name: '经济总体',
    keywords: [
      // the economic census: 第五次全国经济普查…登记单位2.3万户
      '经济普查',
      // how far a society of moderate prosperity is achieved: 全面小康综合实现程度达92.11%
      '全面小康', '小康社会',
      '地区生产总值', '国内生产总值', '生产总值', '经济总量', '经济规模', '经济体量', '经济增速', '经济增长',
      '经济运行', '主要经济指标', '经济指标', '人均地区生产总值',
      // the plan's expected indicators as a set (golds macro 12 of 12): 预期性指标
      '预期性指标',
      // how even a province's regions are: 区域发展差异系数由0.680调整为0.660
      '区域发展差异系数', '差异系数',
      // the plan's own indicators: 23项主要指标达到或快于预期, 9项约束性指标 (population counts stay
      // urban and births health, as the sichuan gold reads them)
      '主要指标', '约束性指标', '人均生产总值', '人均GDP', 'GDP',
      '服务业增加值', '第三产业增加值', '第二产业增加值', '三次产业', '产业结构', '三产结构',
      // the services' weight in the economy (服务业比重 is macro; services firms are consumption), and each sector's
      // share (golds macro 220 of 221: 第三产业比重, 第一产业占比)
      '服务业比重', '服务业占比', '服务业贡献', '第一产业比重', '第二产业比重', '第三产业比重', '第一产业占比', '第二产业占比', '第三产业占比',
      '百强县', '百强区', '百强市', '百强镇', '百强城市', '万亿城市', '万亿方阵', '万亿俱乐部', '千亿县', '千亿方阵',
      '综合实力', '经济实力', '县域经济', '民营经济增加值', '全员劳动生产率', '劳动生产率', '首位度',
      // 服务业 as a share of the economy is its value added (服务业占地区生产总值比重)
      '服务业占',
      '政策措施', '稳增长', '一揽子政策', '存量政策', '增量政策', '宏观经济',
      '二产增加值', '三产增加值', '海洋经济',
      // (第三产业增长10.4%: the tertiary sector named alone is the economy's services, golds macro 33 of 37; 第一产业 is
      // agriculture's, 第二产业 industry's)
      '第三产业',
      // the non-public economy's output and share of the whole (golds: macro 27 of 33 names with 非公有制/非公经济;
      // its investment, jobs and taxes are of their own fields): 非公有制经济增加值占地区生产总值比重
      '非公有制经济增加值', '非公经济增加值',
      // (非公有制经济占比53.3%: the ownership's share of the economy, golds macro 13 of 16)
      '非公有制经济', '非公经济',
      '经济密度', '地均产出', '经济发展质量', '高质量发展综合绩效',
      '经济总量排名', '城市排名', '发展指数', '综合排名', '总部经济', '开放型经济', '区域协调',
      '成渝地区双城经济圈', '双城经济圈', '都市圈', '城市群', '经济圈', '一体化发展', '区域合作', '长三角一体化',
      // the plan's mid-term evaluation: 860个中期评估项目有效实施率达93.4%
      '中期评估',
      // a region's economic zone and its plan: 川东北经济区振兴发展重点任务
      '经济区',
      // the aggregates of the planned economy's accounts (national reports of the 1980s): 工农业总产值
      // (not 农业, golds 22 : 0), 社会总产值, 国民收入 (12 : 0), 积累率
      '工农业总产值', '工农业生产总值', '工农业年总产值', '社会总产值', '国民收入', '积累率',
      // the private economy's output, however written, its share of the whole and of growth (as 民营经济增加值 above;
      // 6 sectors gained, 1 lost; its firms counted stay consumption with 民营经济): 民营经济对经济增长贡献率
      '民营经济实现的增加值', '民营经济占', '民营经济对',
    ],
  },
  // industry — e.g. 规上工业增加值增长9%
  {
    id: 'industry',
    name: '工业与矿业',
    keywords: [
      // the secondary sector named alone (第二产业增长5.1%: golds industry 11 of 13; 第三产业 is macro's)
      '第二产业',
      // outdated capacity shut (golds industry 20 of 22): 淘汰高能耗、高污染…的落后产能1460项 (能耗 alone is energy)
      '落后产能',
      // fuel ethanol plants (golds industry 2 of 2): 新增玉米燃料乙醇项目9个
      '燃料乙醇',
      // firms grown in parks: 集聚成长型企业121家
      '成长型企业',
      // output alone (GENERIC_KEYWORDS: any other keyword of the name outweighs it)
      '产值',
      // tobacco manufacturing (烟草制品业增加值增长5%; golds industry 3 of 3)
      '烟草制品业', '烟草',
      // branches of manufacturing named by what they make (装备、材料、消费品产业增加值分别增长…; golds industry 3 : 1)
      '消费品产业', '消费品工业', '装备产业', '材料产业',
      // a ranking of industry: 位居全国工业百强区榜首 (百强区 alone is macro)
      '工业百强',
      // firms past a size of output (golds industry 18 of 19): 百亿企业, 超百亿企业
      '百亿企业',
      // industries counted by their output's size (golds industry 2 of 3, GENERIC_KEYWORDS: the sentence's field
      // first): 千亿产业由11个增至17个
      '千亿产业',
      '规上工业', '规模以上工业', '工业增加值', '工业总产值', '工业产值', '工业经济', '工业企业', '工业营收',
      // parks built for small and micro firms (golds: industry 3 of 3): 新增小微企业园
      '小微企业园',
      // what firms earn, named bare after their output: 实现利税4283.6亿元、利润2634亿元 (golds industry 20 : 13 fiscal)
      '利润', '利润总额', '利税', '利税总额',
      // parks' trade and industry revenue, and parks counted by their output (湖南: 园区技工贸收入, 新增千亿园区)
      '技工贸', '千亿园区',
      '智能建造', '工业用地', '工业园区', '工业集中区', '工业强县', '工业强市', '工业', '制造业', '先进制造业',
      '制造业集群', '先进制造业集群', '产业集群', '世界级产业集群', '万亿级产业', '千亿级产业', '百亿级产业',
      '战略性新兴产业', '新兴产业', '未来产业', '优势产业', '重点产业', '主导产业', '支柱产业', '笔电', '特色优势产业',
      '产业新赛道', '新赛道', '产业链', '重点产业链', '链主企业', '延链', '补链', '强链', '专精特新', '小巨人', '单项冠军', '隐形冠军',
      '雄鹰企业', '未来工厂', '智能工厂', '数字化车间', '数字化改造', '智能化改造',
      // output and tax per mu of industrial land: 园区亩均税收, 开发区亩均效益 (the golds read them as industry's)
      '亩均', '亩均税收', '亩均效益', '亩均产值', '亩均论英雄',
      '技术改造', '技改', '技改项目', '服务型制造', '高技术制造业', '装备制造', '首台套', '技术装备', '标准化厂房', '输变电装备', '电力装备', '电子信息', '集成电路', '生物医药', '新材料', '新型材料',
      // robots and phones made: 工业机器人产量增长31.2%, 智能手机产量占全国4成
      '工业机器人', '智能手机',
      // photovoltaics made, not power generated (golds: industry 25 of 25): 拉棒产能22吉瓦, 电池片, 颗粒硅, 光伏组件
      // the state's platforms of industrial technology: 4家企业入选国家产业技术基础公共服务平台 (not a public service)
      '产业技术基础',
      // vanadium-titanium magnetite mined and worked (golds: industry 11 of 11): 钒钛产业产值, 钒钛磁铁矿铁资源利用率
      '钒钛', '磁铁矿',
      '光伏产业', '光伏组件', '光伏电池', '光伏制造', '电池片', '硅料', '多晶硅', '颗粒硅', '拉棒',
      '汽车产业', '汽车产量', '汽车制造', '整车', '航空航天', '食品加工', '新能源汽车产', '新能源汽车年产', '新能源汽车生产',
      // the industry of new energy and its cars, with their parts (golds: industry 10 of 12):
      // 新能源产业产值增长15.3%, 新能源汽车及零部件产业营业收入, 本地配套率超60%
      '新能源产业', '新能源汽车产业', '新能源汽车及零部件', '汽车零部件', '本地配套',
      // new-energy cars alone are made goods (golds: industry 45 of 74; sold, kept or charged they are
      // consumption's, transport's, urban's by the longer word after them): 新能源汽车超过110万辆 (新能源车, the short
      // name, alike: industry 3 of 6)
      '新能源汽车', '新能源车',
      // robots, made or put to use (golds industry 17 of 19)
      '机器人',
      // a city's industrial ecosystems and function zones (golds industry 6 of 7, 3 of 4): 14个产业生态圈, 66个产业功能区
      '产业生态圈', '产业功能区',
      // coal made into chemicals: 现代煤化工, 煤炭精深加工项目 (精深加工 alone is farm produce's)
      '煤化工', '现代煤化工', '煤炭精深加工', '煤炭深加工',
      // batteries made: 新能源电池产业增加值增长30%, 动力和储能电池
      '新能源电池', '储能电池', '锂电池',
      // a carmaker's output and sales: 一汽集团产销量, 红旗品牌汽车销量
      '汽车销量', '汽车产销', '产销量', '智能网联汽车', '食品饮料', '白酒', '化工', '钢铁', '冶金', '有色金属', '纺织', '纺织服装', '医药产业', '医药制造', '建材', '建筑材料', '机械制造', '晶硅',
      // goods of heavy and light industry in the older national reports (golds: industry 28 of 28):
      // 焦炭产量, 硫酸增长9%, 烧碱, 金属切削机床, 机车, 木材
      '焦炭', '硫酸', '烧碱', '纯碱', '机床', '机车', '木材',
      '动力电池', '锂电', '锂资源', '锂矿', '稀土', '矿业', '矿产', '矿山', '矿业权', '找矿', '采矿',
      '探矿', '园区产值', '飞地园区', '开发区', '产业园区', '经开区', '标准厂房',
      // firms in difficulty revived: 盘活困难企业26家
      '困难企业', '高耗低效', '建筑业', '建筑企业', '上规', '升规', '入规', '产能',
      '碳酸锂', '电解铝', '铝合金', '铝制品', '氧化铝', '乙烯', '聚酯', '炼油', '石化', '灯塔工厂', '智能制造',
      // fertiliser and the enterprises above the size line: 钾肥产量, 新增规上企业
      '钾肥', '规上企业', '规模以上企业',
      // firms settling in an industrial park: 新增入园企业
      '入园企业',
      // coking is heavy industry: 焦化“上大关小”升级改造项目
      '焦化',
      // platforms of industry: 县域百亿产业平台
      '产业平台',
      // chips: 北一半导体市值
      '半导体', '芯片',
      // aluminium: 绿色铝产业总产值, 铝产业产值
      '铝产业', '绿色铝', '水电铝',
      // equipment and the output of an industry (产业产值 weighs as a generic word: 旅游产业产值 is tourism)
      '产业产值', '数控机床', '轴承', '船舶', '新能源船舶', '运输船', '游轮', '公务船', '海工装备', '轨道交通装备',
      // the revenue of an industry (国企营收 stays fiscal): 交通运输及仓储物流业营收, 规上工业营收
      '营收',
      // green supply chains of manufacturers (golds: industry 4 of 5): 绿色供应链管理企业11家 (供应链 alone is trade)
      '绿色供应链',
      // towns of one industry: 新增6个省级特色专业镇
      '专业镇',
      // units sold by a maker (golds: industry 10, consumption 1): 奇瑞销量突破188万辆
      '销量',
      // towns famed for one industry: 培育1个400亿级产业名镇
      '产业名镇',
      // cement and steel outputs (水泥: golds industry 7 of 9; 钢产量, 粗钢, 钢材: 9 of 9)
      '水泥', '钢产量', '粗钢', '钢材',
      // light and machine industry's goods, as national plans count them (golds industry 26 of 26):
      // 纱产量, 缝纫机产量, 内燃机2，000万马力
      '棉纱', '纱产量', '呢绒', '毛线', '纸产量', '生铁', '缝纫机', '手表', '电视机产量', '洗衣机', '电冰箱',
      '自行车产量', '拖拉机', '内燃机', '电视产量',
      // (机制纸、机制糖、棉布 and 电动机, 载重汽车, 胶鞋 of the 1950s plans: golds industry 22 of 23)
      '机制纸', '机制糖', '棉布', '电动机', '载重汽车', '胶鞋',
      // the means of production and of consumption made, as old plans weigh them (golds industry 27 of 30):
      // 生产资料的产值在工业总产值中的比重, 消费资料的产值
      '生产资料', '消费资料',
      // firms sized by their sales: 营业收入超百亿元的企业, 销售收入过50亿元的企业 (golds industry 23 of 25)
      '亿元的企业', '亿元企业',
      // parks of a thousand yi of output, as 千亿级产业 (golds industry 5 of 5; 园区 alone is investment)
      '千亿级园区',
      // defence production open to civilian firms: 实施12项军民融合重点工程
      '军民融合',
      // fertiliser as a good made (化肥（折纯）产量, golds industry 7 of 11; its use on fields is agriculture's)
      '化肥',
      // zombie firms cleared, and state firms in difficulty turned round: 处置“僵尸企业”876家 (golds industry 5 of 8)
      '僵尸企业', '“僵尸”企业', '特困企业',
    ],
  },
  // investment — e.g. 全社会固定资产投资增长5%, 招商引资到位资金
  {
    id: 'investment',
    name: '投资与项目',
    keywords: [
      // head offices drawn in (golds: investment 20 of 25): 新增总部企业, 跨国公司地区总部, 新增各类总部机构
      '总部机构', '地区总部',
      // a bank of projects readied for investment (golds: investment 6 of 9): 重大带动性工程项目库265个
      '项目库',
      // projects above a size, big industrial projects and the fixed-asset kind, whatever field they are in (golds:
      // investment 81 of 85 names ending 以上项目, 20 of 22 重大/重点产业项目 (重点产业项目 is listed below), 22 of 22
      // 固投类项目; 产业项目 alone is generic)
      '以上项目', '重大产业项目', '固投类项目',
      // central state firms drawn in or worked with (golds: investment 24 of 32): 140多家央企机构注册新区, 对接央企项目
      '央企',
      // money and firms drawn from elsewhere: 实际利用省外资金73.9亿元, 落户世界500强企业268家
      // (国外资金, 中外合资经营企业, 更新改造项目: the 1980s' words for foreign capital, joint ventures and
      // renovation of plant, which the national golds file under investment)
      '国外资金', '中外合资', '更新改造项目', '更新改造投资',
      // profits a foreign firm puts back into its business: 外资企业利润再投资117.3亿元
      '利润再投资',
      // what a building cost per unit (golds investment 9 of 9): 每平方公尺造价达二百九十三元
      '造价',
      '省外资金', '三类500强', '四类500强', '世界500强项目', '500强投资项目', '引进世界500强', '招引世界500强', '落户世界500强',
      '固定资产投资', '全社会固定资产投资', '投资增速', '项目投资', '完成投资', '年度投资', '完成年度投资',
      // projects of the key industries are projects (golds: investment 8 of 8): 省级重点产业项目, 民间投资重点产业项目
      '重点产业项目',
      '总投资', '计划投资', '投资额', '有效投资', '民间投资', '产业投资', '工业投资', '制造业投资',
      '技改投资', '技术改造投资', '停缓建项目', '基础设施投资', '房地产开发投资', '社会投资', '新增投资', '投资',
      '重点项目', '重大项目', '省重点项目', '市重点项目', '产业项目', '产业链项目', '储备项目', '项目储备', '前期项目',
      '开工项目', '新开工', '续建', '竣工', '完工项目', '签约项目', '签约', '招引项目', '亿元以上', '亿元项目',
      '两重', '千项万亿', '共建项目', '招商引资', '招商', '企业落户', '到位资金', '实际利用外资', '利用外资',
      // funds drawn from other provinces and firms set up abroad: 引进省外境内资金, 境外非金融类企业
      // (golds investment 4 of 4, 3 of 3); investment in services (服务业投资: 8 of 8)
      '境内资金', '非金融类', '服务业投资',
      '外商直接投资', '外资', '外商投资', '招商团组', '总部企业', '投资促进', '项目建设', '项目落地',
      '民营项目', '推介项目', '产业对接', '重大工程', '资金到位',
      '内资', '引进内资', '到位内资', '台资', '利用台资', '使用台资', '工业项目',
      // firms of Taiwan set up (golds: investment 2 of 2): 新设台企户数
      '台企',
      // money and projects of investment attraction: 重点产业项目到位资金, 存量项目投入运营
      '项目到位资金', '存量项目',
      // projects waiting or half built: 待批项目, “半拉子”工程销号
      '待批项目', '半拉子',
      // firms of foreign capital newly set up: 新设日资企业, 韩资企业
      '日资企业', '韩资企业', '港资企业', '台资企业',
      // money of signed projects arrived (golds: investment 3 of 3): 签约项目224个、引资722亿元，到资335亿元
      '到资',
      // fixed investment, abridged (固投), and the large and medium projects of the older reports (golds 13 of 13, 7 of 7):
      // 亿元以上产业项目协议固投, 建成投产大中型基本建设项目 (大中型 alone stays: 大中型水库 are urban)
      '固投', '大中型项目', '大中型基本建设', '大中型基建',
      // major infrastructure as a programme of projects (golds investment 5 of 5; 基础设施 alone is urban): 五年实施重大基础设施项目9743个
      '重大基础设施',
      // the capital works of a planned economy, above the quota or not: 限额以上的工矿建设单位, 新建和扩建的工矿企业
      '工矿建设', '工矿企业', '建设单位', '限额以上的项目', '限额以上的建设项目',
    ],
  },
  // fiscal — e.g. 一般公共预算收入增长5%
  {
    id: 'fiscal',
    name: '财政金融',
    keywords: [
      // the central bank's relending and rediscounts (golds fiscal 4 of 4): 再贷款和再贴现资金100亿元
      '再贷款', '再贴现',
      // public procurement (golds fiscal 9 of 9): 政府采购面向中小企业预留份额40%; the extra deduction of R&D costs
      // from taxable income, a tax measure (14 of 23): 研发费用加计扣除比例由75%提升至100%
      '政府采购', '加计扣除',
      // revenue above budget (golds fiscal 4 of 4): 年均超收2040亿元
      '超收',
      '一般公共预算', '一般公共预算收入', '一般公共预算支出', '公共预算', '财政收入', '财政总收入', '财政支出',
      // loans and finance to small and micro firms (golds: fiscal 48 of 58 names with 小微企业, which alone is also a
      // trade's or technology's; their parks are industry's)
      '小微企业贷款', '小微企业融资', '普惠小微', '普惠型小微',
      // banks: 组建城市合作银行的大中城市 (golds 21 of 22 for names with 银行)
      '银行', '银行业',
      // money across the border, a matter of finance: 跨境收支规模873.2亿美元
      '跨境收支',
      // lending platforms cleared up: 清理P2P网贷问题平台169家
      '网贷',
      '财政资金', '财政', '地方财政', '民生支出', '预算', '部门预算',
      // funds outside the budget, finance's whoever holds them (not 外资, money from abroad): 预算外资金由…371亿元增加到650亿元
      '预算外资金', '预算外', '一般性支出', '三公', '三公经费',
      // spending cut where it is not rigid or not a priority (golds fiscal 15 of 15): 非刚性、非重点项目支出压减10%;
      // small and micro firms as finance reaches them (golds fiscal 69 of 78; their parks, 小微企业园, stay industry's)
      '非刚性', '非重点项目', '小微企业', '中小微企业',
      // the threshold of income tax: 个人所得税起征点从2000元提高到3500元
      '个人所得税', '起征点',
      // income tax and its relief (15%所得税个人和企业享惠面分别增长122.7%、35.7%; golds fiscal 14 of 15)
      '所得税',
      // offices' running funds cut (公用经费按定额标准压缩); a school's per pupil are education's
      '公用经费', '广义货币', '社会融资规模', '税收', '税额', '降费', '缓费', '税费', '票据', '理财', '资管', '税收收入',
      // tax cuts and non-tax revenue: 为企业和个人减税8000多亿元, 全面推开营改增, 非税占比
      '减税', '营改增', '非税', '非税收入', '减税降费', '退税', '留抵退税', '减负', '降本', '减负降本', '主体减负', '企业减负', '主体负担', '首贷',
      // what firms pay, lightened: 减轻企业税收和社会保险缴费负担近2万亿元 (为企业减轻负担1200亿元: the burden alone, golds fiscal)
      '缴费负担', '税费负担', '企业负担', '减轻负担',
      '拖欠', '账款', '贷款', '贷款余额', '存款', '存贷款', '储蓄', '放贷', '金融', '金融机构', '金融业', '金融业增加值',
      '融资', '信贷', '普惠金融', '上市公司', '上市企业', '上市', '挂牌', '债券', '专项债', '政府债券',
      '地方政府债', '政府债务', '债务', '隐性债务', '化债', '审计', '挽回损失', '资金', '专项资金',
      '资金整合', '统筹整合', '基金', '产业基金', '引导基金', '母基金', '国资', '国企', '国有企业', '国有资本',
      // state firms of a province and the costs of firms (golds fiscal 59 of 64, 16 of 16): 省属企业利润, 降低实体经济成本
      // (省属一级企业完成公司制改制32户, 省属监管企业亏损面: a rank or a supervisor between 省属 and 企业; 省属高校 stay education)
      '省属企业', '省属一级企业', '省属监管企业', '省属国有企业', '经济成本',
      // (降低企业成本, 为企业降成本, 降低企业生产成本, 为企业降低各类成本: costs taken off firms, golds fiscal 40 of 44; what
      // they pay for power stays energy's, 用电成本; 降低成本 and 生产成本 alone stay out: 每吨电解铝降低成本, 国营工业的生产成本 are industry's)
      '企业成本', '企业生产成本', '降成本', '各类成本', '综合成本',
      '国有资产', '资产总额', '盘活资产', '盘活', '国企营收', '国有企业营收', '保险', '保费', '跨境支付',
      '转移支付', '财力', '赤字', '赤字率', '赤字规模', '利息支出',
      '人民币结算', '跨境人民币', '存贷比', '授信', '兑付', '兑付资金', '补贴资金', '国债', '超长期特别国债', '支付', '金融服务', '风险补偿',
      // taxes paid: 非公经济纳税占比
      '纳税', '纳税额',
      // debts owed to and by firms: 清偿民营企业账款, 民营企业应急还贷
      '企业账款', '应急还贷', '还贷',
      // money paid out under a policy: 兑现惠企政策资金
      '政策资金', '奖补资金',
      // fees the state charges firms: 取消或停征中央涉企行政事业性收费35项
      '行政事业性收费', '涉企收费',
      // bridge loans to firms: 设立市级应急转贷资金，提供临时周转56.7亿元
      '转贷', '应急转贷', '转贷资金', '周转资金',
      // funds that steer money into industries: 新兴产业引导基金体系
      '产业引导基金',
      // spending of any kind (weighs as a generic word: 财政科技支出 is technology), and reserves: 国防支出, 外汇储备
      '支出', '外汇储备',
      // funds that invest in firms (golds: fiscal 2 of 3, technology the border): 新备案天使投资基金27只、创业投资基金148只
      '投资基金',
      // rural credit cooperatives (golds: fiscal 2 of 2): 农村信用社改革扩大到29个省
      '信用社',
      // government, bank and guarantor credit (golds: fiscal 6): 新增政银担100亿元
      '政银担',
      // illegal fund-raising, a matter of finance however it is fought (golds fiscal 3 of 3): 处置非法集资案件; money
      // raised from the people by levy, 农村教育集资 (national 2006, fiscal), and 筹集资金 is fiscal by its 资金 anyway
      '非法集资', '集资',
      // bad loans written off by banks: 核销银行呆帐坏帐准备金
      '呆帐', '坏帐', '呆账', '坏账',
      // revenue raised and spending saved (golds fiscal 4 of 4; 增收 alone is income): 增收节支
      '增收节支',
      // a fund's whole size, whatever industry it backs (未来产业天使基金总规模, golds fiscal 15 of 15)
      '基金总规模',
    ],
  },
  // consumption — e.g. 社会消费品零售总额增长7%, 新增市场主体7588户
  {
    id: 'consumption',
    name: '消费与商贸',
    keywords: [
      // trade ties: 与228个国家和地区建立经贸往来关系; buyers at trade fairs: 约50万名境外采购商
      '经贸往来', '经贸关系', '采购商', '广交会',
      // the post's business (golds: consumption 7 of 7): 邮政业务总量增长44.5% (总量 alone is macro)
      '邮政业务',
      // neighbourhood vegetable shops (golds consumption 3 of 3): 布局“微菜场”200家
      '微菜场',
      // goods made in a free-trade zone and sold at home: 累计内销货值46.7亿元
      '内销',
      // shops refunding tax to visitors leaving, shopping centres, contracting abroad: 新增离境退税店111家
      '离境退税', '退税商店', '退税店', '购物中心', '对外承包工程',
      // firms registered: 新登记注册企业增长21.6%, 日均新设企业1.2万户 (as 市场主体)
      '登记注册', '新登记', '新设企业', '五上',
      '社会消费品零售总额', '社零', '消费品零售', '零售额', '网络零售', '网上零售', '零售', '批发', '住宿',
      '餐饮', '餐饮收入', '消费', '消费券', '新上牌', '以旧换新', '换新', '家电', '汽车消费', '汽车销售', '商圈', '步行街', '首店',
      '首发经济', '夜经济', '夜间经济', '夜间消费', '消费场景', '商业', '县域商业',
      // trade by its owners, as old reports weigh it (golds consumption 21 of 23; 合作社 alone is agriculture's):
      // 国营商业和合作社营商业在社会零售中的比重
      '国营商业', '私营商业', '社营商业', '合营商业', '商贸', '限上', '限额以上',
      // firms registered, as market entities (golds consumption 4 of 4): 平均每个工作日新注册企业1318户
      '注册企业',
      // (新增市场主体注册资金4583.32亿元: the capital firms register, golds consumption 6 of 8; 资金 alone is fiscal)
      '注册资金',
      '市场主体', '经营主体', '商事主体', '个体工商户', '个体户', '个转企', '企业总量', '实有企业', '民营企业', '民营经济', '物流', '供应链', '快递',
      '快递业务', '冷链', '电子商务', '电商', '直播电商', '跨境电商', '外贸', '进出口', '出口', '进口', '贸易额',
      '货物贸易', '服务贸易', '数字贸易',
      // trade of any kind, the longer keywords of other areas aside: 对沿线国家和地区贸易增长9.4% (golds 107 of 115)
      '贸易', '服务外包', '自贸区', '自贸试验区', '综合保税区', '综保区', '口岸',
      '展会', '会展', '展览', '博览会', '交易会', '拓市场', '服务业', '规上服务业', '服务业规上', '营利性服务业', '订单', '市场',
      // customs and its trusted traders (AEO认证企业数量翻番, 海关指定监管场地; golds consumption 4 of 5)
      '海关', 'AEO',
      '老字号', '免税', '外贸企业', '开放平台', '对外开放', '出关', '通关', '复商复市',
      '交易额', '网络购物', '寄递', '新登记企业', '新设立企业', '四上', '商品交易', '便民生活圈', '生活圈',
      // logistics as an industry: 交通运输及仓储物流业营收
      '物流业', '仓储物流',
      // firms above the statistical line, counted like market entities: 新增“四上”企业
      '四上企业', '四上单位',
      // consumers' satisfaction: 消费者满意度
      '消费者满意度',
      // tariffs cut as trade opens (gold: consumption, fiscal the border): 关税总水平由15.3%降到12%，涉及5300多个税目
      '关税', '税目',
      // warehouses abroad for exporters: 建成27个海外仓
      '海外仓',
      // household durables owned: 家庭电视机普及率
      '电视机',
      // trade zones abroad, the cost of logistics against GDP, retail sales abridged (golds 5 of 5, 12 of 12, 6 of 6):
      // 境外经贸合作区, 社会物流总费用与GDP的比率, 社消零总额
      '经贸合作区', '社会物流总费用', '社消零',
      // goods households own, counted per hundred (golds consumption 4 of 4): 城镇居民每百户拥有家用汽车
      '每百户拥有',
      // shops selling at capped prices: 新建1000家平价商店和300家以上平价药店
      '平价商店', '平价药店',
      // all the firms and businesses of a place, counted (经营主体 alone is generic: 为经营主体降本减负 is fiscal;
      // golds consumption 17 of 17): 经营主体总数达171万户
      '经营主体总数', '经营主体总量', '市场主体总数', '市场主体总量',
    ],
  },
  // income — e.g. 城镇居民人均可支配收入增长5.5%, 城镇新增就业
  {
    id: 'income',
    name: '收入就业物价',
    keywords: [
      '充分就业', '居民人均可支配收入', '人均可支配收入', '可支配收入', '居民收入', '城乡居民收入', '农民收入',
      // a household's budget, as the 1980s measured it: 城镇居民家庭人均可用于生活费的收入 (not 城镇 urban)
      '居民家庭', '可用于生活费',
      '农牧民收入', '人均收入', '收入倍差', '收入差距', '增收', '工资', '最低工资', '薪酬', '欠薪',
      // migrant work: 务工规模32.6万人以上; farm labour moved to other work: 转移农业劳动力4500万人
      '务工', '外出务工', '务工规模', '转移农业劳动力', '转移劳动力',
      // workers laid off by state firms, who are found other work: 国有企业下岗职工达2700多万人
      '国有企业下岗职工', '国企下岗职工', '下岗职工',
      // the net income of rural residents, as national reports state it beside urban income (脱贫人口人均纯收入 is rural's)
      '居民人均纯收入', '农民人均纯收入', '纯收入',
      // (a labour force, 9亿劳动力资源: golds income 59 of 63)
      '劳动报酬', '劳动者', '劳动力', '农民工', '农村劳动力', '零工市场', '零工驿站', '输转', '富余劳动力', '就业', '就业岗位', '新增就业', '城镇新增就业', '再就业', '转移就业', '稳就业',
      '就业困难', '零就业', '高校毕业生', '失业', '失业率', '登记失业率', '调查失业率', '城镇登记失业率',
      '创业', '创业担保贷款', '创业贷款', '带动就业', '岗位', '居民消费价格', '消费价格', '价格指数', 'CPI', '物价', '价格涨幅',
      // the retail price level, as the older reports measure prices (golds 19 of 19): 零售物价上涨百分之二点九
      '零售物价', '商品零售物价',
      '劳务', '劳务输出', '稳岗', '用工', '技能人才就业',
      // employment services: 村级就业公共服务覆盖率
      '就业公共服务', '就业服务',
      // wages owed to workers and paid back (golds: income where wages are named): 偿还历年拖欠工资332亿元 (拖欠 alone is fiscal's arrears)
      '拖欠工资',
      // the farm household's net income per head (older national reports): 农村居民家庭人均纯收入
      '居民家庭人均纯收入',
      // retail prices, the older national measure of inflation beside 居民消费价格 (golds: income 2 of 2)
      '零售价格',
      // urban living-expense income, the older national measure of urban income: 城镇居民人均生活费收入
      '生活费收入',
      // what farmers drew from the collective, per head, in the older reports (农民人均从集体分得的收入, golds 4 of 4)
      '集体分得',
    ],
  },
  // tourism — e.g. 接待游客4133.28万人次, 新增博物馆
  {
    id: 'tourism',
    name: '文化旅游',
    keywords: [
      '游客', '接待游客', '旅游', '旅游收入', '旅游综合收入', '旅游总收入', '旅游人次', '过夜游客',
      // the arts (golds tourism 20 of 20): 艺术表演团体; concerts and cultural-creative industries (6 of 6, 5 of 8): 惠民音乐会, 文创产业增加值
      '艺术', '音乐会', '文创',
      // hotels for visitors (golds tourism 13 of 14): 新增宾馆酒店33个
      '酒店', '宾馆',
      '入境游客', '景区', 'A级景区', '4A', '5A', '文旅', '文化旅游', '全域旅游', '旅游目的地', '旅游线路',
      '旅游休闲', '休闲街区', '度假区', '民宿', '旅游总消费', '旅游消费', '涉旅', '饭店', '星级饭店', '乡村旅游', '博物馆', '图书馆', '文化馆', '美术馆',
      // village reading rooms, a cultural programme (golds tourism 16 of 16): 建成6628家“农家书屋”
      '农家书屋', '书屋',
      // firms of culture and the pair culture-and-tourism, whatever else the name holds (golds tourism 12 of 12, 9 of 9):
      // 规上文化企业营收, 省文化和旅游特色村镇
      '文化企业', '文化和旅游',
      // ice and snow sports and tourism (golds tourism 8 of 8): 冰雪运动参与人次, 星光数字冰雪综合体等10个冰雪产业项目;
      // ski resorts (golds tourism 8 of 8): 投资500亿元滑雪度假小镇
      '冰雪', '冰雪产业', '冰雪运动', '冰雪旅游', '滑雪',
      '纪念馆', '书房', '书店', '阅读', '非遗', '非物质文化遗产', '文化遗产', '世界遗产', '文物', '考古',
      '文化产业', '文化', '文体活动', '剧目', '传习', '演出', '演艺', '文艺', '文学', '作品', '电影', '影视', '票房', '广播电视',
      '群星奖', '节会', '节庆', '文化驿站', '文化生活圈', '公共文化', '赛事', '亚运', '亚残运', '运动会',
      '运动员', '金牌', '银牌', '铜牌', '奖牌', '全运会', '亚运会', '奥运会', '体育', '全民健身', '健身', '体育场', '体育组织', '开闭幕式', '协办城市',
      // 新建51个场馆: venues, of sport and culture (golds tourism 18 of 21)
      '场馆',
      '媒体', '新闻', '出版',
      // broadcasting is culture: 广播和电视综合人口覆盖率
      '广播和电视', '电视', '广电',
      // broadcasting coverage: 广播综合人口覆盖率
      '广播',
      // projects and shows of culture and tourism: 文旅重点项目, 儿童剧免费公演, 新建公共文化场馆
      '文旅项目', '文旅重点项目', '公演', '儿童剧', '公共文化场馆',
      // heritage sites under state protection and plays taken to villages: 串联531处国保单位, 免费送戏下乡1万场
      '国保单位', '送戏',
      // visitors from abroad, however counted (golds tourism 47 of 49; 入境游客 is listed below): 入境游精品线路; named as visitors they outweigh
      // the port they came through (口岸, consumption's): 口岸入境国外游客数量
      '入境', '国外游客', '境外游客',
      // zones protecting a living culture (golds tourism 4 of 4, as 文化 is; 生态 had made them ecology)
      '文化生态保护',
    ],
  },
  // energy — e.g. 清洁能源装机达5000万千瓦, 抽蓄电站
  {
    id: 'energy',
    name: '能源',
    keywords: [
      // green power's certificates, virtual plants, cars feeding the grid: 绿证交易数量增长97.1% (golds energy 5 of 5; 绿电 is below)
      '绿证', '虚拟电厂', '车网互动',
      // places and people without power (golds energy 3 of 3): 解决无电地区人口用电
      '无电',
      '清洁能源', '新能源', '能源', '装机', '发电装机', '电力装机', '装机容量', '水电', '水电站', '光伏',
      // new-energy cars put on the road, a switch of fuel (golds energy 3, ecology 3; made, they are industry's):
      // 推广新能源汽车1.6万辆
      '推广新能源汽车', '新能源汽车推广',
      '风电', '风光', '抽蓄', '抽水蓄能', '电源', '电价', '工商业电价', '平均电价', '煤炭消费', '电煤消费', '电网', '停电', '配电网', '输变电', '输电线路', '变电站', '特高压', '电站', '发电', '发电量',
      // (people with no power yet: 最后20多万无电人口都能用上电)
      // power of any kind counted in kWh: 接纳省外电量 (golds 31 of 31 for names with 电量)
      '电量',
      // power sold on the market (市场化交易 alone is trade): 全年完成市场化交易电量852亿千瓦时
      '交易电量',
      // the fuel and power industries as plans named them (golds energy 12 of 14): 煤炭工业建设，五年投资…, 燃料工业
      '煤炭工业', '石油工业', '电力工业', '燃料工业',
      '用电量', '全社会用电量', '用电', '无电人口', '售电量', '电力', '外送', '天然气', '页岩气', '煤层气', '电煤', '油气', '煤炭', '原煤', '氢能', '储能',
      '光热', '地热', '生物质', '能耗', '用能', '单位GDP能耗', 'GDP能耗', '地区生产总值能耗', '国内生产总值能耗', '生产总值能耗', '能源消费', '电能替代', '绿电', '供电', '农村电网',
      // trade in electricity: 参与全省电力市场化交易
      '电力交易', '电力市场化', '电力市场',
      // coal mines and coal power: 煤矿竣工投产, 智能化矿井, 煤电机组“三改联动”, 智能化采掘工作面1491处
      '煤矿', '矿井', '煤电', '煤电机组', '采掘',
      // the distribution grid: 改造农村配电变压器186台、配电线路573公里; what users pay: 终端用户电费成本
      '配电', '电费',
      // coal-fired plants: 关停小火电机组7210万千瓦
      '火电', '小火电',
      // gas-fired generating units (启动4台83万千瓦燃气机组建设: 燃气 alone is a city's gas supply, urban)
      '燃气机组', '燃机', '气电',
      // projects of new energy: 新开工新能源项目
      '新能源项目',
      // the west-to-east gas pipeline: 长达4000公里的西气东输管道
      '西气东输',
      // oil output, as 原油 (石油: golds energy 5 of 9; 原油: 31 of 33)
      '石油', '原油',
      // coal mined, as the older reports weigh it (煤产量 golds energy 6 of 6)
      '煤产量',
    ],
  },
  // agriculture — e.g. 粮食产量, 新建高标准农田20万亩, 牦牛出栏
  {
    id: 'agriculture',
    name: '农牧业',
    keywords: [
      // cash crops and the villages' characteristic industries (golds agriculture 7 of 7, 11 of 11): 经济作物总产值, 十大乡村特色产业全产业链总产值
      '经济作物', '乡村特色产业',
      // the harvests of a season (golds: agriculture 4 of 4): 秋粮产量, 夏粮, 新增早稻种植
      '秋粮', '夏粮', '早稻', '晚稻',
      // land farmed at scale (golds: agriculture 11 of 11): 土地规模经营占比27.4% (土地 alone is urban)
      '规模经营',
      // land opened up for farming (national reports of the 1950s; golds agriculture 11 of 11): 开垦荒地三千六百万亩
      '开垦', '荒地',
      // fishing-port economic zones (golds 2 of 2): 国家级渔港经济区
      '渔港', '渔港经济区',
      // fertiliser by soil test: 测土配方施肥技术覆盖率
      '测土配方',
      // the yield of a field: 超级稻双季亩产达1603.9公斤, 粮食单产 (golds 18 of 18)
      '亩产', '单产',
      // cotton, orchards and wells: 棉花总产511.2万吨, 林果产量稳定在1350万吨, 新建抗旱机井5231口
      '棉花', '林果', '机井',
      // crops grown for industry, as the older plans count them (golds agriculture 10 of 10): 烤烟, 甘蔗, 甜菜
      '烤烟', '甘蔗', '甜菜',
      // farm produce processed (not 工业总产值 inside it), and rubber plantations: 农产品加工业总产值增长9%, 划定25万亩特种胶园
      '农产品加工业', '胶园', '天然橡胶',
      // grain capacity is the farm's, not industry's 产能: 粮食综合生产能力保持在1.3万亿斤以上
      '粮食产能', '粮食生产能力', '粮食综合生产能力',
      // grain held in reserve (地方储备粮能力由4.5个月提高到6个月, 市级政府储备粮库; golds agriculture 5 of 5)
      '储备粮',
      '粮食', '粮食产量', '粮油', '播种面积', '播面', '复种', '耕地', '耕地保有量', '黑土地', '黑土地保护', '永久基本农田',
      // (deep tillage of farmland: 增加深松土地1333万公顷)
      // low-yield fields improved: 改造中低产田 (golds agriculture 6 of 6)
      '低产田',
      // (新增粮食仓储能力279亿斤: grain storage, not energy's 储能 inside 仓储能力)
      '粮食仓储', '仓储能力',
      '高标准农田', '农田', '深松', '节水灌溉', '数字农业', '农业', '农业生产总值', '现代农业', '农业园区', '农业产业', '农业优势产业', '优势特色产业集群', '农林牧渔', '第一产业', '畜牧',
      '牧业', '牦牛', '生猪', '出栏', '存栏', '养殖', '牛羊', '藏香猪', '家禽', '饲草', '草业', '种业', '农场', '种苗',
      '良种', '种质资源', '畜禽', '农产品', '两品一标', '有机产品', '有机农产品', '有机认证', '有机',
      '绿色食品', '地理标志', '中药材', '烟叶', '小龙虾', '虾稻', '虾-稻', '蔬菜', '净菜', '水果', '果蔬', '茶叶', '茶园', '食用菌', '葡萄', '青稞',
      '马铃薯', '油菜', '玉米', '水稻', '小麦', '渔业', '水产', '农机', '机械化率', '产业强镇', '农事服务',
      // crops, their mechanisation and the vets of livestock villages (主要农作物耕种收综合机械化水平达到93%,
      // 500个大村兽医配备试点; golds 农作物 agriculture 27, ecology 2 — both 农作物秸秆, kept there below)
      '农作物', '机械化水平', '兽医',
      '农业产业化', '龙头企业',
      // farmers trained in farming (golds agriculture 2, rural 1): 培育高素质农民4000人
      '高素质农民',
      '一产增加值', '饲养量', '肉牛', '奶牛', '白鹅', '稻谷', '辣椒', '药材', '道地药材', '保护性耕作', '三品一标', '棚室', '海洋牧场', '精深加工', '农产品加工', '农畜产品加工', '屠宰', '专业合作社', '合作社', '家庭农场',
      // the state tractor stations that plough for farms (golds agriculture 8 of 8; 拖拉机 alone is industry's output)
      '拖拉机站',
      '天府粮仓', '粮仓', '高产', '种植', '花卉', '林下', '林粮', '鲜草', '牧草', '种养', '涉农', '特色制品', '农牧业', '农业增加值',
      // farmland left idle: 清理整治撂荒地
      '撂荒地', '撂荒耕地', '撂荒',
      // farm businesses and produce bases: 培育新型农业经营主体, 粤港澳大湾区“菜篮子”基地
      '农业经营主体', '菜篮子',
      // land brought back to farming: 复垦搬后土地
      '复垦',
      // farms and cooperatives: 示范家庭农牧场, 示范社, 农业重点项目
      '家庭农牧场', '示范社', '农业重点项目',
      // farming's own industries: 农业特色优势产业融合产值
      '农业特色优势产业', '农业特色产业',
      // crops and livestock products an industry chain is built on: 稻米、油料、果蔬5个千亿级产业链
      '稻米', '油料', '奶业', '乳业', '乳制品', '猕猴桃', '苹果', '柑橘', '楠竹', '竹产业', '牛羊肉',
      // costs saved and income added per mu of crops: 亩均节本增收200元
      '节本增收',
      // crop varieties bred or spread: 育成农作物新品种12个, 推广“壮糖6号”新品种 (golds agriculture 12 of 12)
      '新品种',
      // fertiliser and pesticide used on fields, cut (化肥农药减量增效, golds agriculture 4 of 4)
      '化肥农药', '化肥减量', '化肥使用', '化肥施用', '施用化肥',
    ],
  },
  // rural — e.g. 脱贫人口人均纯收入, 村集体经济收入, 乡村振兴示范村
  {
    id: 'rural',
    name: '乡村振兴',
    keywords: [
      // collective property reformed (golds rural 10 of 10): 完成集体产权制度改革的村
      '集体产权',
      // the farmsteads of the western Sichuan plain (golds rural 3 of 3): 保护修复川西林盘1005个
      '林盘',
      // villages made beautiful by the thousand (golds rural 8 of 8): “千村美丽”村, 千村示范
      '千村',
      // the rate of poverty (golds rural 53 of 53; 贫困 alone is no keyword): 贫困发生率下降到0.7%
      '贫困发生率',
      // rights to land and grassland confirmed (golds rural 8 of 11): 土地确权登记颁证, 草原确权承包
      // (and their certificates issued, 颁证率60%: golds rural 9 of 11)
      '确权', '颁证',
      // land transferred, villages of old and new (golds rural 3 of 3, 7 of 8, 4 of 4): 土地流转率, “最美村落”, “水美新村”
      '土地流转', '村落', '新村',
      // 资源变资产、资金变股金、农民变股东: the rural reform “三变”
      '三变',
      // villages held up as models of rural revival (golds: rural 11 of 12): 首批典型村（社区）
      '典型村',
      // farmers' net income per head (golds: rural 47 of 58), biogas users: 农民人均纯收入, 新增沼气用户510万
      '人均纯收入', '沼气', '乡村振兴', '脱贫', '脱贫人口', '脱贫攻坚', '脱贫地区', '防返贫', '返贫', '监测对象', '帮扶',
      // farm households and villages of low income (低收入 alone stays social's: 城镇低收入家庭);
      // the rural poor as Jiangsu names them (建档立卡农村低收入人口: golds rural 10 of 10), and 低收入人口 alone,
      // which the reports count among the rural poor (golds rural 25 of 27)
      '低收入农户', '低收入村', '农村低收入人口', '低收入人口',
      '对口帮扶', '定点帮扶', '东西部协作',
      // the Fujian–Ningxia partnership and aid projects in Xinjiang (闽宁产业园落地企业20家, 实施援疆项目2142个;
      // golds 闽宁 rural 16 of 16 with the partnership words, 援疆项目 rural 2, investment 1; 援疆资金 stays fiscal)
      '闽宁', '援疆项目',
      '帮扶协作', '消费协作', '农村危房', '对口支援', '对口合作', '衔接资金', '衔接项目', '衔接',
      // roads inside villages: 村内道路硬化 (golds rural 3 of 3; 道路 alone is urban's)
      '村内道路',
      // villages grown rich, counted by their income (golds rural 5 of 5, 2 of 2): 纯收入超亿元村, 发达村
      '超亿元村', '亿元村', '发达村',
      '集体经济', '村集体', '集体经营性收入', '示范村', '中心村', '美丽乡村', '未来乡村', '和美乡村', '宜居宜业',
      // villages weak in their collective economy, helped by the county: 800个经济薄弱村
      '薄弱村',
      '传统村落', '精品村', '特色村', '优秀村', '共富工坊', '共同富裕', '共富', '欠发达', '易地搬迁',
      // villages and towns made fine to live in (golds rural 65 of 65): 美丽宜居试点县, 美丽宜居村庄
      '美丽宜居',
      // moving people out of poor places, whatever the scheme is called (golds rural 148 of 190; 避险搬迁 stays safety):
      // “造福工程”累计搬迁87.9万人
      '搬迁',
      '易地扶贫搬迁', '农村人居环境', '人居环境', '户厕', '改厕',
      // kitchens and pens rebuilt beside toilets (golds rural 4 of 4): 农村改厨100万户、改圈5万户
      '改厨', '改圈',
      // migrants resettled and their houses (golds rural 6 of 10 for 移民, urban 2): 新建移民住房1.1万套, 搬迁移民1.5万人
      '移民住房', '搬迁移民',
      // the rural toilet, as 户厕 (the gold reads 农村户厕 ecology, rural as its alternative; the blind
      // annotations read toilets rural 14 times, ecology 7): 新建、改建农村户用卫生厕所
      '卫生厕所', '户用厕所', '行政村', '乡村', '村庄', '数字乡村',
      // villages made fit to live in: 美丽宜居自然村400个
      '宜居自然村',
      // supply and marketing co-operatives serve the village: 示范基层供销合作社
      '供销合作社', '供销社',
      '乡村治理', '一村一品', '驻村', '第一书记', '农房', '乡村产业', '乡村建设', '千万工程', '山区县',
      '山区海岛县', '农村改革', '宅基地', '承包地', '扶贫',
      // money for the poor, whoever pays it (golds rural 63 of 63): 中央和地方财政扶贫资金
      '扶贫资金', '财政扶贫资金', '消费帮扶', '小康', '消除风险', '风险消除',
      // a poor county's or village's exit from poverty: 42个贫困县摘帽, 1622个贫困村出列
      '贫困县', '贫困村', '贫困人口', '贫困户', '帮扶资金', '摘帽', '出列', '美丽庭院',
      // village companies: 强村公司总利润
      '强村公司', '强村',
      // the income of people lifted from poverty, village services and water: 脱贫人口人均收入, 村级综合服务设施
      '脱贫人口人均', '村级综合服务', '规模化供水', '集体经营性建设用地',
      // liveable villages: 省级美丽宜居村
      '宜居村', '美丽宜居村', '美丽村屯', '美丽田园',
      // villagers of the Yellow River's flood plain moved to new platforms or communities: 28个新建村台, 27个外迁社区
      // (golds rural 15 of 17; the river made them ecology)
      '滩区', '村台', '外迁',
    ],
  },
  // ecology — e.g. 森林覆盖率35.26%, 空气质量优良率, 污水处理
  {
    id: 'ecology',
    name: '生态环保',
    keywords: [
      // the tasks set by the central inspection of the environment (golds: ecology 6 of 6): 中央生态环境保护督察整改任务,
      // 第二轮整改任务
      '督察整改', '整改任务',
      // small polluting workshops shut: 关停取缔“散乱污”企业 (the quotes are read off)
      '散乱污',
      // plastics replaced by what decomposes: 可降解塑料制品替代率达80.2%
      '可降解', '禁塑',
      // bodies of water, sludge treated, a product's carbon footprint (golds ecology 20 of 20, 3 of 3)
      '水体', '污泥', '碳足迹',
      // green river corridors and forest villages: 建成碧道930公里, 森林乡村159个
      '碧道', '森林乡村',
      // pollutants cut: 化学需氧量、二氧化硫排放量分别减少4.42%、5.95%
      '化学需氧量', '二氧化硫',
      // woodland added or kept (golds ecology 10 of 18, no other sector more than 3): 新增林地7.6万亩
      '林地',
      '森林覆盖率', '绿化覆盖率', '森林', '营造林', '草原', '草原综合植被盖度', '植被', '湿地', '造林', '植树', '国土绿化', '绿化',
      // trees and shrubs planted, coal burnt less (golds ecology 4 of 4, 2 of 2): 栽植各类乔灌木, 减少燃煤消耗
      '乔灌木', '燃煤消耗',
      '扩绿', '退化林', '封山育林', '防沙治沙', '沙化', '荒漠化', '水土流失', '水土保持', '生态修复',
      '生态保护', '生态环境', '生态文明', '生态', '环境质量', '空气质量', '空气优良', '优良天数',
      // contaminated land made safe to use (golds: ecology 8 of 8): 重点建设用地安全利用率 (建设用地 alone is urban)
      '安全利用率',
      'PM2.5', 'PM10', '细颗粒物', '可吸入颗粒物', '降尘', '老旧机动车', '老旧车', '臭氧', '重污染天气', '污染', '大气', '黄标车', '森林村庄', '断面', '水质', '水环境',
      // groundwater, its level and its overdraft (golds ecology 15 of 16): 平原区地下水埋深回升0.32米
      '地下水',
      '地表水', '饮用水水源', '水源地', '水功能区', '污水处理', '污水', '垃圾处理', '生活垃圾', '垃圾分类',
      // solid waste written out (固废 is its short form; golds ecology 10 of 10): 工业固体废物综合利用率
      '固体废物', '工业固体废物',
      '碳市场', '碳交易', '垃圾', '固废', '危废', '危险废物', '土壤', '污染耕地', '碳汇', '碳排放', '二氧化碳排放', '生产总值二氧化碳排放', '碳中和', '碳达峰', '双碳', '节能减排', '减排',
      '低碳', '绿色低碳', '绿色工厂', '绿色', '古树', '古树名木', '野生动物', '生物多样性', '迁徙通道', '自然保护区',
      '国家公园', '保护地', '河长制', '河湖', '河湖管护', '山水林田湖草', '河湖长制', '长江', '黄河', '流域', '水系', '燃煤锅炉',
      '散煤', '环保', '环境违法', '督察', '绿水青山', '两山', '生态县', '美丽', '宁静', '噪声', '再生水', '砷渣', '重金属', '绿美', '绿美村庄', '节能降碳', '柴油货车',
      '节约型', '节水', '用水量', '生产总值用水量', '水耗', '鼠害', '小水电', '秸秆', '农作物秸秆', '农药', '排放',
      '石漠化', '排污口', '林草', '清洁取暖', '受污染耕地',
      // inspections and repair of nature: 环保督察交办问题, 修复废弃矿山, 治理修复岸线
      '环保督察', '生态环境问题', '突出环境问题', '废弃矿山', '矿山修复', '岸线',
      // clean transport of bulk goods: 大宗物料清洁运输比例
      '清洁运输',
      // trade in ecological goods: 生态资源交易额, 生态产品价值
      '生态资源', '生态产品', '生态产品价值',
      // mines restored: 治理矿山137.1公顷
      '治理矿山', '矿山治理', '矿山生态',
      // pollution at its source: 燃煤散烧综合治理, 尾矿库治理, 污染地块安全利用率, “无废细胞”
      // (“无废工厂”, “无废社区” are cells of a waste-free city: golds ecology 4 of 4)
      '燃煤散烧', '尾矿库', '污染地块', '无废细胞', '无废城市', '无废工厂', '无废社区',
      // boilers retrofitted or shut for cleaner air: 燃气锅炉低氮改造, 淘汰燃煤锅炉 (golds ecology 6 of 7)
      '锅炉',
      // volatile organic compounds: 挥发性有机物治理项目
      '挥发性有机物', 'VOCs',
      // industrial waste put to use: 磷石膏综合利用率
      '磷石膏', '工业固废',
      // land restored and sand held back: 修复国土面积50万亩, “三北”工程, 沙土地治理
      '修复国土', '国土修复', '三北', '沙土地',
      // black and smelly water bodies cleaned up (golds: ecology 22 of 22, urban or rural the border): 治理农村黑臭水体1400个
      '黑臭水体',
      // land sunk over coal mines made good: 15个采煤沉陷区治理工程
      '沉陷区',
      // mines left from the past, restored (golds ecology 6 of 6; 矿山 alone is industry)
      '历史遗留矿山',
      // quarries and mines planted green again: 完成矿山石场复绿537公顷 (石场复绿 outweighs 矿山, industry's)
      '复绿', '石场复绿',
    ],
  },
  // transport — e.g. 新建成高速公路, 农村公路, 年旅客吞吐量
  {
    id: 'transport',
    name: '交通',
    keywords: [
      // toll stations at provincial borders (golds transport 4 of 4): 撤销省界收费站
      '省界收费',
      // bridges, bottleneck roads and freight carried (golds transport 4 of 4, 6 of 6, 8 of 8): 6座长江大桥通车 (长江 alone is ecology's), 139条市际瓶颈路, 货物运输量
      '大桥', '长江大桥', '瓶颈路', '货物运输量',
      // village roads surfaced, as 硬化路 (golds 5 of 5), a stretch of river shipping: 自然村通水泥（沥青）路, 长江部分航段
      '水泥路', '沥青路', '航段',
      // buses to the villages: 行政村客运班车通达率, 符合通客车条件的行政村通客车 (golds transport 10 of 10)
      '客运班车', '通客车',
      // overloaded lorries: 超限超载率; traffic on a road or bridge: 日均车流量8万辆次
      '超限超载', '车流量',
      // trips made on foot, by bicycle or bus, and the city's traffic signals and road barriers (golds transport 12 of 13):
      // 中心城绿色出行比例提高到75%, 升级改造376处信号系统, 撤除城市道路隔离护栏1370公里
      '绿色出行', '信号系统', '隔离护栏', '隔离设施',
      // berths on rivers and of a ship class (golds transport 13 of 36 for 泊位, urban the parking ones): 内河千吨级泊位10个
      '内河泊位', '千吨级泊位', '内河千吨级泊位',
      // ships registered at a port: 入籍“中国洋浦港”国际船舶达43艘
      '国际船舶',
      // vehicles on the road: 汽车保有量, 新能源汽车保有量 (golds transport 6 of 8; it had read 新能源 energy)
      '汽车保有量', '机动车保有量',
      '公路', '高速公路', '高速', '铁路',
      // corridors (golds transport 86 of 99): 西部陆海新通道班列
      '通道',
      // roads built for industries and for tourists are roads: 开工建设产业路、旅游路1085公里
      '产业路', '资源路', '旅游公路', '高铁', '地铁', '轨道交通', '城轨', '机场', '航线', '航班',
      // passengers, goods and mail carried on one rural route: 开通客货邮融合线路100条
      '客货邮', '客货邮融合',
      // berths of a seaport, not of a car park (停车泊位 is urban): 新增北部湾港万吨级以上泊位9个 (golds transport 2 of 2)
      '万吨级泊位', '万吨级以上泊位', '深水泊位',
      '旅客吞吐量', '货邮吞吐量', '吞吐量', '港口', '航道', '码头', '通车', '通车里程', '运营里程', '里程',
      // border crossings by people and vehicles (golds transport 7 of 11): 出入境流量700万人次
      '出入境',
      '国省干线', '国省道', '国道', '省道', '干线', '农村公路',
      // village roads built or widened (golds transport 9 of 9): 新改建农村道路500公里
      '农村道路',
      // roads made passable in villages (golds transport 3 of 3; 道路 alone is urban's): 农村道路畅通工程
      '畅通工程', '四好农村路', '硬化路', '路面', '大中修', '桥梁',
      '索改桥', '隧道', '环路', '路桥', '公交', '公共交通', '新能源公交', '城乡公交', '交通', '交通投资', '交通建设', '交通拥堵', '堵点', '车道',
      '慢速道', '中欧班列', '班列', '客运', '货运', '货运量', '客运量', '周转量', '旅客发送', '运送旅客', '旅客', '交旅融合', '路网', '金通工程',
      '航空', '通用航空', '低空', '枢纽', '站场', '物流车', '出行',
      '危桥', '联运', '断头路', '航运', '航运中心', '水运', '运力', '集装箱',
      // traffic control: 信号灯联网, 重点路口智能调控, 市级疏堵工程, 拥堵指数
      '信号灯', '路口', '疏堵', '拥堵',
      // paved roads: 乡镇通沥青（水泥）路
      '沥青',
      // taxis: 新能源出租车
      '出租车',
      // farm roads: 新改建农路
      '农路',
      // ships passing a lock: 过闸总吨位1.3亿吨
      '过闸',
      // shipping lines to foreign ports (外贸 alone is consumption's trade; golds transport 6 of 6): 新开辟外贸航线
      '外贸航线',
    ],
  },
  // urban — e.g. 城镇老旧小区改造, 棚户区, 水利投资, 充电桩
  {
    id: 'urban',
    name: '城乡建设',
    keywords: [
      // housing for residents bought at cost: 安居房开工2.5万套; families short of housing: 住房困难家庭
      '安居房', '住房困难家庭',
      // towns built around one trade (golds: urban 13 of 16): 创建特色小镇12个
      '特色小镇',
      // dikes built and raised: 长江干堤加固, 江河堤防加固工程 (golds 8 urban : 4 safety)
      '堤防', '干堤',
      '县城', '撤乡并镇', '撤县设区', '镇级市', '保障性安居工程', '安居工程', '城镇化', '城镇化率', '新型城镇化', '农业转移人口', '城市更新', '老旧小区', '棚户区', '棚改', '棚改工程', '城中村',
      '危旧房', '危房', '保障性住房', '保障性租赁住房', '保租房', '保障房', '公租房', '共有产权', '住房', '商品房',
      '房地产', '保交楼', '保交房', '加装电梯', '电梯', '供暖', '供热', '供气', '燃气', '燃气管道', '供水', '集中供水', '供水水质',
      '排水', '管网', '综合管廊', '地下综合管廊', '燃气管网', '供水管网', '地表水厂', '管道', '管线', '雨污分流', '海绵城市', '城市体检', '未来社区', '完整社区',
      '卫星城', '卫星镇', '停车场', '交房',
      // shanty towns rebuilt, new starts included: 新开工棚户区改造1450套
      '棚户区改造',
      // homes connected to piped gas: 主城区新通天然气8097户，通气率提高5.06%
      '通天然气', '通气率', '管道天然气', '装配式建筑', '水厂', '停车位', '充电桩', '汽车充电桩', '充电设施', '充电站', '换电站', '水利', '水利工程', '中小河流', '水源工程', '库容', '水库', '灌区', '水资源',
      // rented homes, the market's as well as the state's (golds urban 44 of 46)
      '租赁住房',
      '饮水', '自来水', '供氧', '国土空间规划', '规划', '建设用地', '用地', '土地出让', '经营性用地', '增减挂钩',
      // land and buildings, and idle ones put back to use: 盘活土地2.26万亩、房产超过1000万平方米 (golds urban 22 of 35 for 土地)
      '土地', '盘活土地', '房产', '房屋',
      '不动产', '人口', '常住人口', '户籍人口', '城镇人口', '总人口', '城区人口', '落户', '中心镇', '城乡风貌', '风貌', '城市环境', '市政', '基础设施',
      // a city's streets, corners and small public spaces: 优化提升街巷30条、街角650个, 城市小微公共空间727处 (golds urban 8 of 8)
      '街巷', '街角', '公共空间',
      '园林', '绿地', '绿道', '口袋公园', '背街小巷', '公厕', '城市', '超大城市', '宜居', '安置住房',
      '回迁安置', '安置房', '拆迁', '征迁', '入城口', '亮化', '平急两用', '体育场地', '移民',
      '廊道', '住宅', '小区', '城镇', '城乡建设', '人防', '地下空间', '小城镇',
      // flats for talent, housing built (golds urban 9 of 10): 筹集人才公寓40万套; existing buildings retrofitted to save
      // energy (19 of 29): 完成既有建筑节能改造500万平方米
      '人才公寓', '节能改造',
      // renewal of old quarters and historic buildings, streets made beautiful (golds urban 3, 5, 6 of 8, 5):
      // 片区有机更新, 社区微更新项目, 修缮历史建筑, “美丽街区”
      '有机更新', '微更新', '历史建筑', '美丽街区',
      '停车泊位', '泊位', '租赁补贴', '违法建筑', '违建', '违法建设',
      // old towns, old factories and old villages rebuilt (Guangdong's “三旧”改造): 完成“三旧”改造6.84万亩
      '三旧', '井盖', '灌溉',
      // the look of the city and its management: 拆除违规户外广告, 施工围挡, 道路线缆“蜘蛛网”, 架空线入地
      '建成区', '户外广告', '占道', '围挡', '线缆', '蜘蛛网', '架空线', '立面', '市容', '城市管理', '城管', '精细化管理',
      // a county town made beautiful is building: 建成“美丽县城”
      '美丽县城', '供水普及率', '燃气普及率',
      // water works and land put to use: 新建淤地坝40座, 加固改造总干渠44.1公里, 建成小微型调蓄设施550座,
      // 标准地出让71宗8171亩
      '淤地坝', '干渠', '调蓄设施', '标准地',
      // towns and land consolidation: 省级现代化美丽城镇示范镇, 跨乡镇土地综合整治项目
      '美丽城镇', '土地综合整治',
      // land left idle or granted but unbuilt is land use, the city's: 消化批而未供土地3.7万亩, 盘活低效用地
      '低效用地', '闲置土地', '批而未供',
      // town gas, streets and market towns: 城市天然气管道, 修复破损城市道路, 美丽集镇
      '城市天然气', '城市道路', '美丽集镇',
      // streets and lamps of a town: 维修改造市政道路, 人行步道, “飞线”治理
      '市政道路', '人行步道', '飞线', '天然气管线', '节能灯具', '路灯',
      // parking: 停车共享场景
      '停车共享',
      // water moved between basins (golds: urban 6 of 7): “引江济淮”全年共调水4.75亿立方米
      '调水',
      // property management of housing estates (golds: urban 11): 新增金牌物业10家
      '物业',
      // parks and roads of a city (公园, 道路: golds urban 99 and 48 of 138 and 84 rows, ecology 28 and transport 19)
      '公园', '道路',
      // building land used per yi of output (golds urban 7 of 7): 每新增亿元生产总值新增建设用地
      '新增建设用地', '消耗建设用地',
      // sea area granted for use, as land is (golds urban 4 of 4): 批准用海2.3万公顷 (not 用海 alone: 建成投用海曙中学)
      '批准用海', '新增用海', '用海面积', '用海审批',
      // sea walls, built and raised like river dykes (golds urban 3, safety 3, ecology 0 of 6)
      '海塘',
      // floor space finished (城镇住宅竣工面积, golds urban 3 of 3; 竣工 alone says nothing of the sector)
      '竣工面积',
    ],
  },
  // education — e.g. 新建中小学、幼儿园, 骨干教师, 高层次人才
  {
    id: 'education',
    name: '教育人才',
    keywords: [
      // master teachers' studios: 创建市级名师工作室20个; skills contests: 世界技能大赛勇夺13块金牌
      '名师', '技能大赛',
      // vocational workshops set up abroad (golds education 6 of 6): 在非洲设立10家“鲁班工坊”
      '鲁班工坊',
      // contests of school subjects and their medals: 全国五大学科竞赛(3金11银9铜), 国际奥赛金牌 (not sport's 金牌)
      '学科竞赛', '奥赛',
      // colleges run with industry, and projects of schools with firms: 组建97个省级现代产业学院, 校企合作项目57项
      '产业学院', '创新创业学院', '校企合作',
      '学校', '订单班', '教联体', '中小学', '小学', '中学', '幼儿园', '民办园', '学前教育', '义务教育', '高中', '普通高中', '职业教育',
      // 乡村智慧学校: schools, whatever village they stand in
      '智慧学校',
      // children of migrant workers in school: 接收进城务工人员随迁子女就读
      '随迁子女',
      // national talent titles: 新入选“长江学者”、“国家杰青”6名
      '长江学者', '杰青', '国家杰青',
      // money per pupil: 年生均公用经费基准定额, 小学学生人均公用经费
      '生均', '生均公用经费', '人均公用经费',
      // degree programmes of universities and colleges (golds education 3 of 3; 专科 alone is a hospital's): 调整本专科专业143个
      '本专科',
      '职业院校', '职业学校', '院校', '扩招', '高校', '大学', '高等教育', '学科', '专业点', '一流专业', '学位', '学位授予', '博士',
      '硕士', '教师', '骨干教师', '教学', '教育', '学生', '大学生', '人才', '技术能手', '学术技术带头人', '外国专家', '乡村教师', '高层次人才', '顶尖人才', '引进人才', '人才人口',
      '技能人才', '人才总量', '人才库', '引才', '培训', '技能培训', '职业技能', '产教融合', '产教联合体',
      '卓越工程师', '工程师', '产教', '教学点', '学区', '教共体', '入学率', '巩固率', '毛入学率', '升学', '双一流',
      '院士', '博士后', '留学', '外籍人才', '创新团队', '学前', '公办园', '普惠园', '学生资助', '营养餐', '困难学生', '营养改善计划', '受教育年限',
      '课后服务', '校园', '教育共同体', '学历', '研究生', '本科', '招生', '小规模学校',
      // teachers and pupils: 受益乡村师生
      '师生',
      // leading talents chosen and supported (golds: education 13 of 13): 遴选支持省级创新创业领军人才200名
      '领军人才',
      // illiteracy wiped out (golds: education 2 of 2): 扫除350万青壮年文盲
      '文盲', '扫盲',
    ],
  },
  // technology — e.g. 国家高新技术企业, 5G基站, 研发投入强度
  {
    id: 'technology',
    name: '科技数字',
    keywords: [
      // firms incubated (golds technology 8 of 9): 在孵企业和创业团队
      '在孵企业',
      // software services, whose 服务业 would read consumption (golds technology 2 of 2): 软件服务业营业收入
      '软件服务业',
      // firms, universities and institutes working together (golds technology 45 of 50): 产学研合作项目
      '产学研',
      // firms started on science (golds technology 1 of 1): 新增科技创业企业5000家
      '科技创业',
      // new drugs approved (golds: technology 2 of 3, health the border): 13个创新药获批上市 (上市 alone is fiscal's listing)
      '创新药',
      // high-tech firms, abbreviated (golds: technology 3 of 3): 新增高新企业600家; the telecoms' business (7 of 9):
      // 电信业务总量增长1.9倍
      '高新企业', '电信业务',
      // science's own fund, not finance: 获批国家自然科学基金资助项目1643个 (golds technology 3 of 3)
      '自然科学基金',
      '高新技术企业', '高新技术产业', '高企', '国高企', '科技型中小企业', '科技型企业', '科技', '科技创新',
      '科技领军企业', '瞪羚企业', '独角兽', '研发', '研发投入', '研发经费', '研究与试验发展', '生态伙伴', 'R&D', '研发投入强度', '专利', '发明专利', '实验室',
      '重点实验室', '孵化器', '众创空间', '新型研发机构', '创新平台', '中试', '概念验证', '技术合同', '技术市场',
      '技术交易', '成果转化', '科技成果', '创新联合体', '重大科技', '科技专项', '科学装置', '大科学装置',
      '基础研究', '攻关', '5G', '4G', '基站', '千兆', '光纤', '村通光纤', '宽带',
      // (行政村光纤宽带网络覆盖率95%: the network outweighs the village, golds technology 4 of 4)
      '光纤宽带', '光纤网络', '宽带网络', '数字产业', '数字行业', '算力', '数据中心', '大数据', '数据产品', '数据服务',
      // high-tech zones counted or ranked (golds technology 29 of 40; their output is macro's or industry's, by
      // its own word): 新布局省高新区, 位列全国50强的高新区
      '高新区',
      // centres and funds of science (golds technology 12 of 12): 省基础科学中心, 省青年科学基金
      '科学中心', '科学基金',
      // exchanges of data (golds technology 4 of 4): 贵阳大数据交易所年交易额
      '大数据交易', '数据交易所',
      '数据', '数字经济', '数字百强', '数实融合', '科研机构', '科研院所', '科研项目', '科研人员', '科研成果', '科研团队', '数字化', '人工智能', '大模型', '上云', '工业互联网', '互联网', '物联网',
      '区块链', '软件', '软件名城',
      '望远镜', '工程研究中心', '技术中心', '创新创业', '双创', '信息技术', '信创',
      // services of science and information (not consumption's 服务业): 科技服务业企业, 科学研究和技术服务业增加值, 信息技术服务业
      '科技服务业', '技术服务业', '信息服务业', '信息技术服务业', '院士工作站', '国产替代', '卡脖子', '核心技术', '新药',
      '应用场景', '场景', '科普', '科技特派员', '创新型城市', '创新能力', '创新指数',
      '浮点运算', '数据开放', '智慧', '智能', '新产品', '技术', '创新',
      // networks and innovation as measured: 5G网络行政村通达率, 网络安全等级保护, 区域创新能力综合排名
      '5G网络', '5G覆盖', '网络安全', '高速宽带', '千兆光网', '区域创新', '数字经济规模', '数字经济增加值',
      // science literacy: 公民具备基本科学素质比例
      '科学素质',
      // the small giants of technology: 省级科技“小巨人”
      '科技小巨人',
      // intellectual property: 国家知识产权优势企业
      '知识产权',
      // computing: 服务器装机150万台
      '服务器',
      // research standing and facilities: 自然指数—科研城市全球排名, 重大科技基础设施
      '科研城市', '自然指数', '科技基础设施',
      // rankings of the digital economy: 数字经济百强城市
      '数字经济百强',
      // telecommunication networks: 新增第四代移动通信用户3.4亿、光缆线路550多万公里
      '移动通信', '光缆',
      // bandwidth and telecom charges (golds technology 30 of 30 and 6 of 6): 出省带宽达到8000Gbps, 电信综合资费下降6%
      '带宽', '资费',
      // satellites built and launched: 成功发射卫星162颗 (卫星城, 卫星镇 are urban)
      '卫星',
      // the social sciences' funded projects and prizes: 获批国省社科规划项目5项 (规划 alone is urban)
      '社科规划', '社科', '社会科学',
      // research and development spending, as national reports name it: 全国研究与试验开发经费 (占国内生产总值 alone is macro)
      '研究与试验开发', '研究与实验发展', '研究与发展经费',
      // R&D spending, whoever spends it: 规上工业企业研发经费投入增长13%
      '研发经费投入',
      // telephone exchange capacity, the older reports' measure of telecoms: 电话交换机总容量
      '交换机',
      // telephones, of the older reports' telecoms (golds technology 13 of 13): 新增市内电话, 电话交换机总容量; the internet's
      // related services (互联网和相关服务业营业收入, 3 of 3; 服务业 alone is consumption)
      '电话', '相关服务业',
    ],
  },
  // health — e.g. 县医院达到三级医院能力, 包虫病筛查
  {
    id: 'health',
    name: '卫生健康',
    keywords: [
      // village doctors, intensive care, quarantine (golds health 15 of 16, 3 of 3, 10 of 14): 配备大学生村医 (大学生 alone is education's), 儿童重症监护病房, 隔离境外人员
      '村医', '大学生村医', '重症监护', '隔离',
      // township health centres, whoever works there (golds health 46 of 46): 乡镇卫生院在岗大学生3000人 (大学生 alone is education)
      '乡镇卫生院',
      // epidemic care: 增设乡镇发热诊室22个, 核酸检测实验室; births in hospital: 农村妇女住院分娩率
      '发热诊室', '发热门诊', '核酸检测', '住院分娩',
      // children's teeth sealed free (为8408名适龄儿童免费实施牙齿窝沟封闭服务; golds health 4 of 4)
      '窝沟封闭',
      // medicines and devices brought in under licence: 乐城新引进国际创新药械86种
      '药械',
      // cancer screening of women: 妇女“两癌”免费检查9万人
      '两癌检查', '两癌筛查', '两癌免费检查',
      // births and deaths: 人口自然增长率4.8‰, 人口出生率 (population counts stay urban)
      '自然增长率', '出生率',
      // a county's people's hospital, wherever the county is poor (golds health 2 of 2): 66个贫困县人民医院
      '人民医院',
      '医院', '互联网医院', '医疗', '卫生', '卫生院', '卫生室', '医务室', '社区卫生服务', '医生', '医师', '执业医师',
      // doctors trained as such outweigh the training (培训, education's): 培训全科医生5580名, 订单定向医学生
      '全科医生', '医学生', '医务人员', '护士',
      '床位', '专科', '重点专科', '中医', '中医药', '藏医', '藏医药', '民族医药', '医药', '专科联盟',
      // first-aid training is health's, not education's (golds health 8 of 8): 新增应急救护培训
      '救护培训',
      '医共体', '医联体', '医疗中心', '区域医疗中心', '急救', '救护车', '除颤仪', 'AED', '疾控', '疾病预防控制', '疫苗',
      '接种', '防疫', '疫情', '传染病', '结核', '肺结核', '包虫病', '大骨节病', '慢性病', '慢病', '健康',
      '预期寿命', '人均预期寿命', '健康城市', '卫生城市', '孕产妇死亡率', '婴儿死亡率', '死亡率',
      '诊疗', '门诊', '门诊量', '手术量', '就医',
      // medical teams sent to fight an epidemic elsewhere (golds health 36 of 36): 849名医护人员驰援湖北, 援鄂医疗队
      // (每千人拥有卫生技术人员4.6人: golds health 3 of 3; 技术 alone is technology's)
      '卫生技术人员',
      '医护人员', '医务工作者', '医疗队', '医疗队员', '驰援湖北', '援鄂',
      // patients treated and the protective goods of an epidemic (golds health 35 of 36 for 救治): 救治患者964名, 9种重要防护用品
      '救治', '防护用品', '防疫物资', '口罩',
      // operations given free: 白内障复明手术3500例, 膝髋关节置换手术
      // cases confirmed and carriers without symptoms (golds health 67 of 69, 2 of 2): 确诊病例, 无症状感染者
      '确诊', '无症状感染者',
      '手术', '复明手术', '白内障', '医疗卫生', '公立医院', '三甲', '三级医院', '二级医院', '心理健康', '心理援助', '妇幼',
      '出生缺陷', '康复', '康复中心', '筛查', '两癌', '艾滋病', '母婴传播', '体检', '国民体质', '诊所', '医学',
      '期望寿命', '核酸', '药品',
      // treatment centres and specialties: 胸痛中心, 卒中防治中心, 危重孕产妇救治中心, 老年医学科
      '胸痛中心', '卒中', '创伤中心', '救治中心', '孕产妇', '医学科', '医养结合', '卫生基础设施',
      // family doctors: 家庭医生重点人群签约服务覆盖率
      '家庭医生', '签约服务',
      // the share of a group signed to a family doctor (重点人群签约率), not a project's signing (签约 is investment)
      '人群签约率',
      // medical projects: 医疗项目竣工
      '医疗项目',
      // hospital groups and medical centres: 城市医疗集团, 国家级医学中心分中心
      '医疗集团', '医学中心',
      // defibrillators in public places: 配置自动体外除颤器1000台
      '除颤器',
    ],
  },
  // social — e.g. 办成民生实事52件, 城乡居民医保参保率, 城市低保标准
  {
    id: 'social',
    name: '社会保障',
    keywords: [
      // smart care of the old (golds social 4 of 4): 智慧养老试点 (智慧 alone is technology's)
      '智慧养老',
      // Anhui's yearly acts for people's livelihood, as 民生实事: 10项暖民心行动
      '暖民心',
      // Tianjin's yearly works for the people, as 民生实事 (golds social 11 of 11): 20项民心工程
      '民心工程',
      // workers in hardship the unions help (golds social 3 of 3): 2.3万名困难职工解困脱困
      '困难职工',
      // the allowance paid to people living on the border (golds social 8 of 8): 一线边民补助标准提高到每人每年4600元
      '边民补助',
      '社保', '社会保险', '社会保障', '养老保险', '医疗保险', '医保', '医疗保障', '医保服务', '参保', '参保率', '参保人数', '低保', '低保标准',
      // the towns' minimum living allowance is social's, not urban's, as 城市低保 and 农村低保 are (golds social 60 of 60):
      // 城镇低保补助补差水平
      '城镇低保',
      '最低生活保障', '特困', '救助', '社会救助', '临时救助', '养老', '养老院', '敬老院', '养老金', '基础养老金', '养老服务',
      // 社保卡覆盖全省99%人口, 城镇贫困群众脱困, 高龄补贴: social security's card, urban relief, old-age allowances
      '社保卡', '城镇贫困', '高龄补贴',
      '养老床位', '养老照护床位', '居家养老', '社区养老', '养老机构', '老年人', '老年', '老年大学', '老年学校', '护理员', '护理型床位',
      '照护', '托育', '托位', '婴幼儿', '育儿', '生育', '孕产', '残疾人', '残疾人家庭', '残疾', '孤独症', '儿童',
      '未成年人', '妇女', '民生实事', '为民实事', '为民办实事', '市办实事', '民生', '民生投入', '民生项目', '公益岗位', '公益性岗位', '低收入',
      '困难群众', '困难群体', '困难家庭', '优抚', '优抚事业费', '孝老', '日间照料', '适老化', '户外劳动者', '爱心驿站', '儿童福利', '退役军人', '烈士', '拥军', '慈善', '福利',
      '殡葬', '公共服务', '嵌入式服务', '助餐', '老年食堂', '长者饭堂',
      // support of the childless poor (五保) and orphans: 农村五保供养标准, 集中供养率 (golds social 47 of 47);
      // not the action alone (分散供养), which names nothing by itself and must stay a fragment
      '五保供养', '供养标准', '供养水平', '供养率',
      // meals and help for the old: 建成助老餐厅30个
      '助老',
      // rural cooperative medical care: 参加新型农村合作医疗的人口8.14亿，参合率91.5%
      '新型农村合作医疗', '新农合', '参合率', '幸福感', '民生保', '惠民保', '大病保险',
      // workers' welfare: 工会驿站, 职工服务基地
      '工会', '职工服务',
      '医疗救助', '孤儿', '留守儿童', '集采', '敬老', '公积金', '社区服务', '康养', '医保基金',
      '惠民实事', '惠民资金', '孤儿养育', '养育', '育儿补贴', '居民医保', '职工医保', '报销', '报销比例', '报销限额', '报销额度',
      // each branch of social insurance, and the care of the dead: 失业保险参保人数, 农村公益性公墓
      '失业保险', '工伤保险', '生育保险', '公墓', '殡仪',
      // the laid-off workers' living allowance (national reports of the 2000s): 下岗职工基本生活保障向失业保险并轨
      // (the laid-off workers themselves are income's, with jobs: 国有企业下岗职工 golds 5 : 2)
      '基本生活保障',
      // the subsistence allowance wherever it is paid, and welfare funds: 城市低保平均标准, 各类民生资金
      '城市低保', '农村低保', '城乡低保', '低保平均标准', '民生资金',
      // insurance enrolment: “三项保险”新增参保
      '新增参保', '三项保险',
      // childcare places per thousand people: 每千人口托位数
      '托位数',
      // long-term care and housing for talent: 长期护理保险惠及, 筹集人才房 (人才公寓 is urban's: golds 9 of 10)
      '长期护理保险', '长期护理', '人才房',
      // the villages' homes of care for the old (golds: social 5 of 5): 建设农村幸福院750个
      '幸福院',
      // barrier-free works for the disabled and the old (golds: social 14, urban 2): 残疾人无障碍设施改造2500余户
      '无障碍',
      // insurance of gig workers against injury at work (golds social 4 of 4; 劳动者 alone had made it income)
      '职业伤害',
      // the practical projects a government promises, however named (为民办21件实事, 年初承诺的26件实事: golds social
      // 172 of 176 names holding 实事), and the social insurance fund's balance (社保基金滚存结余; 基金 alone is fiscal)
      '实事', '社保基金',
    ],
  },
  // safety — e.g. 避险搬迁, 治理地灾隐患点, 生产安全事故死亡人数
  {
    id: 'safety',
    name: '安全应急',
    keywords: [
      // typhoons met, counted and by how long they lasted (golds 5 of 5): 有效应对…6个台风
      '台风',
      // emergency broadcasting (79个县级应急广播系统; golds safety 2 of 2: 广播 alone is culture)
      '应急广播',
      // what a disaster cost: 洪涝灾害直接经济损失2000多亿元 (golds 2 : 1)
      '经济损失',
      // forest fires kept off: 森林消防蓄水池7500立方米
      '森林消防',
      // drugs fought: 吸毒人数占常住人口比, 禁毒
      '吸毒', '禁毒', '毒品',
      // residential compounds under camera and access control (golds safety 2 of 2): 建成智慧安防小区1.22万个
      '安防小区',
      // smuggling fought at the border (golds safety 2 of 2): 反走私综合执法站64个
      '走私',
      // deaths per million tonnes of coal mined are a safety rate, not health's (煤炭百万吨死亡率)
      '百万吨死亡率',
      '安全生产', '电动自行车', '生产安全事故', '安全事故', '事故', '交通事故', '道路交通事故', '死亡人数', '伤亡',
      '人员伤亡', '地质灾害', '地灾', '隐患点', '隐患', '排危除险', '避险', '避险搬迁', '避险转移',
      '转移群众', '安全转移', '防灾减灾', '减灾', '综合减灾', '灾害', '自然灾害', '灾情', '险情', '灾区',
      // (被灾田地二亿三千万亩, 受灾人口七千万人: what a disaster struck)
      '受灾', '受灾人口', '受灾面积', '被灾', '救灾',
      // money for disasters, whoever pays it (golds safety 3 of 3; 中央财政 alone is fiscal's): 中央财政抗灾救灾资金
      '抗灾救灾资金', '救灾资金',
      '洪涝', '强降雨', '暴雨', '汛期', '防汛', '抗旱', '防洪', '地震', '余震', '震级', '泥石流', '滑坡',
      // 蓄滞洪区: flood storage areas, for flood safety
      '蓄滞洪区',
      // ways kept open to escape fire (a 通道 that is no corridor of transport): 建设防火通道107公里
      '防火通道', '逃生通道', '疏散通道',
      // shelters, police posts and smoke alarms (golds safety 5, 1, 2 of as many): 应急避难场所, 街面警务工作服务站, 独立式烟感报警器
      '应急避难场所', '应急避难', '警务', '烟感报警器', '烟感',
      // disaster warnings and evacuation (golds safety 3 of 4, 2 of 2): 增设防灾警报设备, 人口疏散示范基地
      '防灾', '人口疏散',
      // smart and safe neighbourhoods (golds safety 2 of 2): 建成智慧平安小区1267个
      '平安小区',
      '森林防火', '森林火灾', '森林草原火灾', '防火', '防灭火', '火灾', '消防', '消防站', '九小场所', '应急', '应急管理', '救援', '命案', '警情', '电诈', '诈骗', '犯罪', '破案', '林火', '气象', '气象监测',
      '雷达', '监测站', '台站', '预警', '食品安全', '食品生产', '药品安全', '食品药品', '放心肉菜', '药店', '集体用餐', '快速检测', '视频监控', '摄像头', '电子防控', '瓶改管',
      '瓶改电', '液化石油气', '危化品', '危险化学品', '停机坪', '两点一哨', '生命安防工程', '安全', '灾后重建', '恢复重建', '溺水', '防溺水', '溺亡', '溺亡人数', '溺亡事故', '溺水事故',
      // inspections of food and drugs: 药品评价性抽检合格率 (the drug is inspected for safety)
      '抽检合格率', '评价性抽检', '抽检', '监督抽检',
      // (药品抽检, 食品抽检: sampling outweighs the goods sampled, 药品 health, 食品 consumption; golds safety 8 of 8)
      '药品抽检', '食品抽检',
      // (食用农产品快检800万批次: a quick test of food is its safety, as a sampled inspection is)
      '快检', '农产品快检',
      // border defence: 强边固防投入资金, 边境物理拦阻设施, 联防所
      '强边固防', '边境物理', '边境线', '边境一线', '守边', '边防', '联防所', '联防',
      // cases solved (破案率: golds safety 7 of 7)
      '破案率',
      // houses built against cut slopes, a landslide risk: 整治农村削坡建房风险点边坡28829户 (golds safety 3 of 3)
      '削坡建房',
    ],
  },
  // governance — e.g. 办理人大代表建议, 政务服务事项, 民族团结进步示范单位
  {
    id: 'governance',
    name: '政务治理',
    keywords: [
      // consulates set up (golds governance 13 of 13, 领馆 6 of 6): 新获批在川设立外国领事机构, 外国驻穗总领馆
      '领事', '领馆',
      // social organisations and works on the rule of law (golds 8 of 9, 2 of 2): 社会组织1.2万家, 法治文化设施
      '社会组织', '法治文化',
      // prices the government sets (golds governance 7 of 7): 政府定价管理项目由53个减少到35个
      '政府定价',
      // matters the government handles (golds governance 164 of 165): 可网上办理事项, “最多跑一次”事项
      '事项',
      // titles conferred (golds governance 4 of 4): 被评为全国劳动模范
      '评为',
      '建议', '提案', '代表建议', '委员提案', '人大代表', '政协委员', '政务服务', '政务', '一网通办',
      // the World Bank's ranking of the business environment and its building permits (golds governance 11 of 11)
      '世行', '建筑许可', '视察',
      // public services as matters handled, and the licences of building and of production (golds governance 4 of 4,
      // 2 of 2): 公共服务事项“最多跑一趟”占比 (公共服务 alone social), 取得施工许可证的平均时间, 工业产品生产许可证
      '公共服务事项', '施工许可', '生产许可',
      // exchanges across the Taiwan Strait (golds: governance 8 of 10): 海峡两岸交流基地, 两岸共通标准, 台胞来闽
      '海峡两岸', '两岸交流', '两岸共通', '台胞',
      // bases that teach the sense of one Chinese nation, governance whatever they are called (golds governance 3 of 3;
      // 教育 had made them education): 铸牢中华民族共同体意识教育实践基地
      '民族共同体',
      // a government's powers listed (golds governance 12 of 12): 省级权力事项, 自贸试验区经济社会管理事项权限
      '权力事项', '事项权限',
      // powers handed down to lower governments (golds governance 7 of 8): 将721项管理权限下放到县一级政府
      '管理权限',
      // papers a government sends down: 省政府发文减少32% (为基层减负 is its aim, not fiscal)
      '发文',
      // the suppression of counter-revolutionaries in the 1950s reports, punished and reformed (golds: governance
      // 10 of 10): 实行劳动改造的反革命分子占百分之十七
      '反革命', '劳动改造',
      // the government's own powers, bodies and checks: 取消和下放省级行政审批事项68项, 调整…省级行政职权316项,
      // 政府议事协调机构精简71%, 入企检查次数下降30%, 创建示范和评比表彰项目压减88.5%
      // a city's civic title (golds 15 of 18): 全国文明城市
      '文明城市',
      // powers of government cut or handed down (golds governance 16 of 16): 取消和下放行政权力2402项; how long
      // starting a firm or getting a permit takes (33 of 34): 开办企业时间, 社会投资项目许可办理时间
      '行政权力', '开办企业', '许可办理时间',
      '行政审批', '审批事项', '行政职权', '议事协调机构', '入企检查', '涉企检查', '评比表彰', '创建示范项目',
      // foreign affairs and defence, which the sector list has no place of their own for: 同我国建交的国家,
      // 军队裁减了100万人 (golds governance 3 of 3)
      // (双拥模范城（县）达15个: the army and its people's mutual support is defence's, golds governance 27 : 16)
      '建交', '外交', '军队', '裁军', '双拥',
      // people honoured as models of conduct: 3名全国道德模范、2名“大国工匠” (golds governance 3 of 3)
      '道德模范', '大国工匠',
      '一件事', '一次办', '就近办', '通办', '办结', '办结率', '便民服务', '便民热线', '热线', '营商环境',
      // services and inspections for firms, and the firms' survey of the business environment: 解决涉企问题3717个,
      // 涉企检查次数下降40%, “万家民营企业评营商环境”(前3位) (golds 涉企 governance 12 of 12), 无证明城市
      '涉企', '评营商环境', '无证明城市', '证明材料',
      // how long an approval takes: 建设项目用地审批时限压缩70% (用地 alone is urban); how long a registration or a
      // firm's investment approval takes (不动产登记时间, 企业投资项目审批时间: golds governance 29 of 29 such times;
      // 不动产 alone is urban, 投资项目 investment)
      '审批时限', '登记时间', '办理时间', '项目审批时间',
      // elections of village committees: 21个省（区、市）完成了村委会换届选举
      '换届选举', '村委会',
      // licences (golds governance 55 of 56): 行政许可事项
      '许可',
      '放管服', '审批', '智能审批', '告知承诺', '证照', '一照通办', '法规', '地方性法规', '条例', '规章', '政府规章',
      '规范性文件', '法治', '普法', '法治宣传', '法律援助', '行政复议', '行政诉讼', '出庭', '出庭率',
      // 村（居）法律顾问, 基层党组织: legal advisers of villages, grassroots party branches
      '法律顾问', '基层党组织',
      '民族团结', '民族团结进步', '石榴籽', '宗教', '宗教事务', '寺庙', '僧尼', '藏传佛教', '信访',
      '诉求', '督查', '督办', '调研', '调研课题', '课题', '改革', '改革事项', '改革举措', '举措', '信用',
      '信用修复', '社区工作者', '纪律', '处分', '纪检', '廉政', '作风', '整改', '问题整改', '案件', '刑事案件',
      '治安案件', '扫黑除恶', '平安建设', '平安', '满意度', '友城', '友好城市', '友好省', '国际组织', '外事', '赋权',
      '人大常委会', '政协', '报告工作', '重大事项', '基层治理', '社会治理', '网格', '矛盾纠纷', '调解',
      '主动推送', '免申即享', '惠企政策', '办实事', '走访', '地方标准', '示范家庭', '长效机制',
      '办复率', '满意率', '发案率', '企业开办', '机关', '法务', '市政府', '市政协', '政协提案',
      // reform of how government works: 体制机制创新成果, 下放乡村两级高频事项, 荣获省部级荣誉
      '体制机制', '高频事项', '政务事项', '服务事项', '荣誉',
      // agreements and problems solved: 京长对口合作事项, 解决实际问题
      '合作事项', '实际问题',
      // help to firms and credit: 解决企业发展难题, 城市信用指数
      '企业发展难题', '信用指数',
      // the load taken off grassroots offices (golds: 文件 governance 73 of 77, 会议 49 of 62, 报表 22 of 27):
      // 压减会议41.8%、文件35.6%, 基层报表数量压减超50%, 要求社区填报的表格从44项精简为3项
      '文件', '会议', '报表', '表格', '督查检查', '事权',
      // reforms of institutions and services: 制度创新成果, 高频场景
      '制度创新', '高频场景',
      // problems and requests solved, decisions and news made public: 妥善解决民生诉求8万余个,
      // 解决各类问题超20万个, 问题解决率96%, 发布重大行政决策事项730件, 召开新闻发布会193场
      '民生诉求', '解决问题', '各类问题', '收集问题', '企业问题', '问题解决率', '行政决策', '新闻发布会',
      // people honoured for conduct: “中国好人”数量居全省第2位
      '好人',
      // done online from end to end (全程网办率98%); model villages of democracy and law (全国民主法治示范村, 村 alone is rural)
      '网办', '民主法治',
      // bills a government puts to the legislature (golds: governance 45 of 45): 提出…等7部法律议案
      '议案',
      // (the legislature's inspections and hearings: 执法检查4次, 专题询问2次; golds governance 8 of 8)
      '执法检查', '专题询问',
      // administrative posts cut when offices are reformed: 全国精减行政编制共计115万人
      // (and the staff counted: 净减少公务员5717人、事业单位人员23970人, 收回事业编制, golds governance 7 of 7)
      '行政编制', '人员编制', '事业编制', '公务员', '事业单位人员', '机构改革',
      // human rights conventions joined (golds: governance 2 of 2)
      '人权',
      // institutional innovation in a free-trade port (制度集成创新案例; blind golds governance 4 of 4)
      '制度集成创新',
      // administrative licences cut or handed down (golds governance 8 of 8; 项目 had made them investment)
      '行政许可',
      // yearly inspections and reviews cut: 精减和取消省本级年检年审项目32项
      '年检年审',
    ],
  },
] as const satisfies readonly SectorInfo[];

/**
 * Keywords that name the form of an economic activity rather than its field: in 牦牛产业集群,
 * 茶叶产业园区 the product decides (agriculture). They weigh as one character, so any other
 * keyword in the phrase outweighs them; alone they still decide (产业集群 → industry).
 */
export const GENERIC_KEYWORDS = [
  '产业集群', '产业园区', '产业链', '重点产业链', '产业项目', '龙头企业', '园区产值',
  // an industry's size class or standing (千亿级产业, 主导产业): 稻米、油料、果蔬5个千亿级产业链 is
  // agriculture, 农业主导产业链 too
  '万亿级产业', '千亿级产业', '百亿级产业', '千亿产业', '主导产业',
  // a score of anything: 航运中心发展指数 is transport; a ranking of anything: 水环境综合排名 is ecology
  // (golds 4 of 4 rows: the thing ranked decides), 综合排名 alone macro
  '发展指数', '综合排名',
  // an action on anything: 盘活闲置旅游项目 is tourism (盘活资产 stays fiscal)
  '盘活',
  // a threshold inside a name: 年产值50亿元以上农业全产业链 is agriculture
  '亿元以上', '亿元项目',
  // building works of anything: 中小学幼儿园项目建设 is education
  '项目建设',
  // spending on anything: 财政科技支出 is technology, 国防支出 alone fiscal
  '支出',
  // the output of any industry: 旅游产业产值 is tourism, 高端数控机床产业产值 alone industry; so of any firm
  // (金赛、凯莱英产值分别达到103.2亿元、91.1亿元 is industry; golds of names ending in 产值 industry 367 of 652)
  '产业产值', '产值',
  // a place or pool of anything: 副省级城市信用监测排名 is governance, 城市道路 alone urban
  '城市',
  // projects left idle of anything: 盘活旅游存量项目 is tourism
  '存量项目',
  // works started on anything: 新开工保租房 is urban, 新开工项目 alone investment
  '新开工',
  // indicators of anything: 稳就业主要指标 is income, 23项主要指标 alone macro
  '主要指标', '约束性指标',
  // people moved out of any danger or want: 搬迁26216户 beside 地质灾害隐患治理 is safety, in a sentence on 扶贫 rural
  '搬迁',
  // capacity of anything (生猪产能 is agriculture, 产能 alone industry), works continued on anything
  // (续建林火阻隔系统 is safety), the resident population of anything (常住人口基本医疗保险参保率 is social,
  // 常住人口 alone urban)
  '产能', '续建', '常住人口',
  // new-energy cars of any use: 新能源汽车零售额 is consumption, 新能源汽车保有量 transport, 新能源汽车
  // alone industry
  '新能源汽车', '新能源车',
  // firms as the ones served: 为经营主体降本减负, 经营主体减免税费 are fiscal (新增市场主体 alone consumption)
  '市场主体', '经营主体',
] as const;

/**
 * Generic keywords whose inner words are no keywords: 新能源汽车 holds no 新能源 or 能源 (a car is no
 * energy). A keyword that runs on past such a word still stands (新能源|汽车保有量 is transport).
 */
export const HIDING_KEYWORDS = ['新能源汽车', '新能源车'] as const satisfies readonly (typeof GENERIC_KEYWORDS)[number][];
