// Cue words around a number: they decide qualifier, kind and rank (modality cues live in
// ../resolve/modality.ts as patterns). Each list is data; the rules in ../resolve read them. Longer
// cues come first where a shorter one is a prefix of a longer one (不超过 before 超过).

/**
 * Levels of administration that 全 scopes (全国, 全省, …, 全盟 and 全旗 of Inner Mongolia): write
 * `全[${SCOPE_LEVELS}]` in a pattern rather than a list of its own.
 */
export const SCOPE_LEVELS = '国省市州区县盟旗';

/** Words right after a number: 65%以上 → ge, 2%以内 → le, 3%左右 → approx. */
export const QUALIFIER_AFTER = [
  ['以上', 'ge'], ['及以上', 'ge'], ['之上', 'ge'],
  ['以内', 'le'], ['之内', 'le'], ['以下', 'le'], ['及以下', 'le'],
  ['左右', 'approx'], ['上下', 'approx'],
  // 全社会固定资产投资预定增长10%或者更多一些: so much or more
  ['或者更多', 'ge'], ['或更多', 'ge'],
  // 能繁母猪存栏量保持在16万头合理区间: a level kept in a band around the figure
  ['合理区间', 'approx'], ['正常区间', 'approx'], ['合理水平', 'approx'],
] as const satisfies readonly (readonly [string, 'ge' | 'le' | 'gt' | 'approx'])[];

/** Words right before a number: 突破500亿 → gt, 不低于70% → ge, 近百万吨 → approx. */
export const QUALIFIER_BEFORE = [
  ['不低于', 'ge'], ['不少于', 'ge'], ['至少', 'ge'], ['不小于', 'ge'],
  // 跃上1.2万亿元新台阶, 迈上千亿台阶: reaching a step is at least it
  ['跃上', 'ge'], ['迈上', 'ge'], ['站上', 'ge'], ['跨上', 'ge'], ['迈入', 'ge'],
  // 临夏州经济总量跻身500亿元行列: entering the ranks of a size is at least it
  ['跻身', 'ge'],
  // 金融支持进入万亿阶段, 跨入万亿俱乐部: entering a stage of a size is at least it too
  ['进入', 'ge'], ['跨入', 'ge'],
  // 连续跨越20亿元、30亿元台阶: crossing a mark is beyond it
  ['跨越', 'gt'], ['跨过', 'gt'], ['迈过', 'gt'], ['连跨', 'gt'],
  // 给予每个团队每年最高5000万元支持, 审批“最多90天”: a ceiling
  ['最高', 'le'], ['最多', 'le'],
  // 不足2万只, 从不到70万亿元增加到…: short of, at most
  ['不足', 'le'], ['不到', 'le'], ['不超过', 'le'], ['不高于', 'le'], ['不多于', 'le'], ['控制在', 'le'], ['首次低于', 'le'], ['低于', 'le'], ['少于', 'le'],
  ['突破', 'gt'], ['超过', 'gt'], ['首破', 'gt'], ['超出', 'gt'], ['逾', 'gt'], ['超', 'gt'], ['破', 'gt'], ['多于', 'gt'], ['大于', 'gt'], ['高于', 'gt'],
  // 投产产值过10亿元 (not 通过, 经过, 度过)
  ['过', 'gt'],
  ['接近', 'approx'], ['将近', 'approx'], ['大约', 'approx'], ['约', 'approx'], ['近', 'approx'],
] as const satisfies readonly (readonly [string, 'ge' | 'le' | 'gt' | 'approx'])[];

/** The words of approximation among them (接近, 将近, 大约, 约, 近): a qualifier, never part of a name. */
export const APPROX_WORDS = QUALIFIER_BEFORE.filter(([, q]) => q === 'approx').map(([word]) => word);


/**
 * A bound on a share of a reference, at the end of a lead: 累计提高总额不超过所在统筹地区大病保险原封顶线的(20%),
 * 补助标准不低于当地最低工资标准的(80%). The share is a level (../resolve/kind.ts), bounded (../resolve/qualifier.ts),
 * and what is bounded stands before the bound (../resolve/indicator/cues.ts).
 */
export const BOUND_ON_SHARE = /(?:最高)?(不超过|不高于|不低于|不少于)[^，。；0-9]{2,20}?的$/;

/** 约 ending a verb, not 'about': 新签约513个, 节约资金2亿元, 预约, 制约. */
export const YUE_ENDS_VERB = /[签节预制契公条合]约$/;

/** Verbs of growth and fall before a percentage: 增长6.2% → change, 下降66.67% → change −66.67. */
export const CHANGE_UP = ['同比增长', '比增', '增长', '递增', '增加', '提高', '提升', '上升', '上涨', '增幅', '涨幅', '增速', '增收', '增产', '扩大', '拓宽', '提标', '提速', '上调', '调高', '调增', '上浮', '净增加', '净增', '翻'] as const;
export const CHANGE_DOWN = ['同比下降', '下降', '递减', '降低', '降价', '减少', '压减', '压降', '消降', '回落', '缩减', '削减', '缩短', '减轻', '精简', '压缩', '减产', '缩小', '下跌', '下调', '调低', '调减', '核减', '下浮', '降幅', '减', '降'] as const;

/**
 * A footnote mark, the reference to a note the report explains at its end: ①, ㉑, [3], ［3］. One pattern for the readers
 * that skip it (a list of policies, [9]等举措) and the namers that drop it (“三类500强”企业[3]); a number in round
 * brackets may be part of a name (小（2）型水库), so only a lead's own cleaning takes （4） as a mark too.
 */
export const FOOTNOTE_MARK_PATTERN = '［\\d{1,2}］|\\[\\d{1,2}\\]|[\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf]';

/** A yearly rate said before a verb of change: 年均减少(入河泥沙120万吨), 平均每年提高…. */
export const YEARLY_RATE_WORDS = ['年平均', '年均', '平均每年'] as const;

/**
 * Words that may stand before a verb opening its clause: 今年再减少…, 还要降低…, 每年可减少(房贷利息支出约18亿元), 年均减少…, 次年提高(…限额3800元),
 * 累计调减(籽粒玉米种植面积560万亩): a cut or rise summed over years is still a change.
 */
export const CLAUSE_OPENERS = ['今年', '全年', '当年', '去年', '明年', '次年', '每年', ...YEARLY_RATE_WORDS, '也', '再', '还', '要', '将', '可', '可以', '预计', '累计'] as const;

/** Verbs of fall that open a clause before the stock or sum they cut: 压减一般性支出(200亿元), 再减少农村贫困人口(1000万). */
export const FALL_BEFORE_OBJECT_VERBS = ['减少', '压减', '削减', '缩减', '压降', '核减', '调减'] as const satisfies readonly (typeof CHANGE_DOWN)[number][];

/** Verbs of change that open a clause before the rate they change: 降低职工医保单位缴费率(1个百分点), 提高…基础养老金比例. */
export const RATE_CHANGE_VERBS = ['降低', '下调', '调低', '压减', '削减', '减少', '提高', '提升', '上调', '增加'] as const satisfies readonly ((typeof CHANGE_UP)[number] | (typeof CHANGE_DOWN)[number])[];

/** Verbs that reach a level with 到/至 after them: 提高到15%, 增加到2005年的4070亿元, 跃升到2015年的161.1亿元. */
export const REACHING_VERBS = '提高|提升|增加|增长|上升|下降|降低|减少|缩小|扩大|压减|跃升|攀升|恢复';

/** Words of a difference against a reference: 高于全省0.2个百分点 → gap (比全省高… is a pattern in ../resolve/kind.ts). */
export const GAP_CUES = ['高于', '低于', '快于', '慢于', '优于', '好于', '高出', '低出', '领先', '超出', '超过全'] as const;

/**
 * A task, target or standard beaten, at the end of the words before a number: 超额完成省考核目标(2.7个百分点), 超省定标准(5.8个百分点),
 * 国考断面优良水体比例超国家考核目标(14.8个百分点) (right after the measure that beat it),
 * 超年度任务(65.8亿元), 分别超年度计划(45.9、20.7个百分点). The number is by how much (a gap) of what
 * the sentence measured before.
 */
export const TASK_BEATEN = /(?:^|[、，,]|(?<=比例|比重|率|量|额|值|数|收入|指数|投资))\s*(?:分别|均)?(?:超额完成|超过?|超出)[^，。；、]{0,12}?(?:目标|任务|计划|时序进度|进度|标准)$/;

/**
 * A figure compared with the plan or goal set for it, then a verb of more or less: 完成投资比年度计划增加(700亿元), 新开工项目
 * 比计划增加(22个), 生产成本比年度计划多降低了(3.1%), 货币发行比年初计划少了近(500亿元): by how much, a gap (golds 9 of 9).
 */
export const PLAN_COMPARED = /(?:比|较)(?:年度|年初|全年)?(?:计划|目标|预期)(?:任务)?(增加|扩大|多降低|多|提高|超出|超|减少|少)了?(?:近|约|超过)?$/;

/** Price indices: their % is a change of the price level (居民消费价格涨幅3%左右). */
export const PRICE_NOUNS = ['居民消费价格', '消费价格', '物价', 'CPI'] as const;

/** A rate that follows its number and 的: (高于全球3%左右)的增速 is the reference's own growth. */
export const REFERENCE_RATE = /^(?:左右|以上)?的(?:平均)?(?:增速|增长速度|增幅)/;

/** Words of effort before a verb (投入68亿元全力办好…): a phrase that is one of them alone names nothing. */
export const EFFORT_WORDS = ['全力', '大力', '着力'] as const satisfies readonly string[];
/**
 * Words of manner that jieba tags as a noun, a time or a distinguishing word, so a noun phrase does
 * not end at them: 102项重大工程项目胜利完成 (胜利/vn), 15项重点民生实事高质量完成 (高质量/n), 10个民生项目如期
 * 完成 (如期/t), 74个项目超额完成 (超额/b). Before a verb they say how it was done and are no part of the name.
 */
export const MANNER_BEFORE_VERB = ['胜利', '高质量', '如期', '超额', '按期', '按时', '全面', ...EFFORT_WORDS] as const satisfies readonly string[];

/**
 * Adverbs that open a predicate, so a noun phrase read after a number ends before them: (6个项目)全面开工, (11个民族)整体脱贫,
 * (3所学校)相继建成, (2个园区)顺利投运; two idioms of praise end it too: (12场演出)精彩纷呈; and how long or how
 * steadily it goes on: (23万产业工人)日夜奋战, (200万吨煤炭)源源不断输送.
 */
export const PREDICATE_ADVERBS = ['全面', '全部', '全线', '整体', '首次', '相继', '陆续', '率先', '成功', '正在', '已经', '有力', '有序', '顺利', '稳步', '扎实', '精彩纷呈', '流连忘返', '日夜', '源源不断',
  // (…基金的规模逐步(扩大到100亿元), …一般性支出一律(压减5%以上): adverbs of pace and rule before the verb)
  '逐步', '一律', '尽快', '不断', '大幅', '逐年'] as const satisfies readonly string[];

/** What 基本 (mostly) says of a deed, so that 基本 ends a noun phrase only before them: (疾控中心)基本建成, not 基本医疗保险. */
export const MOSTLY_DONE_VERBS = ['建成', '完成', '实现', '形成', '消除', '达到', '解决', '具备', '覆盖', '普及', '稳定', '持平', '恢复', '满足', '控制', '遏制', '摸清', '落实', '到位', '保持', '全覆盖'] as const satisfies readonly string[];

/** Verbs of heading for a sum or a rank: (向1万亿元)冲刺, (向千亿级)迈进. */
export const HEADING_VERBS = ['迈进', '冲刺', '进军', '挺进', '奋进'] as const satisfies readonly string[];

/**
 * Verbs that end a noun phrase read after a number: (5个项目)开工, (3人)入选, (20亿元)用于, (向1万亿元)冲刺.
 * 建设 and 增加 are not here: 建设项目, 建设用地 and 增加值 name things, and the stop list reads them apart.
 */
export const PHRASE_ENDING_VERBS = ['开展', '进行', '免费', '实现', '建成', '完成', '获得', '荣获', '达到', '取得', '参加', '参与', '得到', '成为', '入选', '落地', '投产', '投运', '投用', '开工', '动工', '竣工', '纳入', '覆盖', '实施', '增长', '下降', '减少', '提高', '压减', '缩减', '用于', ...HEADING_VERBS] as const satisfies readonly string[];

/**
 * Needs a figure of people or households is said to meet, named without the 问题 after them: 解决254万农村人口
 * 饮水安全问题 → 农村人口饮水安全 (golds 8 of 8); a problem that is itself counted keeps it (欠薪存量问题).
 */
export const NEEDS_MET = ['饮水安全', '安全饮水', '饮用水安全', '安全用水', '饮水困难', '缺水', '就业'] as const satisfies readonly string[];

/** Verbs that win medals; the two-character ones before 获 and 夺, so that 在亚运会上斩获 ends its event before 斩获 (勇夺: won bravely; 创8金2铜最佳战绩: a record tally set). */
export const MEDAL_VERBS = '取得|斩获|揽获|荣获|获得|夺得|摘得|收获|赢得|勇夺|创下|创造|揽|获|夺|创';

/** Verbs that place a thing in a ranking: 位居, 跃居, 稳居, 位列, 居于, 登顶 (计算性能登顶全球第一), 并列 (tied: 在前十经济大省中并列第一), 重回 (returned to: 排名重回全国第7位), 居 (not 居民, 居住, 居家). */
export const RANK_VERBS = '(?:位居|跃居|稳居|雄踞|位列|居于|跻身|迈入|跨入|挺进|蝉联|登顶|并列|重回|(?<![位稳跃])居(?![民住家]))';

/** Parts of the country a rank or gap is held in: 保持东北地区第一, 居长江中上游港口首位. */
export const RANK_REGIONS = [
  '东北', '西北', '西南', '华东', '华北', '华南', '华中', '中西部', '西部', '中部', '东部', '长江中上游', '长江经济带', '黄河流域',
  '大陆', '沿海', '沿边', '沿黄', '长三角', '珠三角', '京津冀', '成渝', '粤港澳大湾区', '大湾区',
  // parts of a province a city is ranked in: 实际使用外资9.4亿美元、苏北第一, 列苏北苏中首位
  '苏北', '苏中', '苏南', '皖北', '皖南', '川南', '川东北', '鲁南', '粤东', '粤西', '粤北', '陕南', '陕北', '闽西', '浙西南',
] as const satisfies readonly string[];

/**
 * A pool named right before a place in it, no verb needed: 酒庄酒产量全国首位, 标准为西北第一,
 * 葡萄酒产区品牌上升至中国第一、世界第四, 研发投入增幅沿黄省区第一.
 */
export const RANK_POOL_JUST_BEFORE = new RegExp(`(?:全[国省市区州县盟]|全球|世界|中国|亚洲|(?:${RANK_REGIONS.join('|')})(?:地区|省区|省份|城市)?)$`);

/** Provinces by their short names, a pool a city is ranked in: 跃居广西第一, 居四川第二. */
export const PROVINCE_NAMES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '内蒙古', '广西', '西藏', '宁夏', '新疆',
] as const satisfies readonly string[];

/** Peer groups that stand alone before a rank and name no subject: 省会城市排第6位, 副省级城市第一. */
export const PEER_GROUPS = ['省会城市', '副省级城市', '同类城市', '重点城市', '大中城市', '地级市', '地级以上城市', '计划单列市', '万亿城市', '中心城市', '县级市', '城区', '百强县', '百强区', '百强市'] as const satisfies readonly string[];

/**
 * Classes of places, written as a set of peers: 各县区, 70%的地市, 五城区. Several are missing from
 * jieba's dictionary (市州, 地市, 盟市 come out as unknown words, 省区市 as 省区 + 市), so the
 * segmenter is given them as nouns.
 */
export const PLACE_CLASSES = ['城区', '县区', '县市区', '区县', '县市', '市州', '地州', '地市', '省份', '省区市', '盟市', '旗县', '旗县区', '嘎查村'] as const satisfies readonly string[];

/**
 * Words of the reports that jieba's dictionary lacks, with their part of speech: the classes of
 * places and rates of growth as nouns, and paces of change as adverbs (经济增速逐季回升, where 逐季 would otherwise be
 * an unknown word that ends no name).
 */
export const SEGMENTER_WORDS = [
  ...PLACE_CLASSES.map((word) => ({ word, tag: 'n' })),
  // 增速, 增幅 name a measure in the reports (经济增速逐季回升), though jieba tags them verbs
  { word: '增速', tag: 'n' },
  { word: '增幅', tag: 'n' },
  // 收入倍差 is one measure, the ratio of two incomes: jieba leaves 差 an adjective, cut off as a predicate
  { word: '倍差', tag: 'n' },
  // a city's built-up area, one noun (超80%建成区完成…改造): jieba cuts 建成 (built) out of it
  { word: '建成区', tag: 'n' },
  // work on land named like 造林 (a noun to jieba): 种草1817万亩 is no action done to 造林
  { word: '种草', tag: 'n' },
  // funds that steer investment, a noun (新兴产业引导基金), not 引导 + 基金
  { word: '引导基金', tag: 'n' },
  // people insured (工伤总参保人数): jieba cuts a general staff (总参) out of it
  { word: '参保人数', tag: 'n' },
  // the centres for disease control, one noun (1410个县级疾病预防控制中心): 预防, 控制 are no predicate there
  { word: '疾病预防控制中心', tag: 'n' },
  // results of institutional innovation, one noun (154项制度创新成果): 创新 is no predicate there
  { word: '制度创新成果', tag: 'n' },
  // new materials, an industry's name (钒钛新材料产业): jieba reads 新 as an adjective that ends the phrase
  { word: '新材料', tag: 'n' },
  // firms specialised, refined, distinctive and new, one term (15户国家专精特新“小巨人”企业): jieba cuts it 专精特/新
  { word: '专精特新', tag: 'n' },
  // a government's own level, a noun in a name (233个市本级政府投资项目, 省本级支出): jieba tags it a pronoun that ends the name
  { word: '本级', tag: 'n' },
  // a substation, one noun (建成变电站26座、在建31座): jieba cuts 变 off as a verb, leaving 在建电站
  { word: '变电站', tag: 'n' },
  // kinds of housing, one noun each (安居房建成2466套、新开工18111套): jieba reads 安居, 保障, 安置 as verbs before 房
  ...['安居房', '保障房', '安置房', '回迁房', '公租房', '棚改房', '共有产权房', '人才房'].map((word) => ({ word, tag: 'n' })),
  // the software and information services industry, one name (10-15家软件和信息技术服务企业): 和 joins no list there
  { word: '软件和信息技术服务', tag: 'n' },
  { word: '软件和信息服务', tag: 'n' },
  // verbs of being approved or reaching a good, which jieba does not know (13个创新药获批上市, 405万群众喝上引调水):
  // the thing counted ends before them
  { word: '获批', tag: 'v' },
  // handled online in one place, one term (268个事项一网通办): jieba cuts 通办, leaving 办 a verb to trim
  { word: '一网通办', tag: 'n' },
  // pipe networks, a noun (新建城镇地下管网4007公里、改造981公里): jieba does not know it, and an unknown word
  // ending a name is read as its verb
  { word: '管网', tag: 'n' },
  // handing powers down (721项管理权限下放到县): jieba reads 下 as a place word and 放到 as the verb
  { word: '下放', tag: 'v' },
  { word: '喝上', tag: 'v' },
  // passing through, a verb of trains run (中欧班列…，累计过境2.94万列): jieba tags it a noun, so it stood alone as
  // the name instead of acting on the subject of the clause before
  { word: '过境', tag: 'v' },
  // freight trains and corridors, nouns (中欧（中亚）班列货运通道能力稳步提升): jieba splits 班|列 after a bracket and
  // tags 通道 a verb, cutting the subject there
  { word: '班列', tag: 'n' },
  { word: '通道', tag: 'n' },
  // measures taken, a noun, and 深度 before a verb, an adverb (推出21项举措深度对接RCEP): jieba tags 举措 a verb
  // and 深度 a place name, so the name ran on to 深度
  { word: '举措', tag: 'n' },
  { word: '深度', tag: 'd' },
  // contributing, a verb before 了 and its share (13个重点园区贡献了全省超三成的投资): jieba tags it a noun, so one
  // character alone was cut as the verb
  { word: '贡献', tag: 'v' },
  // passing milestones one after another (地区生产总值连跨八千亿、九千亿和万亿台阶): jieba reads 连 as a name
  { word: '连跨', tag: 'v' },
  // demonstrations of an application, a noun (培育15个5G应用示范, 20个北斗应用示范): jieba tags both halves verbs
  { word: '应用示范', tag: 'n' },
  // innovation done together, a noun of action before the centre or platform it names (42个协同创新中心): jieba tags
  // 创新 a verb after 协同, cutting the name at 协同
  { word: '协同创新', tag: 'vn' },
  { word: '创新药', tag: 'n' },
  // the new rural cooperative medical scheme, one noun (城镇居民医保和新农合的补助标准): jieba leaves 合 a verb
  { word: '新农合', tag: 'n' },
  // ultra-long-term, one word (1个项目获超长期国债资金, 超长期特别国债): jieba glues 获超 together, an unknown word
  { word: '超长期', tag: 'b' },
  // organic renewal of a city's streets, one noun (21条街路实现有机更新): jieba tags 更新 an adverb
  { word: '有机更新', tag: 'vn' },
  // research and development, one noun (研究与试验开发经费): 开发 is no predicate there
  { word: '研究与试验开发', tag: 'n' },
  { word: '研究与试验发展', tag: 'n' },
  // trade-ins, one noun (汽车以旧换新达23.6万辆): jieba's words 以旧 + 换 + 新达 lose the 新 to 达
  { word: '以旧换新', tag: 'n' },
  // disposable income, one noun (城镇居民人均可支配收入，扣除价格因素…): 支配 is no predicate there
  { word: '可支配收入', tag: 'n' },
  // the people's urgent, hard, worrying wishes, one noun (40件群众急难愁盼民生实事): jieba cuts 盼 off as a verb
  { word: '急难愁盼', tag: 'n' },
  // to make universal, a verb (百分之七十六的县普及了小学教育): jieba tags it a place name
  { word: '普及', tag: 'v' },
  // farming and herding households, one noun (78万农牧户发展庭院经济): jieba reads 农牧 + 户 (a measure word)
  { word: '农牧户', tag: 'n' },
  // the switch from old to new drivers of growth, one noun (865个新旧动能转换优选项目): 转换 is no predicate there
  { word: '新旧动能转换', tag: 'n' },
  // scientific and technological innovation, one noun (100个科技创新人才, 科技创新平台): 创新 is no predicate there
  { word: '科技创新', tag: 'n' },
  { word: '逐季', tag: 'd' },
  { word: '逐月', tag: 'd' },
] as const satisfies readonly { word: string; tag: string }[];

/** Routes a length is measured on, longer names first: a bare 里程 after one named is its (新增通车里程 → 新增高速公路通车里程). */
export const ROUTE_KINDS = ['高速铁路', '高速公路', '城际铁路', '轨道交通', '普速铁路', '高铁', '铁路', '地铁', '公路', '航道'] as const satisfies readonly string[];

/** 规上工业增加值增速五城区第一, 居东北三省首位: a counted group of peers right before 第N is its pool. */
export const COUNTED_PEERS = new RegExp(`[两二三四五六七八九十\\d]+个?(?:${PLACE_CLASSES.join('|')}|省|市)$`);

/** Rank words before 第N: 居全省第一, 保持全国第5位, 跃居全球第73位. */
export const RANK_CONTEXT = ['位居', '位列', '跃居', '稳居', '居', '保持', '排名', '名列', '排', '列', '全国', '全省', '全市', '全州', '全区', '全盟', '全旗', '全球', '省会城市', '副省级城市', '同类城市', '地州盟', '西部', '中部', '东部', '增速', '增幅',
  // 工业机器人国内市场占有率第一: a share of a market is a standing, as growth is
  '占有率', '市场份额'] as const;

/** Nouns after 第N that make it an ordinal, not a rank: 第五次, 第一产业, 第二届. */
export const ORDINAL_NOUNS = ['座', '家', '所', '台', '艘', '届', '次', '批', '轮', '个', '阶段', '期', '产业', '动力', '议题', '代', '号', '章', '节', '条', '款', '部分', '季度', '年', '天', '方阵', '梯队', '种', '类', '书记', '责任人', '课堂', '生产力', '要务', '资源', '等次', '等级',
  // 排污权交易“第一单”: the first deal or order made; 打造全省“第三极”: a pole of growth, a name
  '单', '极',
  // 守住疫情防控第一道防线: a line of defence or a checkpoint counted in order
  '道',
  // 在全国第三方评估中名列第二: a third party, no third place (第一方阵 is a tier, 第一方面 a point)
  '方'] as const;

/** Rank moves: 排名前移一位, 提升5位. */
export const RANK_MOVE_UP = ['前移', '提升', '上升', '提高', '前进', '跃升', '晋升', '进位', '再进', '又进'] as const;

/** A move in rank to a place: 升至, 前移至, 进位到(第77位). A pattern's source, for ../mentions and ../resolve. */
export const RANK_MOVE_TO = `(?:${RANK_MOVE_UP.join('|')}|升)(?:至|到)`;
export const RANK_MOVE_DOWN = ['后移', '下降', '后退', '下滑'] as const;

/**
 * Verbs that may stand right before a small Chinese-numeral count: 举办四场开闭幕式, 明确二十三个.
 * Without one, `一个`, `三项` and the like are words (一个标杆, 三项制度), not counts.
 */
export const COUNT_VERBS = ['举办', '办好', '再办', '要办', '将办', '民办', '新增', '建成', '建设', '办成', '完成', '获得', '入选', '新建', '打造', '盘活', '开展', '实施', '累计', '共', '达', '达到', '明确', '培育', '创建', '引进', '投运', '开工', '谋定', '推出', '拿出', '设立', '出台', '制定', '发布', '获评', '荣获', '新改建', '改造', '布局', '落地', '签约', '新设'] as const;

/**
 * Classifiers of things, people or kinds whose count above ten in words is a figure with or without a
 * verb: 开放十四个沿海港口城市, 一百多个科研单位 (十件实事, 二十项 still name a programme's parts).
 */
export const CLASSIFIERS_COUNTED_ABOVE_TEN = ['个', '种', '位', '名', '家', '所', '座', '处', '人'] as const;

/** Verbs of crossing a milestone: 五年跨过3个万亿元级台阶, 地区生产总值迈上新台阶. Alone they name nothing. */
export const CROSSING_VERBS = ['跨过', '跨越', '跨上', '连跨', '迈上', '跃上', '站上', '登上', '迈入', '迈过', '跨入', '跻身', '进入'] as const satisfies readonly string[];

/** Milestones a measure passes: 千亿台阶, 5万关口, 万亿大关, 万亿行列, 万亿俱乐部, 新起点, and the records it sets: (亩产988.1公斤)新纪录, (3.2亿吨)历史新高. */
export const MILESTONES = ['台阶', '关口', '大关', '门槛', '行列', '俱乐部', '起点', '新纪录', '新高', '历史新高', '历史最好水平', '最好水平'] as const satisfies readonly string[];
/** Right after a round sum, its size or stage is a milestone too (突破万亿规模, 进入万亿阶段); ending a name, 总规模 is a measure. */
export const MILESTONES_AFTER_SUM = [...MILESTONES, '规模', '阶段'] as const satisfies readonly string[];

/** Quantity verbs that license a bare-multiplier numeral: 突破千万, 首破千亿, 破万亿. */
export const BARE_MULTIPLIER_CUES = ['突破', '首破', '破', '超过', '超', '逾', '近', '接近', '达', '达到', '约', '过', '上', '重回', '迈上', '跨越', '站上', '保持在', '稳定在', '“'] as const;



/**
 * Words after a number that make `N个方面工作` a count of the report's own sections; so does a
 * count of 方面 that opens a list with a colon (重点抓好以下十个方面：) or is followed by its first point
 * (把握好五个方面。一是…).
 */
export const STRUCTURE_COUNT = /^(?:个)?方面(?:的)?(?:重点)?工作|^(?:个)?方面[：:]|^(?:个)?方面[。；]\s*(?:一是|第一|首先|（一）)/;

/** How a figure was counted, before it: 初步核算(2017年达到4.5万亿元), 据统计, 可比(增长6.6%) on a comparable basis. It names nothing. */
export const HOW_COUNTED = ['据初步核算', '经初步核算', '初步核算', '据初步统计', '初步统计', '据统计', '按可比口径', '可比口径', '可比'] as const;

/**
 * Words that name nothing measurable on their own: cue words, scope, pronouns, adverbs and
 * light verbs. An indicator made only of these (and units, time words, punctuation) is a
 * fragment (../resolve/fragment.ts): 以上, 占全省, 其中, 持续推进, 新台阶, 年度任务.
 */
export const NON_CONTENT_WORDS = [
  // qualifiers and level cues
  '及以上', '以上', '以下', '以内', '之内', '左右', '上下', '多', '余', '约', '近', '超过', '超', '突破', '逾', '不低于', '不少于', '不超过', '至少',
  '达到', '达', '为', '是', '在', '至', '到', '增至', '降至', '减至', '缩至', '升至', ...CROSSING_VERBS, '稳定在', '控制在', '保持在', '保持', '恢复到', '恢复', '增长到', '上升至', '上升', '变为', '跃升到', '跃上', '跃居', '迈上', '站上', '跨上', '居前', '位居', '居', '排', '排名',
  // change cues
  // (在原每人每月15元基础上增加5元: the former level's 原, and the ground or setting a figure stands in, name nothing)
  '原', '在原', '基础上', '情况下', '前提下', '条件下', '背景下',
  // how a figure was counted: 初步核算, 据统计
  ...HOW_COUNTED,
  '同比', '环比', '比上年', '增长', '增加', '增速', '增幅', '下降', '降幅', '减少', '提高', '提升', '降低', '净增', '新增', '增量', '占比', '占', '比重', '比例', '缩减', '缩减至', '减少至', '前移', '前进', '上涨', '回落',
  // scope, reference and connectives
  '全国', '全省', '全市', '全州', '全区', '全县', '全盟', '全旗', '全球', '各地', '本市', '我省', '我市', '我州', '对', '比', '较', '与', '和', '及', '或', '从', '由', '其中', '其', '这些', '该', '此', '上述', '以下', '各类', '各', '相关', '有关', '所有', '共', '累计', '合计', '分别', '均', '国家级', '省级', '市级', '县级', '自治区级',
  // adverbs and light verbs (预计, 有望: a forecast says nothing of what; 今后大体需要保持(每年递增…):
  // roughly, from now on, it needs, which jieba tags nouns and a time)
  // (基本建成(500万套), 新开工建设(1043万套): basically, and building, say how far work went, not on what)
  '基本', '建设',
  '大体', '大致', '今后', '需要', '预计', '预期', '有望', '持续', '继续', '加快', '加速', '推进', '推动', '全面', '进一步', '大力', '积极', '有效', '首次', '首个', '再', '又', '新', '实施', '启动', '着力', '完成', '实现', '开展', '开工', '新开工', '竣工', '完工', '建成', '打造', '组建', '推出', '发放', '引进', '新引进', '统筹', '整合', '扶持', '做到', '具体', '重要', '重点', '共同', '连续', '谋定', '在建', '续建', '创建', '成功',
  // a record set says nothing of what: 创历史新高、居东北地区之首
  '创历史新高', '再创历史新高', '历史新高', '创新高',
  // empty heads: a threshold, a step, a record, a task
  '大关', '关口', '台阶', '新台阶', '新起点', '行列', '俱乐部', '新高', '前列', '前茅', '首位', '有效', '有效解决', '新水平', '水平', '任务', '年度任务', '目标任务', '目标', '底线', '底线目标', '红线', '位次', '首位', '规模', '总量', '总数', '数量', '总规模', '年度', '季度', '全年', '当年', '元',
] as const;

/**
 * Stages of works and projects as reports count them: 新开工(547个), 在建(433个), 竣工, 建成, 投产 (the
 * longer spelling first, so that 新开工 is read before 开工).
 */
export const WORK_STAGES = ['新开工', '开工', '在建', '续建', '竣工', '完工', '建成', '新投产', '投产'] as const satisfies readonly string[];

/**
 * What is done to rules and documents, said before them in a name (废止行政法规, 修订政府规章: golds 91 verb
 * first : 2 after); after the documents counted, a figure with the act alone takes it first
 * (对756件行政法规进行全面清理，废止71件 → 废止行政法规).
 */
export const ACTS_ON_DOCUMENTS = ['宣布失效', '废止', '废除', '修订', '修改', '修正', '撤销', '取消', '制定', '出台', '保留'] as const satisfies readonly string[];

/** Verbs that bring money or things in (引进外资…、内资: a sibling object takes the same verb; the longer spelling first). */
export const ACQUIRING_VERBS = ['实际利用', '实际使用', '引进', '利用', '吸引', '引入', '争取', '招引'] as const satisfies readonly string[];

/**
 * Verbs that cut capacity, which reports count as cut (淘汰落后炼钢产能(1691万吨), 压减钢铁产能(3000万吨), 化解煤炭
 * 过剩产能, 退出煤炭产能; the longer spelling first).
 */
export const CAPACITY_CUT_VERBS = ['淘汰落后', '淘汰', '化解', '压减', '削减', '压缩', '退出', '去除', '关停'] as const satisfies readonly string[];

/**
 * Industries whose outdated capacity reports count as cut, named by their process (the segmenter tags 造纸, 制革,
 * 印染 as verbs): 淘汰落后水泥产能1697万吨、造纸13.62万吨、制革10万标张.
 */
export const CAPACITY_INDUSTRIES = ['造纸', '制革', '印染', '炼钢', '炼铁', '炼油', '炼焦', '铸造', '电解铝', '铁合金', '电石', '焦炭', '酒精', '味精', '柠檬酸', '化纤', '铅蓄电池', '平板玻璃'] as const satisfies readonly string[];

/** Verbs that name a quantity when they stand as the head: 收入, 投入, 需求, 存栏, 补助; exhibitions held (举办展览(370万平方米)). */
export const NOMINAL_VERBS = /(?:收入|支出|投入|产出|需求|做法|成效|应用|出口|进口|消费|投资|融资|出栏|存栏|产能|预算|展览|展会|补助|补贴)$/;

/** A per-unit base that opens a measure: 单位国内生产总值(能耗), 万元地区生产总值(用水量), 单位GDP, 每千人口(护士数). */
export const PER_UNIT_OPENING = /^(?:(?:单位|万元)(?:国内|地区)?(?:生产总值|GDP)|每[十百千万]*(?:人口|人))(?=.{2})/;

/** An action counted by its times, after the count: (两次)全面降准, (三次)下调贷款利率. */
export const TIMES_OF_ACTION = /^(?:全面|定向|累计|先后|连续)?(?:降准|降息|降低|提高|上调|下调|调整|调高|调低)/;

/**
 * More, fewer or added against a base, right before the number: 比去年多(100万人), 较年初新增(200亿元),
 * 同比多增(239亿元). The figure is a change; the words are no part of its name. Group 1 is 少 for fewer.
 */
export const MORE_THAN_BASE = /(?:(?:比|较)(?:上年同期|上年末|去年末|上年|去年|同期|年初)|同比)(?:约|近)?(?:(少)(?:增加?)?|多(?:增加?)?|净?新?增)了?(?:约|近|超过|超|逾)?$/;

/** A city alone, then a verb of level: 、鄂尔多斯市达到(27.4%). */
export const PLACE_LEVEL = /^[、，]?[\u4e00-\u9fff]{1,6}(?:自治县|县|市|旗|盟|州)(?:达到?|为)$/;

/**
 * A goal that the number is, after it: 13%左右的预期目标, 5%的年度目标, 50%以上目标 (a bound right before 目标);
 * and the expectation alone closing the clause (好于下降7%的预期).
 */
export const GOAL_AFTER = /^(?:左右|以上|以内|以下)?(?:的|(?<=[左右以上内下])(?=目标))(?:年初|年度|全年)?(?:(?:预期|预定|既定|调控|计划)?目标|预期(?=[，。；、）)]|$))/;

/** A rate of change stated before its verb: 按不低于5%的幅度压减(一般性支出), 以10%的比例提高. */
export const RATE_OF_ACTION = new RegExp(`^(?:左右|以上)?的(?:幅度|比例)(${[...CHANGE_UP, ...CHANGE_DOWN].filter((w) => w.length === 2 && !/[幅速]$/.test(w)).join('|')})`);
