// Units and multipliers as written in reports, with their canonical form.
// The finder tries units longest-first, before multipliers, so that `14.5千米`
// reads as 14.5 公里 and not 14.5 千 米, while `285万千瓦` reads as 万 × 千瓦.

export interface UnitEntry {
  /** Canonical unit written into the claim. */
  canonical: string;
  /** Multiply the value by this (千米 → 公里 is 1; 公斤 stays 公斤). */
  factor?: number;
  /** Only after a multiplier (亿度, 万方): alone the character means something else (角度, 各方). */
  afterMultiplier?: true;
  /** Only after two digits or more (带宽达到590G): after one the letter names a generation of networks (5G, 4G基站). */
  afterTwoDigits?: true;
  /** How the unit behaves: a count, a measure, a duration, a class in a name… */
  role: 'count' | 'measure' | 'money' | 'percent' | 'points' | 'times' | 'duration' | 'class' | 'date';
}

export const UNITS = {
  // percentages: 6.2%, 0.2个百分点
  '%': { canonical: '%', role: 'percent' },
  // 人口自然增长率3.5‰ → 0.35 %: per mille is a tenth of a percent
  '‰': { canonical: '%', factor: 0.1, role: 'percent' },
  '个百分点': { canonical: '百分点', role: 'points' },
  '百分点': { canonical: '百分点', role: 'points' },
  // 人口出生率下降5个千分点: a tenth of a point, as per mille is a tenth of a percent
  '个千分点': { canonical: '百分点', factor: 0.1, role: 'points' },
  '千分点': { canonical: '百分点', factor: 0.1, role: 'points' },
  // basis points, a hundredth of a point: 融资成本下降50个BP, 贷款市场报价利率下降25个基点
  '个基点': { canonical: '百分点', factor: 0.01, role: 'points' },
  '基点': { canonical: '百分点', factor: 0.01, role: 'points' },
  '个BP': { canonical: '百分点', factor: 0.01, role: 'points' },
  'BP': { canonical: '百分点', factor: 0.01, role: 'points' },
  'bp': { canonical: '百分点', factor: 0.01, role: 'points' },
  '倍': { canonical: '倍', role: 'times' },
  // money: 513.35亿元, 26.1亿美元
  '元': { canonical: '元', role: 'money' },
  '美元': { canonical: '美元', role: 'money' },
  '欧元': { canonical: '欧元', role: 'money' },
  '港元': { canonical: '港元', role: 'money' },
  '日元': { canonical: '日元', role: 'money' },
  '英镑': { canonical: '英镑', role: 'money' },
  // a price in cents per unit of energy or gas: 电价下降1分/千瓦时, 气价下降3-5分/立方米 (分 alone is a
  // score or a minute, so only with its denominator)
  '分/千瓦时': { canonical: '元/千瓦时', factor: 0.01, role: 'money' },
  '分／千瓦时': { canonical: '元/千瓦时', factor: 0.01, role: 'money' },
  '分/度': { canonical: '元/千瓦时', factor: 0.01, role: 'money' },
  '分/立方米': { canonical: '元/立方米', factor: 0.01, role: 'money' },
  '分／立方米': { canonical: '元/立方米', factor: 0.01, role: 'money' },
  // people and visits: 4133.28万人次, 8813名 (名 → 人)
  '人次': { canonical: '人次', role: 'count' },
  // events or items counted each time held: 体育赛事活动1000项次以上
  '项次': { canonical: '项次', role: 'count' },
  // screenings or cases counted each time: 免费筛查60万例次
  '例次': { canonical: '例次', role: 'count' },
  // jobs kept counted each time a firm is helped: 援企稳岗660万个次
  '个次': { canonical: '个次', role: 'count' },
  '人': { canonical: '人', role: 'count' },
  '名': { canonical: '人', role: 'count' },
  '位': { canonical: '人', role: 'count' },
  // 提升11个位次: places in a ranking, never people
  '个位次': { canonical: '位', role: 'count' },
  '位次': { canonical: '位', role: 'count' },
  '户次': { canonical: '户次', role: 'count' },
  // vehicles counted each time they pass: 通行车辆450万辆次
  '辆次': { canonical: '辆次', role: 'count' },
  '户': { canonical: '户', role: 'count' },
  '家次': { canonical: '家次', role: 'count' },
  '家': { canonical: '家', role: 'count' },
  '场次': { canonical: '场次', role: 'count' },
  // 累计发射卫星48颗
  '颗': { canonical: '颗', role: 'count' },
  // 181款优质农产品, 开行跨境班列95趟: kinds of product, runs of a train
  '款': { canonical: '款', role: 'count' },
  '趟': { canonical: '趟', role: 'count' },
  // 制定修订行政法规180件次: each time a regulation was made or revised
  '件次': { canonical: '件次', role: 'count' },
  '车次': { canonical: '车次', role: 'count' },
  '架次': { canonical: '架次', role: 'count' },
  '件（次）': { canonical: '件', role: 'count' },
  '件(次)': { canonical: '件', role: 'count' },
  '套（间）': { canonical: '套', role: 'count' },
  // 3892万人（次）: visits counted as people or times are visits
  '人（次）': { canonical: '人次', role: 'count' },
  '人(次)': { canonical: '人次', role: 'count' },
  '户（次）': { canonical: '户次', role: 'count' },
  '户(次)': { canonical: '户次', role: 'count' },
  '套(间)': { canonical: '套', role: 'count' },
  // land and area: 79.33万亩, 15.7万公顷, 57.6万平方米
  '平方公里': { canonical: '平方公里', role: 'measure' },
  '平方千米': { canonical: '平方公里', role: 'measure' },
  '平方米': { canonical: '平方米', role: 'measure' },
  '平米': { canonical: '平方米', role: 'measure' },
  '立方米': { canonical: '立方米', role: 'measure' },
  // 捐献血液292万毫升: blood given, in millilitres
  '毫升': { canonical: '毫升', role: 'measure' },
  // the older reports' metre, 公尺: 住宅四千六百万平方公尺, 蓄水三十八亿立方公尺
  '平方公尺': { canonical: '平方米', role: 'measure' },
  '立方公尺': { canonical: '立方米', role: 'measure' },
  // 完成土方14亿多公方 (older reports): 公方 is a cubic metre of earthwork
  '公方': { canonical: '立方米', role: 'measure' },
  // volume of drink: 年产白酒25万千升
  '千升': { canonical: '千升', role: 'measure' },
  // 标准厂房14.2万方, 土石方300万方: 方 is a square or a cubic metre by what it measures (resolve/unit.ts)
  '方': { canonical: '方', role: 'measure', afterMultiplier: true },
  '亩': { canonical: '亩', role: 'measure' },
  '公顷': { canonical: '公顷', role: 'measure' },
  // length: 872.35公里, 14.5千米 (千米 → 公里)
  '公里': { canonical: '公里', role: 'measure' },
  // optical cable laid: 新建光缆1.3万皮长公里 (sheath length), 芯公里 (fibre length)
  '皮长公里': { canonical: '皮长公里', role: 'measure' },
  '芯公里': { canonical: '芯公里', role: 'measure' },
  '千米': { canonical: '公里', role: 'measure' },
  'km': { canonical: '公里', role: 'measure' },
  '延米': { canonical: '米', role: 'measure' },
  '米': { canonical: '米', role: 'measure' },
  '公尺': { canonical: '米', role: 'measure' },
  // mass: 8.2万吨, 726.8亿斤, 18.3万吨标准煤
  '吨标准煤': { canonical: '吨标准煤', role: 'measure' },
  '吨标煤': { canonical: '吨标准煤', role: 'measure' },
  '蒸吨/小时': { canonical: '蒸吨/小时', role: 'measure' },
  '蒸吨': { canonical: '蒸吨', role: 'measure' },
  // a fleet's deadweight capacity: 新增水运运力206万载重吨
  '载重吨': { canonical: '载重吨', role: 'measure' },
  '吨': { canonical: '吨', role: 'measure' },
  '公斤': { canonical: '公斤', role: 'measure' },
  // 土壤有机质平均含量28克/千克: grams, mostly per kilogram of soil
  '克': { canonical: '克', role: 'measure' },
  '毫克': { canonical: '毫克', role: 'measure' },
  '千克': { canonical: '公斤', role: 'measure' },
  '斤': { canonical: '斤', role: 'measure' },
  // power and energy: 285万千瓦, 10万千瓦时, 15EFlops
  '千瓦时': { canonical: '千瓦时', role: 'measure' },
  // 发电六千一百八十亿千瓦小时: the older reports' spelling of the same unit
  '千瓦小时': { canonical: '千瓦时', role: 'measure' },
  // 发电量165.53亿度: 度 is the kilowatt-hour as people say it, so it is one (hand golds write 千瓦时 9 times of
  // 14; a panel of electricity adds 亿度 and 亿千瓦时 up only in one unit)
  '度': { canonical: '千瓦时', role: 'measure', afterMultiplier: true },
  '千瓦': { canonical: '千瓦', role: 'measure' },
  // engines and tractors rated by horsepower, as older plans write it: 内燃机2，000万马力
  '马力': { canonical: '马力', role: 'measure' },
  '兆瓦': { canonical: '千瓦', factor: 1000, role: 'measure' },
  // gigawatts in Chinese: 拉棒产能22吉瓦, 电池片70吉瓦时
  '吉瓦': { canonical: '千瓦', factor: 1e6, role: 'measure' },
  '吉瓦时': { canonical: '千瓦时', factor: 1e6, role: 'measure' },
  '兆瓦时': { canonical: '千瓦时', factor: 1e3, role: 'measure' },
  // ASCII spellings: 1200万kW, 3.5GW, 15km², 1.2万TEU
  'kWh': { canonical: '千瓦时', role: 'measure' },
  // 新能源电池产能达38GWh
  'MWh': { canonical: '千瓦时', factor: 1e3, role: 'measure' },
  'GWh': { canonical: '千瓦时', factor: 1e6, role: 'measure' },
  'kW': { canonical: '千瓦', role: 'measure' },
  'MW': { canonical: '千瓦', factor: 1e3, role: 'measure' },
  'GW': { canonical: '千瓦', factor: 1e6, role: 'measure' },
  'km²': { canonical: '平方公里', role: 'measure' },
  'm²': { canonical: '平方米', role: 'measure' },
  'm³': { canonical: '立方米', role: 'measure' },
  'TEU': { canonical: '标准箱', role: 'measure' },
  'EFlops': { canonical: 'EFlops', role: 'measure' },
  // 算力规模超过55Eflops: the case reports write it in
  'Eflops': { canonical: 'EFlops', role: 'measure' },
  'EFLOPS': { canonical: 'EFlops', role: 'measure' },
  'PFlops': { canonical: 'PFlops', role: 'measure' },
  'Pflops': { canonical: 'PFlops', role: 'measure' },
  'PFLOPS': { canonical: 'PFlops', role: 'measure' },
  // 总算力超5200PF: PF is how a province writes petaflops; 智算规模突破2万P, 提供算力7.12P: P alone is
  // petaflops too (P2P平台 stays a code). Both stay as written, as every gold file keeps them (15 of 15
  // rows: 5200PF → PF, 2万P → P); the value is in petaflops whichever is written
  'PF': { canonical: 'PF', role: 'measure' },
  'P': { canonical: 'P', role: 'measure' },
  // bandwidth: 骨干直联点带宽达到590G, 出口带宽6000Gbps (kept as written, as the golds do: 590G → G)
  'Gbps': { canonical: 'Gbps', role: 'measure' },
  'G': { canonical: 'G', role: 'measure', afterTwoDigits: true },
  // transport work done: 公路货运周转量155亿吨公里, 旅客周转量30亿人公里
  '吨公里': { canonical: '吨公里', role: 'measure' },
  '人公里': { canonical: '人公里', role: 'measure' },
  // by sea: 海运货物周转量五十七亿五千万吨海里, 旅客二亿四千万人海里 (older reports)
  '吨海里': { canonical: '吨海里', role: 'measure' },
  '人海里': { canonical: '人海里', role: 'measure' },
  // data held: 高质量行业数据集规模达200TB, 存储能力10PB
  'TB': { canonical: 'TB', role: 'measure' },
  'PB': { canonical: 'PB', role: 'measure' },
  'EB': { canonical: 'EB', role: 'measure' },
  '微克/立方米': { canonical: '微克/立方米', role: 'measure' },
  // PM2.5平均浓度不超过35微克每立方米: the per written out
  '微克每立方米': { canonical: '微克/立方米', role: 'measure' },
  // PM2.5浓度降至每立方米36微克: 微克 in a report is always per cubic metre of air
  '微克': { canonical: '微克/立方米', role: 'measure' },
  // temperature: 供热室温不低于20℃, 平均气温12.5摄氏度 (written with the sign or in words)
  '℃': { canonical: '℃', role: 'measure' },
  '摄氏度': { canonical: '℃', role: 'measure' },
  '标准箱': { canonical: '标准箱', role: 'measure' },
  // 集装箱吞吐量7600多万重量箱: containers counted by weight, as a port reports them
  '重量箱': { canonical: '重量箱', role: 'measure' },
  // 标箱 stays as written (annotators keep it; TEU is spelled out as 标准箱)
  '标箱': { canonical: '标箱', role: 'measure' },
  // forty-foot containers, counted apart from twenty-foot 标箱: 陆港年周转集装箱达到1.3万大箱
  '大箱': { canonical: '大箱', role: 'measure' },
  // 淘汰落后…制革10万标张: hides counted in standard sheets, as leather capacity is reported
  '标张': { canonical: '标张', role: 'measure' },
  // voltage classes name equipment (1000千伏特高压), they are not quantities
  '千伏': { canonical: '千伏', role: 'class' },
  // 新增变电容量200万千伏安: a transformer's capacity is a quantity (kVA), not a voltage class
  '千伏安': { canonical: '千伏安', role: 'measure' },
  '万伏': { canonical: '千伏', role: 'class' },
  // durations: 1.5小时以内, 减少38天; years are spans, not claims (连续2年, 今后15年)
  '小时': { canonical: '小时', role: 'duration' },
  // (在18个小时内: hours counted with 个)
  '个小时': { canonical: '小时', role: 'duration' },
  '分钟': { canonical: '分钟', role: 'duration' },
  // “人造太阳”实现403秒高约束等离子体运行: a record held for seconds
  '秒': { canonical: '秒', role: 'duration' },
  '天': { canonical: '天', role: 'duration' },
  // a working day is no calendar day: 压缩至2个工作日 keeps its unit
  '个工作日': { canonical: '工作日', role: 'duration' },
  '工作日': { canonical: '工作日', role: 'duration' },
  // 压缩至10个自然日内: calendar days, written so beside working days
  '个自然日': { canonical: '自然日', role: 'duration' },
  '自然日': { canonical: '自然日', role: 'duration' },
  // 1周内学校复课复学
  '周': { canonical: '周', role: 'duration' },
  '岁': { canonical: '岁', role: 'measure' },
  // points of a score out of a hundred: 第三方机构评估得分从83.81分提高到90.12分 (only where a score is named before
  // it; a fen of money, 每度降低2.65分, 5分钱, is none)
  '分': { canonical: '分', role: 'measure' },
  '个月': { canonical: '月', role: 'date' },
  // 连续13个季度高于全国: a span of quarters, like 连续2年
  '个季度': { canonical: '季度', role: 'date' },
  '年': { canonical: '年', role: 'date' },
  '周年': { canonical: '周年', role: 'date' },
  '月': { canonical: '月', role: 'date' },
  '日': { canonical: '日', role: 'date' },
  '世纪': { canonical: '世纪', role: 'date' },
  // ordinals and classes in names: 十三届, 第8.6代, 4A级, 500强
  '届': { canonical: '届', role: 'class' },
  '代': { canonical: '代', role: 'class' },
  '强': { canonical: '强', role: 'class' },
  '星级': { canonical: '星级', role: 'class' },
  '级': { canonical: '级', role: 'class' },
  // measure words of counts: 办成民生实事52件, 新增博物馆10座
  '个': { canonical: '个', role: 'count' },
  // 8县（市）全部达标, 公用充电桩320桩: counties and piles counted without 个
  '县': { canonical: '个', role: 'count' },
  // “气化湖南”覆盖9市33县, 山区5市生产总值: cities counted without 个 (golds: 17 rows of 9 reports)
  '市': { canonical: '个', role: 'count' },
  '桩': { canonical: '桩', role: 'count' },
  '件': { canonical: '件', role: 'count' },
  // 疫苗累计接种1150万剂次, 牛羊400万头只, 10大类45项民生实事
  '剂次': { canonical: '剂次', role: 'count' },
  // doses made or given: 年产20亿剂重组新冠疫苗, 捐赠1.5万剂“甘肃方剂” (剂型, 剂量 are words)
  '剂': { canonical: '剂', role: 'count' },
  '头只': { canonical: '头只', role: 'count' },
  // livestock counted in sheep units, as grasslands are stocked: 实现草原减畜21.97万羊单位 (golds 羊单位 2 of 2)
  '羊单位': { canonical: '羊单位', role: 'count' },
  // 标准化山塘清淤整治3850口
  '口': { canonical: '口', role: 'count' },
  // 虹鳟鱼60万尾
  '尾': { canonical: '尾', role: 'count' },
  '大类': { canonical: '类', role: 'count' },
  '项': { canonical: '项', role: 'count' },
  '所': { canonical: '所', role: 'count' },
  '座': { canonical: '座', role: 'count' },
  '条': { canonical: '条', role: 'count' },
  // 84条段黑臭水体: rivers counted whole or by stretch are counted as rivers
  '条段': { canonical: '条', role: 'count' },
  // 新增11条（段）、578公里高速公路: roads counted whole or by section, the note written as part of the unit
  '条（段）': { canonical: '条', role: 'count' },
  '条(段)': { canonical: '条', role: 'count' },
  '处': { canonical: '处', role: 'count' },
  '株': { canonical: '株', role: 'count' },
  // logs of mushroom spawn: 食用菌110万棒
  '棒': { canonical: '棒', role: 'count' },
  '棵': { canonical: '株', role: 'count' },
  '头': { canonical: '头', role: 'count' },
  '只': { canonical: '只', role: 'count' },
  '羽': { canonical: '羽', role: 'count' },
  '匹': { canonical: '匹', role: 'count' },
  // bottles of wine, spindles of a cotton mill: 葡萄酒年产1.38亿瓶, 棉纺纱锭规模达到2215万锭 (without them the
  // count was read as money or 个)
  '瓶': { canonical: '瓶', role: 'count' },
  '锭': { canonical: '锭', role: 'count' },
  '张': { canonical: '张', role: 'count' },
  '宗': { canonical: '宗', role: 'count' },
  '部': { canonical: '部', role: 'count' },
  // 等6部门联合印发, 与国家6部委签订: departments and ministries counted by their noun, never a
  // count of 部 (golds: 个); the noun alone still names what is counted (COUNTED_NOUN_UNITS)
  '部门': { canonical: '个', role: 'count' },
  '部委': { canonical: '个', role: 'count' },
  '台': { canonical: '台', role: 'count' },
  // 电话交换机总容量达到1.1亿门: lines of a telephone exchange; 开设30门课程: courses
  '门': { canonical: '门', role: 'count' },
  // 笔电年产量达到2000万台件: machines and parts counted together
  '台件': { canonical: '台件', role: 'count' },
  // 设备更新33.6万台套: machines and sets counted together
  '台套': { canonical: '台套', role: 'count' },
  '辆': { canonical: '辆', role: 'count' },
  '艘': { canonical: '艘', role: 'count' },
  '架': { canonical: '架', role: 'count' },
  '枚': { canonical: '枚', role: 'count' },
  '份': { canonical: '份', role: 'count' },
  '场': { canonical: '场', role: 'count' },
  '轮': { canonical: '轮', role: 'count' },
  '起': { canonical: '起', role: 'count' },
  '例': { canonical: '例', role: 'count' },
  '次': { canonical: '次', role: 'count' },
  '种': { canonical: '种', role: 'count' },
  '类': { canonical: '类', role: 'count' },
  '套': { canonical: '套', role: 'count' },
  '间': { canonical: '间', role: 'count' },
  '列': { canonical: '列', role: 'count' },
  // runs of a train or flight line: 中欧班列开行3417班 and its runs counted as 班次 (4000班次)
  '班': { canonical: '班', role: 'count' },
  '班次': { canonical: '班次', role: 'count' },
  '对': { canonical: '对', role: 'count' },
  '支': { canonical: '支', role: 'count' },
  '批次': { canonical: '批次', role: 'count' },
  // voyages of a ship line: 海参崴直航开通11个航次
  '个航次': { canonical: '航次', role: 'count' },
  '航次': { canonical: '航次', role: 'count' },
  '批': { canonical: '批', role: 'count' },
  '栋': { canonical: '栋', role: 'count' },
  // buildings counted with 幢 keep it (golds 5 of 5), though 栋 counts the same things
  '幢': { canonical: '幢', role: 'count' },
  '块': { canonical: '块', role: 'count' },
  // issues of a column or programme: “红黑榜”24期 (一期, 二期 of a project are phases: Chinese
  // numerals need a verb of counting, 第N期 is an ordinal)
  '期': { canonical: '期', role: 'count' },
  // orders delivered: 配送量超2万单
  '单': { canonical: '单', role: 'count' },
  '片': { canonical: '片', role: 'count' },
  '篇': { canonical: '篇', role: 'count' },
  '本': { canonical: '本', role: 'count' },
  '册': { canonical: '册', role: 'count' },
  '眼': { canonical: '眼', role: 'count' },
  '盏': { canonical: '盏', role: 'count' },
  // 收购烟叶260.2万担: a weight of 50 kg that tobacco and grain are still bought in
  '担': { canonical: '担', role: 'measure' },
  // 汽车充电桩2365根, 发放贷款2.3万笔, 组建服务队120组
  '根': { canonical: '根', role: 'count' },
  '笔': { canonical: '笔', role: 'count' },
  '组': { canonical: '组', role: 'count' },
  '床': { canonical: '张', role: 'count' },
  '方面': { canonical: '方面', role: 'count' },
  '个方面': { canonical: '个', role: 'count' },
} as const satisfies Record<string, UnitEntry>;

export type UnitSpelling = keyof typeof UNITS;

/**
 * A unit character that opens a word is no unit: 14亿多人口, 5万人民 (the noun gives 人 later,
 * ../resolve/unit.ts); 按2根据…, 3组织. Characters that, after the unit, make such a word.
 */
export const UNIT_WORD_OPENINGS = {
  '人': '口民员才群',
  // 惠及近千万家庭: households, not firms (the noun gives 户 later)
  '家': '庭',
  // 跨上万亿台阶: a step is no machine
  '台': '阶',
  '根': '据本源治除',
  '组': '织建成团合',
  '笔': '记者',
  // 投资超百亿项目: projects, no count of 项
  '项': '目',
  // 5.64万分流人员, 3分类: 分 opening a word (分流, 分类, 分配…) is no score's points
  '分': '流类配别布散期批级区局站工担解享红摊拣层段行院校公会队部片厂',
  // 发布2024县域重点产业链发展白皮书: 县域 is the county's area, no count of counties
  '县': '域',
  // 5市场主体, 3市民, 2市区: a market, citizens, a city's districts are no cities counted
  '市': '场民区值级县委政辖属域内外州',
  // 3门户网站, 5门类: a portal or a category is no line or course
  '门': '户类槛诊店面票',
  // 为5万单亲贫困母亲: single parents, no count of orders (the noun gives 人 later)
  '单': '亲身',
  // 3剂型, 剂量: a dosage form or a dose's size is no count of doses
  '剂': '型量',
} as const satisfies Partial<Record<UnitSpelling, string>>;

/** Canonical units of one role, read from the lexicon. */
function canonicalsOf(role: UnitEntry['role']): Set<string> {
  return new Set<string>(Object.values(UNITS as Record<string, UnitEntry>).filter((u) => u.role === role).map((u) => u.canonical));
}
const DURATION_UNITS = canonicalsOf('duration');
const COUNT_UNITS = canonicalsOf('count');
const MONEY_UNITS = canonicalsOf('money');

/** True when a claim's unit is a time span (小时, 天, 周, 工作日…): 1天内, 震后10分钟. */
export function isDurationUnit(canonical: string): boolean {
  return DURATION_UNITS.has(canonical);
}

/** True when a claim's unit counts things (个, 家, 条, 人…): 提升253条道路. */
export function isCountUnit(canonical: string): boolean {
  return COUNT_UNITS.has(canonical);
}

/** True when a claim's unit is money (元, 美元…): 3000亿元支持消费品以旧换新. */
export function isMoneyUnit(canonical: string): boolean {
  return MONEY_UNITS.has(canonical);
}

const QUANTITY_UNITS = new Set([...COUNT_UNITS, ...canonicalsOf('measure'), ...MONEY_UNITS]);

/** True when a claim's unit is a quantity's (吨, 个, 元…), not a rate's, a multiple's or a time's. */
export function isQuantityUnit(canonical: string): boolean {
  return QUANTITY_UNITS.has(canonical.split('/')[0]);
}

/** Unit spellings, longest first, so that a longer spelling wins (个百分点 over 个). */
export const UNIT_SPELLINGS: readonly UnitSpelling[] = (Object.keys(UNITS) as UnitSpelling[]).sort(
  (a, b) => b.length - a.length,
);

/** Units that are the noun counted: 37个部委 is named 部委, which is then no bare unit (../resolve/fragment.ts). */
export const COUNTED_NOUN_UNITS = ['部门', '部委'] as const satisfies readonly UnitSpelling[];

/** Multipliers after a number: 513.35亿 → 51335000000, 8.16万 → 81600. Longest first. */
export const MULTIPLIERS = {
  // computing power: 算力总规模达到10.36百亿亿次/秒 (exaflops), 超算每秒12.5亿亿次
  '百亿亿': 1e18,
  '亿亿': 1e16,
  '万亿': 1e12,
  '千亿': 1e11,
  '百亿': 1e10,
  '十亿': 1e9,
  '亿': 1e8,
  '千万': 1e7,
  '百万': 1e6,
  '十万': 1e5,
  '万': 1e4,
  '千': 1e3,
  '百': 1e2,
} as const satisfies Record<string, number>;

export const MULTIPLIER_SPELLINGS = Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length) as (keyof typeof MULTIPLIERS)[];

/** Unit spellings that are measure words of counts, for the `N个X` pattern (围绕68个课题). */
export function unitEntry(spelling: string): UnitEntry | undefined {
  return (UNITS as Record<string, UnitEntry>)[spelling];
}

/**
 * Denominators of a rate written with a slash: 778元/月, 16.8万元/人, 18.9万吨/日, 600元/亩, 5.4亿元/平方公里.
 * Longest first (人次 before 人). The claim's unit keeps them: 元/月, 元/人, 吨/日.
 */
export const RATE_DENOMINATORS = [
  // 580元/人年, 80元/人月: per person a year or a month, written without the dot
  '平方公里', '平方米', '立方米', '千瓦时', '人·年', '人·月', '人年', '人月', '人次', '小时', '公里', '秒', '人', '户', '月', '年', '日', '天', '亩', '吨', '次', '头', '只', '床', '座',
  // 土壤有机质含量28克/千克: a content per kilogram
  '千克', '公斤', '升',
] as const;

/** Denominators with another canonical spelling: 元/天 is 元/日. */
export const RATE_DENOMINATOR_CANONICAL: Partial<Record<string, string>> = { '天': '日' };

/**
 * Words for people a bare number counts (30.2万农村居民, 五千农户 in the finder, 1.5亿群众): the unit resolver
 * reads them after or before a number for 人, the finder lets a number in words with one of them after it count.
 * (17万新生, 100万新就业群体, 1260万农村户籍孩子, 11万渔民, 五百多万个手工业者: pupils, groups, children, fishers, craftsmen)
 */
export const PEOPLE_WORDS = [
  '人口', '居民', '青、壮年', '青壮年', '群众', '劳动力', '劳动者', '工人', '人才', '职工', '学生', '在校生', '毕业生', '新生',
  // (人民 but not 人民币: 1398.4亿人民币 is money)
  '师生', '农民', '渔民', '牧民', '老人', '人员', '人民(?!币)', '市民', '村民', '农牧民', '员工', '青年', '儿童', '孩子', '未成年人',
  '妇女', '儿女', '同胞', '注册用户', '女生', '男生', '员额', '残疾人', '中国人', '纳税人', '志愿者', '党员', '干部', '教师',
  '运动员', '婴幼儿', '子女', '孕产妇', '母亲', '老年人', '患者', '文盲', '手工业者', '新就业群体', '工作者',
] as const satisfies readonly string[];

/**
 * Groups of people a count names right after it, who then do or get something (254万农村人口饮用水安全问题得到解决,
 * 796名医护人员驰援湖北): the name is the group (../resolve/indicator/name.ts, peopleCounted). Narrower than PEOPLE_WORDS:
 * 人才, 青年, 干部 and the like open longer names of people (青年科技人才, 新生代产业工人) and are left out; staff and teams
 * (工作者, 队员, 医疗队) are in.
 */
export const PEOPLE_GROUPS = [
  '群众', '居民', '农民', '农牧民', '牧民', '人员', '人口', '职工', '学生', '工作者', '队员', '医疗队', '劳动力', '贫困户', '儿童',
  '老人', '妇女', '患者', '残疾人', '毕业生',
] as const satisfies readonly string[];

