import type { AboutText } from './sections';

export default {
	title: 'About the sources',
	intro:
		'Where the course comes from, why it keeps correcting a 2008 article, and how you can check any of its facts yourself.',
	sections: {
		article: {
			heading: 'The 2008 article',
			paragraphs: [
				'The course follows an article by Ruben Spruijt: "Microsoft Windows Server 2008 – Hyper-V solution overview", published on brianmadden.com. On 28 April 2008 a Dutch translation, "Een overzicht van de Hyper-V-oplossing", appeared on Microsoft\'s Dutch IT-professional community blog; it points readers to his blog on brianmadden.com, where the English original is.',
				'It was written before Hyper-V was released: the Dutch post expects the release in the second half of 2008, and the final version came out on 26 June 2008. Several of its figures match a Microsoft blog post from December 2007, so some of its numbers are pre-release values.'
			]
		},
		why: {
			heading: 'Why the course starts from it',
			paragraphs: [
				"In a few pages it walks through the whole of the first Hyper-V: the hypervisor and its partitions, the parent partition's components, VSPs, VSCs and VMBus, enlightened and unenlightened guests, Linux, hardware requirements and limits, storage, snapshots, high availability, management and licensing. That is a newcomer's map of the product, and every topic in it has a place in the course.",
				'It also gets things wrong, as early texts do: it puts the VSP in the guest OS, ties the Linux hypercall adapter to Citrix XenServer, gives 2 TB of host memory instead of 1 TB, and quotes 255 disks per SCSI controller, a pre-release figure. Seeing what a well-informed text got wrong, and why, is a good way to learn how it really works: wherever a lesson step touches such a statement, a note headed "2008 article vs reality" says what the article said and what is true.'
			]
		},
		facts: {
			heading: 'How the facts are sourced',
			paragraphs: [
				"The lessons, the diagram's descriptions and the glossary are written in our own words from fact sheets kept with the project: one for the first release (hyperv-facts.md), and one each for Windows Server 2008 R2 to 2012 R2 and 2016 to 2025. Each fact there names its sources by key: S1, S2a and so on for the first release, T… and U… for the later ones.",
				'The app cites the same keys: every lesson step, question and glossary term lists the sources it rests on, linked below it. So any claim can be checked against the fact sheet, and the fact sheet against the original. The keys a lesson may cite are listed at the end of this page.'
			]
		},
		confidence: {
			heading: 'What the confidence labels mean',
			paragraphs: [
				'Every fact in the sheets carries a label that says how sure we are of it:',
				'Facts labelled [M] or [L] are shown as estimates and nothing else: in a lesson step with "Estimate" beside it, in the text with words like "about" or "reportedly". A fact labelled [H] is stated plainly.'
			]
		}
	},
	confidence: {
		H: "high: a primary source, such as Microsoft's documentation, states it directly.",
		M: 'medium: a secondary source states it, or it is inferred from primary material.',
		L: 'low: plausible, but not verified.'
	},
	sourcesHeading: 'The source keys',
	sourcesIntro: 'Every source the app cites, by the key the fact sheets use.'
} satisfies AboutText;
