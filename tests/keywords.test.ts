// Summary keywords: TF-IDF against a background of other reports (hand-made numbers).
import { describe, expect, it } from 'vitest';
import { distinctiveKeywords } from '../src/segment/keywords.js';

describe('distinctiveKeywords', () => {
  const background = { documents: 40, df: { 发展: 40, 建设: 40, 锂矿: 2, 光伏: 20 } };

  it('weighs a word every report uses at nothing, and a word of few reports most', () => {
    const words = [...Array(30).fill('发展'), ...Array(20).fill('建设'), '锂矿', '锂矿', '光伏', '光伏', '光伏'];
    expect(distinctiveKeywords(words, background, 5).map((k) => k.word)).toEqual(['锂矿', '光伏']);
  });

  it('keeps words of two or more Chinese characters only, the unknown ones included', () => {
    const words = ['2024', '年', '、', 'GDP', '稻城亚丁', '锂矿'];
    expect(distinctiveKeywords(words, background, 5).map((k) => k.word)).toEqual(['稻城亚丁', '锂矿']);
  });
});

describe('distinctiveKeywords: function words', () => {
  it('never gives a word that says how, when or how much (针对, 如今), however rare', () => {
    const background = { documents: 40, df: { 锂矿: 2 }, functionWords: ['针对', '如今'] };
    expect(distinctiveKeywords(['针对', '针对', '如今', '锂矿'], background, 5).map((k) => k.word)).toEqual(['锂矿']);
  });
});
