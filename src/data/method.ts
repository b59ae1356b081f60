/**
 * The evidence method's vocabulary, declared once: what each label, certainty level and reason means, and
 * the words readers see. Labels, the claim pages and the evidence method page all read it from here.
 */
import type { Certainty, ClaimData, Reason, Status } from '../schemas/claim.ts';

/** `mark` goes beside the label wherever it is shown, so the label never relies on colour alone. */
export const statusInfo: Record<Status, { label: string; mark: string; meaning: string }> = {
	'evidence-backed': {
		label: 'Evidence-backed',
		mark: '✓',
		meaning:
			'At least one controlled trial or systematic review found this for the specific ingredient and use. For a risk or a fact, it has been reported again and again in published cases or official reports.',
	},
	unproven: {
		label: 'Unproven',
		mark: '?',
		meaning:
			'Nobody has shown this with good enough studies. It may still turn out to be true, but you should not count on it.',
	},
};

export const certaintyInfo: Record<Certainty, { label: string; verb: string; meaning: string }> = {
	high: {
		label: 'high certainty',
		verb: '“is” or “does”',
		meaning: 'We are confident in the finding. New studies are very unlikely to change it.',
	},
	moderate: {
		label: 'moderate certainty',
		verb: '“probably”',
		meaning: 'The finding is probably right, but new studies could change it.',
	},
	low: {
		label: 'low certainty',
		verb: '“may”',
		meaning: 'The finding may be right. Better studies could well change it.',
	},
};

export const reasonInfo: Record<Reason, { label: string; meaning: string }> = {
	'no-trials': {
		label: 'No trials',
		meaning: 'No controlled study has tested it. It rests on opinion, theory or marketing.',
	},
	'weak-studies': {
		label: 'Weak studies',
		meaning:
			'The only studies are small, had no comparison group, or were run in ways that make their results hard to trust.',
	},
	conflicting: {
		label: 'Conflicting results',
		meaning: 'Some studies found an effect and others did not.',
	},
	'negative-trials': {
		label: 'Trials found no benefit',
		meaning: 'Controlled trials tested it and did not find the promised benefit.',
	},
	contradicted: {
		label: 'Contradicted by the evidence',
		meaning: 'The evidence points the other way, or the claim gets a basic fact wrong.',
	},
};

/** The words of a claim's label: "Evidence-backed · moderate certainty" or "Unproven". */
export function claimLabel(claim: ClaimData): string {
	return claim.status === 'evidence-backed' && claim.certainty
		? `${statusInfo['evidence-backed'].label} · ${certaintyInfo[claim.certainty].label}`
		: statusInfo[claim.status].label;
}
