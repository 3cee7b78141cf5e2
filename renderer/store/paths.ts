// The renderer edits scenarios through the simulator's own path helpers.
export { getAt, parsePath, setAt, type PathKey } from '../../simulator/model/paths';
