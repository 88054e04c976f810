// Cue words that name the part of a report a heading opens. The review part reports
// results (actual); the plan part sets goals (target); a glossary explains terms.

export const SECTION_CUES = {
  /** 名词解释, 附件: a glossary or annex after the report proper. */
  glossary: ['名词解释', '名词注释', '注释', '附注', '附件', '附录', '附表', '说明：'],
  /**
   * 一、2023年工作回顾 / 过去五年工作回顾 / 六五计划前两年的执行情况 (how a plan was carried out) /
   * 二、“十四五”发展成效和“十五五”目标任务 (a period's results, then the next period's goals) /
   * 一、十二届人大三次会议确定任务和“十二五”规划完成情况 (how the tasks set were done) / 一、“十二五”重大成就及“十三五”主要目标
   */
  review: ['回顾', '过去一年', '过去五年', '工作总结', '主要成绩', '工作成效', '执行情况', '完成情况', '发展成效', '发展成就', '重大成就', '主要成就'],
  /**
   * 一、当前国内形势和基本任务: the situation as it stands is a report of what is, in a part's heading
   * only (a title's 当前的经济形势和经济体制改革 names the whole report, a point's （一）关于经济形势 one topic)
   */
  labelledReview: ['形势'],
  /** 二、2024年主要目标任务 / 2025年工作安排建议 / 总体要求和政策取向 / 二、关于今年的工作 (海南 2019) */
  plan: ['目标', '任务', '安排', '建议', '计划', '部署', '展望', '总体要求', '政策取向', '今后五年', '重点工作', '工作打算', '今年的工作', '今年工作'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Posts of those who deliver a report, as its signature line writes them (四川省人民政府省长 施小琳,
 * 国务院总理 李强); the title's reader of a planning report may hold another post (国家计划委员会主任).
 */
export const SPEAKER_POSTS = ['总理', '省长', '市长', '主席', '州长', '县长', '区长', '盟长', '旗长', '专员'] as const satisfies readonly string[];
