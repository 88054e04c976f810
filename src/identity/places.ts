// Typed data for document identity: how a government names itself, and which level that is.

export const LEVELS = ['national', 'provincial', 'city', 'county'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * The suffix of a government's name → its level, longest first so 自治州 wins over 州.
 * 市 is a city (prefecture-level) unless the name is a municipality (北京市 → provincial);
 * a county-level city (义乌市) cannot be told from its name: --level county overrides.
 */
export const LEVEL_SUFFIXES = [
  { suffix: '自治区', level: 'provincial' },   // 广西壮族自治区
  { suffix: '自治州', level: 'city' },          // 甘孜藏族自治州
  { suffix: '自治县', level: 'county' },        // 峨边彝族自治县
  { suffix: '自治旗', level: 'county' },        // 鄂温克族自治旗
  { suffix: '地区', level: 'city' },            // 阿里地区
  { suffix: '省', level: 'provincial' },        // 四川省
  { suffix: '州', level: 'city' },              // 甘孜州
  { suffix: '盟', level: 'city' },              // 锡林郭勒盟
  { suffix: '市', level: 'city' },              // 杭州市
  { suffix: '县', level: 'county' },            // 泸定县
  { suffix: '区', level: 'county' },            // 黄山区 (a district)
  { suffix: '旗', level: 'county' },            // 准格尔旗
] as const satisfies readonly { suffix: string; level: Level }[];

/** Municipalities directly under the central government: provincial level, though named 市. */
export const MUNICIPALITIES = ['北京市', '天津市', '上海市', '重庆市'] as const satisfies readonly string[];

/** The State Council reports for the whole country (其他 national names map to it). */
export const NATIONAL_GOVERNMENT = '国务院';

/**
 * Words that end in a level suffix but are not a government's name: 全州, 我州, 本市, 各县,
 * 省州 (省州民生实事), 州委… A candidate name made of these characters only is dropped.
 */
export const NOT_A_NAME_CHARS = '全我本各该省州市县区盟旗地之和与及在的是对把将为了从到向于等两三五各个新老大小上下' as const;

/**
 * The nationalities that autonomous areas are named after (文山壮族苗族自治州, 黔东南苗族侗族自治州),
 * so that the place's own name can be cut from them: 文山, 黔东南. Longest first.
 */
export const NATIONALITIES = [
  '柯尔克孜', '维吾尔', '乌孜别克', '俄罗斯', '哈萨克', '塔吉克', '塔塔尔', '达斡尔', '鄂温克', '鄂伦春', '土家', '布依', '哈尼',
  '傈僳', '景颇', '纳西', '仫佬', '毛南', '仡佬', '撒拉', '东乡', '保安', '裕固', '锡伯', '朝鲜', '赫哲', '独龙', '普米', '阿昌',
  '德昂', '布朗', '拉祜', '基诺', '门巴', '珞巴', '高山', '蒙古', '壮', '苗', '侗', '藏', '彝', '回', '傣', '白', '羌', '黎', '瑶',
  '畲', '水', '土', '满', '京', '怒', '佤', '各',
] as const satisfies readonly string[];
