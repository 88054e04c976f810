// Indicator: the shortest phrase that names what a number measures.
// Two patterns cover most report prose:
//   before — 地区生产总值达513.35亿元, 办成民生实事52件: the clause before the number, minus its verb;
//   after  — 围绕68个课题开展调查研究, 建成10个示范村: the noun phrase after a measure word.
// A number with neither (增长6.2%, 居全省第一) measures what its sentence's previous number did.
//
// The indicator is read in the modules of this folder, one concern each: cues.ts (cleanLead and
// the cue words it strips), phrases.ts (the phrase after a number, and the word-level helpers),
// ranks.ts (phraseBefore, ranks and gaps), lists.ts (lists of names and their pairing),
// clauses.ts (names from the previous figure and the clauses around a number), measures.ts
// (measures owned by words outside their lead), events.ts (titles, honours, medals, milestones)
// and name.ts (the last touches on a paired name). Importers outside this folder import from this
// file; the modules import each other directly, without a cycle.
export { cleanLead, FOOTNOTE_MARK, GOAL_OF_MEASURE } from './cues.js';
export { beneficiariesOf, peopleCounted, finishedName, secondVerbOnThing, withoutTrailingAdverb, NOTE_SCOPE, kindOfPrevious, ownerOfMeasure, perHeadOfTopic, routeOfMileage, wholeOfShare, worksAtStage } from './name.js';
export { countsThings, doneWithin, objectOfRate, ONE_CHARACTER_THINGS, phraseAfter, phraseAfterOf, phraseAfterPurpose, timesOfAction, trimPredicates, wordsWithin } from './phrases.js';
export { listNamedBefore, phraseBefore, PROVINCES_AS_POOL, RANK_POOL, rankedAsPower, rankingNamedIn, rankMoved, rankNamedBefore, referenceGrowth } from './ranks.js';
export { examplesListed, hasPairedWord, partsOfResidents, lastClauseOfList, measureAfterRespectively, measuresOfPrevious, otherSizeOfPrevious, PLACE_OR_PARK, PLACE_THEN_MEASURE, splitEnumeration, splitExamples, valuesListedAfter } from './lists.js';
export { actionNamedBefore, actionReached, actorOfClauseBefore, aggregateOfPrevious, capacityAfterList, fieldsPointedTo, topicOfBareMoney, topicOfSentenceBefore, topicOfSentenceOpening, isChangeOrLevel, measureOfClauseBefore, namesOfOwnClause, objectOfClause, outputOfCrop, ownerOfKind, previousClauseObject, previousClauseSubject, qualifyPrevious, SHARE_OF_SCOPE, shareSpokenOf, subjectOfClauseBefore } from './clauses.js';
export { fundSetUp, growthGoalNamed, measureOf, measureOfAction, measureOfOpening, moneyPutUp, ownerAfterMeasures, rateAfterLevel, shareOfPlacesReached, structureShareName } from './measures.js';
export { honourOfWorks, isMilestone, markPassed, medalName, milestoneCounted, pilotPlaces, placesTitled, thingThatDid, titleGiven, titlesAfterList, withoutMilestone } from './events.js';
