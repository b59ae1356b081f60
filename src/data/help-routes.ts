/**
 * Where to get help, by care level and by place, and how to report a side effect: declared once, read by the
 * care cards and the worried page.
 *
 * Every named number or service comes from a reference in content/references/ (copied from
 * ../shared/evidence/sources.yaml) and lists it in `sources`; the build checks that each key exists
 * (src/data/symptom-rules.ts). Where the evidence file names no number or service for a place, the text says so
 * generically ("your local emergency number", "your national medicines regulator"): never add a number or a
 * service here without a source that states it.
 */
import type { SymptomLevel } from '../schemas/symptom.ts';

/** What a care level asks of the reader: the card heading, the words a screen reader hears first, a short name. */
export interface CareLevel {
	/** The card heading, ending in "if:" (the list of symptoms follows). */
	heading: string;
	/** Announced before the heading (visually hidden), so the level is never carried by colour alone. */
	prefix: string;
	/** The level in a few words, shown beside a symptom on the worried page. */
	short: string;
	/** What to do, as one sentence. */
	action: string;
}

export const careLevels: Record<SymptomLevel, CareLevel> = {
	emergency: {
		heading: 'Call your local emergency number now if:',
		prefix: 'Emergency: ',
		short: 'Emergency: call now',
		action: 'Call your local emergency number now.',
	},
	urgent: {
		heading: 'Get help today from a doctor or an urgent care service if:',
		prefix: 'Urgent advice: ',
		short: 'Urgent: get help today',
		action: 'Get help today from a doctor or an urgent care service.',
	},
	soon: {
		heading: 'See your practitioner or a doctor within a few days if:',
		prefix: 'Non-urgent advice: ',
		short: 'Soon: see someone within a few days',
		action: 'See your practitioner or a doctor within a few days.',
	},
	expected: {
		heading: 'Usually normal, but keep an eye on it:',
		prefix: 'Information: ',
		short: 'Usually normal: keep an eye on it',
		action: 'This is usually normal. Watch it, and get help if it gets worse or you notice a sign above.',
	},
};

/** One piece of help advice, with the references that state it. */
export interface HelpRoute {
	/** Plain words, second person. */
	text: string;
	/** A link to the service, taken from the reference's own address. */
	link?: { label: string; reference: string };
	/** Reference keys in content/references/; empty only for generic advice that names no number or service. */
	sources: string[];
}

export interface Place {
	/** Anchor on the worried page: #help-uk */
	id: string;
	name: string;
	emergency: HelpRoute;
	urgent: HelpRoute;
	report: HelpRoute;
}

const localEmergency: HelpRoute = {
	text: 'Call your local emergency number now.',
	sources: [],
};

export const places: Place[] = [
	{
		id: 'uk',
		name: 'In the UK',
		emergency: {
			text: 'Call 999 now.',
			sources: ['swast-when-to-call-999'],
		},
		urgent: {
			text: 'Call NHS 111 (online or by phone, day and night), or speak to a pharmacist or a doctor.',
			sources: ['yellowcard-mhra-what-to-report', 'swast-when-to-call-999'],
		},
		report: {
			text: 'You can report a suspected side effect of a medicine, or a problem with a medical device, yourself: use the Yellow Card scheme of the MHRA (the UK medicines regulator), online or in the Yellow Card app. The scheme cannot give medical advice.',
			link: { label: 'Yellow Card: what to report', reference: 'yellowcard-mhra-what-to-report' },
			sources: ['yellowcard-mhra-what-to-report'],
		},
	},
	{
		id: 'ireland',
		name: 'In Ireland',
		emergency: {
			text: 'Call 112 now (the European emergency number, free from any phone in the EU).',
			sources: ['eu-112-emergency-number-page'],
		},
		urgent: {
			text: 'Contact a doctor or an urgent care service. Our sources do not name an out-of-hours service for Ireland.',
			sources: [],
		},
		report: {
			text: 'Report it to your national medicines regulator, or ask your doctor or pharmacist to report it.',
			sources: [],
		},
	},
	{
		id: 'us',
		name: 'In the US',
		emergency: {
			text: 'Call 911 now.',
			sources: ['us-911-when-to-call'],
		},
		urgent: {
			text: 'If a complication such as swelling or bleeding needs urgent care, go to a hospital emergency department. For other worries, call a doctor today.',
			sources: ['asps-asaps-fig-closure'],
		},
		report: {
			text: 'You can report a serious reaction, or a problem with a drug, medical device or cosmetic, to the FDA (the US medicines regulator) through MedWatch, online or on the consumer form 3500B. You can ask for your name to be kept from the maker.',
			link: { label: 'MedWatch: reporting serious problems to FDA', reference: 'fda-medwatch-reporting' },
			sources: ['fda-medwatch-reporting'],
		},
	},
	{
		id: 'anywhere',
		name: 'Anywhere else',
		emergency: localEmergency,
		urgent: {
			text: 'Contact a doctor, a pharmacist or an urgent care service today.',
			sources: [],
		},
		report: {
			text: 'Report it to your national medicines regulator, or ask your doctor or pharmacist to report it for you.',
			sources: [],
		},
	},
];

/** What to bring or say whoever you see, whatever the symptom. */
export const tellThem =
	'Tell them you had mesotherapy, when and where, and what was injected if you know. Bring the clinic’s name and any product names you were given.';

/**
 * The care levels in Spanish, keyed by the same levels (the level of each symptom is declared once, in English).
 */
export const careLevelsEs: Record<SymptomLevel, CareLevel> = {
	emergency: {
		heading: 'Llame ahora al número de emergencias de su país si:',
		prefix: 'Emergencia: ',
		short: 'Emergencia: llame ahora',
		action: 'Llame ahora al número de emergencias de su país.',
	},
	urgent: {
		heading: 'Pida ayuda hoy a un médico o a un servicio de urgencias si:',
		prefix: 'Consejo urgente: ',
		short: 'Urgente: pida ayuda hoy',
		action: 'Pida ayuda hoy a un médico o a un servicio de urgencias.',
	},
	soon: {
		heading: 'Vea a quien le trató o a un médico en unos días si:',
		prefix: 'Consejo no urgente: ',
		short: 'Pronto: consulte en unos días',
		action: 'Vea a quien le trató o a un médico en unos días.',
	},
	expected: {
		heading: 'Suele ser normal, pero vigílelo:',
		prefix: 'Información: ',
		short: 'Suele ser normal: vigílelo',
		action: 'Suele ser normal. Vigílelo y pida ayuda si empeora o nota una de las señales de arriba.',
	},
};

/**
 * Where to get help, in Spanish, for the Spanish edition's readers: Spain, Mexico, the US and anywhere else. Each
 * number or service comes from a reference a writer read and dated (seenAt, checked): 112 (European Commission),
 * AEMPS and notificaRAM.es (AEMPS; Colegio de Farmacéuticos de Cantabria), 911 in Mexico (a news report quoting the
 * state ministry), COFEPRIS e-reporting (gob.mx), and the US routes the English edition already cites.
 */
export const placesEs: Place[] = [
	{
		id: 'espana',
		name: 'En España',
		emergency: {
			text: 'Llame ahora al 112, el número de emergencia europeo. Es gratis desde cualquier teléfono fijo o móvil.',
			sources: ['eu-112-emergency-number-page'],
		},
		urgent: {
			text: 'Pida ayuda hoy a un médico o a un farmacéutico. Nuestras fuentes no nombran un servicio de urgencias concreto.',
			sources: ['cofc-notificaram-citizens'],
		},
		report: {
			text: 'Usted mismo puede notificar una sospecha de efecto adverso de un medicamento a la AEMPS (la agencia española del medicamento), con el formulario electrónico de www.notificaRAM.es. También puede pedírselo a su médico o farmacéutico.',
			link: { label: 'AEMPS: notificación de sospechas de reacciones adversas', reference: 'aemps-ram-notification-page' },
			sources: ['aemps-ram-notification-page', 'cofc-notificaram-citizens'],
		},
	},
	{
		id: 'mexico',
		name: 'En México',
		emergency: {
			text: 'Llame ahora al 911, el número único de emergencias. Es gratis y funciona las 24 horas.',
			sources: ['gobmx-911-single-emergency-number', 'noventagrados-2026-mexico-911'],
		},
		urgent: {
			text: 'Pida ayuda hoy a un médico o a un servicio de urgencias.',
			sources: [],
		},
		report: {
			text: 'Usted puede notificar una sospecha de reacción adversa a un medicamento a la COFEPRIS (la autoridad sanitaria de México), en línea con E-Reporting. También puede pedírselo a su médico.',
			link: { label: 'COFEPRIS: cómo notificar una sospecha de reacción adversa', reference: 'cofepris-ram-notification-page' },
			sources: ['cofepris-ram-notification-page'],
		},
	},
	{
		id: 'eeuu',
		name: 'En Estados Unidos',
		emergency: {
			text: 'Llame ahora al 911.',
			sources: ['us-911-when-to-call'],
		},
		urgent: {
			text: 'Si una complicación, como hinchazón o sangrado, necesita atención urgente, vaya a urgencias de un hospital (emergency department). Para otras dudas, llame hoy a un médico.',
			sources: ['asps-asaps-fig-closure'],
		},
		report: {
			text: 'Puede notificar una reacción grave, o un problema con un medicamento, un producto sanitario o un cosmético, a la FDA (la autoridad de medicamentos de EE. UU.) con MedWatch, en línea o con el formulario 3500B.',
			link: { label: 'MedWatch: reporting serious problems to FDA', reference: 'fda-medwatch-reporting' },
			sources: ['fda-medwatch-reporting'],
		},
	},
	{
		id: 'otros-paises',
		name: 'En otros países',
		emergency: { text: 'Llame ahora al número de emergencias de su país.', sources: [] },
		urgent: { text: 'Pida ayuda hoy a un médico, a un farmacéutico o a un servicio de urgencias.', sources: [] },
		report: {
			text: 'Notifíquelo a la autoridad de medicamentos de su país, o pida a su médico o farmacéutico que lo haga por usted.',
			sources: [],
		},
	},
];

export const tellThemEs =
	'Dígales que se hizo mesoterapia, cuándo y dónde, y qué le inyectaron si lo sabe. Lleve el nombre de la clínica y los nombres de los productos que le dieron.';
