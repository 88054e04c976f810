// Measure heads: the words that end a name of what is measured (产值, 增速, 覆盖率). Naming rules
// ask different things of a head, so each head lists the roles it plays; the rules in
// ../resolve/indicator build their patterns with measureHeads(role). A head matches at the end of
// a phrase, so 率 covers 参保率 and 收入 covers 营业收入 wherever both play the role.

/** What a naming rule asks of a measure head. */
export type MeasureRole =
  /** needs an owner named elsewhere in the sentence: (完成)投资, 实现产值 → 重点项目投资 */
  | 'owned'
  /** is a name on its own: a thing before it is not an owner to add (年产量, 增加值, 比重) */
  | 'named'
  /** a list may give alone, of the named item before it: 粮食播种面积、产量 → 粮食产量 */
  | 'listed'
  /** a place has: 长安、松山湖GDP超过900亿元，南城超过800亿元 → 南城GDP */
  | 'ofPlace'
  /** a setting or list ranks: 制度创新指数在全国同批片区排第四位 → 制度创新指数 */
  | 'ranked'
  /** measures a clause's subject as a level: 覆盖人数由年初的400多万人扩大到… */
  | 'level'
  /** a sibling of the measure before, of the same thing: 汽车产量10.4万辆、销量10.02万辆 → 汽车销量 */
  | 'sibling'
  /** an output a verb completes, owned by the subject opening the sentence: 五大支柱产业…，预计完成增加值910亿元 */
  | 'ofOpening'
  /** is counted in money: a list named by it (保障性住房和棚户区改造投资967.8亿元、89.9万套) pairs no value of another unit */
  | 'money'
  /** ends a name whose owner, a noun, needs no 的 before it: 职工的工资总额 → 职工工资总额 */
  | 'ofOwner';

/** Each head and the roles it plays (see MeasureRole). */
export const MEASURE_HEADS = {
  投资: ['owned', 'named', 'money'],
  总投资: ['owned'],
  总金额: ['owned'],
  总规模: ['owned'],
  产值: ['owned', 'named', 'listed', 'ofPlace', 'ranked', 'sibling', 'ofOpening', 'money', 'ofOwner'],
  总产值: ['owned', 'listed', 'ofOpening'],
  营业收入: ['owned', 'listed', 'ofPlace', 'ofOpening'],
  营收: ['owned', 'named', 'listed', 'ofPlace', 'ranked', 'sibling', 'ofOpening'],
  销售收入: ['owned', 'ofOpening'],
  收入: ['named', 'ofPlace', 'ranked', 'money', 'ofOwner'],
  GDP: ['ofPlace'],
  生产总值: ['ofPlace'],
  增加值: ['named', 'listed', 'ofPlace', 'ranked', 'ofOpening', 'money', 'ofOwner'],
  总量: ['named', 'listed', 'ofPlace', 'ranked', 'level', 'ofOwner'],
  规模: ['named', 'listed', 'ofPlace', 'ranked', 'level', 'ofOwner'],
  增速: ['listed', 'ofPlace', 'ranked'],
  增幅: ['listed', 'ranked'],
  总额: ['named', 'listed', 'ranked', 'money', 'ofOwner'],
  资产总额: ['listed'],
  销售额: ['listed', 'ranked', 'sibling', 'ofOpening', 'money'],
  成交额: ['listed'],
  成交量: ['listed'],
  货值: ['listed'],
  额: ['level'],
  产量: ['named', 'listed', 'level', 'sibling', 'ofOpening', 'ofOwner'],
  总产量: ['listed', 'sibling'],
  单产: ['listed'],
  亩产: ['listed'],
  产能: ['listed'],
  销量: ['listed', 'sibling'],
  面积: ['listed', 'level', 'ofOwner'],
  播种面积: ['listed'],
  种植面积: ['listed'],
  套数: ['listed'],
  人数: ['level', 'ofOwner'],
  人次: ['level'],
  户数: ['level'],
  数量: ['level', 'ofOwner'],
  比重: ['named', 'level'],
  比例: ['level', 'ofOwner'],
  率: ['named', 'ranked', 'level'],
  指数: ['ranked'],
  水平: ['ranked', 'ofOwner'],
  能力: ['ranked', 'ofOwner'],
  得分: ['ranked'],
  排名: ['ranked'],
  销售量: ['sibling'],
  出口额: ['sibling'],
  进口额: ['sibling'],
  出口: ['sibling'],
  进口: ['sibling'],
  时间: ['sibling'],
  时限: ['sibling'],
  材料: ['sibling'],
  环节: ['sibling'],
  跑动次数: ['sibling'],
  能耗: ['sibling'],
  水耗: ['sibling'],
  电耗: ['sibling'],
  煤耗: ['sibling'],
  物耗: ['sibling'],
  主营业务收入: ['ofOpening'],
  利润总额: ['ofOpening'],
  利税: ['ofOpening'],
  交易额: ['ofOpening'],
  资金: ['money'],
  支出: ['money'],
  金额: ['money'],
  营业额: ['money'],
  税收: ['money'],
  工资总额: ['ofOwner'],
  工资: ['ofOwner'],
  纯收入: ['ofOwner'],
  补助标准: ['ofOwner'],
  标准: ['ofOwner'],
  消费水平: ['ofOwner'],
  经费: ['ofOwner'],
  投入: ['ofOwner'],
  成本: ['ofOwner'],
  价格: ['ofOwner'],
  期望寿命: ['ofOwner'],
  // (总产量807.84亿斤，增长率居全国前十大产粮省第1位: the growth rate of the measure before, ranked)
  增长率: ['ofOwner', 'ranked'],
  发案数: ['ofOwner'],
  零售额: ['ofOwner'],
  利润: ['ofOwner'],
} as const satisfies Record<string, readonly MeasureRole[]>;

/** The heads that play a role, as a regex alternation, longer heads first: '播种面积|…|面积'. */
export function measureHeads(role: MeasureRole): string {
  return Object.entries(MEASURE_HEADS)
    .filter(([, roles]) => (roles as readonly MeasureRole[]).includes(role))
    .map(([head]) => head)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * Goods whose bare name, weighed or grown, stands for their output: 棉花三百六十万吨 → 棉花产量,
 * 纱增长百分之十三点三 → 纱产量 (the golds name 236 such figures …产量 or …总产, one alone: 乙烯). Not
 * 汽车: a count of cars is as often the stock (保有量).
 */
export const GOODS_OF_OUTPUT = [
  '粮食', '棉花', '油料', '糖料', '蔬菜', '水果', '茶叶', '肉类', '水产品', '烟叶', '木材',
  '钢', '钢材', '铁', '生铁', '纱', '棉纱', '布', '棉布', '呢绒', '毛线', '糖', '食糖', '纸', '化肥', '水泥',
  '煤', '煤炭', '原煤', '原油', '自行车', '缝纫机', '手表', '电视机', '洗衣机', '电冰箱',
  // (原煤增长17%，焦炭增长22%…硫酸增长9%，烧碱增长18%; 茶叶增长17%，蚕茧增长44%: goods of the older national reports)
  '焦炭', '硫酸', '烧碱', '纯碱', '胶鞋', '蚕茧', '甘蔗', '甜菜', '黄麻', '烤烟', '花生', '原盐',
] as const satisfies readonly string[];
