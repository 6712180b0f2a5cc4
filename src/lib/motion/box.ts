/** The two shapes every motion module measures in, in the drawing's units: here so none of them leans on another. */
export interface Point {
	x: number;
	y: number;
}
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
