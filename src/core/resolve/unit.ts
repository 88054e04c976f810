// A unit for numbers written without one: 突破“五百亿”、达513.35亿元 → 元; 30.2万农村居民 → 人.
import type { MentionContext } from './context.js';

/** People words around a bare number: 城区人口突破千万, 30.2万农村居民. */
const PEOPLE = /人口|居民|群众|劳动力|人才|职工|学生|农民|老人|人员|人民|市民|村民|农牧民|员工|青年|儿童|妇女|毕业生/;
/** A people noun right after a bare number names what it counts: 1.5亿群众, 300万农民工, 14亿多人口. */
const PEOPLE_AFTER = new RegExp(`^(?:[^，。；、]{0,4}?)(?:${PEOPLE.source})`);

export function inferUnit(ctx: MentionContext, siblings: MentionContext[]): string {
  const m = ctx.mention;
  if (m.unit) return m.unit;
  // the noun after the number gives the unit before any neighbour does: 惠及1.5亿群众 is people, not 元
  if (PEOPLE_AFTER.test(ctx.after)) return '人';
  // a neighbour of the same size in the same sentence lends its unit: “五百亿”、达513.35亿元
  for (const other of [...siblings.slice(ctx.index + 1), ...siblings.slice(0, ctx.index).reverse()]) {
    const u = other.mention.unit;
    if (!u || u === '%' || u === '百分点' || u === '位' || u === '倍') continue;
    const ratio = other.mention.value / m.value;
    if (ratio >= 0.5 && ratio <= 2) return u;
  }
  const around = ctx.clauseBefore.slice(-10) + ctx.after;
  if (PEOPLE.test(around)) return '人';
  // 突破2万亿, 首破千亿: large bare amounts in a report are money
  return m.value >= 1e8 ? '元' : '个';
}
