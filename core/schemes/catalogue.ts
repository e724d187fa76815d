/**
 * Common argumentation schemes (Walton, Reed & Macagno, *Argumentation Schemes*, 2008) with their
 * premises and critical questions. An inference names one by id in `scheme`. Each critical question
 * says how a group answers it in one step: an undercut (the step from premises to conclusion does
 * not hold here) or a rebuttal (an attack on the conclusion).
 *   getScheme('expert-opinion').questions[1].text → 'Is E an expert in the field that A is in?'
 */

export interface CriticalQuestion {
  /** Stable within its scheme: `cq1`, `cq2`, … */
  readonly id: string;
  readonly text: string;
  /** What answering it creates: an attack on the inference (undercut) or on its conclusion (rebuttal). */
  readonly answer: 'undercut' | 'rebuttal';
  /** A first wording of the answering statement, for the person to edit. */
  readonly draft: string;
}

export interface Scheme {
  readonly id: string;
  readonly name: string;
  /** The name AIF databases (AIFdb) give this scheme on RA-nodes. */
  readonly aifName: string;
  readonly premises: readonly string[];
  readonly conclusion: string;
  readonly questions: readonly CriticalQuestion[];
}

type Q = [text: string, answer: CriticalQuestion['answer'], draft: string];
const scheme = (id: string, name: string, aifName: string, premises: string[], conclusion: string, questions: Q[]): Scheme => ({
  id, name, aifName, premises, conclusion,
  questions: questions.map(([text, answer, draft], i) => ({ id: `cq${i + 1}`, text, answer, draft })),
});

export const SCHEMES: readonly Scheme[] = [
  scheme('expert-opinion', 'Argument from expert opinion', 'Expert Opinion',
    ['Source E is an expert in subject domain S containing proposition A.', 'E asserts that A is true.'], 'A is true.', [
      ['How credible is E as an expert source?', 'undercut', 'The source is not a credible expert.'],
      ['Is E an expert in the field that A is in?', 'undercut', 'The source’s expertise lies in another field.'],
      ['What did E assert that implies A?', 'undercut', 'The source did not actually assert this.'],
      ['Is E personally reliable as a source?', 'undercut', 'The source has reasons to be biased here.'],
      ['Is A consistent with what other experts assert?', 'rebuttal', 'Other experts disagree.'],
      ['Is E’s assertion based on evidence?', 'undercut', 'The assertion is not backed by evidence.'],
    ]),
  scheme('position-to-know', 'Argument from position to know', 'Position To Know',
    ['Source a is in a position to know about things in domain S containing A.', 'a asserts that A is true.'], 'A is true.', [
      ['Is a in a position to know whether A is true?', 'undercut', 'The source was not in a position to know.'],
      ['Is a an honest (trustworthy, reliable) source?', 'undercut', 'The source is not trustworthy on this.'],
      ['Did a assert that A is true?', 'undercut', 'The source did not assert this.'],
    ]),
  scheme('witness-testimony', 'Argument from witness testimony', 'Witness Testimony',
    ['Witness W is in a position to know whether A is true.', 'W states that A is true.'], 'A may plausibly be taken to be true.', [
      ['Is what W said internally consistent?', 'undercut', 'The testimony contradicts itself.'],
      ['Is W’s testimony consistent with other witnesses and known facts?', 'rebuttal', 'Other accounts say otherwise.'],
      ['Is W biased?', 'undercut', 'The witness has a stake in this.'],
    ]),
  scheme('popular-opinion', 'Argument from popular opinion', 'Popular Opinion',
    ['A is generally accepted as true.'], 'There is a presumption in favour of A.', [
      ['What evidence supports that A is generally accepted?', 'undercut', 'It is not generally accepted.'],
      ['Even if A is generally accepted, are there good reasons for doubting it?', 'rebuttal', 'There are good reasons to doubt it.'],
    ]),
  scheme('analogy', 'Argument from analogy', 'Analogy',
    ['Generally, case C1 is similar to case C2.', 'A is true in case C1.'], 'A is true in case C2.', [
      ['Are there differences between C1 and C2 that undermine the similarity?', 'undercut', 'The two cases differ in a way that matters.'],
      ['Is A true in C1?', 'undercut', 'It did not hold in the compared case either.'],
      ['Is there another case, also similar to C2, in which A is false?', 'rebuttal', 'A closer case points the other way.'],
    ]),
  scheme('sign', 'Argument from sign', 'Sign',
    ['A (a finding) is true in this situation.', 'B is generally indicated as true when its sign, A, is true.'], 'B is true in this situation.', [
      ['How strong is the correlation of the sign with what it signifies?', 'undercut', 'The sign is a weak indicator.'],
      ['Are there other events that would more reliably account for the sign?', 'undercut', 'Something else explains the sign better.'],
    ]),
  scheme('cause-to-effect', 'Argument from cause to effect', 'Cause To Effect',
    ['Generally, if A occurs, then B will (might) occur.', 'In this case, A occurs (might occur).'], 'In this case, B will (might) occur.', [
      ['How strong is the causal generalisation?', 'undercut', 'A does not reliably lead to B.'],
      ['Is the evidence cited strong enough to warrant the causal generalisation?', 'undercut', 'The evidence for the causal link is thin.'],
      ['Are there other causal factors that could interfere with the effect here?', 'rebuttal', 'Another factor will prevent the effect.'],
    ]),
  scheme('correlation-to-cause', 'Argument from correlation to cause', 'Correlation To Cause',
    ['There is a positive correlation between A and B.'], 'A causes B.', [
      ['Is there really a correlation between A and B?', 'undercut', 'The correlation is not established.'],
      ['Is there any reason to think the correlation is more than coincidence?', 'undercut', 'The correlation may be coincidence.'],
      ['Could some third factor C be causing both A and B?', 'undercut', 'A third factor explains both.'],
    ]),
  scheme('positive-consequences', 'Argument from positive consequences', 'Positive Consequences',
    ['If A is brought about, good consequences will plausibly occur.'], 'A should be brought about.', [
      ['How likely is it that the cited consequences will occur?', 'undercut', 'These consequences are unlikely.'],
      ['What evidence supports the claim that these consequences will occur?', 'undercut', 'There is no evidence these consequences will follow.'],
      ['Are there consequences of the opposite value that ought to be taken into account?', 'rebuttal', 'Bad consequences outweigh the good ones.'],
    ]),
  scheme('negative-consequences', 'Argument from negative consequences', 'Negative Consequences',
    ['If A is brought about, bad consequences will plausibly occur.'], 'A should not be brought about.', [
      ['How likely is it that the cited consequences will occur?', 'undercut', 'These consequences are unlikely.'],
      ['What evidence supports the claim that these consequences will occur?', 'undercut', 'There is no evidence these consequences will follow.'],
      ['Are there consequences of the opposite value that ought to be taken into account?', 'rebuttal', 'Good consequences outweigh the bad ones.'],
    ]),
  scheme('practical-reasoning', 'Practical reasoning', 'Practical Reasoning',
    ['I have a goal G.', 'Carrying out action A is a means to realise G.'], 'I ought to carry out action A.', [
      ['What other goals should be considered that might conflict with G?', 'rebuttal', 'This conflicts with another goal that matters more.'],
      ['What alternative actions that would also bring about G should be considered?', 'rebuttal', 'Another action reaches the goal better.'],
      ['Among A and the alternatives, which is the most efficient?', 'undercut', 'A is not the most efficient means.'],
      ['Is it practically possible to bring about A?', 'undercut', 'A cannot practically be carried out.'],
      ['What consequences of bringing about A should also be taken into account?', 'rebuttal', 'Side effects of A count against it.'],
    ]),
  scheme('verbal-classification', 'Argument from verbal classification', 'Verbal Classification',
    ['a has property F.', 'For all x, if x has property F, x can be classified as having property G.'], 'a has property G.', [
      ['Does a definitely have F, or is there room for doubt?', 'undercut', 'It is doubtful that a has F.'],
      ['Can the classification be said to hold only weakly, allowing exceptions?', 'undercut', 'This is an exception to the classification.'],
    ]),
  scheme('established-rule', 'Argument from an established rule', 'Established Rule',
    ['If carrying out actions of type A is the established rule for x, x must carry out A (unless a case is an exception).', 'Carrying out A is the established rule for a.'], 'a must carry out A.', [
      ['Does the rule require carrying out A, or is it only a norm?', 'undercut', 'The rule does not require this.'],
      ['Is this case an exception to the rule?', 'undercut', 'This case is an exception.'],
      ['Is there another rule that conflicts with this one?', 'rebuttal', 'A conflicting rule applies.'],
    ]),
];

const byId = new Map(SCHEMES.map((s) => [s.id, s]));
const byName = new Map(SCHEMES.flatMap((s) => [s.aifName, s.name, s.id].map((n) => [n, s] as const)));

/** The catalogue scheme an inference's `scheme` names (by id), if any. */
export const getScheme = (id: string | undefined): Scheme | undefined => (id === undefined ? undefined : byId.get(id));

/** A catalogue scheme from its name exactly as AIFdb or Warrant write it (`Expert Opinion`, `Argument from expert opinion`, `expert-opinion`). */
export const findSchemeByName = (name: string): Scheme | undefined => byName.get(name.trim());
