/**
 * Claims grouped and counted by their reader's label and kind, for the evidence pages, the chart and the
 * evidence box. The labels themselves come from labelOf in ./method.ts.
 */
import type { GuideClaim, GuideTopic } from './model.ts';
import { labelGroups, labelIds, labelOf, type LabelId } from './method.ts';
import { kindValues, type Kind } from '../schemas/claim.ts';
import { urls } from '../utils/urls.ts';
import { topicPageSize } from './validate.ts';

export interface LabelGroup {
	id: LabelId;
	text: string;
	mark: string;
	tone: string;
	meaning: string;
	claims: GuideClaim[];
}

/** Claims under their label groups, in labelIds order; empty groups left out. */
export function groupByLabel(claims: readonly GuideClaim[]): LabelGroup[] {
	return labelIds
		.map((id) => ({ id, ...labelGroups[id], claims: claims.filter((claim) => labelOf(claim).id === id) }))
		.filter((group) => group.claims.length > 0);
}

/** How many claims carry each label. */
export function countByLabel(claims: readonly GuideClaim[]): Record<LabelId, number> {
	const count = Object.fromEntries(labelIds.map((id) => [id, 0])) as Record<LabelId, number>;
	for (const claim of claims) count[labelOf(claim).id]++;
	return count;
}

/** How many claims are of each kind. */
export function countByKind(claims: readonly GuideClaim[]): Record<Kind, number> {
	const count = Object.fromEntries(kindValues.map((kind) => [kind, 0])) as Record<Kind, number>;
	for (const claim of claims) count[claim.kind]++;
	return count;
}

/** A topic's claims in label order (the order its pages list them), and where each label's claims start. */
export function topicByLabel(topic: GuideTopic): {
	claims: GuideClaim[];
	count: Record<LabelId, number>;
	starts: Partial<Record<LabelId, string>>;
} {
	const groups = groupByLabel(topic.claims);
	const claims = groups.flatMap((group) => group.claims);
	const starts: Partial<Record<LabelId, string>> = {};
	let position = 0;
	for (const group of groups) {
		starts[group.id] = `${urls.evidenceTopic(topic.section.id, Math.floor(position / topicPageSize) + 1)}#${group.id}`;
		position += group.claims.length;
	}
	return { claims, count: countByLabel(topic.claims), starts };
}
