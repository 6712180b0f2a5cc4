/**
 * What the diagram shows right now, shared with every node and edge through context. The hop comes from the
 * owner (a lesson's machine snapshot); only what the viewer does here (the selected box, the box that holds
 * keyboard focus) is kept in this class.
 */
import { createContext } from 'svelte';
import type { ArchitectureText } from '$lib/architecture/content';
import { componentIds, type ComponentId, type LinkId } from '$lib/architecture/topology';
import type { Travel } from '$lib/architecture/travel';
import type { Hop } from '$lib/model/hop';
import { movesOfTravels } from '$lib/motion/architecture';
import { motionOfMoves, type Motion } from '$lib/motion/trail';

export class DiagramView {
	#text: () => ArchitectureText;
	#hop: () => Hop | undefined;
	#travels: () => readonly Travel[];
	#picker: () => ((id: ComponentId) => void) | undefined;
	#motion: () => Motion | undefined;

	/** The box whose details are open. */
	selected = $state<ComponentId | undefined>();
	/** The one box in the tab order (a roving tabindex): the last one focused, else the active or first. */
	focused = $state<ComponentId | undefined>();

	constructor(
		text: () => ArchitectureText,
		hop: () => Hop | undefined,
		travels: () => readonly Travel[],
		picker: () => ((id: ComponentId) => void) | undefined = () => undefined,
		motion: () => Motion | undefined = () => undefined
	) {
		this.#motion = motion;
		this.#text = text;
		this.#hop = hop;
		this.#travels = travels;
		this.#picker = picker;
	}

	/** True while the owner asks the learner to pick a box (a prediction or a quiz answer). */
	get picking(): boolean {
		return this.#picker() !== undefined;
	}

	get text() {
		return this.#text();
	}
	get hop() {
		return this.#hop();
	}
	/** The links the request travelled in this step, in order; a new array for every step. */
	get travels() {
		return this.#travels();
	}
	/** How the request moves in this step: the owner's (with the trail), or the travels alone. */
	motion: Motion = $derived(this.ownMotion ?? motionOfMoves(movesOfTravels(this.travels)));
	/** The motion the owner gave, if any. */
	get ownMotion(): Motion | undefined {
		return this.#motion();
	}
	get activeNode(): ComponentId | undefined {
		return this.hop?.node;
	}
	/** The links lit for this step: all those the request travelled. */
	activeLinks: LinkId[] = $derived(this.travels.map((t) => t.link));
	get tabStop(): ComponentId {
		return this.focused ?? this.activeNode ?? componentIds[0];
	}

	/** Opens a box's details, or, while the owner asks for a pick, hands the box to it instead. */
	select(id: ComponentId | undefined) {
		const pick = this.#picker();
		if (pick && id) pick(id);
		else this.selected = id;
	}
}

export const [getDiagramView, setDiagramView] = createContext<DiagramView>();
